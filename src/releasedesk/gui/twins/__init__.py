"""Language versions' dialogs: a new version, and the comparison side by side."""
