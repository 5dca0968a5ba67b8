"""Subcommands of the tilmash command line, one module each."""
