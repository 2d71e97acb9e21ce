"""index.html of the newsroom: the published releases newest first, one section a language.

A plain, self-contained page (no scripts, no remote resources) the web team can restyle;
every text from a release is escaped. The pages themselves are the HTML export.
"""

from __future__ import annotations

from html import escape

from ..language_tag import is_chinese, primary
from ..render.kind_words import kind_words
from ..render.words import format_date
from .correction_notes import Note, notes_html
from .selection import PAGES, Item
from .summary import PUBLISHABLE

# The name of a language in itself, for the section headings (others show their tag).
_NAMES = {"en": "English", "zh": "中文", "fr": "Français", "de": "Deutsch",
          "es": "Español", "pt": "Português", "it": "Italiano", "nl": "Nederlands",
          "ja": "日本語", "ko": "한국어", "ar": "العربية", "ru": "Русский"}
_REGIONS = {"zh-cn": "中文（简体）", "zh-hans": "中文（简体）", "zh-tw": "中文（繁體）",
            "zh-hk": "中文（香港）", "zh-hant": "中文（繁體）"}
# A draft's mark, in the entry's own language (as the section it stands in speaks).
_DRAFT_MARKS = {"draft": "Draft", "in_review": "In review"}
_DRAFT_MARKS_ZH = {"draft": "草稿", "in_review": "审核中"}

_STYLE = """body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;
padding:0 1rem;line-height:1.5;color:#1d1d1d}
h1{font-size:1.6rem}h2{font-size:1.2rem;border-bottom:1px solid #ccc;margin-top:2rem}
ol{list-style:none;padding:0}li{margin:1rem 0}
.headline{font-weight:600;font-size:1.05rem}.meta{color:#555;font-size:.9rem}
.status{background:#fde8c8;padding:0 .3rem;border-radius:.2rem}
.release-correction-note{margin:.2rem 0;font-size:.9rem;color:#8a4b00}"""


def language_name(tag: str) -> str:
    lowered = tag.lower()
    if lowered in _REGIONS:
        return _REGIONS[lowered]
    name = _NAMES.get(primary(tag)) if tag.strip() else None
    return f"{name} ({tag})" if name and "-" in tag else name or tag


def index_html(items: list[Item], title: str,
               notes: dict[str, list[Note]] | None = None) -> bytes:
    """The page listing *items* (newest first) by language; *notes*, each page's
    corrections (correction_notes.py), under its entry in the entry's language."""
    by_language: dict[str, list[Item]] = {}
    for item in items:
        by_language.setdefault(item.summary.language, []).append(item)
    languages = sorted(by_language, key=lambda tag: (-len(by_language[tag]), tag))
    page_lang = languages[0] if len(languages) == 1 else "mul"
    out = ["<!DOCTYPE html>", f'<html lang="{escape(page_lang)}">', "<head>",
           '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{escape(title)}</title>",
           f'<link rel="alternate" type="application/atom+xml" title="{escape(title)}" '
           'href="feed.xml">',
           f'<link rel="alternate" type="application/feed+json" title="{escape(title)}" '
           'href="feed.json">',
           f"<style>{_STYLE}</style>", "</head>", "<body>", "<main>",
           f"<h1>{escape(title)}</h1>"]
    if not items:
        out.append("<p>No releases are published yet.</p>")
    for tag in languages:
        out += [f'<section lang="{escape(tag)}">',
                f"<h2>{escape(language_name(tag))}</h2>", "<ol>"]
        out += [_row(item, (notes or {}).get(item.slug, [])) for item in by_language[tag]]
        out += ["</ol>", "</section>"]
    out += ["</main>", "</body>", "</html>", ""]
    return "\n".join(out).encode("utf-8", "replace")


def kind_name(kind: str, language: str) -> str:
    """A kind of release as its entry names it, in the entry's language ("Media advisory",
    "采访通知"); a kind the exports print no word for, as the file names it."""
    words = kind_words(language)
    name = getattr(words, kind, None) if kind in ("advisory", "statement", "correction") \
        else None
    if not isinstance(name, str):
        return kind
    return name.capitalize() if name.isupper() else name


def _row(item: Item, notes: list[Note]) -> str:
    entry = item.summary
    embargo = entry.embargo_moment
    # The day as the release names it (its own date, or its embargo's in its own zone),
    # written as its language writes a date: ISO, a Chinese entry's 2026年12月8日.
    day = format_date(entry.release_day or (embargo.date() if embargo
                                            else item.published.date()),
                      "iso", entry.language)
    parts = [f'<li><a class="headline" href="{escape(item.page)}">{escape(entry.headline)}</a>',
             f'<div class="meta"><time datetime="{item.published.isoformat()}">{day}</time>']
    if entry.organization:
        parts.append(f" · {escape(entry.organization)}")
    if entry.kind:
        parts.append(f" · {escape(kind_name(entry.kind, entry.language))}")
    if entry.status not in PUBLISHABLE:
        marks = _DRAFT_MARKS_ZH if is_chinese(entry.language) else _DRAFT_MARKS
        parts.append(f' <span class="status">{marks[entry.status]}</span>')
    parts.append("</div>")
    if entry.subheadline:
        parts.append(f"<p>{escape(entry.subheadline)}</p>")
    if notes:
        parts.append(notes_html(notes, entry.language, f"{PAGES}/").rstrip("\n"))
    parts.append("</li>")
    return "".join(parts)
