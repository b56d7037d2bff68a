"""One Presidio recognizer per file, each named after what it finds."""
