"""ReleaseDesk: press releases drafted in a structured form, exported to HTML, DOCX and text."""

__version__ = "0.1.0"
