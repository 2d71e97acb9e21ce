"""What a writer is given besides the laid-out release: the export's circumstances.

A writer is ``write_<format>(layout, context) -> bytes``. The layout is the release as it
prints (the house style's conventions and words, its photos' bytes, its clearance stamp:
all in the release or handed in by exporting.stamped); the context is what comes from
outside the release: the style sheets ReleaseDesk ships (their text, read once), the
moment of export (taken once: the clock, or SOURCE_DATE_EPOCH) and the options of the
call (the plain text's width). A writer reads nothing else: no file, no house-style
store, no clock, no setting, no environment variable (tests/test_pure_writers.py reads
render/'s source and fails on any such read), so the same layout and context give the
same bytes, in an export, in a thread of the preview or in a test.

The one place a context is made is ``exporting.export_context``.
"""

from __future__ import annotations

from datetime import UTC, datetime

from ..records import record


@record(frozen=True)
class Stylesheets:
    """The text of the web page's style sheets (resources/css/): the page's own, the
    photos' (added when the release has photos) and the kinds' (added for a kind of
    release other than a news release)."""

    page: str = ""
    photos: str = ""
    kinds: str = ""


@record(frozen=True)
class ExportContext:
    """Everything a writer needs that the layout does not hold (see the module's text)."""

    stylesheets: Stylesheets = Stylesheets()
    # The moment the files of one export say they were made (the Word document's dates,
    # the calendar file's DTSTAMP); None: no moment, and those say the first moment a ZIP
    # can hold (1980-01-01, FIXED_DATE), as the ZIPs' members do: nothing asks the clock.
    moment: datetime | None = None
    # The plain text's width in columns (the text export and the package's text); None
    # leaves paragraphs unwrapped.
    wrap: int | None = None

    @property
    def dated(self) -> datetime:
        """The moment of export, or FIXED_DATE (aware, UTC) when the context has none."""
        from .stable_zip import FIXED_DATE  # (zipfile loads with the writers that need it)

        return self.moment if self.moment is not None else datetime(*FIXED_DATE, tzinfo=UTC)
