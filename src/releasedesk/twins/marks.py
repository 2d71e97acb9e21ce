"""The mark a twin's copied text carries until it is translated (light: readiness reads it)."""

TO_TRANSLATE = "[TO TRANSLATE]"
