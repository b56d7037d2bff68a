"""Tests for what the commands share: atomic output writing that never touches an original."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tearline.cli.common import about_document, write_atomically
from tearline.errors import InputError, OutputError, TearlineError

ORIGINAL = b"SECRET//NOFORN\r\nThe original report.\r\n"


@pytest.fixture
def original(tmp_path: Path) -> Path:
    path = tmp_path / "report.txt"
    path.write_bytes(ORIGINAL)
    return path


def _refusal(target: Path, protect: list[Path]) -> str:
    with pytest.raises(InputError) as caught:
        write_atomically(target, "sanitized\n", protect=protect)
    return str(caught.value)


def test_when_output_is_the_input_then_it_is_refused(original: Path) -> None:
    message = _refusal(original, [original])

    assert message == f"{original}: is an input; refusing to overwrite an original"
    assert original.read_bytes() == ORIGINAL


def test_when_output_is_a_symlink_to_the_input_then_it_is_refused(
    original: Path, tmp_path: Path
) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(original)

    message = _refusal(link, [original])

    assert message == f"{link}: is an input; refusing to overwrite an original"
    assert original.read_bytes() == ORIGINAL
    assert link.is_symlink()


def test_when_input_is_given_through_a_symlink_then_writing_the_real_file_is_refused(
    original: Path, tmp_path: Path
) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(original)

    _refusal(original, [link])

    assert original.read_bytes() == ORIGINAL


def test_when_output_is_a_hard_link_to_the_input_then_it_is_refused(
    original: Path, tmp_path: Path
) -> None:
    hard = tmp_path / "hard.txt"
    os.link(original, hard)

    _refusal(hard, [original])

    assert original.read_bytes() == ORIGINAL


def test_when_output_and_input_are_spelled_differently_then_it_is_still_refused(
    original: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")

    _refusal(Path("../report.txt"), [original])

    assert original.read_bytes() == ORIGINAL


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("line one\r\nline two\r\n", id="crlf"),
        pytest.param("line one\nline two", id="lf-no-final-newline"),
        pytest.param("a\rb\r", id="bare-cr"),
        pytest.param("\ufeffCaf\u00e9 \u2014 Z\u00fcrich\n", id="bom-and-utf-8"),
        pytest.param("", id="empty"),
    ],
)
def test_when_text_is_written_then_bytes_are_exact(tmp_path: Path, text: str) -> None:
    target = tmp_path / "out.txt"

    write_atomically(target, text, protect=[])

    assert target.read_bytes() == text.encode("utf-8")


def test_when_output_exists_and_is_not_an_input_then_it_is_replaced(
    original: Path, tmp_path: Path
) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")

    write_atomically(target, "new\r\n", protect=[original])

    assert target.read_bytes() == b"new\r\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt", "report.txt"]


def test_when_output_folder_is_missing_then_it_is_created(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "out.txt"

    write_atomically(target, "text\n", protect=[])

    assert target.read_text(encoding="utf-8") == "text\n"


def test_when_writing_fails_then_no_part_file_is_left_and_old_output_survives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.txt"
    target.write_bytes(b"previous output\n")

    def fail_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail_replace)

    with pytest.raises(OutputError) as caught:
        write_atomically(target, "new output\n", protect=[])

    assert str(caught.value) == f"{target}: cannot write (No space left on device)"

    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]
    assert target.read_bytes() == b"previous output\n"


def test_when_writing_fails_before_any_output_then_no_file_is_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail_replace(src: object, dst: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", fail_replace)

    with pytest.raises(KeyboardInterrupt):
        write_atomically(tmp_path / "out.txt", "text\n", protect=[])

    assert list(tmp_path.iterdir()) == []


def test_when_an_unexpected_error_happens_for_a_document_then_it_is_named_and_chained() -> None:
    cause = ValueError("a message that could quote the report")

    with pytest.raises(TearlineError) as caught, about_document("in/report.txt"):
        raise cause

    assert str(caught.value) == (
        "in/report.txt: internal error (ValueError); nothing was written for it"
    )
    assert caught.value.__cause__ is cause


@pytest.mark.parametrize(
    "error",
    [
        pytest.param(InputError("in/report.txt: no such file"), id="ours"),
        pytest.param(KeyboardInterrupt(), id="interrupt"),
    ],
)
def test_when_the_error_is_ours_or_an_interrupt_then_it_passes_unchanged(
    error: BaseException,
) -> None:
    with pytest.raises(type(error)) as caught, about_document("in/report.txt"):
        raise error

    assert caught.value is error


def test_when_output_folder_cannot_be_made_then_error_names_the_output(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")

    with pytest.raises(OutputError) as caught:
        write_atomically(blocker / "out.txt", "text\n", protect=[])

    assert str(caught.value).startswith(f"{blocker / 'out.txt'}: cannot write (")
