"""The live preview: rendered off the GUI thread, patched block by block, the Word page,
photos scaled once, printing."""
