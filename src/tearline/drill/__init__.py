"""Drills: hand a trainee a report, take their sanitized version, say what leaked and what was lost.

The modules follow a drill from start to finish:
`catalogue` (which drills exist) -> `worksheet` (the file a trainee edits) or `sentences` and
`walkthrough` (the interactive drill) -> `grade` (the score, with the costs in `weights`) ->
`history` (every checked attempt) -> `render` (feedback for the terminal).
"""
