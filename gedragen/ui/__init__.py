"""PySide6 front end: windows, views, Qt models over core objects, presenter mode."""
