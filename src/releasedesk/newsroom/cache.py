"""The library's cache: each release's summary, kept while its file is unchanged.

One JSON file per library folder in the user's cache folder (paths.cache_dir), never in
the library folder itself: that folder may be read-only or a shared drive, and a cache a
colleague could write there would be a way to make a draft look approved to the
newsroom. An entry counts only while its file has the same relative path, size and
modification time (in nanoseconds); the whole cache counts only for the same ReleaseDesk,
cache version and installed approval policies (they decide the statuses). A cache that
cannot be read or is damaged in any way is ignored and written anew.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from .. import __version__, paths
from ..digest import sha256_hex
from ..errors import ReleaseDeskError
from ..files import read_bounded
from ..json_values import JsonObject
from .summary import Summary

log = logging.getLogger(__name__)

FORMAT = "releasedesk-library-cache"
VERSION = 4  # 2: each summary's language versions and corrected release; 3: lines cleaned;
# 4: the release's time of day and zone
MAX_BYTES = 256 * 1024 * 1024


def cache_file(root: Path) -> Path:
    """Where the cache of the library at *root* is kept."""
    key = sha256_hex(str(Path(root).resolve()).encode("utf-8", "surrogateescape"))
    return paths.cache_dir() / "libraries" / f"{key[:32]}.json"


def _stamp(root: Path, policies_key: str) -> JsonObject:
    from ..clearance.fingerprint import CANONICAL_VERSION

    # (the fingerprint's rules decide which sign-offs count: a change of them, statuses)
    return {"format": FORMAT, "version": VERSION, "releasedesk": __version__,
            "canonical": CANONICAL_VERSION,
            "root": str(Path(root).resolve()), "policies": policies_key}


def load(root: Path, policies_key: str) -> dict[str, Summary]:
    """The cached summaries by relative path; empty when there is no usable cache."""
    path = cache_file(root)
    try:
        data = json.loads(read_bounded(path, MAX_BYTES))
        if not isinstance(data, dict) or any(data.get(key) != value for key, value in
                                             _stamp(root, policies_key).items()):
            return {}
        summaries = [Summary.from_json(entry) for entry in data["entries"]]
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError,
            UnicodeDecodeError) as exc:
        log.info("library cache %s ignored: %s", path, exc)
        return {}
    return {summary.relative: summary for summary in summaries}


def save(root: Path, policies_key: str, summaries: list[Summary]) -> None:
    """Write the cache of readable summaries; a failure only costs the next listing time."""
    from ..atomic import write_atomic

    data = {**_stamp(root, policies_key),
            "entries": [s.to_json() for s in summaries if s.readable]}
    path = cache_file(root)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(data, ensure_ascii=False, separators=(",", ":"))
                     .encode("utf-8", "surrogatepass"), action="write the library cache")
    except (OSError, ReleaseDeskError) as exc:
        log.info("library cache %s not written: %s", path, exc)
