"""Generated libraries: whatever the releases, the newsroom publishes exactly the approved
ones past their embargo, its feeds parse, and its listing agrees with the files."""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from releasedesk import document
from releasedesk.clearance.signoffs import report
from releasedesk.newsroom.build import build_newsroom
from releasedesk.newsroom.library import list_library

from newsroom_feeds import atom_problems, json_feed_problems, parsed_atom
from newsroom_helpers import write

AS_OF = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
_TEXT = st.text(alphabet=st.sampled_from(
    "abc XYZ<>&\"'/夜市港口é\u202e\t;"), min_size=1, max_size=24).filter(str.strip)
_RELEASE = st.fixed_dictionaries({
    "headline": _TEXT,
    "subheadline": st.one_of(st.just(""), _TEXT),
    "stage": st.sampled_from(("draft", "in_review", "approved", "published", "stale")),
    "language": st.sampled_from(("en", "zh-CN", "fr", "en-GB")),
    "embargo_hours": st.one_of(st.none(), st.integers(-2000, 2000)),
    "ident": st.sampled_from(("", "a-1", "a-2", "b-1")),
    "day": st.integers(0, 400),
})


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(releases=st.lists(_RELEASE, min_size=0, max_size=6),
       include_drafts=st.booleans())
def test_generated_libraries(releases: list[dict[str, object]], include_drafts: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source, out = Path(folder) / "releases", Path(folder) / "site"
        source.mkdir()
        expected: list[str] = []
        ids: dict[str, list[str]] = {}
        for number, spec in enumerate(releases):
            hours = spec["embargo_hours"]
            embargo = AS_OF + timedelta(hours=hours) if isinstance(hours, int) else None
            name = f"sub{number % 2}/r{number}.release"
            path = write(source, name, headline=spec["headline"],
                         subheadline=spec["subheadline"], stage=spec["stage"],
                         language=spec["language"], embargo=embargo, ident=spec["ident"],
                         day=datetime(2025, 6, 1).date() + timedelta(days=int(str(spec["day"]))))
            loaded = document.load(path)
            status = report(loaded).status
            if (status in ("approved", "published") or include_drafts) and (
                    embargo is None or embargo <= AS_OF):
                expected.append(name)
            if spec["ident"]:
                ids.setdefault(str(spec["ident"]), []).append(name)
        library = list_library(source)
        assert [e.relative for e in library.entries] == sorted(
            f"sub{n % 2}/r{n}.release" for n in range(len(releases)))
        assert library.duplicates == {k: sorted(v) for k, v in sorted(ids.items())
                                      if len(v) > 1}
        result = build_newsroom(source, out, as_of=AS_OF, include_drafts=include_drafts,
                                base_url="https://press.example.org/")
        assert sorted(item.summary.relative for item in result.choice.items) == sorted(
            expected)
        feed = parsed_atom(out / "feed.xml")
        assert len(feed.entries) == len(expected)
        assert atom_problems(out / "feed.xml") == []
        assert json_feed_problems(out / "feed.json") == []
        items = json.loads((out / "feed.json").read_bytes())["items"]
        # newest first (as moments: each says its own release's offset)
        moments = [datetime.fromisoformat(item["date_published"]) for item in items]
        assert moments == sorted(moments, reverse=True)
        pages = sorted(p.name for p in (out / "releases").glob("*.html"))
        assert len(pages) == len(expected)
        index = etree.HTML((out / "index.html").read_bytes())
        links = [a.get("href") for a in index.iterfind(".//a")]
        assert sorted(link.removeprefix("releases/") for link in links) == pages
        # A rebuild with nothing changed writes nothing.
        again = build_newsroom(source, out, as_of=AS_OF, include_drafts=include_drafts,
                               base_url="https://press.example.org/")
        assert again.written == [] and again.removed == []
