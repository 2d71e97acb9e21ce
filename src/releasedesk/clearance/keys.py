"""Ed25519 keys that sign manifests, through the `cryptography` package (optional).

The office makes a key pair once (`releasedesk keys new`); the private key stays in the
user's config folder (keys/, readable by the user only), the public key goes into the
house-style profile ("approval": {"public_key": "ed25519:…"}) that the web team also
has. A manifest signed with the private key can then be told from a forgery.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from .. import paths
from ..atomic import write_atomic
from ..errors import N_, ReleaseDeskError, explain_os_error
from ..files import FileTooLarge, read_bounded

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

MAX_KEY_BYTES = 4096  # a private key file is some 150 bytes
KEY_PREFIX = "ed25519:"
PRIVATE_SUFFIX = ".key"
NO_CRYPTOGRAPHY = N_("Signing needs the Python package \"cryptography\", which is not "
                     "installed; install it (pip install cryptography) and try again.")


class KeyProblem(ReleaseDeskError):
    """A key that cannot be used; the message says why."""


def keys_dir() -> Path:
    return paths.config_dir() / "keys"


def _ed25519() -> ModuleType:
    try:
        from cryptography.hazmat.primitives.asymmetric import ed25519
    except ImportError as exc:
        raise KeyProblem(NO_CRYPTOGRAPHY) from exc
    return ed25519


def available() -> bool:
    try:
        _ed25519()
    except KeyProblem:
        return False
    return True


def parse_public_key(text: str) -> bytes:
    """The 32 raw bytes of "ed25519:BASE64"; raises KeyProblem otherwise."""
    text = text.strip()
    if not text.startswith(KEY_PREFIX):
        raise KeyProblem(N_('A public key starts with "ed25519:"; this one does not.'))
    try:
        raw = base64.b64decode(text[len(KEY_PREFIX):], validate=True)
    except (binascii.Error, ValueError) as exc:
        raise KeyProblem(N_("The public key is not valid base64.")) from exc
    if len(raw) != 32:
        raise KeyProblem(N_("The public key has {length} bytes; an Ed25519 key has 32."),
                         length=len(raw))
    return raw


def key_text(raw: bytes) -> str:
    return KEY_PREFIX + base64.b64encode(raw).decode("ascii")


def key_id(public_key: str) -> str:
    """A short name for a public key: 16 hex digits of its SHA-256."""
    return hashlib.sha256(parse_public_key(public_key)).hexdigest()[:16]


def new_key(folder: Path | None = None) -> str:
    """Make a key pair, keep the private key in *folder* (user-only), return the public key."""
    ed25519 = _ed25519()
    from cryptography.hazmat.primitives import serialization

    private = ed25519.Ed25519PrivateKey.generate()
    public = key_text(private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw))
    seed = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                 serialization.NoEncryption())
    folder = folder or keys_dir()
    if os.path.islink(folder):  # (its permissions would be changed where it points)
        raise KeyProblem(N_("The keys folder {path} is a link to another folder; remove the "
                            "link, and ReleaseDesk makes a folder of its own."),
                         path=str(folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        os.chmod(folder, 0o700)
    except OSError as exc:
        raise explain_os_error(exc, folder, N_("create the keys folder")) from exc
    target = folder / f"{key_id(public)}{PRIVATE_SUFFIX}"
    text = f"{KEY_PREFIX}private:{base64.b64encode(seed).decode('ascii')}\n{public}\n"
    # Readable by its owner only from its first byte (never 0644, even for a moment).
    write_atomic(target, text.encode("ascii"), action=N_("save the key"), mode=0o600)
    return public


def private_key_for(public_key: str, folder: Path | None = None) -> Ed25519PrivateKey | None:
    """The private key matching *public_key* from the keys folder, or None if absent."""
    target = (folder or keys_dir()) / f"{key_id(public_key)}{PRIVATE_SUFFIX}"
    try:
        # Only a regular file, and only what a key can be: never waits on a pipe, never
        # reads /dev/zero to the end.
        first = read_bounded(target, MAX_KEY_BYTES).decode("ascii").splitlines()[0]
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, IndexError, FileTooLarge) as exc:
        raise KeyProblem(N_("The private key {path} cannot be read; make a new key with "
                            "'releasedesk keys new'."), path=str(target)) from exc
    ed25519 = _ed25519()
    try:
        seed = base64.b64decode(first.removeprefix(f"{KEY_PREFIX}private:"), validate=True)
        private: Ed25519PrivateKey = ed25519.Ed25519PrivateKey.from_private_bytes(seed)
    except (binascii.Error, ValueError) as exc:
        raise KeyProblem(N_("The private key {path} is damaged; make a new key with "
                            "'releasedesk keys new'."), path=str(target)) from exc
    from cryptography.hazmat.primitives import serialization

    raw = private.public_key().public_bytes(serialization.Encoding.Raw,
                                            serialization.PublicFormat.Raw)
    if key_text(raw) != public_key.strip():
        raise KeyProblem(N_("The private key {path} does not belong to the public key it "
                            "is filed under."), path=str(target))
    return private


def sign(private: Ed25519PrivateKey, data: bytes) -> str:
    return base64.b64encode(private.sign(data)).decode("ascii")


def signature_valid(public_key: str, data: bytes, signature: str) -> bool:
    ed25519 = _ed25519()
    from cryptography.exceptions import InvalidSignature

    try:
        raw = base64.b64decode(signature, validate=True)
        ed25519.Ed25519PublicKey.from_public_bytes(parse_public_key(public_key)).verify(raw, data)
    except (InvalidSignature, binascii.Error, ValueError):
        return False
    return True


def list_keys(folder: Path | None = None) -> list[str]:
    """The public keys whose private keys are in the keys folder."""
    folder = folder or keys_dir()
    found = []
    for file in sorted(folder.glob(f"*{PRIVATE_SUFFIX}")) if folder.is_dir() else []:
        try:
            lines = read_bounded(file, MAX_KEY_BYTES).decode("ascii").splitlines()
        except (OSError, UnicodeDecodeError, FileTooLarge):
            continue
        if len(lines) > 1 and lines[1].startswith(KEY_PREFIX):
            found.append(lines[1])
    return found
