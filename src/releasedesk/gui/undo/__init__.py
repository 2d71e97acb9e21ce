"""One undo history for the whole release, its keys in every field, and the body's
word-sized steps."""
