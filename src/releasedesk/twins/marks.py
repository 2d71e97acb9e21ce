"""The mark a twin's copied text carries until it is translated (light: readiness reads it)."""

TO_TRANSLATE = "[TO TRANSLATE]"


# The text fields a language version translates: the news release's, then a kind's own
# (kinds.py: an advisory's event, a statement's title, a correction's note). The same
# list marks them "to translate", checks the mark and compares their facts across versions.
TEXT_FIELDS = ("headline", "subheadline", "dateline", "body", "boilerplate",
               "event_what", "event_place", "event_address", "event_speakers",
               "event_attend", "statement_title", "correction_note")

# A portal's text fields (fields.PORTAL_FIELDS but the time and the page's address): a
# version translates them too (引题, 短标题, 摘要; 来源, 栏目, 作者 and 责任编辑 are written in
# its language), so they are marked and checked like the others. Their facts are not
# compared: an edition in another language often prints no summary, and the body states
# the same facts.
PORTAL_TEXT_FIELDS = ("lead_in", "short_title", "summary", "source", "column", "author",
                      "responsible_editor")

# Every field a version translates: emptied or marked when it is made, held back while marked.
TRANSLATED_FIELDS = (*TEXT_FIELDS, *PORTAL_TEXT_FIELDS)
