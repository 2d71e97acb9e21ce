"""The Suggestions panel of a review taken back: the session (which suggestions are
accepted) and a change as the text reads."""
