"""SHA-256 of bytes, without loading OpenSSL for small inputs.

hashlib's SHA-256 is OpenSSL's: importing it maps libcrypto, 3.5 MiB of the editor's
resident memory at every start, where only a release's text (some 100 KB) is hashed. The
interpreter's own SHA-256 (a built-in module) does that as well; photos and other large
inputs still go to OpenSSL, about six times faster on megabytes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hashlib import _Hash as Hash  # (typeshed's name for a hash object)

LARGE = 1 << 20  # bytes from which OpenSSL's speed is worth its memory


def _builtin() -> Callable[[bytes], Hash] | None:
    for name in ("_sha2", "_sha256"):  # (Python 3.12 renamed _sha256 to _sha2)
        try:
            module = __import__(name)
        except ImportError:
            continue
        return getattr(module, "sha256", None)
    return None


_small = _builtin()


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of *data*, as 64 hexadecimal digits."""
    if _small is not None and len(data) < LARGE:
        return str(_small(data).hexdigest())
    import hashlib

    return hashlib.sha256(data).hexdigest()
