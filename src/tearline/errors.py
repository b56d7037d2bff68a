"""The errors tearline raises: one base class, one subclass per kind of failure.

Messages never contain document text: they name files, lines, keys, categories and rules,
so an error can be logged or shown without leaking what the document says.
"""


class TearlineError(Exception):
    """Base of every error tearline raises on purpose; the CLI prints it as one line."""

    exit_code = 2


class PolicyError(TearlineError):
    """A policy file is missing, malformed or invalid (exit 2)."""


class InputError(TearlineError):
    """An input document cannot be read as text (exit 2)."""


class OutputError(TearlineError):
    """An output or the audit log cannot be written (exit 2); nothing partial is left behind."""


class LeakError(TearlineError):
    """The check found removed material in the output, so the output was withheld (exit 1)."""

    exit_code = 1
