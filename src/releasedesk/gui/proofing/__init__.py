"""Proofing and readiness in the editor: the scheduler off the GUI thread, the panels, and
the underlines where the text is typed."""
