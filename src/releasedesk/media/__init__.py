"""Photos: taken in (intake), stripped of what must not be published (strip), captions and
credits read from the file (embedded), scaled copies for the web and previews (copies).

Qt-free: the command line, the exports and the tests use it as the editor does.
"""
