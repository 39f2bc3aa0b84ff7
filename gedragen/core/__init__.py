"""Pure game logic: decks, sessions, analysis. No Qt, no ReportLab, no sqlite3 (checked by import-linter)."""
