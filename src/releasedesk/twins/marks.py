"""The mark a twin's copied text carries until it is translated (light: readiness reads it)."""

TO_TRANSLATE = "[TO TRANSLATE]"


# The text fields a language version translates: the news release's, then a kind's own
# (kinds.py: an advisory's event, a statement's title, a correction's note). The same
# list marks them "to translate", checks the mark and compares their facts across versions.
TEXT_FIELDS = ("headline", "subheadline", "dateline", "body", "boilerplate",
               "event_what", "event_place", "event_address", "event_speakers",
               "event_attend", "statement_title", "correction_note")
