"""Past sessions: the history list, comparing two sessions, and the summary of one session."""
