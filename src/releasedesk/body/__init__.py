"""The body's dialect: our CommonMark parser (blocks, then inlines) and the tree it builds.

The bottom of the house: render/, importing/, clearance/, review/ and the editor all read
the body through it, and it imports nothing of ours but base helpers (and the model's
Photo, for type hints only).
"""
