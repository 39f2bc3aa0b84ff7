"""Shared by every feature: theme, widgets, the task helper, settings, the card view, labels."""
