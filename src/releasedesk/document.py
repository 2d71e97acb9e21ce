"""The .release file: UTF-8 JSON, validated on load, saved atomically.

A release with photos is a ZIP package of that JSON and its images (container.py).

See docs/file-format.md for the format itself.
"""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path
from typing import TypeVar

from . import fields
from .atomic import write_atomic
from .clearance.storage import KEYS as CLEARANCE_KEYS
from .clearance.storage import clearance_to_json, read_clearance
from .container import is_package, photos_from_json, photos_to_json, read_package, write_package
from .errors import N_, ReleaseDeskError, explain_os_error, json_reason
from .errors import FileFormatError as FileFormatError  # (callers catch it from here)
from .field_rules import (
    Problem,
    base_url_problem,
    email_is_valid,
    language_problem,
    release_line_problem,
    release_time,
    release_time_problem,
    typesetting_problem,
    words_problem,
)
from .files import FileTooLarge, open_regular, read_bounded
from .json_values import Json, JsonObject
from .model import (
    DATE_FORMATS,
    EMBARGO_POSITIONS,
    PAPER_SIZES,
    PORTAL_SWITCHES,
    PORTAL_TEXTS,
    ZONE_STYLES,
    Contact,
    Conventions,
    FooterLine,
    Release,
    TwinLink,
    valid_accent,
    valid_zone,
)

FORMAT_NAME = "releasedesk"
FORMAT_VERSION = 2  # the newest this version reads; a release without photos is written as 1
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_PACKAGE_BYTES = 1024 * 1024 * 1024  # a release with photos (container.py)
SUFFIX = ".release"
_Read = TypeVar("_Read")  # what a field read by a parser holds (a date, a moment)

_REQUIRED = ("format", "version")  # and the table's required fields (fields.py)
HISTORY_KEYS = ("history", "history_set_aside")  # (clearance/storage.py reads them)


def _known() -> tuple[str, ...]:
    """The keys this version reads: the field table's and the clearance's (whose record is
    stored under keys of its own)."""
    return ("format", "version", *(spec.name for spec in fields.FIELDS
                                   if spec.kind != fields.CLEARANCE), *CLEARANCE_KEYS)


DAMAGED = N_("{name} is damaged: {problem}.")
# A release over a size limit (fields.size_problem) is whole, only larger than any
# release could be: it is too large, not damaged.
TOO_LARGE = N_("{name} is too large to open: {problem}.")


def load(path: Path, strict: bool = True, *, history: bool = True) -> Release:
    """Read and validate a .release file; raise one clear ReleaseDeskError if it can't be used.

    Only a regular file is read: a folder, pipe, device or socket is refused without
    waiting on it. *strict* False skips the house rules (rules_problem) for ReleaseDesk's
    own recovery copies, so work typed with, say, a half-typed language comes back.
    *history* False leaves the content history unread (a listing of many releases needs
    their status, not their past: the history is the slowest part of a load).
    """
    path = Path(path)
    name = path.name
    try:
        contents = _package_contents(path, name)
        if contents is not None:  # a release with photos, read entry by entry
            return _from_package(contents, name, strict, history)
        raw = read_bounded(path, MAX_FILE_BYTES)
    except FileTooLarge as exc:
        raise FileFormatError(
            N_("{name} is {size} MB, larger than any release ({max} MB at most); "
               "it was not opened."),
            name=name, size=round(exc.size / 1024 / 1024),
            max=MAX_FILE_BYTES // 1024 // 1024) from exc
    except FileNotFoundError as exc:
        raise FileFormatError(N_("{path} does not exist. Check the name and folder."),
                              path=str(path)) from exc
    except IsADirectoryError as exc:
        raise FileFormatError(N_("{name} is a folder, not a release file."), name=name) from exc
    except OSError as exc:
        raise explain_os_error(exc, path, N_("open")) from exc
    return loads(raw, name, strict, history=history)


def loads(raw: bytes, name: str = "The file", strict: bool = True, *,
          history: bool = True) -> Release:
    """Parse the bytes of a .release file (JSON, or a package with photos); *name* is used
    in error messages."""
    if is_package(raw):
        return _from_package(read_package(raw, name), name, strict, history)
    return _from_json(raw, name, strict, history=history)


def _package_contents(path: Path, name: str) -> tuple[bytes, dict[str, bytes]] | None:
    """A package's JSON and images, read from the file entry by entry (never the whole file
    and its photos at once); None when the file is not a package."""
    with open_regular(path) as handle:
        if not is_package(handle.read(4)):
            return None
        size = os.fstat(handle.fileno()).st_size
        if size > MAX_PACKAGE_BYTES:
            raise FileFormatError(
                N_("{name} is {size} MB, larger than any release ({max} MB at most); "
                   "it was not opened."),
                name=name, size=round(size / 1024 / 1024),
                max=MAX_PACKAGE_BYTES // 1024 // 1024)
        handle.seek(0)
        return read_package(handle, name)


def _from_package(contents: tuple[bytes, dict[str, bytes]], name: str,
                  strict: bool, history: bool = True) -> Release:
    raw, media = contents
    return _from_json(raw, name, strict, media, history)


def _from_json(raw: bytes, name: str, strict: bool,
               media: dict[str, bytes] | None = None, history: bool = True) -> Release:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileFormatError(
            N_("{name} is not a ReleaseDesk release: it is not UTF-8 text "
               "(bad byte at position {position})."), name=name, position=exc.start
        ) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FileFormatError(
            N_("{name} is damaged: invalid JSON at line {line}, column {column} ({detail}). "
               "Open a backup or fix the file in a text editor."),
            name=name, line=exc.lineno, column=exc.colno, detail=json_reason(exc.msg)
        ) from exc
    except RecursionError as exc:
        raise FileFormatError(
            N_("{name} is not a ReleaseDesk release: its JSON is nested too deeply."), name=name
        ) from exc
    except ValueError as exc:  # a number of thousands of digits (Python's limit for int)
        raise FileFormatError(
            N_("{name} is damaged: it holds a number too long to read."), name=name
        ) from exc
    if not history and isinstance(data, dict):
        data = {key: value for key, value in data.items() if key not in HISTORY_KEYS}
    return from_dict(data, name, strict, media)


def from_dict(data: Json, name: str = "The file", strict: bool = True,
              media: dict[str, bytes] | None = None) -> Release:
    """Validate a decoded JSON value and build a Release from it (see load for *strict*;
    *media*: a package's images by entry name)."""
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise FileFormatError(
            N_('{name} is not a ReleaseDesk release (no "format": "releasedesk").'), name=name
        )
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise FileFormatError(N_("{name} has no valid format version; it cannot be opened."),
                              name=name)
    if version > FORMAT_VERSION:
        raise FileFormatError(
            N_("{name} was saved by a newer ReleaseDesk (file format {version}; this version "
               "reads up to {supported}). Update ReleaseDesk to open it."),
            name=name, version=version, supported=FORMAT_VERSION
        )
    for key in (*_REQUIRED, *(spec.name for spec in fields.FIELDS if spec.required)):
        if key not in data:
            raise FileFormatError(N_('{name} is incomplete: the field "{key}" is missing.'),
                                  name=name, key=key)

    reader = _FieldReader(data, name)
    release = Release()
    for spec in fields.FIELDS:  # each as its kind says (fields.py)
        setattr(release, spec.name, _read_field(spec, reader, media or {}))
    known = _known()
    for key, value in data.items():
        if key not in known:
            fields.keep_unknown(release, key, value)
    fields.keep_one_line_fields(release)  # a line break in a headline (a file edited by hand)
    _settle_release_time(release)
    _share_saved_texts(release)
    # Sizes always (a huge field would stall the editor, recovery copy or not); the house
    # rules not for ReleaseDesk's own recovery copies (see load).
    problem = fields.size_problem(release)
    if problem is not None:
        raise FileFormatError(TOO_LARGE, name=name, problem=problem[0], **problem[1])
    problem = rules_problem(release) if strict else None
    if problem is not None:
        raise FileFormatError(DAMAGED, name=name, problem=problem[0], **problem[1])
    return release


def rules_problem(release: Release) -> Problem | None:
    """Why *release* breaks a rule of field_rules (language, house words, release line,
    the time of release)."""
    return (language_problem(release.language) or words_problem(release.conventions.words)
            or release_line_problem(release.conventions.release_line)
            or release_time_problem(release.release_time))


def _settle_release_time(release: Release) -> None:
    """The time of release as "09:30"; one no clock reads (a file of an importer from
    before the field, edited by hand) goes back to the extras as written, never lost."""
    clock = release_time(release.release_time)
    if clock is None:
        fields.keep_unknown(release, "release_time_written", release.release_time,
                            replace=False)
        clock = ""
    release.release_time = clock


def to_dict(release: Release) -> JsonObject:
    """The JSON object for *release*: its fields in the table's order (fields.py), then
    unknown keys."""
    data: JsonObject = {"format": FORMAT_NAME, "version": 2 if release.photos else 1}
    for spec in fields.FIELDS:
        value = getattr(release, spec.name)
        if not fields.is_set(spec, value):
            continue
        if spec.kind in (*fields.SIMPLE_KINDS, fields.MARKS):
            data[spec.name] = fields.to_json(spec, value)
        elif spec.kind == fields.CONTACTS:
            data[spec.name] = [{**{k: getattr(c, k) for k in fields.CONTACT_FIELDS},
                                **unknown_only(c.extra, fields.CONTACT_FIELDS)} for c in value]
        elif spec.kind == fields.FOOTER:
            data[spec.name] = footer_to_json(value)
        elif spec.kind == fields.CONVENTIONS:
            data[spec.name] = {**conventions_to_json(value),
                               **unknown_only(value.extra, fields.CONVENTION_KEYS)}
        elif spec.kind == fields.CLEARANCE:
            data.update(clearance_to_json(value))
        elif spec.kind == fields.PHOTOS:
            data[spec.name] = photos_to_json(value)
        elif spec.kind == fields.TWINS:
            data[spec.name] = [{**{k: getattr(link, k) for k in fields.TWIN_KEYS},
                                **unknown_only(link.extra, fields.TWIN_KEYS)}
                               for link in value]
    data.update(unknown_only(release.extra, _known()))
    return data


def conventions_to_json(conventions: Conventions) -> JsonObject:
    """The house-style settings as a release file and a profile hold them."""
    settings = fields.convention_settings(conventions)
    return {**settings, "mail_to": list(conventions.mail_to), "words": dict(conventions.words),
            "typesetting": copy.deepcopy(conventions.typesetting)}


def _share_saved_texts(release: Release) -> None:
    """Each text field the newest version of the history holds as the release does is kept
    once: the same string for both.

    Saving makes the content saved the history's newest version, held whole in the file
    beside the fields (older versions are changes to it), so every saved release read back
    had its body twice in memory: a 20k-word body is 0.15 MiB a copy, twice that in
    Chinese.
    """
    history = release.clearance.history
    content = history[0].content if history else None
    if content is None:
        return
    for spec in fields.FIELDS:
        saved, now = content.get(spec.name), getattr(release, spec.name)
        if isinstance(saved, str) and isinstance(now, str) and saved == now:
            content[spec.name] = now


def _read_field(spec: fields.Field, reader: _FieldReader, media: dict[str, bytes]) -> object:
    """One field of the file, read and checked as its kind says."""
    key, kind, name = spec.name, spec.kind, reader.name
    if kind in (fields.LINE, fields.CODE, fields.BLOCK):
        return reader.text(key, fields.value_of(fields.default(spec), str))
    if kind == fields.CHOICE:
        return reader.choice(key, spec.choices, fields.value_of(fields.default(spec), str))
    if kind == fields.MOMENT:
        return reader.timestamp(key)
    if kind == fields.DATE:
        return reader.day(key)
    if kind == fields.LIST:
        return reader.text_list(key)
    if kind == fields.CONTACTS:
        return [_contact(item, i, name) for i, item in enumerate(reader.items(key))]
    if kind == fields.FOOTER:
        return footer_lines(reader.items(key), key, name)
    if kind == fields.CONVENTIONS:
        return _conventions(reader.data.get(key), name)
    if kind == fields.CLEARANCE:
        return read_clearance(reader.data, name)
    if kind == fields.PHOTOS:
        return photos_from_json(reader.data.get(key), media, name)
    if kind == fields.TWINS:
        return [_twin_link(item, i, key, name) for i, item in enumerate(reader.items(key))]
    if kind == fields.MARKS:
        return reader.marks(key, spec.choices)
    raise ValueError(f"no reader for the kind {kind!r}")  # (a new kind needs one here)


def unknown_only(extra: JsonObject, known: tuple[str, ...]) -> JsonObject:
    """The entries of *extra* (what a file held that this version does not read) whose keys
    are none of the *known* ones: an extra entry named like a field is never written in its
    place, where the next load would read it as that field (and refuse the file if it is no
    such value)."""
    return {key: value for key, value in extra.items() if key not in known}


def dumps(release: Release) -> bytes:
    """The bytes of the .release file for *release*: UTF-8 JSON (indented, trailing
    newline), or with photos the package of that JSON and the images."""
    pieces = dump_pieces(release)
    return pieces[0] if len(pieces) == 1 else b"".join(pieces)


def dump_pieces(release: Release) -> list[bytes]:
    """The file's bytes in pieces (a package's photos are pieces of their own, not copied)."""
    text = json.dumps(to_dict(release), ensure_ascii=False, indent=2) + "\n"
    # A lone surrogate (only possible from a file that escaped one) is written back as
    # the same JSON escape, so the round trip stays lossless and the file valid UTF-8.
    encoded = text.encode("utf-8", errors="backslashreplace")
    return write_package(encoded, release.photos) if release.photos else [encoded]


def save(release: Release, path: Path, *, in_place: bool = False) -> None:
    """Save atomically: a failed save leaves the previous file exactly as it was.

    *in_place*: *path* is the file the release was opened from (the editor's Save, a
    command that changes a release), so a link there is followed to the file it names;
    otherwise (a new release, an import, Save As) a link there is replaced (atomic.py).

    A release this version would refuse to open (a language that is no language tag,
    unusable house words) is not written: one ReleaseDeskError says what to correct.
    The content as saved becomes the newest version of the release's history.
    """
    from .clearance.history import record_version

    problem = fields.size_problem(release)
    if problem is not None:
        raise ReleaseDeskError(N_("{path} was not saved because it is too large ({problem}); "
                                  "shorten it and save again."),
                               path=str(path), problem=problem[0], **problem[1])
    problem = rules_problem(release)
    if problem is not None:
        raise ReleaseDeskError(N_("{path} was not saved: {problem}; correct it and save "
                                  "again."), path=str(path), problem=problem[0], **problem[1])
    record_version(release)
    write_atomic(Path(path), dump_pieces(release), action=N_("save"), follow_link=in_place)


class _FieldReader:
    """Reads typed fields out of the JSON object, naming the field when a type is wrong."""

    def __init__(self, data: JsonObject, name: str) -> None:
        self.data = data
        self.name = name

    def fail(self, key: str, expected: str) -> FileFormatError:
        found = _json_type(self.data.get(key))
        return FileFormatError(
            N_('{name} is damaged: the field "{key}" should be {expected}, but it is {found}.'),
            name=self.name, key=key, expected=expected, found=found
        )

    def text(self, key: str, default: str) -> str:
        value = self.data.get(key, default)
        if value is None:
            return default
        if not isinstance(value, str):
            raise self.fail(key, N_("text"))
        return value

    def choice(self, key: str, allowed: tuple[str, ...], default: str) -> str:
        value = self.text(key, default)
        if value not in allowed:
            options = ", ".join(f'"{a}"' for a in allowed)
            raise FileFormatError(
                N_('{name} is damaged: the field "{key}" is "{value}", but it must be one of '
                   "{options}."), name=self.name, key=key, value=value[:40], options=options
            )
        return value

    def timestamp(self, key: str) -> datetime | None:
        stamp = self._iso(key, datetime.fromisoformat, N_(
            '{name} is damaged: the field "{key}" holds "{value}", which is not a real date '
            "and time; write it like 2026-11-25T09:00:00+01:00."))
        if stamp is not None and stamp.tzinfo is None:
            raise FileFormatError(
                N_('{name} is damaged: the field "{key}" has no time zone (write it like '
                   "2026-11-25T09:00:00+01:00)."), name=self.name, key=key
            )
        return stamp

    def day(self, key: str) -> date | None:
        return self._iso(key, date.fromisoformat, N_(
            '{name} is damaged: the field "{key}" holds "{value}", which is not a real date; '
            "write it like 2026-11-25."))

    def _iso(self, key: str, parse: Callable[[str], _Read], unreadable: str) -> _Read | None:
        """The field *key* read by *parse* (None when empty); *unreadable* says what is
        wrong with text *parse* cannot read (text it is: "2026-02-30", not a real date)."""
        value = self.text(key, "")
        if not value:
            return None
        try:
            return parse(value)
        except ValueError as exc:
            raise FileFormatError(unreadable, name=self.name, key=key,
                                  value=_quoted(value)) from exc

    def items(self, key: str) -> list[Json]:
        value = self.data.get(key, [])
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(key, N_("a list"))
        return value

    def marks(self, key: str, allowed: tuple[str, ...]) -> dict[str, str]:
        """A MARKS field: an object of names, each marked one of *allowed* (a file edited
        by hand that breaks this is refused, as any damaged field is: nothing is dropped
        unseen on the next save)."""
        value = self.data.get(key)
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise self.fail(key, N_("an object"))
        for name, mark in value.items():
            if mark not in allowed:
                options = ", ".join(f'"{a}"' for a in allowed)
                raise FileFormatError(
                    N_('{name} is damaged: "{key}" marks "{item}" as {value}, but a mark must '
                       "be one of {options}."), name=self.name, key=key, item=name[:40],
                    value=json.dumps(mark)[:40], options=options)
        return dict(value)

    def text_list(self, key: str) -> list[str]:
        values = self.items(key)
        for index, value in enumerate(values):
            if not isinstance(value, str):
                raise FileFormatError(
                    N_('{name} is damaged: item {item} of "{key}" should be text, but it is '
                       "{found}."), name=self.name, item=index + 1, key=key,
                    found=_json_type(value)
                )
        return list(values)


def footer_lines(items: list[Json], key: str, name: str) -> list[FooterLine]:
    """Footer entries: text, or {"text": …, "url": …} for a line that is a link."""
    lines: list[FooterLine] = []
    for index, item in enumerate(items):
        if isinstance(item, str):
            lines.append(FooterLine(item))
            continue
        if isinstance(item, dict):
            if "text" not in item:
                raise FileFormatError(N_('{name} is damaged: item {item} of "{key}" has no '
                                         '"text".'), name=name, item=index + 1, key=key)
            for field_name in ("text", "url"):  # (the inner field that is wrong, named)
                if not isinstance(item.get(field_name, ""), str):
                    raise FileFormatError(
                        N_('{name} is damaged: the field "{field}" of item {item} of "{key}" '
                           "should be text, but it is {found}."), name=name, field=field_name,
                        item=index + 1, key=key, found=_json_type(item[field_name]))
            lines.append(FooterLine(item["text"], item.get("url", "")))
            continue
        raise FileFormatError(
            N_('{name} is damaged: item {item} of "{key}" should be text or '
               '{{"text": …, "url": …}}, but it is {found}.'),
            name=name, item=index + 1, key=key, found=_json_type(item)
        )
    return lines


def _quoted(value: str) -> str:
    """A field's text as a message quotes it: one line, at most 40 characters."""
    line = " ".join(value.split())
    return line if len(line) <= 40 else line[:39] + "…"


def footer_to_json(lines: list[FooterLine]) -> list[Json]:
    return [line.text if not line.url else {"text": line.text, "url": line.url}
            for line in lines]


def _contact(item: Json, index: int, name: str) -> Contact:
    if not isinstance(item, dict):
        raise FileFormatError(
            N_("{name} is damaged: contact {item} should be an object, but it is {found}."),
            name=name, item=index + 1, found=_json_type(item)
        )
    contact = Contact()
    for key, value in _texts(item, fields.CONTACT_FIELDS, lambda key, value: FileFormatError(
            N_('{name} is damaged: the field "{key}" of contact {item} should be text, '
               "but it is {found}."), name=name, key=key, item=index + 1,
            found=_json_type(value))).items():
        setattr(contact, key, value)
    contact.extra = {k: v for k, v in item.items() if k not in fields.CONTACT_FIELDS}
    return contact


def _texts(item: JsonObject, keys: Iterable[str],
           wrong: Callable[[str, Json], FileFormatError]) -> dict[str, str]:
    """The text under each of *keys* in the JSON object *item* ("" where it has none, or
    null); a value of another kind raises what *wrong*(key, value) says of it."""
    values: dict[str, str] = {}
    for key in keys:
        value = item.get(key, "")
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise wrong(key, value)
        values[key] = value
    return values


def _twin_link(item: Json, index: int, key: str, name: str) -> TwinLink:
    """One link to another language version: an object of text with an id and a path
    (whether the path leads anywhere is the readiness checks' business, not the load's)."""
    if not isinstance(item, dict):
        raise FileFormatError(
            N_('{name} is damaged: item {item} of "{key}" should be an object, but it is '
               "{found}."), name=name, item=index + 1, key=key, found=_json_type(item))
    values = _texts(item, fields.TWIN_KEYS, lambda field_name, value: FileFormatError(
        N_('{name} is damaged: the field "{field}" of item {item} of "{key}" should '
           "be text, but it is {found}."), name=name, field=field_name,
        item=index + 1, key=key, found=_json_type(value)))
    return TwinLink(**values, extra=unknown_only(item, fields.TWIN_KEYS))


def _conventions(value: Json, name: str) -> Conventions:
    conventions = Conventions()
    if value is None:
        return conventions
    if not isinstance(value, dict):
        raise FileFormatError(
            N_('{name} is damaged: the field "conventions" should be an object, but it is '
               "{found}."), name=name, found=_json_type(value)
        )
    reader = _FieldReader(value, name)
    status_line = value.get("status_line", True)
    if not isinstance(status_line, bool):
        raise reader.fail("status_line", N_("true or false"))
    conventions.status_line = status_line
    conventions.release_line = reader.text("release_line", conventions.release_line)
    conventions.date_format = reader.choice("date_format", DATE_FORMATS, conventions.date_format)
    conventions.embargo_position = reader.choice("embargo_position", EMBARGO_POSITIONS,
                                                 conventions.embargo_position)
    conventions.accent = reader.text("accent", "")
    if not valid_accent(conventions.accent):
        raise reader.fail("accent", N_("a colour such as #7a1f1f"))
    conventions.zone = reader.text("zone", "")
    if conventions.zone and not valid_zone(conventions.zone):
        raise reader.fail("zone", N_("a time zone such as Europe/Berlin"))
    conventions.zone_style = reader.choice("zone_style", ZONE_STYLES, conventions.zone_style)
    conventions.paper = reader.choice("paper", PAPER_SIZES, conventions.paper)
    conventions.mail_from = reader.text("mail_from", "")
    conventions.mail_to = reader.text_list("mail_to")
    for key, address in (("mail_from", conventions.mail_from),
                         *(("mail_to", a) for a in conventions.mail_to)):
        if address and not email_is_valid(address):
            raise reader.fail(key, N_("an e-mail address such as press@example.org"))
    words = value.get("words", {})
    if words is None:
        words = {}
    if not isinstance(words, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in words.items()):
        raise reader.fail("words", N_("an object of text"))
    conventions.words = dict(words)
    typesetting = value.get("typesetting") or {}
    problem = typesetting_problem(typesetting)
    if problem is not None:
        raise FileFormatError(DAMAGED, name=name,
                              problem=problem[0], **problem[1])
    conventions.typesetting = copy.deepcopy(typesetting)
    wrong = read_portal_settings(value, conventions)
    if wrong is not None:
        raise reader.fail(wrong, N_("true or false") if wrong in PORTAL_SWITCHES
                          else N_("text"))
    conventions.base_url = reader.text("base_url", "").strip()
    problem = base_url_problem(conventions.base_url)
    if problem is not None:
        raise FileFormatError(DAMAGED, name=name, problem=problem[0], **problem[1])
    conventions.extra = unknown_only(value, fields.CONVENTION_KEYS)
    return conventions


def read_portal_settings(value: JsonObject, conventions: Conventions) -> str | None:
    """Set *conventions*' portal settings (model.PORTAL_SETTINGS) from a file's or a
    profile's object; the key of the first one of the wrong type, or None."""
    for key in PORTAL_SWITCHES:
        switch = value.get(key, False)
        if not isinstance(switch, bool):
            return key
        setattr(conventions, key, switch)
    for key in PORTAL_TEXTS:
        text = value.get(key, "")
        if text is None:
            text = ""
        if not isinstance(text, str):
            return key
        setattr(conventions, key, text)
    return None


def _json_type(value: Json) -> str:
    if value is None:
        return N_("null")
    if isinstance(value, bool):
        return N_("true/false")
    if isinstance(value, (int, float)):
        return N_("a number")
    if isinstance(value, str):
        return N_("text")
    if isinstance(value, list):
        return N_("a list")
    return N_("an object")
