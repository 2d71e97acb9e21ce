"""What every part of the editor uses: enum properties and shortcuts set without building
Qt's namespace, styles, accessible names, the interface language, slow commands off the GUI
thread, long texts in short runs, and the dialogs' base (they fit the screen and ask before
unsaved edits are lost)."""
