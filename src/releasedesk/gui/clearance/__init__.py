"""Clearance's dialogs: Sign Off, History, and the redline of what changed."""
