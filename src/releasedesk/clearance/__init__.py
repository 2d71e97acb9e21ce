"""Clearance: the proof that what goes out is what was approved (Qt-free).

fingerprint  the canonical content of a release and its SHA-256 fingerprint
(workflow.py beside this package: the records a release carries — status, sign-offs, policy)
storage      those records in the .release file: read (validated), written
signoffs     who signed off what, and what that makes the release's status
history      compact content versions inside the release, bounded and prunable
wordiff      word-by-word comparison of two releases, field by field
manifest     manifest.json beside an export: file hashes, fingerprint, sign-offs; verify
keys         Ed25519 keys for signing manifests (through `cryptography`)
sheet        the sign-off sheet (DOCX) for offices that file a paper form

The editor and the command line only call these modules; nothing here imports Qt.
"""
