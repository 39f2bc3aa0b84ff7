"""Development scripts, not shipped: the screenshot sets of every screen."""
