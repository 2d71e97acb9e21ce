"""The editor's start and main window, the open document's life (open, save, autosave, the
lock, changes on disk), and the commands of the window's menus."""
