"""What a reviewed document suggests for a release: each tracked change on the field it
touches, edits made without track changes, and the comments (issue 23, point 4).

A document we sent for review (sending.py) carries a hidden bookmark per field: each
paragraph belongs to the field whose bookmark started last (a label paragraph belongs to
none), so a paragraph the reviewer added to the body or About stays with it; a paragraph
added beside a one-line field is text outside the fields, listed only (field_map.py). A field's
text under any set of accepted changes is rebuilt from its pieces (reader.py): a piece
counts when every change that inserts it is accepted and no change that deletes it is; a
paragraph break likewise. So accepting or rejecting is exact, one change or all.

A document without our bookmarks (a draft marked up elsewhere) is read as any draft is
(importing/), its changes accepted, and its fields that differ from the release become
suggestions; its tracked changes are listed, but belong to no field.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Collection
from datetime import datetime
from difflib import SequenceMatcher

from lxml import etree

from ..changed_span import changed_span
from ..errors import N_, ReleaseDeskError
from ..model import Release
from ..records import Factory, record, replace
from . import items as k
from . import slots as s
from .field_map import OUTSIDE, field_map, field_text
from .formatted import INVISIBLE, VISIBLE, Rebuilt, layout
from .items import Piece, Review, ReviewParagraph, anchor_reads, parse_date
from .same_links import as_ours
from .sending import FIELD_PROPERTY, FINGERPRINT_PROPERTY

UNTRACKED = "edit without track changes"
DIFFERENCE = "difference"  # a field of a document without our field map that differs
_LISTED_ONLY = frozenset({k.FORMATTING, k.PARAGRAPH_FORMATTING, k.PICTURE_INSERTED,
                          k.PICTURE_DELETED, k.PHOTO_OUT})
PHOTO_KEPT = N_("the photo keeps its place; take it out in the body by hand if you agree")
BREAK_BY_PHOTO = N_("beside a photo's place: the photo stays a paragraph of its own")
FIELD_END = N_("the end of the field: it is not joined to the next one")
_TEXT_CHANGES = frozenset({k.INSERTION, k.DELETION})
_OUTSIDE_KINDS = frozenset({k.INSERTION, k.DELETION, k.MARK_INSERTED, k.MARK_DELETED})


@record(frozen=True)
class Suggestion:
    """One change a reviewer suggests: on *field* (a slot key, "" for none), *before* →
    *after*, by *author* at *date*. *changes* are the tracked changes it stands for (a
    move: both halves), by index in the review; () for an edit found by comparing.
    *applies* is False for what is listed but changes no field (formatting, text outside
    every field)."""

    field: str
    kind: str
    before: str
    after: str
    author: str
    date: str
    changes: tuple[int, ...] = ()
    detail: str = ""
    applies: bool = True
    old_value: str = ""  # an edit found by comparing: the field's text before and after
    new_value: str = ""

    @property
    def when(self) -> datetime | None:
        return parse_date(self.date)


@record(frozen=True)
class ReviewComment:
    field: str
    anchored: str
    author: str
    date: str
    text: str
    resolved: bool = False
    reply_to: int = -1
    pieces: tuple[Piece, ...] = ()  # the anchor's pieces (items.Comment)

    @property
    def when(self) -> datetime | None:
        return parse_date(self.date)

    def reads(self, rejected: Collection[int] = ()) -> str:
        """The words it is on as a reader sees them (items.anchor_reads)."""
        return anchor_reads(self.pieces, self.anchored, rejected)


@record
class Reading:
    """A reviewed document read against a release."""

    review: Review
    suggestions: list[Suggestion] = Factory(factory=list)
    comments: list[ReviewComment] = Factory(factory=list)
    # Each field's paragraphs, in order (a document with our field map).
    fields: dict[str, list[ReviewParagraph]] = Factory(factory=dict)
    mapped: bool = False  # the document carries our field map
    sent_fingerprint: str = ""  # the fingerprint of the release as sent, if it says
    same_release: bool = True  # the release's fingerprint now is the one sent
    # The text sent is one of this release's versions (now or in its history); False for
    # a document sent from another release, or from a version older than its history.
    known_version: bool = True
    # Each Markdown field (body, About) matched to its layout as sent (formatted.py).
    rebuilt: dict[str, Rebuilt] = Factory(factory=dict)

    def value(self, key: str, accepted: set[int]) -> str:
        """Field *key*'s text with the changes in *accepted* accepted, the rest rejected."""
        if key in self.rebuilt:
            return self.rebuilt[key].text(accepted)
        return field_text(self.fields.get(key, []), s.kind_of(key), accepted)


def read_against(review: Review, release: Release, current_fingerprint: str,
                 raw: bytes = b"", name: str = "") -> Reading:
    """What *review* suggests for *release*; *raw* (the document's bytes) is read as a
    draft when the document has no field map of ours."""
    reading = Reading(review, sent_fingerprint=review.properties.get(FINGERPRINT_PROPERTY, ""))
    mapping = field_map(review, {name[len(FIELD_PROPERTY):]: value for name, value
                                 in review.properties.items()
                                 if name.startswith(FIELD_PROPERTY)})
    field_of = list(mapping.of)
    reading.mapped = any(field_of)
    sent: Release | None = release
    if reading.sent_fingerprint:
        reading.same_release = reading.sent_fingerprint == current_fingerprint
        if not reading.same_release:
            sent = _version_sent(release, reading.sent_fingerprint)
            reading.known_version = sent is not None
    for paragraph, key in zip(review.paragraphs, field_of, strict=True):
        if key:
            reading.fields.setdefault(key, []).append(paragraph)
    language = (sent or release).language or "en"
    for key, paragraphs in reading.fields.items():
        if s.kind_of(key) == s.BLOCK:
            reading.rebuilt[key] = Rebuilt(
                layout(_as_sent(review, key, release, sent), language=language), paragraphs)
    reading.suggestions = _tracked(review, field_of, reading.mapped, mapping.outside)
    if reading.rebuilt:
        reading.suggestions = _one_photo_listing(_pictures_of_photos(
            [y for x in reading.suggestions for y in _in_markdown(x, reading)], reading))
    if reading.mapped:
        reading.suggestions.extend(_untracked(reading, release, sent))
        reading.suggestions.extend(_typed_outside(review, mapping.outside))
        reading.suggestions.extend(_photo_lines_edited(reading))
    elif raw:
        reading.suggestions.extend(_differences(raw, name, release, review))
    reading.comments = [
        ReviewComment(field_of[c.paragraph] if 0 <= c.paragraph < len(field_of) else "",
                      c.anchored, c.author, c.date, c.text, c.resolved, c.reply_to, c.pieces)
        for c in review.comments]
    return reading


def _as_sent(review: Review, key: str, release: Release, sent: Release | None) -> str:
    """Markdown field *key* as it was sent, when that is known (the release now, or the
    version of its history sent); else the release's text now, from which the document's
    text is then told apart by comparing."""
    digest = review.properties.get(FIELD_PROPERTY + key)
    for candidate in (sent, release):
        if candidate is not None and (digest is None or
                                      s.digest(s.get(candidate, key)) == digest):
            return s.get(candidate, key)
    return s.get(release, key)


def _in_markdown(suggestion: Suggestion, reading: Reading) -> list[Suggestion]:
    """A tracked change to a Markdown field, shown as the change it makes to the Markdown
    (deleting a bold word removes ``**word**``): the change alone, around it.

    A change that deletes a photo's place (its line in the document) does not take the
    photo out: that part of it is listed as its own suggestion, never applied (PHOTO_OUT);
    a change that then changes nothing else is listed only."""
    rebuilt = reading.rebuilt.get(suggestion.field)
    if rebuilt is None or not suggestion.applies or not suggestion.changes:
        return [suggestion]
    photos = sorted({p for c in suggestion.changes for p in rebuilt.photo_changes.get(c, ())})
    listed = [replace(suggestion, kind=k.PHOTO_OUT, before=rebuilt.photo_place(p), after="",
                      detail=PHOTO_KEPT, applies=False) for p in photos]
    start, end = 0, 0
    for change in suggestion.changes:
        low, high = rebuilt.around(change)
        start, end = (low, high) if start == end else (min(start, low), max(end, high))
    if start == end:
        return [suggestion, *listed]
    by_photo = any(rebuilt.near_photo(c) for c in suggestion.changes)
    if by_photo:  # (the whole field: a photo's place is kept apart across the window)
        start, end = 0, len(rebuilt.laid.atoms)
    old, new = rebuilt.changed(frozenset(suggestion.changes), start, end)
    if old == new and by_photo:
        if photos:  # (nothing but the photo's place: its listing says it all)
            return listed
        return [replace(suggestion, detail=BREAK_BY_PHOTO, applies=False)]
    if not old and not new:
        return [suggestion, *listed]
    return [replace(suggestion, before=old, after=new), *listed]


def _pictures_of_photos(suggestions: list[Suggestion], reading: Reading) -> list[Suggestion]:
    """A photo's picture deleted alone (its line kept) is what deleting the line is: a
    suggestion to take the photo out, listed, never applied, named by its reference (not
    "picture deleted"); once per photo, whatever else deletes its line."""
    out: list[Suggestion] = []
    for suggestion in suggestions:
        place = _photo_of_picture(suggestion, reading) \
            if suggestion.kind == k.PICTURE_DELETED else None
        if place is None:
            out.append(suggestion)
        elif not any(x.kind == k.PHOTO_OUT and x.before == place and x.field ==
                     suggestion.field for x in (*out, *suggestions)):
            out.append(replace(suggestion, kind=k.PHOTO_OUT, before=place, after="",
                               detail=PHOTO_KEPT, applies=False))
    return out


def _photo_of_picture(suggestion: Suggestion, reading: Reading) -> str | None:
    """The reference of the photo whose line held the deleted picture of *suggestion*: the
    photo line, as it was sent, of the paragraph the picture was in; None for a picture
    elsewhere (one the reviewer added, say) or a line that does not tell one photo."""
    rebuilt = reading.rebuilt.get(suggestion.field)
    if rebuilt is None or len(suggestion.changes) != 1:
        return None
    number = reading.review.revisions[suggestion.changes[0]].paragraph
    paragraph = next((x for x in reading.fields.get(suggestion.field, ())
                      if x.index == number), None)
    if paragraph is None:
        return None
    atoms = rebuilt.laid.atoms
    lines: dict[int, list[str]] = {}
    for index, start in rebuilt.photo_at.items():
        if atoms[index].kind == VISIBLE:
            lines.setdefault(start, []).append(atoms[index].char)
    def words(text: str) -> str:  # (LibreOffice writes zero-width marks by a picture)
        return " ".join("".join(c for c in text if c not in INVISIBLE).split())

    sent = words(paragraph.rejected)
    found = [start for start, chars in lines.items() if words("".join(chars)) == sent]
    return rebuilt.photo_place(found[0]) if len(found) == 1 else None


def _one_photo_listing(suggestions: list[Suggestion]) -> list[Suggestion]:
    """*suggestions* without what a photo's own listing already says: the break beside it
    and the picture above its line (Word deletes a whole line as its picture, its text
    and its break: one act)."""
    removals = {(x.field, x.author, x.date) for x in suggestions if x.kind == k.PHOTO_OUT}
    return [x for x in suggestions if not (
        (x.detail == BREAK_BY_PHOTO or x.kind == k.PICTURE_DELETED)
        and (x.field, x.author, x.date) in removals)]


def _photo_lines_edited(reading: Reading) -> list[Suggestion]:
    """Photos' places deleted or typed over with track changes off: listed, never applied."""
    author = reading.review.last_author
    return [Suggestion(key, k.PHOTO_OUT, rebuilt.photo_place(start), "", author, "", (),
                       PHOTO_KEPT, False)
            for key, rebuilt in reading.rebuilt.items()
            for start in sorted(rebuilt.photo_edited)]


def _tracked(review: Review, field_of: list[str], mapped: bool,
             outside: frozenset[int]) -> list[Suggestion]:
    """One suggestion per tracked change, a move's two halves as one; a change to text
    typed outside the fields (*outside*: its paragraphs) listed only."""
    out: list[Suggestion] = []
    halves: dict[str, int] = {}  # a move's name: the suggestion of its first half
    pending: dict[str, list[int]] = {}  # a moved paragraph's break read before its text
    moves: dict[str, int] = {}  # a named move: its suggestion, once both halves are read
    for number, revision in enumerate(review.revisions):
        key = field_of[revision.paragraph] if mapped else ""
        if revision.move and revision.kind in (k.MARK_INSERTED, k.MARK_DELETED):
            # a moved paragraph's break is part of the move: applied with it or not at all
            at = moves.get(revision.move, halves.get(revision.move))
            if at is not None:
                out[at] = replace(out[at], changes=(*out[at].changes, number))
                continue
            pending.setdefault(revision.move, []).append(number)
            continue
        if revision.kind in (k.MOVED_FROM, k.MOVED_TO):
            partner = _partner(revision, halves, out, review)
            if partner is not None:
                first = out[partner]
                fields = first.field if first.field == key else \
                    ",".join(x for x in (first.field, key) if x)
                out[partner] = Suggestion(
                    fields, "move", first.before or revision.before,
                    first.after or revision.after, first.author, first.date,
                    (*first.changes, number), applies=bool(fields) and mapped)
                if revision.move:
                    moves[revision.move] = partner
                continue
            halves[revision.move or f"#{number}"] = len(out)
        if revision.kind in _TEXT_CHANGES and not _visible(revision.before) and \
                not _visible(revision.after):
            continue  # no text: a picture's change (listed as such) or an empty run
        out.append(_one(revision, number, key, field_of, outside))
    for name, numbers in pending.items():
        for number in numbers:
            at = moves.get(name, halves.get(name))
            if at is not None:
                out[at] = replace(out[at], changes=(*out[at].changes, number))
            else:
                revision = review.revisions[number]
                out.append(_one(revision, number,
                                field_of[revision.paragraph] if mapped else "", field_of,
                                outside))
    return _whole_paragraphs(out, review)


def _whole_paragraphs(out: list[Suggestion], review: Review) -> list[Suggestion]:
    """A paragraph a suggestion takes out or puts in whole (a deletion, an insertion, a
    move's half) and the break that goes or comes with it, by the same reviewer, are one
    suggestion: decided together, never half of it (its text run into the next paragraph,
    or an empty paragraph left).

    The break is the one before the paragraph where that one is changed the same way and
    not already another's, else its own: Word records the break of the paragraph a new
    one is typed after, and a selection from the end of the paragraph before deletes that
    break; a hand-made or LibreOffice-saved file marks the paragraph's own."""
    paragraphs, revisions = review.paragraphs, review.revisions
    lone: dict[int, int] = {}  # a paragraph: the suggestion changing its break alone
    for index, x in enumerate(out):
        if x.kind in (k.MARK_DELETED, k.MARK_INSERTED) and _decided(x) and len(x.changes) == 1:
            lone[revisions[x.changes[0]].paragraph] = index
    whole: list[tuple[int, int, bool]] = []  # (a paragraph, its suggestion, adding)
    for index, x in enumerate(out):
        for change in x.changes if _decided(x) else ():
            revision = revisions[change]
            adding = revision.kind in (k.INSERTION, k.MOVED_TO)
            number = revision.paragraph
            if (adding or revision.kind in (k.DELETION, k.MOVED_FROM)) and \
                    0 <= number < len(paragraphs) and \
                    _whole(paragraphs[number], change, adding):
                whole.append((number, index, adding))
    merged: set[int] = set()  # the breaks' suggestions merged into another
    for number, index, adding in sorted(whole):  # (in document order)
        near = [paragraphs[at].mark_change for at in (number - 1, number) if at >= 0]
        if any(c in out[index].changes for c in near if c >= 0):
            continue  # (a named move's paragraph: its break is in it already)
        wanted = k.MARK_INSERTED if adding else k.MARK_DELETED
        for at in (number - 1, number):
            mark = lone.get(at)
            if mark is not None and mark not in merged and out[mark].kind == wanted and \
                    (out[mark].field, out[mark].author) == (out[index].field, out[index].author):
                out[index] = replace(out[index],
                                     changes=(*out[index].changes, *out[mark].changes))
                merged.add(mark)
                break
    return [x for index, x in enumerate(out) if index not in merged]


def _decided(x: Suggestion) -> bool:
    """*x* is decided whole: it applies, or it is text outside the fields (listed so)."""
    return x.applies or x.detail == OUTSIDE


def _whole(paragraph: ReviewParagraph, change: int, adding: bool) -> bool:
    """Change *change* puts in (*adding*) or takes out every word of *paragraph*, and no
    other change touches them."""
    seen = False
    for text, inserting, deleting in paragraph.pieces:
        if not _visible(text):
            continue
        if (inserting, deleting) != (((change,), ()) if adding else ((), (change,))):
            return False
        seen = True
    return seen


def _one(revision: k.Revision, number: int, key: str, field_of: list[str],
         outside: frozenset[int]) -> Suggestion:
    """The suggestion of one tracked change on field *key*."""
    if revision.kind in _OUTSIDE_KINDS and (revision.paragraph in outside or (
            revision.kind == k.MARK_INSERTED and revision.paragraph + 1 in outside
            and s.kind_of(key) != s.BLOCK)):
        # (text typed outside the fields, or the break Word marks on the paragraph a new
        # one is typed after: that new paragraph's, not the line's)
        return Suggestion("", revision.kind, revision.before, revision.after,
                          revision.author, revision.date, (number,), OUTSIDE, applies=False)
    if revision.kind == k.MARK_DELETED and key and (
            revision.paragraph + 1 >= len(field_of)
            or field_of[revision.paragraph + 1] != key):
        # (the field's last break: accepting it would join two fields; listed only)
        return Suggestion(key, revision.kind, revision.before, revision.after,
                          revision.author, revision.date, (number,), FIELD_END,
                          applies=False)
    return Suggestion(key, revision.kind, revision.before, revision.after,
                      revision.author, revision.date, (number,), revision.detail,
                      applies=bool(key) and revision.kind not in _LISTED_ONLY)


def _visible(text: str) -> bool:
    """*text* holds a character a reader sees (not only a word processor's own marks)."""
    return any(char not in INVISIBLE for char in text)


def _partner(revision: k.Revision, halves: dict[str, int], out: list[Suggestion],
             review: Review) -> int | None:
    """The suggestion holding the other half of this move, if read already: by the move's
    name, else (a file that names none) the first half with its text and author."""
    if revision.move:
        return halves.pop(revision.move, None)
    other = k.MOVED_TO if revision.kind == k.MOVED_FROM else k.MOVED_FROM
    text = revision.before or revision.after
    for name, index in list(halves.items()):
        first = out[index]
        half = review.revisions[first.changes[0]]
        if name.startswith("#") and half.kind == other and \
                (half.before or half.after) == text and half.author == revision.author:
            del halves[name]
            return index
    return None


def _version_sent(release: Release, fingerprint: str) -> Release | None:
    """*release* as it was when its fingerprint was *fingerprint*, rebuilt from its history;
    None when the history holds no such version (another release, or one older than the
    history keeps) or cannot be read."""
    import copy

    from ..clearance.history import HistoryDamaged, restore, versions

    try:
        for version, content in versions(release.clearance.history):
            if version.fingerprint == fingerprint:
                then = copy.deepcopy(release)
                restore(then, content)
                _photo_words(then, content)
                return then
    except HistoryDamaged:
        return None
    return None


def _photo_words(release: Release, content: object) -> None:
    """The caption, credit and alt text each photo had in a version's *content*: a restore
    leaves the photos as they are (the history keeps no images), but the words sent for
    review are the version's, for a photo still the same image."""
    kept = content.get("photos") if isinstance(content, dict) else None
    for item in kept if isinstance(kept, list) else ():
        if not isinstance(item, dict):
            continue
        for photo in release.photos:
            if photo.id == item.get("id") and photo.sha256 == item.get("sha256"):
                for name in ("caption", "credit", "alt"):
                    if isinstance(item.get(name), str):
                        setattr(photo, name, item[name])


UNKNOWN_BASE = N_("changed in the release since it was sent, and the release's history does "
                  "not hold the text sent: what the reviewer changed cannot be told apart "
                  "from what changed since; compare by hand")


def _untracked(reading: Reading, release: Release, sent: Release | None) -> list[Suggestion]:
    """A field whose text as the document holds it (every tracked change rejected) is not
    the text sent: the reviewer typed with track changes off.

    The edit is what turns the text *sent* into the document's, never the release's text
    now into the document's: changes made in the release since it was sent are kept (the
    edit is placed by its context when accepted). When the text sent cannot be known (the
    release changed since, and its history lacks that version), the edit is listed and
    applies to nothing."""
    out: list[Suggestion] = []
    author = reading.review.last_author
    for key in reading.fields:
        document_text = reading.value(key, set())
        sent_digest = reading.review.properties.get(FIELD_PROPERTY + key)
        current = s.get(release, key)
        if sent_digest is not None and s.digest(document_text) == sent_digest:
            continue  # as sent (the release may have changed since: that is kept)
        if sent_digest is None or s.digest(current) == sent_digest:
            base: str | None = current
        elif sent is not None and s.digest(s.get(sent, key)) == sent_digest:
            base = s.get(sent, key)
        else:
            base = None
        if base is None:
            out.append(Suggestion(key, UNTRACKED, "", document_text, author, "", (),
                                  UNKNOWN_BASE, False, current, document_text))
        elif document_text != base:
            for edited in _apart_edits(base, document_text):
                before, after = _changed_part(base, edited)
                out.append(Suggestion(key, UNTRACKED, before, after, author, "", (), "",
                                      True, base, edited))
    return out


def _typed_outside(review: Review, outside: frozenset[int]) -> list[Suggestion]:
    """Text typed with track changes off outside the fields (a note after the headline, a
    paragraph after the keywords): listed, one per paragraph, and never applied. The
    document sent has no text outside its labels (field_map.py), so what such a paragraph
    holds with every tracked change rejected was typed there."""
    out: list[Suggestion] = []
    for number in sorted(outside):
        typed = review.paragraphs[number].rejected
        if _visible(typed.strip()):
            out.append(Suggestion("", UNTRACKED, "", typed, review.last_author, "", (),
                                  OUTSIDE, False))
    return out


def _apart_edits(old: str, new: str) -> list[str]:
    """*old* with each of the edits that make *new* of it, one at a time: edits in lines
    (paragraphs, list items) apart from each other are separate suggestions, each placed,
    accepted or rejected on its own; edits in one line or in lines next to each other
    are one."""
    start, old_end, new_end = changed_span(old, new)
    head = old.rfind("\n", 0, start) + 1  # (whole lines: the diff below compares lines)
    ours = old[head:old_end].splitlines(keepends=True)
    theirs = new[head:new_end].splitlines(keepends=True)
    tail = old[old_end:]
    end_line = tail.find("\n") + 1 or len(tail)
    ours[-1:] = [(ours[-1] if ours else "") + tail[:end_line]]
    theirs[-1:] = [(theirs[-1] if theirs else "") + new[new_end:new_end + end_line]]
    matcher = SequenceMatcher(None, ours, theirs, autojunk=False)
    out = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            out.append(old[:head] + "".join(ours[:i1] + theirs[j1:j2] + ours[i2:]) +
                       tail[end_line:])
    return out or [new]


def _changed_part(old: str, new: str) -> tuple[str, str]:
    """The part of *old* that *new* replaces, and what replaces it, widened to whole
    words (a reviewer reads "180 seats" → "200 seats", not "18" → "20")."""
    start, old_end, new_end = changed_span(old, new)
    inside_left = any(0 <= i < len(text) and _letter(text[i])
                      for text, i in ((old, start), (new, start)) if i < (
                          old_end if text is old else new_end))
    while inside_left and start > 0 and _letter(old[start - 1]):
        start -= 1
    inside_right = (old_end > start and _letter(old[old_end - 1])) or (
        new_end > start and _letter(new[new_end - 1]))
    while inside_right and old_end < len(old) and _letter(old[old_end]):
        old_end += 1
        new_end += 1
    return old[start:old_end], new[start:new_end]


def _letter(char: str) -> bool:
    """A letter or digit of a word that spaces delimit (not a CJK character)."""
    return char.isalnum() and not _cjk(char)


def _cjk(char: str) -> bool:
    return "\u2e80" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


# -- applying ------------------------------------------------------------------------------


class CannotApply(ReleaseDeskError):
    pass


def accept(release: Release, reading: Reading, accepted: set[int],
           indices: list[int]) -> list[str]:
    """Apply the suggestions *indices* to *release* (changed in place), *accepted* being
    the tracked changes accepted before (updated). Returns the fields changed.

    Where a field still holds the text the document rebuilds, the new text is exact; where
    the release changed that field since it was sent, the change is placed by its context,
    and CannotApply says so in one sentence when its context is gone."""
    chosen = [reading.suggestions[i] for i in indices if reading.suggestions[i].applies]
    tracked = [x for x in chosen if x.changes]
    now = accepted | {c for x in tracked for c in x.changes}
    touched = [key for key in reading.fields
               if any(c in _changes_of(reading, key) for x in tracked for c in x.changes)]
    plans: dict[str, str] = {}
    for key in touched:
        plans[key] = _placed(s.get(release, key), reading.value(key, accepted),
                             reading.value(key, now), key)
    for suggestion in chosen:
        if not suggestion.changes:
            key = suggestion.field
            current = plans.get(key, s.get(release, key))
            plans[key] = _placed(current, suggestion.old_value, suggestion.new_value, key)
    for key, text in plans.items():
        s.put(release, key, text)
    accepted |= now
    return list(plans)


def _changes_of(reading: Reading, key: str) -> set[int]:
    found: set[int] = set()
    for paragraph in reading.fields.get(key, []):
        for _, inserting, deleting in paragraph.pieces:
            found.update(inserting)
            found.update(deleting)
        if paragraph.mark_change >= 0:
            found.add(paragraph.mark_change)
        if paragraph.row_change >= 0:
            found.add(paragraph.row_change)
    return found


def _placed(current: str, old: str, new: str, key: str) -> str:
    """*current* with the change that turns *old* into *new*: exact when *current* is
    *old*, else placed where its context (the text around it in *old*) occurs once, else
    merged line by line where no line it changes has changed in *current* (nor the lines
    next to them)."""
    if current == old:
        return new
    if old == new:
        return current
    start, end, new_end = changed_span(old, new)
    before, after = old[start:end], new[start:new_end]
    for context in (60, 30, 15, 8):
        left, right = old[max(0, start - context):start], old[end:end + context]
        needle = left + before + right
        if needle and current.count(needle) == 1:
            at = current.index(needle)
            return current[:at] + left + after + right + current[at + len(needle):]
    merged = _merged(current, old, new)
    if merged is not None:
        return merged
    raise CannotApply(N_("The change to {field} cannot be placed: that text has changed "
                         "in the release since it was sent for review; make it by hand."),
                      field=s.slot_label(key))


def _merged(current: str, old: str, new: str) -> str | None:
    """*old* with both the lines *current* changed and the lines *new* changed, where no
    change of one touches a change of the other (as a three-way merge does); None
    otherwise."""
    base = old.splitlines(keepends=True)
    edits: list[tuple[int, int, list[str]]] = []
    for other in (current, new):
        lines = other.splitlines(keepends=True)
        matcher = SequenceMatcher(None, base, lines, autojunk=False)
        edits += [(i1, i2, lines[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes()
                  if tag != "equal"]
    edits.sort(key=lambda edit: (edit[0], edit[1]))
    out: list[str] = []
    at = 0
    for number, (start, end, lines) in enumerate(edits):
        if number and start <= edits[number - 1][1]:
            return None  # (two changes to one line, or to lines next to each other)
        out += base[at:start] + lines
        at = end
    return "".join(out + base[at:])


def accept_all(release: Release, reading: Reading) -> tuple[list[str], list[int]]:
    """Apply every suggestion that applies: (the fields changed, the suggestions that could
    not be placed, each left as it was)."""
    every = list(range(len(reading.suggestions)))
    accepted: set[int] = set()
    try:
        return accept(release, reading, accepted, every), []
    except CannotApply:
        pass
    changed: list[str] = []
    failed: list[int] = []
    for index in every:
        try:
            changed += accept(release, reading, accepted, [index])
        except CannotApply:
            failed.append(index)
    return list(dict.fromkeys(changed)), failed


def reject_all_text(reading: Reading) -> dict[str, str]:
    """Each field's text with every tracked change rejected."""
    return {key: reading.value(key, set()) for key in reading.fields}


# -- a document without our field map ------------------------------------------------------


def _differences(raw: bytes, name: str, release: Release, review: Review) -> list[Suggestion]:
    """The fields of *raw* (its changes accepted, read as any Word draft) that differ from
    the release's."""
    from ..importing import READERS, import_bytes

    accepted = accepted_docx(raw)
    imported, _ = import_bytes(accepted, name, READERS["docx"])
    authors = sorted({r.author for r in review.revisions if r.author})
    who = ", ".join(authors) or review.last_author
    keys = [slot.key for slot in s.slots(imported)]
    keys += [slot.key for slot in s.slots(release) if slot.key not in keys]
    out = []
    for key in keys:
        ours = s.get(release, key)
        theirs = as_ours(ours, s.get(imported, key))  # (a re-save's "https://x.org/")
        if theirs.strip() and " ".join(theirs.split()) != " ".join(ours.split()):
            before, after = _changed_part(ours, theirs)
            out.append(Suggestion(key, DIFFERENCE, before, after, who, "", (), "", True,
                                  ours, theirs))
    return out


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(name: str) -> str:
    return f"{{{_W}}}{name}"


def accepted_docx(raw: bytes) -> bytes:
    """*raw* (a .docx that read_review read: its package is sound) with every tracked
    change accepted: insertions kept, deletions gone, deleted breaks joined, deleted rows
    removed."""
    with zipfile.ZipFile(io.BytesIO(raw)) as source:
        names = source.infolist()
        parts = {info.filename: source.read(info) for info in names}
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(parts["word/document.xml"], parser)
    for row in list(root.iter(_w("tr"))):
        props = row.find(_w("trPr"))
        if props is not None and props.find(_w("del")) is not None:
            row.getparent().remove(row)
    for element in list(root.iter(_w("del"), _w("moveFrom"))):
        parent = element.getparent()
        if parent is not None and parent.tag != _w("rPr") and parent.tag != _w("trPr"):
            parent.remove(element)
    for element in list(root.iter(_w("ins"), _w("moveTo"))):
        parent = element.getparent()
        if parent is not None and parent.tag not in (_w("rPr"), _w("trPr")):
            at = parent.index(element)
            for child in reversed(list(element)):
                parent.insert(at, child)
            parent.remove(element)
    for paragraph in list(root.iter(_w("p"))):
        marks = paragraph.find(f"{_w('pPr')}/{_w('rPr')}")
        if marks is not None and marks.find(_w("del")) is not None:
            following = paragraph.getnext()
            if following is not None and following.tag == _w("p"):
                for child in list(following):
                    if child.tag != _w("pPr"):
                        paragraph.append(child)
                following.getparent().remove(following)
    parts["word/document.xml"] = etree.tostring(root, xml_declaration=True,
                                                encoding="UTF-8", standalone=True)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in names:
            target.writestr(info.filename, parts[info.filename])
    return out.getvalue()
