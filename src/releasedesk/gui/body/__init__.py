"""The body editor: the formatted view (a word processor over the body's tree), the Markdown
view, rich paste, the link dialog and the formatting guide."""
