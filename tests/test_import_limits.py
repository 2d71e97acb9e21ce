"""A draft is measured before it is parsed: more text than a release holds is refused from
its size with a sentence naming it, and no import's memory grows with what the draft
claims (importing/limits.py). Memory is measured in a subprocess; nothing here is timed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from releasedesk.field_rules import MAX_TEXT_FIELD
from releasedesk.importing import READERS, DraftError, import_bytes, limits

import drafts

resource = pytest.importorskip("resource")

# The child imports a draft and says how far its peak resident memory rose doing so.
CHILD = """
import json, resource, sys
from pathlib import Path
from releasedesk.importing import DraftError, import_draft
from releasedesk.importing import docx_reader, recognise  # loaded before the baseline
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    release, _ = import_draft(Path(sys.argv[1]))
    message = ""
except DraftError as exc:
    message = exc.message
grew = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
print(json.dumps({"message": message, "grew_mib": grew / (1024 if sys.platform != "darwin"
                                                         else 1024 * 1024)}))
"""
# Before drafts were measured, importing the nine-million-character draft peaked at 253 MiB
# (and took 5.7 s; one with Word's usual run markup 642 MiB, in the editor 739 MiB), the
# lying one at 626 MiB; measured, the child grows by 5 MiB and 0.
GROWTH_MIB = 96


def import_in_child(path: Path) -> tuple[str, float]:
    result = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout)
    return outcome["message"], outcome["grew_mib"]


def test_a_word_draft_of_nine_million_characters_is_refused_from_its_size(
        tmp_path: Path) -> None:
    draft = tmp_path / "annual report.docx"
    draft.write_bytes(drafts.word_of_many_paragraphs(9_000_000))
    assert draft.stat().st_size < 3 * 1024 * 1024  # a small file, no zip bomb
    message, grew = import_in_child(draft)
    assert message == ("annual report.docx holds about 9 million characters; a release holds "
                       "at most 2 million, so it was not imported.")
    assert grew < GROWTH_MIB, f"{grew:.0f} MiB"


def test_a_zip_that_lies_about_its_sizes_is_inflated_no_further_than_it_says(
        tmp_path: Path) -> None:
    """document.xml declares 100 KB and inflates to 300 MB: zipfile's read() of the whole
    entry inflated it all in one step before cutting it to the declared size."""
    draft = tmp_path / "liar.docx"
    draft.write_bytes(drafts.word_lying_about_its_size(declared=100_000,
                                                       actual=300 * 1024 * 1024))
    message, grew = import_in_child(draft)
    assert message == ("liar.docx is damaged (a part of it cannot be read); open it in Word "
                       "and save it again.")
    assert grew < GROWTH_MIB, f"{grew:.0f} MiB"


def test_what_a_release_can_hold_imports_and_one_character_more_does_not(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_TEXT", 1000)
    texts = ["Harbour Opens Night Crossing", "a" * 400, "b" * 400, "c" * 172]
    assert sum(map(len, texts)) == 1000
    release, _ = import_bytes(drafts.word_with_paragraphs(texts), "d.docx", READERS["docx"])
    assert "c" * 172 in release.body
    with pytest.raises(DraftError, match="d.docx holds about"):
        import_bytes(drafts.word_with_paragraphs([*texts, "d"]), "d.docx", READERS["docx"])
    for fmt in ("txt", "md", "html"):
        text = "x" * 1000
        source = f"<p>{text}</p>" if fmt == "html" else text
        import_bytes(source.encode(), f"d.{fmt}", READERS[fmt])
        with pytest.raises(DraftError, match=f"d.{fmt} holds about"):
            import_bytes(source.replace("x", "xx", 1).encode(), f"d.{fmt}", READERS[fmt])


@pytest.mark.parametrize("fmt", ["txt", "md", "html"])
def test_a_text_draft_longer_than_a_release_names_its_size(fmt: str) -> None:
    text = "The ferry crossing opens. " * (MAX_TEXT_FIELD // 26 * 3)
    source = f"<html><body><p>{text}</p></body></html>" if fmt == "html" else text
    with pytest.raises(DraftError) as caught:
        import_bytes(source.encode(), f"long.{fmt}", READERS[fmt])
    assert caught.value.message == (f"long.{fmt} holds about 6 million characters; a release "
                                    "holds at most 2 million, so it was not imported.")


def test_an_html_page_is_measured_by_the_text_it_shows_not_its_source() -> None:
    style = "<style>" + "p { color: #123456 }\n" * (MAX_TEXT_FIELD // 20) + "</style>"
    script = "<script>" + "var x = '<p>not text</p>';\n" * 10_000 + "</script>"
    page = (f"<html><head>{style}</head><body>{script}<h1>Night Crossing</h1>"
            "<p>The ferry runs at night.</p></body></html>")
    assert len(page) > MAX_TEXT_FIELD
    release, _ = import_bytes(page.encode(), "page.html", READERS["html"])
    assert release.headline == "Night Crossing"


def test_a_million_empty_things_are_refused_before_they_are_parsed(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Each paragraph, line, element or tag costs memory even when it holds no text."""
    lines = "x\n" * (limits.MAX_PARAGRAPHS + 1)
    with pytest.raises(DraftError, match="more than 300,000 paragraphs or lines"):
        import_bytes(lines.encode(), "lines.txt", READERS["txt"])
    with pytest.raises(DraftError, match="more than 500,000 HTML tags"):
        import_bytes(b"<p>x" + b"<b></b>" * (limits.MAX_HTML_TAGS + 1), "tags.html",
                     READERS["html"])
    monkeypatch.setattr(limits, "MAX_PARAGRAPHS", 50)
    with pytest.raises(DraftError, match="more than 50 paragraphs"):
        import_bytes(drafts.word_with_paragraphs(["x"] * 51), "paras.docx", READERS["docx"])
    monkeypatch.setattr(limits, "MAX_XML_ELEMENTS", 500)
    with pytest.raises(DraftError, match="more than 500 XML elements"):
        import_bytes(drafts.word_with_paragraphs(["x"] * 40), "runs.docx", READERS["docx"])


def test_millions_are_never_shown_as_the_limit_they_pass() -> None:
    assert [limits.millions(n) for n in (9_000_000, 9_021_223, 2_349_999, 2_000_001,
                                         MAX_TEXT_FIELD)] == ["9", "9", "2.3", "2.1", "2"]
