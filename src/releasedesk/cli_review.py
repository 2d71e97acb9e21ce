"""``releasedesk review reviewed.docx``: a reviewed document's tracked changes and comments,
one per line (no Qt). Listing only: nothing is applied to any release."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import N_
from .field_rules import escaped
from .messages import language, say, tr
from .shown_time import minute_and_zone

if TYPE_CHECKING:  # the review's readers (lxml) load when a review command runs
    from .cli_help import Parser, SubCommands
    from .model import Release
    from .review import Comment, Revision
    from .review.suggestions import Reading, ReviewComment, Suggestion


def add_parser(sub: SubCommands, parser_class: type[Parser]) -> None:
    review = sub.add_parser(
        "review", help="list the tracked changes and comments in a reviewed .docx (send one: "
        "export --for-review; take one in: import REVIEWED.docx --onto FILE)")
    review.add_argument("file", type=Path,
                        help="the .docx a reviewer marked up in Word or LibreOffice")


def run(args: argparse.Namespace) -> int:
    from .review import read_review_file

    review = read_review_file(args.file)
    for revision in review.revisions:
        print(revision_line(revision))
    for comment in review.comments:
        print(comment_line(comment))
    print(say(REVIEW_SUMMARY, changes=_count(len(review.revisions), "tracked change"),
              comments=_count(len(review.comments), "comment"),
              paragraphs=_count(len(review.paragraphs), "paragraph")))
    return 0


# The lines printed, in the user's language (English: as they always read).
REVIEW_SUMMARY = N_("{changes}, {comments} in {paragraphs}.")
COUNTS = {
    "tracked change": (N_("{n} tracked change"), N_("{n} tracked changes")),
    "comment": (N_("{n} comment"), N_("{n} comments")),
    "paragraph": (N_("{n} paragraph"), N_("{n} paragraphs")),
    "suggestion": (N_("{n} suggestion"), N_("{n} suggestions")),
}
COMMENT_LINE = N_("{where}  {who}  {when}  comment  on {anchored}: {text}")
NO_AUTHOR = N_("(no author)")
NOT_A_DATE = N_("(not a date: {text})")
NO_DATE = N_("(no date)")
NOT_APPLIED = N_("not applied: {line}")
ACCEPTED = N_("Accepted {suggestions}; saved {path}.")
ACCEPTED_NOTHING = N_("Accepted {suggestions}; nothing in the release changed.")
ACCEPTED_SOME = N_("Accepted {suggestions} ({failed} could not be placed); saved {path}.")
ACCEPTED_SOME_NOTHING = N_("Accepted {suggestions} ({failed} could not be placed); nothing "
                           "in the release changed.")
OTHER_TEXT = N_("Note: {draft} was sent for review from a text that {release} and its history "
                "do not hold (another release, or a version older than its history): tracked "
                "changes are placed by the text around them; edits made without track "
                "changes are listed, not applied.")
OTHER_VERSION = N_("Note: {draft} was sent for review from another version of {release} (the "
                   "fingerprints differ); each change is placed by the text around it.")
NOT_MAPPED = N_("Note: {draft} was not sent for review by ReleaseDesk (it has no field map): "
                "its fields are compared with the release's, and its tracked changes are "
                "listed under no field.")
CANNOT_PLACE = N_("  [cannot be placed: its text changed since it was sent]")
READING_SUMMARY = N_("{suggestions} ({applies} to accept or reject), {comments}.")
READING_SUMMARY_STUCK = N_("{suggestions} ({applies} to accept or reject; {stuck} cannot be "
                           "placed), {comments}.")
LISTED_ONLY = N_("  [listed only]")
RESOLVED = N_("  [resolved]")
REPLY_TO = N_("  [reply to comment {number}]")
REVIEW_COMMENT_LINE = N_("comment {number}  {field}  {who}  {when}  on {anchored}: "
                         "{text}{state}")
# A tracked change's kind as the editor's review panel names it (for a Chinese user).
KIND_WORDS = {
    "insertion": "Insertion", "deletion": "Deletion", "move": "Move",
    "moved from": "Moved from", "moved to": "Moved to",
    "paragraph break inserted": "Paragraph break inserted",
    "paragraph break deleted": "Paragraph break deleted",
    "formatting": "Formatting (listed only)",
    "paragraph formatting": "Paragraph formatting (listed only)",
    "table row inserted": "Table row inserted", "table row deleted": "Table row deleted",
    "picture inserted": "Picture inserted (listed only)",
    "picture deleted": "Picture deleted (listed only)",
    "photo removal suggested": "Photo removal suggested (listed only)",
}


def _kind(kind: str) -> str:
    if language() == "en" or kind not in KIND_WORDS:
        return kind
    return tr(KIND_WORDS[kind], context="ReviewPanel")


def _detail(kind: str, detail: str) -> str:
    """A change's detail as the reader reads it: a formatting change's properties in
    words of the interface's language, our own sentences translated."""
    from .review.formatting_words import FORMATTING_KINDS, formatting_words

    if kind in FORMATTING_KINDS:
        return formatting_words(detail, language())
    return tr(detail)


def _aside(words: str) -> str:
    """A change's detail after it, in the brackets of the interface's language: full-width
    around Chinese words, as the line's other Chinese asides are."""
    return f"（{words}）" if language() == "zh_CN" else f"  ({words})"


def revision_line(revision: Revision) -> str:
    """'¶3  Dana Reyes  2026-03-04 09:30 UTC  deletion  "by Friday" → ""'."""
    change = f"{_quoted(revision.before)} → {_quoted(revision.after)}"
    if revision.detail:  # (a paragraph mark's place: words of ours, translated)
        change += _aside(escaped(_detail(revision.kind, revision.detail)))
    return (f"¶{revision.paragraph + 1}  {_who(revision.author)}  "
            f"{_when(revision.date, revision.when)}  {_kind(revision.kind)}  {change}")


def comment_line(comment: Comment) -> str:
    """'¶2  Lee Park  2026-03-04 10:00 UTC  comment  on "the ferry" : "Check the date"'."""
    where = f"¶{comment.paragraph + 1}" if comment.paragraph >= 0 else "¶?"
    return say(COMMENT_LINE, where=where, who=_who(comment.author),
               when=_when(comment.date, comment.when), anchored=_quoted(comment.reads()),
               text=_quoted(comment.text))


def _who(author: str) -> str:
    return escaped(author) if author else say(NO_AUTHOR)


def _when(text: str, when: datetime | None) -> str:
    if when is not None:
        return minute_and_zone(when)
    return say(NOT_A_DATE, text=escaped(text)) if text else say(NO_DATE)


def _quoted(text: str) -> str:
    return f'"{escaped(text)}"'


def _count(number: int, noun: str) -> str:
    one, many = COUNTS[noun]
    return say(one if number == 1 else many, n=number)


# -- the review trip: export for review, import a review onto a release ---------------------


def add_import_options(draft: argparse.ArgumentParser) -> None:
    """``import REVIEWED.docx --onto FILE [--list | --accept-all]``."""
    draft.add_argument("--onto", type=Path, metavar="FILE",
                       help="read the draft as a review of this .release: its tracked "
                            "changes, edits and comments become suggestions")
    draft.add_argument("--list", action="store_true",
                       help="with --onto: print the suggestions and comments (the default)")
    draft.add_argument("--accept-all", action="store_true",
                       help="with --onto: apply every suggestion and save the release")
    draft.add_argument("--by", metavar="NAME",
                       help="with --accept-all: who accepts, for the history (default, as "
                            "the editor offers it: the release's house style's first "
                            "contact, else this computer's user name)")


def export_for_review(args: argparse.Namespace) -> int:
    from . import document
    from .errors import N_, ReleaseDeskError
    from .exporting import refuse_overwriting
    from .review.trip import write_for_review

    source: Path = args.file
    if args.output is not None and str(args.output) == "-":
        raise ReleaseDeskError(N_("--for-review writes a .docx file; give its name with -o."))
    stem = source.name[: -len(document.SUFFIX)] if source.name.endswith(document.SUFFIX) \
        else source.stem
    target: Path = args.output or source.with_name(stem + ".review.docx")
    if target.is_dir():
        target = target / (stem + ".review.docx")
    refuse_overwriting({"review": target}, source)
    write_for_review(document.load(source), target)
    print(target)
    return 0


def import_review(args: argparse.Namespace) -> int:
    from . import document
    from .changing import changing
    from .clearance.fingerprint import fingerprint
    from .clearance.history import record_version
    from .errors import N_, ReleaseDeskError
    from .importing.source import read_draft_bytes
    from .review import read_review
    from .review.shown import shown
    from .review.suggestions import accept_all, read_against
    from .review.trip import acceptance_note

    if args.onto is None:
        raise ReleaseDeskError(N_("--list and --accept-all read a review onto a release; "
                                  "name it with --onto."))
    source: Path = args.draft
    raw = read_draft_bytes(source, review=True)
    review = read_review(raw, source.name)
    if not args.accept_all:
        release = document.load(args.onto)
        reading = read_against(review, release, fingerprint(release), raw, source.name)
        _print_reading(reading, source, args.onto, _unplaceable(release, reading))
        return 0
    with changing(args.onto):
        release = document.load(args.onto)
        reading = read_against(review, release, fingerprint(release), raw, source.name)
        _print_notices(reading, source, args.onto)
        changed, failed = accept_all(release, reading)
        for index in failed:
            print(say(NOT_APPLIED, line=suggestion_line(reading.suggestions[index], index,
                                                        shown(reading, index))))
        applied = [x for i, x in enumerate(reading.suggestions) if x.applies
                   and i not in failed]
        if changed:
            by = " ".join((args.by or "").split()) or accepting(release)
            record_version(release, note=acceptance_note(source.name, applied, by))
            document.save(release, args.onto, in_place=True)
    accepted = ((ACCEPTED_SOME if changed else ACCEPTED_SOME_NOTHING) if failed else
                (ACCEPTED if changed else ACCEPTED_NOTHING))
    print(say(accepted, suggestions=_count(len(applied), "suggestion"), failed=len(failed),
              path=args.onto))
    return 1 if failed else 0  # (as check: 1 when something needs a person's eye)


def accepting(release: Release) -> str:
    """Who accepts when --by names no one: whom the editor's Suggestions panel offers
    (review.trip.accepting_name): the name signed off with in the editor's session, which
    a command has none of (a sign-off the release holds names whoever signed it, not
    who runs the command), else the first contact of the release's installed house style,
    else this computer's user name."""
    from .profiles import ProfileStore
    from .review.trip import accepting_name

    house = ProfileStore().find(release.profile) if release.profile else None
    return accepting_name("", house.contacts if house is not None else ())


def _unplaceable(release: Release, reading: Reading) -> set[int]:
    """The suggestions that accepting would not place (their text changed since), found
    by accepting all on a copy of *release*."""
    import copy

    from .review.suggestions import accept_all

    return set(accept_all(copy.deepcopy(release), reading)[1])


def _print_notices(reading: Reading, source: Path, onto: Path) -> None:
    if not reading.same_release and not reading.known_version:
        print(say(OTHER_TEXT, draft=escaped(source.name), release=escaped(onto.name)))
    elif not reading.same_release:
        print(say(OTHER_VERSION, draft=escaped(source.name), release=escaped(onto.name)))
    if not reading.mapped:
        print(say(NOT_MAPPED, draft=escaped(source.name)))


def _print_reading(reading: Reading, source: Path, onto: Path,
                   unplaceable: set[int] | None = None) -> None:
    from .review.shown import shown

    unplaceable = unplaceable or set()
    _print_notices(reading, source, onto)
    for index, suggestion in enumerate(reading.suggestions):
        line = suggestion_line(suggestion, index, shown(reading, index))
        print(line + (say(CANNOT_PLACE) if index in unplaceable else ""))
    for index, comment in enumerate(reading.comments):
        print(review_comment_line(comment, index))
    applies = sum(x.applies for x in reading.suggestions)
    print(say(READING_SUMMARY_STUCK if unplaceable else READING_SUMMARY,
              suggestions=_count(len(reading.suggestions), "suggestion"), applies=applies,
              stuck=len(unplaceable), comments=_count(len(reading.comments), "comment")))


def suggestion_line(suggestion: Suggestion, index: int,
                    words: tuple[str, str] | None = None) -> str:
    """'#3  Body  Dana Reyes  2026-03-04 09:30 UTC  deletion  "by Friday" → ""': *words*
    the change's words as they read (review/shown.py), else its own before and after."""
    before, after = words or (suggestion.before, suggestion.after)
    change = _quoted(after) if suggestion.kind == "move" and before == after else \
        f"{_quoted(before)} → {_quoted(after)}"
    if suggestion.detail:
        change += _aside(escaped(_detail(suggestion.kind, suggestion.detail)))
    if not suggestion.applies:
        change += say(LISTED_ONLY)
    return (f"#{index + 1}  {_field(suggestion.field)}  {_who(suggestion.author)}  "
            f"{_when(suggestion.date, suggestion.when)}  {_kind(suggestion.kind)}  {change}")


def review_comment_line(comment: ReviewComment, index: int) -> str:
    state = say(RESOLVED) if comment.resolved else ""
    if comment.reply_to >= 0:
        state += say(REPLY_TO, number=comment.reply_to + 1)
    return say(REVIEW_COMMENT_LINE, number=index + 1, field=_field(comment.field),
               who=_who(comment.author), when=_when(comment.date, comment.when),
               anchored=_quoted(comment.reads()), text=_quoted(comment.text), state=state)


def _field(key: str) -> str:
    from .review.slots import slots_label

    return slots_label(key, language())
