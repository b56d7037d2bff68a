"""Batch: sanitize folders and many files, mirroring the input tree under an output folder.

mirror (which inputs, which outputs) -> pool (chunks of paths over worker processes) ->
worker (load the model once, read, `redact_many`, write atomically) -> progress (the bar and
the summary). Importing it stays cheap: spaCy and Presidio load in the workers only.
"""
