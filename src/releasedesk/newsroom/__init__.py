"""The newsroom: an office's releases as a library, and the static newsroom built from it.

A services-layer package, free of Qt: ``library.list_library`` scans a folder (and its
subfolders) for release files and reads each one's summary (headline, kind, language,
status, dates, approvers), from a cache when the file has not changed; ``search`` finds
releases by their words; ``build.build_newsroom`` writes the web team's static newsroom
(index, one page per approved release, Atom and JSON feeds, sitemap), rewriting only what
changed. The command is ``releasedesk newsroom`` (cli_newsroom.py); the editor's library
window is gui/newsroom/newsroom_window.py.
"""
