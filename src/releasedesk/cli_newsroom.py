"""`releasedesk newsroom DIR -o OUT`: the static newsroom of a folder of releases."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import N_, ReleaseDeskError

if TYPE_CHECKING:
    from .cli_help import Parser, SubCommands

COMMANDS = ("newsroom",)
PUBLISHED = N_("{published} release(s) published in {folder}: {written} file(s) written, "
               "{removed} page(s) removed; left out: {embargoed} under embargo, {unapproved} "
               "not approved, {unreadable} unreadable.")
NO_SITEMAP = N_("No sitemap.xml: a sitemap needs the newsroom's address (--base-url).")


def add_parser(sub: SubCommands, parser_class: type[Parser]) -> None:
    newsroom = sub.add_parser(
        "newsroom", help="write the static newsroom of a folder of releases: index, a page "
                         "per approved release, Atom and JSON feeds, sitemap")
    newsroom.add_argument("folder", type=Path, metavar="DIR",
                          help="the folder of releases (its subfolders too)")
    newsroom.add_argument("-o", "--output", type=Path, required=True, metavar="OUT",
                          help="the newsroom's folder (made if missing; a rebuild rewrites "
                               "only what changed)")
    newsroom.add_argument("--as-of", metavar="MOMENT",
                          help="publish as at this moment, e.g. 2026-12-01T09:00+08:00 "
                               "(default: now); releases under embargo then are left out")
    newsroom.add_argument("--include-drafts", action="store_true",
                          help="publish releases not yet approved too (a preview)")
    newsroom.add_argument("--base-url", default="", metavar="URL",
                          help="the address the newsroom is served from, for the feeds' "
                               "links and the sitemap (no sitemap without it)")


def parse_moment(text: str) -> datetime:
    """An ISO 8601 moment; without a UTC offset, this computer's local time."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise ReleaseDeskError(N_('"{moment}" is not a moment such as 2026-12-01T09:00+08:00 '
                                  "(date, time and UTC offset)."), moment=text) from exc
    return moment if moment.tzinfo is not None else moment.astimezone()


def run(args: argparse.Namespace) -> int:
    from .messages import error_text, say
    from .newsroom.build import build_newsroom

    as_of = parse_moment(args.as_of) if args.as_of else None
    report = build_newsroom(args.folder, args.output, as_of=as_of,
                            include_drafts=args.include_drafts, base_url=args.base_url)
    for problem in report.problems:
        print(f"releasedesk: {error_text(problem)}", file=sys.stderr)
    for entry in report.library.entries:
        if not entry.readable and entry.error is not None:
            print(f"releasedesk: {error_text(entry.error)}", file=sys.stderr)
    choice = report.choice
    print(say(PUBLISHED, published=len(choice.items), folder=args.output,
              written=len(report.written), removed=len(report.removed),
              embargoed=choice.embargoed, unapproved=choice.unapproved,
              unreadable=choice.unreadable))
    if not report.sitemap:
        print(say(NO_SITEMAP))
    return 0
