"""Gedragen: the discussion game about wanted and unwanted behaviour at school."""

__version__ = "0.1.0"
APP_NAME = "Gedragen"
ORG_NAME = "Gedragen"
ORG_DOMAIN = "gedragen.nl"
