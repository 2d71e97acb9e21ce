"""Content versions kept inside the release: compact, bounded, restorable.

The newest version is stored whole (its canonical content); each older one only as the
changes that turn its newer neighbour back into it ("reverse deltas", as RCS keeps
files): a field that did not change is not stored, a long text field is stored as the
lines that differ. Every version keeps its fingerprint, so a damaged history is found
when it is read, and set aside rather than trusted.

Pruning rule (docs/file-format.md): at most MAX_VERSIONS versions and MAX_BYTES of
encoded history; when over, the oldest version that no sign-off names goes first, then
(only if every remaining one is signed off) the oldest signed one. The newest version
always stays.
"""

from __future__ import annotations

import copy
import json
from datetime import datetime

from .. import fields
from ..errors import N_, ReleaseDeskError
from ..json_values import Json, JsonObject
from ..model import Release
from ..records import fields_of
from ..workflow import Version
from .fingerprint import canonical_content, fingerprint, fingerprint_of

MAX_VERSIONS = 40
MAX_BYTES = 2 * 1024 * 1024


class HistoryDamaged(ReleaseDeskError):
    """The history cannot be read back into the versions it claims to hold."""


def versions(history: list[Version]) -> list[tuple[Version, JsonObject]]:
    """Every version with its full canonical content, newest first.

    Raises HistoryDamaged when a version does not rebuild to its own fingerprint.
    """
    out: list[tuple[Version, JsonObject]] = []
    content: JsonObject | None = None
    for index, version in enumerate(history):
        if index == 0:
            if version.content is None:
                raise HistoryDamaged(N_("its newest version holds no content"))
            content = version.content
        else:
            assert content is not None
            if version.delta is None:
                raise HistoryDamaged(N_("version {number} holds no changes"), number=index + 1)
            content = apply_delta(content, version.delta, index + 1)
        if not readable(content):
            raise HistoryDamaged(N_("version {number} holds content this ReleaseDesk cannot "
                                    "read"), number=index + 1)
        if fingerprint_of(content) != version.fingerprint or (
                "printed" in content and content_digest(content) != version.digest):
            raise HistoryDamaged(N_("version {number} does not match its fingerprint"),
                                 number=index + 1)
        out.append((version, content))
    return out


def readable(content: object) -> bool:
    """True when *content* holds every required field of the table (fields.py), and each
    field it holds that a restore brings back is a value that field can take. (A field
    added since the version was saved is missing from it: a restore leaves it as it is.
    A newer ReleaseDesk may add fields, which are kept and compared but not restored.)"""
    if not isinstance(content, dict):
        return False
    for spec in fields.FIELDS:
        if spec.name not in content:
            if spec.required:
                return False
        elif spec.kept and spec.restored and not fields.restorable(spec, content[spec.name]):
            return False
    return _settings_readable(content.get("conventions", {}))


def _settings_readable(conventions: JsonObject) -> bool:
    """The settings a content keeps are ones a release may hold (version 1 kept fewer)."""
    from ..model import PAPER_SIZES, ZONE_STYLES, valid_zone

    zone = conventions.get("zone", "")
    return (conventions.get("paper", "a4") in PAPER_SIZES
            and conventions.get("zone_style", "offset") in ZONE_STYLES
            and isinstance(zone, str) and (not zone or valid_zone(zone))
            and isinstance(conventions.get("mail_from", ""), str)
            and all(isinstance(a, str) for a in conventions.get("mail_to", [])))


def record_version(release: Release, now: datetime | None = None, note: str = "") -> Version:
    """Keep the release's current content as the newest version (unless it already is),
    with *note* saying why it was made.

    Returns the newest version. Prunes by the documented rule.
    """
    content = canonical_content(release)
    print_now = fingerprint_of(content)
    history: list[Version] = release.clearance.history  # (the model knows no Version)
    if history and history[0].fingerprint == print_now:
        return history[0]
    moment = (now or datetime.now().astimezone()).replace(microsecond=0)
    newest = Version(moment, print_now, content=content, digest=content_digest(content),
                     note=note)
    if history:
        previous = history[0]
        assert previous.content is not None
        older = Version(previous.saved, previous.fingerprint, digest=previous.digest,
                        delta=make_delta(content, previous.content), note=previous.note)
        history = [newest, older, *history[1:]]
    else:
        history = [newest]
    protected = {s.fingerprint for s in release.clearance.signoffs}
    release.clearance.history = prune(history, protected)
    return newest


def prune(history: list[Version], protected: set[str],
          max_versions: int = MAX_VERSIONS, max_bytes: int = MAX_BYTES) -> list[Version]:
    """Drop versions by the documented rule until both limits hold."""
    if len(history) <= max_versions and encoded_size(history) <= max_bytes:
        return history
    # The usual case: the oldest version is not signed off. Older versions only refer to
    # newer ones, so it goes without rebuilding any other.
    history = list(history)
    while len(history) > max(max_versions, 1) and history[-1].fingerprint not in protected:
        history.pop()
    if len(history) <= max_versions and encoded_size(history) <= max_bytes:
        return history
    full = versions(history)
    while len(full) > 1 and (len(full) > max_versions or _size(full) > max_bytes):
        unsigned = [i for i in range(1, len(full)) if full[i][0].fingerprint not in protected]
        drop = unsigned[-1] if unsigned else len(full) - 1
        del full[drop]
    return encode(full)


def encode(full: list[tuple[Version, JsonObject]]) -> list[Version]:
    """Versions with full content (newest first) as stored: newest whole, the rest deltas."""
    out: list[Version] = []
    for index, (version, content) in enumerate(full):
        if index == 0:
            out.append(Version(version.saved, version.fingerprint, content=content,
                               digest=version.digest, note=version.note))
        else:
            out.append(Version(version.saved, version.fingerprint, digest=version.digest,
                               delta=make_delta(full[index - 1][1], content),
                               note=version.note))
    return out


def _size(full: list[tuple[Version, JsonObject]]) -> int:
    return encoded_size(encode(full))


def encoded_size(history: list[Version]) -> int:
    return sum(len(json.dumps(version_to_json(v), ensure_ascii=False)) for v in history)


def make_delta(newer: JsonObject, older: JsonObject) -> JsonObject:
    """What turns *newer* back into *older*: changed fields only, long texts as line patches."""
    delta: JsonObject = {}
    for key in sorted(set(newer) | set(older)):
        if key not in older:
            delta[key] = {"drop": True}
        elif newer.get(key) == older[key]:
            continue
        elif _patched(key) and isinstance(newer.get(key), str) \
                and isinstance(older[key], str):
            delta[key] = {"patch": _line_patch(newer[key], older[key])}
        else:
            delta[key] = {"value": older[key]}
    return delta


def _patched(key: str) -> bool:
    """Whether a field is stored as line patches: a block of Markdown (fields.py), long
    as it may be; every other field is stored whole."""
    spec = fields.field(key)
    return spec is not None and spec.kind == fields.BLOCK


def _line_patch(newer: str, older: str) -> list[list[Json]]:
    """[[start, end, [lines]], …]: replace newer's lines start:end by these lines."""
    import difflib  # (only when a version is recorded: not at the editor's start)

    a, b = newer.split("\n"), older.split("\n")
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return [[i1, i2, b[j1:j2]] for tag, i1, i2, j1, j2 in matcher.get_opcodes()
            if tag != "equal"]


def apply_delta(newer: JsonObject, delta: JsonObject, number: int) -> JsonObject:
    out = dict(newer)
    try:
        for key, change in delta.items():
            if change.get("drop"):
                out.pop(key, None)
            elif "value" in change:
                out[key] = change["value"]
            else:
                lines = newer[key].split("\n")
                for start, end, replacement in reversed(change["patch"]):
                    if not (0 <= start <= end <= len(lines)):
                        raise ValueError
                    lines[start:end] = replacement
                out[key] = "\n".join(lines)
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise HistoryDamaged(N_("version {number} cannot be rebuilt"), number=number) from exc
    return out


def content_digest(content: JsonObject) -> str:
    """The SHA-256 of a whole canonical content (fields and printed part)."""
    return fingerprint_of({"all": content})


def version_to_json(version: Version) -> JsonObject:
    data: JsonObject = {"saved": version.saved.isoformat(),
                            "fingerprint": version.fingerprint}
    if version.digest:
        data["digest"] = version.digest
    if version.content is not None:
        data["content"] = version.content
    if version.delta is not None:
        data["delta"] = version.delta
    if version.note:
        data["note"] = version.note
    return data


def restore(release: Release, content: JsonObject) -> None:
    """Put an earlier version's content back into *release*: every field it holds that the
    field table (fields.py) says a restore brings back. What is not content (the profile
    name, the clearance, unknown keys), the photos (the history keeps their fingerprints,
    not their images) and what the version does not hold (the paper, zones and e-mail
    addresses a version-1 content did not keep, a field added since) stay as they are.

    Raises HistoryDamaged, with *release* as it was, when the fields do not print what
    the version's fingerprint says they printed (a history edited by hand).
    """
    before = copy.deepcopy(release)
    _put_back(release, content)
    # (Photos print in the body too: only a version and a release without any compare.)
    if "printed" in content and not release.photos and "photos" not in content \
            and fingerprint(release) != fingerprint_of(content):
        for name in {*fields_of(release), *(spec.name for spec in fields.FIELDS)}:
            setattr(release, name, getattr(before, name))
        raise HistoryDamaged(N_("this version does not rebuild to its fingerprint"))


def _put_back(release: Release, content: JsonObject) -> None:
    """Every field of the table (fields.py) a restore brings back that *content* holds."""
    moment = _iso(release.embargo_until)
    for spec in fields.FIELDS:
        if spec.kept and spec.restored and spec.name in content:
            setattr(release, spec.name, fields.from_canonical(
                spec, content[spec.name], getattr(release, spec.name)))
        elif spec.kept and spec.restored and spec.only_when_set \
                and spec.kind in fields.SIMPLE_KINDS:
            # (kept only when set: a version without it had it empty)
            setattr(release, spec.name, fields.default(spec))
    if "embargo_zone" not in content and _iso(release.embargo_until) != moment:
        # A version-1 content kept no zone: a moment restored from it shows its own offset
        # (the same instant in another offset prints another time).
        release.embargo_zone = ""


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None
