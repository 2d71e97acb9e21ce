"""How closely the body's Markdown follows CommonMark: the spec's examples, section by section.

    python benchmarks/commonmark_conformance.py PATH/TO/commonmark-spec.txt [--failures]

The spec stays outside the project; give its path. Each example's Markdown goes through
releasedesk.render.body_html, and the result is compared with the spec's HTML after the
deliberate differences listed in the README are applied to the expected side:

- raw HTML is text: examples whose output differs when the reference parser
  (markdown-it-py, CommonMark preset) has raw HTML on or off are not measured;
- only links a reader can safely follow: a link whose target is not absolute http(s),
  mailto or tel is expected as its text alone;
- an image is its description: <img alt="x"> is expected as the text x;
- a link's title (the quoted text after its address) is not kept;
- the body's highest heading is level 2 (level 1 is the headline): expected headings are
  shifted the same way;
- a line holding only hashes is an end mark ("###"), shown as text, never an empty heading.

HTML is compared as a tree: whitespace between and inside text runs collapsed, entities
decoded, attributes sorted, link targets percent-decoded (the spec percent-encodes IRIs,
the exports keep them readable).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

from markdown_it import MarkdownIt

from releasedesk.body.safety import safe_href
from releasedesk.render import body_html

# The sections the body's dialect covers (issue 17's list).
MEASURED = (
    "Backslash escapes", "Entity and numeric character references", "Thematic breaks",
    "ATX headings", "Paragraphs", "Block quotes", "List items", "Lists", "Code spans",
    "Emphasis and strong emphasis", "Links", "Autolinks", "Hard line breaks",
    "Soft line breaks",
)
FENCE = "`" * 32
_WITH_HTML = MarkdownIt("commonmark", {"html": True})
_WITHOUT_HTML = MarkdownIt("commonmark", {"html": False})


def examples(spec: str) -> list[tuple[str, int, str, str]]:
    """(section, number, markdown, html) for every example of the spec."""
    found = []
    section = ""
    number = 0
    lines = spec.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("## ") or line.startswith("### "):
            section = line.lstrip("#").strip()
        if line.startswith(FENCE + " example"):
            markdown: list[str] = []
            expected: list[str] = []
            i += 1
            while lines[i] != ".":
                markdown.append(lines[i])
                i += 1
            i += 1
            while not lines[i].startswith(FENCE):
                expected.append(lines[i])
                i += 1
            number += 1
            found.append((section, number, _tabs("\n".join(markdown) + "\n"),
                          _tabs("\n".join(expected) + "\n")))
        i += 1
    return found


def _tabs(text: str) -> str:
    return text.replace("→", "\t")


class _Canonical(HTMLParser):
    """A comparable form of an HTML fragment."""

    def __init__(self, shift: int) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.shift = shift
        self.skip_link: list[bool] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "img":
            self.handle_data(values.get("alt", ""))
            return
        if tag == "a":
            href = safe_href(values.get("href", ""))
            self.skip_link.append(href is None)
            if href is None:
                return
            values["href"] = unquote(href)
            values.pop("title", None)  # link titles are not kept (README)
        if re.fullmatch(r"h[1-6]", tag):
            tag = f"h{max(2, min(6, int(tag[1]) + self.shift))}"
        values.pop("class", None)
        rendered = " ".join(f'{k}="{values[k]}"' for k in sorted(values))
        self.parts.append(f"<{tag}{' ' + rendered if rendered else ''}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self.skip_link and self.skip_link.pop():
            return
        if re.fullmatch(r"h[1-6]", tag):
            tag = f"h{max(2, min(6, int(tag[1]) + self.shift))}"
        self.parts.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if self.parts and not self.parts[-1].startswith("<"):
            self.parts[-1] += data
        else:
            self.parts.append(data)

    def result(self) -> str:
        texts = (" ".join(part.split()) if not part.startswith("<") else part
                 for part in self.parts)
        return "".join(part for part in texts if part)


def canonical(fragment: str, shift: int = 0) -> str:
    parser = _Canonical(shift)
    parser.feed(fragment)
    parser.close()
    return parser.result()


def heading_shift(expected: str) -> int:
    levels = [int(level) for level in re.findall(r"<h([1-6])>", expected)]
    return 2 - min(levels) if levels else 0


def involves_raw_html(markdown: str) -> bool:
    return bool(_WITH_HTML.render(markdown) != _WITHOUT_HTML.render(markdown))


def judge(markdown: str, expected: str) -> tuple[bool | None, str, str]:
    """(passed, or None when not measured; canonical expected; canonical actual)."""
    if involves_raw_html(markdown):
        return None, "", ""
    if re.search(r"^ {0,3}#{1,6}[ \t]*$", markdown, re.MULTILINE):
        return None, "", ""  # a lone hashes line is an end mark here
    want = canonical(expected, heading_shift(expected))
    got = canonical(body_html(markdown))
    return want == got, want, got


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("spec", type=Path)
    parser.add_argument("--failures", action="store_true", help="print each failing example")
    parser.add_argument("--all-sections", action="store_true",
                        help="also list the sections the body does not claim to cover")
    args = parser.parse_args(argv)
    results: dict[str, list[bool]] = defaultdict(list)
    skipped: dict[str, int] = defaultdict(int)
    for section, number, markdown, expected in examples(args.spec.read_text(encoding="utf-8")):
        passed, want, got = judge(markdown, expected)
        if passed is None:
            skipped[section] += 1
            continue
        results[section].append(passed)
        if args.failures and not passed and section in MEASURED:
            print(f"--- example {number} ({section})\n{markdown}expected {want}\n     got {got}")
    total_pass = total = 0
    print(f"{'section':<44} {'passed':>7} {'of':>4} {'rate':>6}  (not measured)")
    sections = MEASURED if not args.all_sections else tuple(results)
    for section in sections:
        outcomes = results.get(section, [])
        passed_count = sum(outcomes)
        total_pass += passed_count
        total += len(outcomes)
        rate = f"{100 * passed_count / len(outcomes):.0f}%" if outcomes else "-"
        print(f"{section:<44} {passed_count:>7} {len(outcomes):>4} {rate:>6}  ({skipped[section]})")
    print(f"{'all measured sections':<44} {total_pass:>7} {total:>4} "
          f"{100 * total_pass / max(total, 1):.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
