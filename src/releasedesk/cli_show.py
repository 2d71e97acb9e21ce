"""`releasedesk show`: a release's fields, each under its label, in the field table's order.

The labels are the table's (fields.py), in the user's language (messages.py); each
field reads as the diff cuts it into units (paragraphs, contacts, footer lines, photos,
house-style settings). Every line is escaped as the history's listing is: a character
that could forge a printed line shows as an escape.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from . import document, fields
from .errors import N_
from .field_rules import escaped
from .messages import tr
from .model import Release

if TYPE_CHECKING:
    from .cli_help import Parser, SubCommands

COMMANDS = ("show",)
# (`releasedesk status` and `history` show the clearance; the review comments marked are
# the editor's notes on a review, shown in its Suggestions panel)
NOT_SHOWN = (fields.CLEARANCE, fields.MARKS)
# A choice's value as words (the file's value is a code: "embargoed").
CHOICE_WORDS = {
    "status": {"immediate": N_("For immediate release"), "embargoed": N_("Under embargo")},
    "end_mark": {"": N_("(none)")},
}


def add_parser(sub: SubCommands, parser_class: type[Parser]) -> None:
    show = sub.add_parser("show", help="print a release's fields, each under its label")
    show.add_argument("file", type=Path, help="the .release file")


def run(args: argparse.Namespace) -> int:
    sys.stdout.write(show_text(document.load(args.file)))
    return 0


def show_text(release: Release) -> str:
    """The release's fields as text: "Label: value", or the label and indented lines."""
    out: list[str] = []
    for spec in fields.FIELDS:
        if spec.kind in NOT_SHOWN:
            continue
        value = fields.canonical(spec, getattr(release, spec.name))
        words = CHOICE_WORDS.get(spec.name, {})
        if spec.kind == fields.CHOICE and value in words:
            value = tr(words[value])
        lines = _lines(fields.units(spec, value), spec.kind == fields.BLOCK)
        label = tr(spec.label)
        if len(lines) <= 1 and spec.kind not in fields.NUMBERED_KINDS:
            out.append(f"{label}: {lines[0] if lines else ''}".rstrip())
        else:
            out.append(f"{label}:")
            out.extend(f"    {line}".rstrip() for line in lines)
    return "\n".join(out) + "\n"


def _lines(units: list[tuple[str, str]], block: bool) -> list[str]:
    lines: list[str] = []
    for index, (name, text) in enumerate(units):
        if block and index:
            lines.append("")  # a blank line between paragraphs, as they are written
        shown = f"{name}: {text}" if name else text
        lines.extend(escaped(line) for line in shown.split("\n"))
    return lines
