"""``releasedesk review reviewed.docx``: a reviewed document's tracked changes and comments,
one per line (no Qt). Listing only: nothing is applied to any release."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from .field_rules import escaped
from .review import Comment, Revision, read_review_file


def add_parser(sub: argparse._SubParsersAction, parser_class: type) -> None:
    review = sub.add_parser(
        "review", help="list the tracked changes and comments in a reviewed .docx")
    review.add_argument("file", type=Path,
                        help="the .docx a reviewer marked up in Word or LibreOffice")


def run(args: argparse.Namespace) -> int:
    review = read_review_file(args.file)
    for revision in review.revisions:
        print(revision_line(revision))
    for comment in review.comments:
        print(comment_line(comment))
    print(f"{_count(len(review.revisions), 'tracked change')}, "
          f"{_count(len(review.comments), 'comment')} in {len(review.paragraphs)} "
          f"paragraph{'' if len(review.paragraphs) == 1 else 's'}.")
    return 0


def revision_line(revision: Revision) -> str:
    """'¶3  Dana Reyes  2026-03-04 09:30 UTC  deletion  "by Friday" → ""'."""
    change = f"{_quoted(revision.before)} → {_quoted(revision.after)}"
    if revision.detail:
        change += f"  ({escaped(revision.detail)})"
    return (f"¶{revision.paragraph + 1}  {_who(revision.author)}  "
            f"{_when(revision.date, revision.when)}  {revision.kind}  {change}")


def comment_line(comment: Comment) -> str:
    """'¶2  Lee Park  2026-03-04 10:00 UTC  comment  on "the ferry" : "Check the date"'."""
    where = f"¶{comment.paragraph + 1}" if comment.paragraph >= 0 else "¶?"
    return (f"{where}  {_who(comment.author)}  {_when(comment.date, comment.when)}  comment  "
            f"on {_quoted(comment.anchored)}: {_quoted(comment.text)}")


def _who(author: str) -> str:
    return escaped(author) if author else "(no author)"


def _when(text: str, when: datetime | None) -> str:
    if when is not None:
        zone = " UTC" if when.utcoffset() is not None and not when.utcoffset() else \
            (when.strftime(" %z") if when.tzinfo else "")
        return when.strftime("%Y-%m-%d %H:%M") + zone
    return f"(not a date: {escaped(text)})" if text else "(no date)"


def _quoted(text: str) -> str:
    return f'"{escaped(text)}"'


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
