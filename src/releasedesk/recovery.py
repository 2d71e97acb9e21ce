"""Recovery copies: autosaved beside the user's data, never over the user's own file."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import zlib
from datetime import UTC, datetime
from pathlib import Path

from . import document, paths
from .atomic import write_atomic
from .errors import N_, ReleaseDeskError, explain_os_error, os_reason
from .files import open_regular
from .locks import MAX_PID, pid_alive
from .model import Release
from .records import record

log = logging.getLogger(__name__)

MAX_META_BYTES = 64 * 1024


@record(frozen=True)
class RecoveryCopy:
    key: str
    file: Path
    original: Path | None
    saved_at: datetime
    headline: str


class RecoveryStore:
    """A folder of recovery copies, one per open document, each with a small metadata file."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or paths.recovery_dir()
        self.set_aside_copies: list[Path] = []  # damaged copies renamed since created

    @staticmethod
    def new_key() -> str:
        return os.urandom(16).hex()

    def write(self, key: str, release: Release, original: Path | None) -> None:
        """Write or refresh the recovery copy for *key*; raises ReleaseDeskError on failure."""
        self.folder.mkdir(parents=True, exist_ok=True)
        meta = {
            "original": str(original) if original else None,
            "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "pid": os.getpid(),
            "headline": release.headline[:200],
        }
        write_atomic(self.folder / f"{key}.release", document.dump_pieces(release),
                     action=N_("write the recovery copy"))
        write_atomic(self.folder / f"{key}.json", json.dumps(meta).encode("utf-8"),
                     action=N_("write the recovery copy"))

    def kept_copy_path(self, original: Path) -> Path:
        """Where unsaved changes about to be replaced (by reloading *original* from disk)
        are kept: a release of its own in this folder, named after the file and the moment.

        Without a metadata file it is never offered as unsaved work, nor removed: the user
        was told its name and opens it when wanted.
        """
        stamp = datetime.now().strftime("%Y-%m-%d %H-%M-%S")
        path = self.folder / f"{original.stem} (unsaved {stamp}).release"
        number = 2
        while path.exists():
            path = self.folder / f"{original.stem} (unsaved {stamp}) {number}.release"
            number += 1
        return path

    def keep_copy(self, release: Release, path: Path) -> None:
        """Write *release* as the kept copy *path*; raises ReleaseDeskError on failure."""
        action = N_("write your unsaved changes to")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise explain_os_error(exc, path, action) from exc
        write_atomic(path, document.dump_pieces(release), action=action)

    def remove(self, key: str) -> None:
        for suffix in (".release", ".json"):
            with contextlib.suppress(OSError):
                (self.folder / f"{key}{suffix}").unlink()

    def pending(self) -> list[RecoveryCopy]:
        """Copies left behind by a ReleaseDesk that is no longer running, newest first.

        Never raises: a damaged metadata file is logged, set aside with its copy (see
        set_aside) and never read again.
        """
        copies: list[RecoveryCopy] = []
        if not self.folder.is_dir():
            return copies
        for meta_file in self.folder.glob("*.json"):
            key = meta_file.stem
            release_file = self.folder / f"{key}.release"
            try:
                pid, saved_at, original, headline = _read_meta(meta_file)
            except (OSError, ValueError, TypeError, RecursionError, OverflowError) as exc:
                log.warning("damaged recovery metadata %s set aside: %s", meta_file,
                            exc.__class__.__name__ if isinstance(exc, RecursionError) else exc)
                self.set_aside(key)
                continue
            # A copy whose writer still runs belongs to that window, not to us (a writer
            # killed but not reaped, or a process that took its number since, is gone).
            writing = pid == os.getpid() or pid_alive(pid, saved_at.timestamp())
            if not release_file.exists() or writing:
                continue
            copies.append(RecoveryCopy(key, release_file, original, saved_at, headline))
        return sorted(copies, key=lambda c: c.saved_at, reverse=True)

    def set_aside(self, key: str) -> None:
        """Rename a damaged copy and its metadata so they are never read again.

        The copy keeps a .release name (``KEY.damaged.release``) so it can still be opened;
        its path is added to ``set_aside_copies`` for the editor to tell the user once.
        """
        moves = ((f"{key}.json", f"{key}.json.damaged"),
                 (f"{key}.release", f"{key}.damaged.release"))
        for old, new in moves:
            source, target = self.folder / old, self.folder / new
            try:
                os.replace(source, target)
            except FileNotFoundError:
                continue
            except OSError as exc:  # cannot rename: remove, or it would be read again
                log.warning("cannot set aside %s (%s); removing it", source, exc)
                with contextlib.suppress(OSError):
                    source.unlink()
                continue
            if new.endswith(".release"):
                self.set_aside_copies.append(target)

    def load(self, copy: RecoveryCopy) -> Release:
        """The copy's release; our own copy, so the house rules wait for the next save."""
        return document.load(copy.file, strict=False)


def _read_meta(meta_file: Path) -> tuple[int, datetime, Path | None, str]:
    """pid, saved_at, original and headline of a metadata file; ValueError if damaged."""
    with open_regular(meta_file) as handle:
        raw = handle.read(MAX_META_BYTES + 1)
    if len(raw) > MAX_META_BYTES:
        raise ValueError("larger than any metadata file")
    meta = json.loads(raw.decode("utf-8"))
    if not isinstance(meta, dict):
        raise ValueError("not an object")
    pid = meta.get("pid", 0)
    if not isinstance(pid, int) or isinstance(pid, bool) or not 0 <= pid <= MAX_PID:
        raise ValueError(f"pid {str(pid)[:40]} is no process")
    saved_at = datetime.fromisoformat(str(meta.get("saved_at")))
    if saved_at.tzinfo is None:
        saved_at = saved_at.replace(tzinfo=UTC)
    saved_at.astimezone()  # the dialog shows it in local time: it must be representable
    original = meta.get("original")
    if original is not None and (not isinstance(original, str) or not original
                                 or "\x00" in original):
        raise ValueError("original is not a path")
    headline = meta.get("headline", "")
    if not isinstance(headline, str):
        raise ValueError("headline is not text")
    return pid, saved_at, Path(original) if original else None, headline[:200]


CHECKSUM_CHUNK = 1 << 20


@record(frozen=True)
class Fingerprint:
    """What a file on disk looked like when we last read or wrote it.

    Its identity (size, modification time, inode) tells at a glance that nothing happened;
    the checksum tells a real change from a touch, a rewrite with the same bytes, or a
    version put back as it was.
    """

    mtime_ns: int
    size: int
    checksum: int  # CRC-32 of the bytes: enough to tell a real change from a touch
    inode: int = 0  # a file replaced by renaming another over it has a new one

    @classmethod
    def of(cls, path: Path) -> Fingerprint | None:
        try:
            return cls.read(path)
        except OSError:
            return None

    @classmethod
    def read(cls, path: Path) -> Fingerprint:
        """Read *path* to fingerprint it; raises FileNotFoundError when there is no file,
        another OSError when it cannot be read."""
        with open_regular(path) as handle:  # never blocks on a pipe swapped in
            stat = os.fstat(handle.fileno())
            checksum = 0  # a chunk at a time: a release with photos is tens of MB
            while chunk := handle.read(CHECKSUM_CHUNK):
                checksum = zlib.crc32(chunk, checksum)
        return cls(stat.st_mtime_ns, stat.st_size, checksum, stat.st_ino)

    @classmethod
    def now(cls, path: Path, *known: Fingerprint | None) -> Fingerprint:
        """What *path* holds now: one of *known* that the file still looks like (its size,
        time and inode unchanged: nothing is read), else a fingerprint read afresh.

        Raises FileNotFoundError when there is no file, another OSError when it cannot be
        looked at.
        """
        stat = os.stat(path)
        for fingerprint in known:
            if fingerprint is not None and fingerprint.looks_like(stat):
                return fingerprint
        return cls.read(path)

    def looks_like(self, stat: os.stat_result) -> bool:
        """The file *stat* describes has this one's identity (so, surely, its bytes)."""
        return (stat.st_mtime_ns, stat.st_size) == (self.mtime_ns, self.size) and \
            (not self.inode or stat.st_ino == self.inode)

    def same_content(self, other: Fingerprint) -> bool:
        return (other.size, other.checksum) == (self.size, self.checksum)

    def still_matches(self, path: Path) -> bool:
        """True if *path* still holds the same bytes (a touch without changes counts as same)."""
        try:
            stat = path.stat()
        except FileNotFoundError:
            return False
        except OSError as exc:
            raise ReleaseDeskError(N_("Could not check {path}: {reason}."), path=str(path),
                                   reason=os_reason(exc)) from exc
        if self.looks_like(stat):
            return True
        current = Fingerprint.of(path)
        return current is not None and self.same_content(current)
