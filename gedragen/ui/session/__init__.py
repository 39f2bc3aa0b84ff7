"""The session: setup, the board and its Qt models, compare, debate, the audience view, resume."""
