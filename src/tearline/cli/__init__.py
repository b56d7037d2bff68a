"""The command line: thin Typer wrappers over the library."""
