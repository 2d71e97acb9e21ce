"""Check an export folder or package against its manifest: files, approval, signature.

`releasedesk verify PATH` exits 0 only when every listed file is there with the bytes the
manifest names, the release was approved (every required role signed off the fingerprint
the manifest names) and, when the office's public key is known, manifest.sig signs
manifest.json with that key. Anything else is a problem naming the file or sign-off.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from ..errors import N_, ReleaseDeskError, explain_os_error
from ..field_rules import escaped
from ..files import open_regular
from ..json_values import JsonObject
from ..model import Release
from ..records import Factory, record
from . import keys
from .manifest import (
    MANIFEST_FORMAT,
    MANIFEST_NAME,
    MANIFEST_VERSION,
    SIGNATURE_FORMAT,
    SIGNATURE_NAME,
    safe_member,
)
from .signoffs import same_role

_HEX = re.compile(r"^[0-9a-f]{64}$")
_FINGERPRINT = re.compile(r"^sha256:[0-9a-f]{64}$")
_EMBEDDED = re.compile(rb'<meta name="releasedesk-fingerprint" content="(sha256:[0-9a-f]{64})"')
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_PACKAGE_BYTES = 4 * 1024 * 1024 * 1024  # uncompressed: more is no export of ours
CHUNK = 1024 * 1024


def _problem(template: str, **args: object) -> ReleaseDeskError:
    return ReleaseDeskError(template, **args)


@record
class Verdict:
    """What verify found: problems (each one sentence) make it fail; notes do not."""

    manifest: JsonObject
    problems: list[ReleaseDeskError] = Factory(factory=list)
    notes: list[ReleaseDeskError] = Factory(factory=list)
    checked: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def fingerprint(self) -> str:
        return str(self.manifest["release"]["fingerprint"])


_DRIVE = re.compile(r"^[A-Za-z]:")


class _Source:
    """The files of an export folder or of a ZIP package, read the same way.

    A package keeps its files in one folder (``story/``): names are read relative to it.
    What no export of ours holds is noted in ``hazards`` (each a problem for the verdict):
    a member name twice, a name that would unpack outside the folder, a link in a folder.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.zip: zipfile.ZipFile | None = None
        self.prefix = ""
        self.hazards: list[ReleaseDeskError] = []
        try:
            mode = os.stat(path).st_mode
        except (FileNotFoundError, NotADirectoryError) as exc:
            raise ReleaseDeskError(N_("{path} does not exist. Check the name and folder."),
                                   path=str(path)) from exc
        except OSError as exc:
            raise explain_os_error(exc, path, N_("read")) from exc
        if stat.S_ISREG(mode) and path.name == MANIFEST_NAME:
            self.path = path.parent
        elif stat.S_ISREG(mode):
            self._open_zip(path)
        elif not stat.S_ISDIR(mode):
            raise ReleaseDeskError(N_("{path} is neither an export folder nor a package "
                                      "(ZIP); give the folder that holds {manifest}."),
                                   path=str(path), manifest=MANIFEST_NAME)

    def _open_zip(self, path: Path) -> None:
        try:
            self.zip = zipfile.ZipFile(open_regular(path))
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise ReleaseDeskError(N_("{path} is neither an export folder nor a package "
                                      "(ZIP); give the folder that holds {manifest}."),
                                   path=str(path), manifest=MANIFEST_NAME) from exc
        members = self.zip.infolist()
        if sum(i.file_size for i in members) > MAX_PACKAGE_BYTES:
            raise ReleaseDeskError(N_("{path} unpacks to more than 4 GB; it is no "
                                      "package of ReleaseDesk's."), path=str(path))
        self._check_bounds(path)
        seen: set[str] = set()
        for info in members:
            name = info.filename
            if info.is_dir() or stat.S_ISDIR(info.external_attr >> 16):
                self.hazards.append(_problem(N_(
                    "{name} is a folder entry, which no package of ReleaseDesk's holds: the "
                    "package was altered."), name=_shown(name)))
            elif stat.S_ISLNK(info.external_attr >> 16):
                self.hazards.append(_problem(N_(
                    "{name} unpacks as a link to another file, not as a file: the package "
                    "was altered; do not unpack it."), name=_shown(name)))
            if name in seen:
                self.hazards.append(_problem(N_(
                    "{name} is in the package twice, and unpacking programs differ in which "
                    "copy they keep: the package was altered."), name=_shown(name)))
            seen.add(name)
            if not _inside(name.rstrip("/") if info.is_dir() else name):
                self.hazards.append(_problem(N_(
                    "{name} would be unpacked outside the package's folder: the package was "
                    "altered; do not unpack it."), name=_shown(name)))
        # The folder the manifest stands in (one of ours: "story/manifest.json").
        tops = [n for n in seen if n.endswith("/" + MANIFEST_NAME) and n.count("/") == 1]
        if MANIFEST_NAME not in seen and len(tops) == 1:
            self.prefix = tops[0][: -len(MANIFEST_NAME)]
            for name in sorted(n for n in seen if not n.startswith(self.prefix)):
                self.hazards.append(_problem(N_(
                    "{name} is outside the package's folder {folder}: it was added later; do "
                    "not unpack the package."), name=_shown(name), folder=self.prefix))

    def _check_bounds(self, path: Path) -> None:
        """A package is its entries, one after the other from the first byte, then their
        directory, and nothing else: bytes before, between or after them (another archive
        that a streaming unzip would read, a script) are no export of ours."""
        assert self.zip is not None
        members = sorted(self.zip.infolist(), key=lambda i: i.header_offset)
        position = 0
        with open_regular(path) as handle:
            size = os.fstat(handle.fileno()).st_size
            for info in members:
                handle.seek(info.header_offset)
                header = handle.read(30)
                if info.header_offset != position or len(header) < 30 \
                        or header[:4] != b"PK\x03\x04" or info.flag_bits & 0x08:
                    break
                name_length, extra_length = struct.unpack("<HH", header[26:30])
                position = info.header_offset + 30 + name_length + extra_length \
                    + info.compress_size
            else:
                handle.seek(max(0, size - 65_557))  # the end record, the longest comment
                tail = handle.read()
                end = tail.rfind(b"PK\x05\x06")
                comment = int.from_bytes(tail[end + 20:end + 22], "little") if end >= 0 else -1
                directory = getattr(self.zip, "start_dir", position)
                if directory == position and end >= 0 and end + 22 + comment == len(tail):
                    return
        self.hazards.append(_problem(N_(
            "{path} holds bytes before, between or after its entries, which no package of "
            "ReleaseDesk's does: it was altered."), path=_shown(path.name)))

    def names(self) -> list[str]:
        if self.zip is not None:
            return [self._relative(i.filename) for i in self.zip.infolist() if not i.is_dir()]
        found = []
        for item in self.path.rglob("*"):
            name = item.relative_to(self.path).as_posix()
            mode = item.lstat().st_mode
            if stat.S_ISLNK(mode):
                self.hazards.append(_problem(N_(
                    "{name} is a link to a file elsewhere, not a file of the export: remove "
                    "it."), name=_shown(name)))
            elif stat.S_ISREG(mode):
                found.append(name)
            elif not stat.S_ISDIR(mode):
                self.hazards.append(_problem(N_(
                    "{name} is a pipe, device or socket, not a file of the export: remove "
                    "it."), name=_shown(name)))
        return found

    def _relative(self, member: str) -> str:
        # (a member outside the folder keeps its whole name: it is a hazard already, and
        # must not pass for the listed file of the same name inside the folder)
        return member[len(self.prefix):] if member.startswith(self.prefix) else "/" + member

    def exists(self, name: str) -> bool:
        if self.zip is not None:
            try:
                self.zip.getinfo(self.prefix + name)
            except KeyError:
                return False
            return True
        target = self.path / name
        return target.is_file() and not target.is_symlink()

    def read(self, name: str, limit: int) -> bytes:
        for_path = self.path / name
        try:
            with self._open(name) as handle:
                return handle.read(limit + 1)
        except (OSError, zipfile.BadZipFile) as exc:
            raise explain_os_error(OSError(str(exc)) if not isinstance(exc, OSError) else exc,
                                   for_path, N_("read")) from exc

    def _open(self, name: str) -> IO[bytes]:
        if self.zip is not None:
            return self.zip.open(self.prefix + name)
        return open_regular(self.path / name)  # (a pipe planted in the folder: no hang)

    def chunks(self, name: str) -> Iterator[bytes]:
        with self._open(name) as handle:
            while block := handle.read(CHUNK):
                yield block

    def close(self) -> None:
        if self.zip is not None:
            self.zip.close()


def _inside(name: str) -> bool:
    """A member name that unpacks inside the folder: relative, no "..", no drive, no "\\"."""
    return safe_member(name) and not _DRIVE.match(name)


def _shown(name: str) -> str:
    return escaped(name)[:200]


def verify(path: Path, trusted_key: str = "") -> Verdict:
    """Check *path* (a folder, its manifest.json, or a ZIP package) against its manifest.

    Raises ReleaseDeskError (bad input) when there is no usable manifest at all.
    """
    source = _Source(Path(path))
    try:
        return _verify(source, trusted_key)
    finally:
        source.close()


def _verify(source: _Source, trusted_key: str) -> Verdict:
    if not source.exists(MANIFEST_NAME):
        raise ReleaseDeskError(N_("There is no {manifest} in {path}: it is not an export of "
                                  "ReleaseDesk, or the manifest was removed."),
                               manifest=MANIFEST_NAME, path=str(source.path))
    raw = source.read(MANIFEST_NAME, MAX_MANIFEST_BYTES)
    manifest = _parse_manifest(raw)
    verdict = Verdict(manifest)
    _check_signature(source, raw, trusted_key, verdict)
    _check_files(source, manifest, verdict)
    verdict.problems.extend(source.hazards)
    _check_approval(manifest, verdict)
    return verdict


def _parse_manifest(raw: bytes) -> JsonObject:
    tampered = N_("{manifest} is damaged or was edited by hand ({problem}); ask the office "
                  "for the export again.")
    if len(raw) > MAX_MANIFEST_BYTES:
        raise ReleaseDeskError(tampered, manifest=MANIFEST_NAME, problem=N_("far too large"))
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise ReleaseDeskError(tampered, manifest=MANIFEST_NAME,
                               problem=N_("not valid JSON")) from exc
    if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
        raise ReleaseDeskError(tampered, manifest=MANIFEST_NAME,
                               problem=N_("not a ReleaseDesk manifest"))
    version = data.get("version")
    if not isinstance(version, int) or version > MANIFEST_VERSION or version < 1:
        raise ReleaseDeskError(N_("{manifest} was written by a newer ReleaseDesk (manifest "
                                  "version {version}); update ReleaseDesk to check it."),
                               manifest=MANIFEST_NAME, version=str(version)[:10])
    release, approval, files = data.get("release"), data.get("approval"), data.get("files")
    if not isinstance(release, dict) or not _FINGERPRINT.match(str(release.get("fingerprint"))):
        raise ReleaseDeskError(tampered, manifest=MANIFEST_NAME,
                               problem=N_("no valid release fingerprint"))
    if not isinstance(files, list) or not files or not all(
            isinstance(f, dict) and safe_member(f.get("name")) and f["name"] not in
            (MANIFEST_NAME, SIGNATURE_NAME) and _HEX.match(str(f.get("sha256")))
            for f in files):
        raise ReleaseDeskError(tampered, manifest=MANIFEST_NAME,
                               problem=N_("its list of files is not valid"))
    if not isinstance(approval, dict) or not isinstance(approval.get("signoffs"), list) \
            or not isinstance(approval.get("required", []), list) or not all(
                isinstance(s, dict) and isinstance(s.get("name"), str)
                and isinstance(s.get("role", ""), str) and isinstance(s.get("fingerprint"), str)
                for s in approval["signoffs"]):
        raise ReleaseDeskError(tampered, manifest=MANIFEST_NAME,
                               problem=N_("its sign-offs are not valid"))
    return data


def _check_signature(source: _Source, raw: bytes, trusted_key: str, verdict: Verdict) -> None:
    has_signature = source.exists(SIGNATURE_NAME)
    if not trusted_key:
        if has_signature:
            verdict.notes.append(_problem(N_(
                "{signature} was not checked: give the office's public key (--key) or "
                "install its house style to check it."), signature=SIGNATURE_NAME))
        return
    if not has_signature:
        verdict.problems.append(_problem(N_(
            "{signature} is missing: these files were not signed with the office's key."),
            signature=SIGNATURE_NAME))
        return
    try:
        signature = json.loads(source.read(SIGNATURE_NAME, 64 * 1024).decode("utf-8"))
        signed_with, value = signature["key"], signature["signature"]
        if signature.get("format") != SIGNATURE_FORMAT or not isinstance(value, str):
            raise ValueError
        keys.parse_public_key(signed_with)
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, keys.KeyProblem):
        verdict.problems.append(_problem(N_("{signature} is damaged; it proves nothing."),
                                         signature=SIGNATURE_NAME))
        return
    if signed_with.strip() != trusted_key.strip():
        verdict.problems.append(_problem(N_(
            "{signature} was made with another key ({other}), not the office's ({office}): "
            "treat these files as a forgery."), signature=SIGNATURE_NAME,
            other=keys.key_id(signed_with), office=keys.key_id(trusted_key)))
    elif not keys.signature_valid(trusted_key, raw, value):
        verdict.problems.append(_problem(N_(
            "{manifest} was changed after the office signed it: treat these files as a "
            "forgery."), manifest=MANIFEST_NAME))


def _check_files(source: _Source, manifest: JsonObject, verdict: Verdict) -> None:
    listed = {f["name"]: f for f in manifest["files"]}
    expected = manifest["release"]["fingerprint"]
    for name, entry in listed.items():
        if not source.exists(name):
            verdict.problems.append(_problem(N_("{name} is missing."), name=_shown(name)))
            continue
        digest = hashlib.sha256()
        size = 0
        try:
            for block in source.chunks(name):
                digest.update(block)
                size += len(block)
        except (OSError, zipfile.BadZipFile, zlib.error, EOFError):
            verdict.problems.append(_problem(N_("{name} cannot be read: the package or disk is "
                                                "damaged."), name=_shown(name)))
            continue
        verdict.checked += 1
        if digest.hexdigest() == entry["sha256"]:
            continue
        embedded = _embedded_fingerprint(source, name)
        if embedded and embedded != expected:
            verdict.problems.append(_problem(N_(
                "{name} is an export of another release ({other}), not of the one {manifest} "
                "describes ({expected})."), name=_shown(name), other=embedded[:19],
                manifest=MANIFEST_NAME, expected=expected[:19]))
        else:
            verdict.problems.append(_problem(N_(
                "{name} differs from the file that was exported ({size} bytes now, {was} "
                "then): it was changed or replaced."), name=_shown(name), size=size,
                was=entry.get("bytes", "?")))
    # Whatever else is there would reach the web team unapproved: only the manifest, its
    # signature and, in a folder, the release file it names (which `releasedesk verify`
    # compares with the approved fingerprint: check_release) may stand beside what it lists.
    exempt = {MANIFEST_NAME, SIGNATURE_NAME}
    named = manifest["release"].get("file")
    if source.zip is None and isinstance(named, str) and safe_member(named) \
            and "/" not in named and named.endswith(".release"):
        exempt.add(named)
    unlisted = [n for n in source.names() if n not in listed and n not in exempt]
    for name in sorted(unlisted):
        if source.zip is not None:
            verdict.problems.append(_problem(N_(
                "{name} is in the package but not in its manifest: it was added later."),
                name=_shown(name)))
        else:
            verdict.problems.append(_problem(N_(
                "{name} is in the folder but not in its manifest: it was not exported with "
                "the release; remove it, or export to a folder of its own."), name=_shown(name)))


def _embedded_fingerprint(source: _Source, name: str) -> str:
    if not name.endswith(".html"):
        return ""
    match = _EMBEDDED.search(source.read(name, 64 * 1024))
    return match.group(1).decode("ascii") if match else ""


def _check_approval(manifest: JsonObject, verdict: Verdict) -> None:
    fingerprint = manifest["release"]["fingerprint"]
    signoffs = manifest["approval"]["signoffs"]
    current = [s for s in signoffs if s["fingerprint"] == fingerprint]
    stale = [s for s in signoffs if s["fingerprint"] != fingerprint]
    required = [r for r in manifest["approval"].get("required", []) if isinstance(r, str)]
    if not current:
        if stale:
            latest = stale[-1]
            verdict.problems.append(_problem(N_(
                "Not approved: the release changed after {who} signed off on {when}; that "
                "sign-off is for other content."), who=_who(latest),
                when=str(latest.get("at", ""))[:16].replace("T", " ")))
        else:
            verdict.problems.append(_problem(N_("Not approved: nobody signed off this "
                                                "release.")))
    for role in required:
        if current and not any(same_role(s.get("role", ""), role) for s in current):
            verdict.problems.append(_problem(N_("Missing sign-off: {role}."),
                                             role=escaped(role)))


def _who(signoff: JsonObject) -> str:
    return escaped(" ".join(part for part in (signoff.get("role", ""), signoff["name"]) if part))


def check_release(verdict: Verdict, release: Release, name: str) -> None:
    """Compare the release file itself with the fingerprint the manifest names.

    A release edited after its export fails, naming the words that changed when its
    history still holds the exported version.
    """
    from . import history, wordiff
    from .fingerprint import canonical_content, fingerprint_of

    content = canonical_content(release)
    if fingerprint_of(content) == verdict.fingerprint:
        return
    exported = None
    try:
        for version, old in history.versions(release.clearance.history):
            if version.fingerprint == verdict.fingerprint:
                exported = old
                break
    except history.HistoryDamaged:
        exported = None
    if exported is None:
        verdict.problems.append(_problem(N_(
            "{name} is no longer the release these files were exported from (its history "
            "does not hold that version, so the changes cannot be shown)."), name=_shown(name)))
        return
    changes = wordiff.compare(exported, content)
    verdict.problems.append(_problem(N_(
        "{name} changed after these files were exported: {changes}."), name=_shown(name),
        changes=wordiff.summary(changes)))
