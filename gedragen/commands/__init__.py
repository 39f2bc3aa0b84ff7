"""Headless subcommands of the `gedragen` command line; one module per group of commands."""
