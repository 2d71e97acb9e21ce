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
from .errors import N_, ReleaseDeskError
from .files import open_regular
from .locks import pid_alive
from .model import Release
from .records import record

log = logging.getLogger(__name__)


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
        write_atomic(self.folder / f"{key}.release", document.dumps(release),
                     action=N_("write the recovery copy"))
        write_atomic(self.folder / f"{key}.json", json.dumps(meta).encode("utf-8"),
                     action=N_("write the recovery copy"))

    def remove(self, key: str) -> None:
        for suffix in (".release", ".json"):
            with contextlib.suppress(OSError):
                (self.folder / f"{key}{suffix}").unlink()

    def pending(self) -> list[RecoveryCopy]:
        """Copies left behind by a ReleaseDesk that is no longer running, newest first."""
        copies: list[RecoveryCopy] = []
        if not self.folder.is_dir():
            return copies
        for meta_file in self.folder.glob("*.json"):
            key = meta_file.stem
            release_file = self.folder / f"{key}.release"
            try:
                meta = json.loads(meta_file.read_text(encoding="utf-8"))
                pid = int(meta.get("pid", 0))
                saved_at = datetime.fromisoformat(meta["saved_at"])
            except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
                log.warning("ignoring damaged recovery metadata %s: %s", meta_file, exc)
                continue
            # A copy whose writer still runs belongs to that window, not to us.
            if not release_file.exists() or pid == os.getpid() or pid_alive(pid):
                continue
            original = meta.get("original")
            copies.append(RecoveryCopy(key, release_file, Path(original) if original else None,
                                       saved_at, str(meta.get("headline", ""))))
        return sorted(copies, key=lambda c: c.saved_at, reverse=True)

    def load(self, copy: RecoveryCopy) -> Release:
        return document.load(copy.file)


@record(frozen=True)
class Fingerprint:
    """What a file on disk looked like when we last read or wrote it."""

    mtime_ns: int
    size: int
    checksum: int  # CRC-32 of the bytes: enough to tell a real change from a touch

    @classmethod
    def of(cls, path: Path) -> Fingerprint | None:
        try:
            with open_regular(path) as handle:  # never blocks on a pipe swapped in
                stat = os.fstat(handle.fileno())
                checksum = zlib.crc32(handle.read())
        except OSError:
            return None
        return cls(stat.st_mtime_ns, stat.st_size, checksum)

    def still_matches(self, path: Path) -> bool:
        """True if *path* still holds the same bytes (a touch without changes counts as same)."""
        try:
            stat = path.stat()
        except FileNotFoundError:
            return False
        except OSError as exc:
            raise ReleaseDeskError(N_("Could not check {path}: {reason}."), path=str(path),
                                   reason=exc.strerror or exc.__class__.__name__) from exc
        if stat.st_mtime_ns == self.mtime_ns and stat.st_size == self.size:
            return True
        current = Fingerprint.of(path)
        return current is not None and current.size == self.size and \
            current.checksum == self.checksum
