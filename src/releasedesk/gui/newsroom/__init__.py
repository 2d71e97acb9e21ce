"""The library window of a newsroom folder."""
