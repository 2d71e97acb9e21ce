"""The editor: widgets only. They call the Qt-free layers; those never import from here."""
