"""The editor's questions and messages (one replaceable object), Preferences, the
house-style and register dialogs, and the first start's set-up."""
