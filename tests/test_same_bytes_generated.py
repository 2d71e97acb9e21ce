"""Same release, same moment, same bytes, over generated releases (issue 26, point 4).

tests/test_same_bytes.py compares the samples (with photos) and two processes; here
hypothesis draws the release (any text, contacts, footer, keywords, conventions) and the
moment of export, and the DOCX, PDF, e-mail and web-team package of one release exported
twice at one moment are the same bytes. The moment is handed to the export
(render_exports(moment=…)), never read from the clock: the Word document says it, and a
later moment changes the Word document and the package that holds it, and nothing else.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from releasedesk.exporting import render_exports
from releasedesk.fields import keep_one_line_fields
from releasedesk.model import Release

from test_properties import releases

FORMATS = {"docx": ".docx", "pdf": ".pdf", "eml": ".eml", "package": ".zip"}
# A moment between 1980 (the first a ZIP can date) and 2100, to the second.
moments = st.integers(315_532_800, 4_102_444_800).map(
    lambda seconds: datetime.fromtimestamp(seconds, UTC))


def _exports(release: Release, folder: Path, moment: datetime) -> dict[str, bytes]:
    targets = {name: folder / f"story{suffix}" for name, suffix in FORMATS.items()}
    exports, _ = render_exports(release, targets, moment=moment)
    return {path.name: data for path, data in exports.items()}


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(releases, moments)
def test_a_generated_release_gives_the_same_bytes_twice(tmp_path: Path, release: Release,
                                                        moment: datetime) -> None:
    keep_one_line_fields(release)
    first = _exports(release, tmp_path, moment)
    second = _exports(release, tmp_path, moment)
    assert set(first) == {f"story{suffix}" for suffix in FORMATS.values()}
    assert [name for name in first if first[name] != second[name]] == []
    props = docx.Document(io.BytesIO(first["story.docx"])).core_properties
    assert props.created is not None and props.modified == props.created
    assert props.created.replace(tzinfo=None) == moment.replace(tzinfo=None)


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(releases, moments, st.integers(1, 10 * 365 * 86_400))
def test_a_later_moment_changes_only_the_files_that_say_it(
        tmp_path: Path, release: Release, moment: datetime, later_by: int) -> None:
    keep_one_line_fields(release)
    targets = {"docx": tmp_path / "story.docx", "eml": tmp_path / "story.eml",
               "package": tmp_path / "story.zip", "html": tmp_path / "story.html",
               "txt": tmp_path / "story.txt"}
    first, _ = render_exports(release, targets, moment=moment)
    later, _ = render_exports(release, targets, moment=moment + timedelta(seconds=later_by))
    changed = sorted(path.name for path in first if first[path] != later[path])
    assert changed == ["story.docx", "story.zip"]
