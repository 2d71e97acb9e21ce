"""manifest.json: what an export holds, which release it is, and who approved it.

Every multi-file export (and, later, the web-team package) carries one beside its files:
the release's fingerprint and status, its sign-offs, and the SHA-256 of every exported
file; manifest.sig beside it, when the office has a signing key, signs manifest.json's
exact bytes. verify.py checks a folder or package against it.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from .. import __version__
from ..body.safety import clean_text
from ..export_time import export_moment
from ..json_values import JsonObject
from ..model import Release
from ..workflow import ApprovalPolicy
from . import keys
from .fingerprint import CANONICAL_VERSION
from .signoffs import report

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
MANIFEST_FORMAT = "releasedesk-manifest"
SIGNATURE_FORMAT = "releasedesk-signature"
MANIFEST_VERSION = 1


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def build_manifest(release: Release, files: dict[str, bytes], policy: ApprovalPolicy,
                   source_name: str = "", profile: str = "",
                   now: datetime | None = None,
                   versions: list[dict[str, str]] | None = None) -> bytes:
    """The bytes of manifest.json for *files* ({name relative to the folder: bytes});
    *versions*: a package's language versions (language, folder, file, fingerprint,
    status), the release's own first."""
    state = report(release, policy)
    data: JsonObject = {
        "format": MANIFEST_FORMAT,
        "version": MANIFEST_VERSION,
        "generator": f"ReleaseDesk {__version__}",
        "created": (now or export_moment()).replace(microsecond=0).isoformat(),
        "release": {
            "file": source_name,
            "headline": release.headline.strip(),
            "profile": profile or release.profile,
            "fingerprint": state.fingerprint,
            "canonical": CANONICAL_VERSION,
            "status": state.status,
        },
        "approval": {
            "required": list(state.required),
            "signoffs": [{"name": s.name, "role": s.role, "at": s.at.isoformat(),
                          "fingerprint": s.fingerprint, "note": s.note}
                         for s in release.clearance.signoffs],
        },
        "files": [{"name": name, "bytes": len(data), "sha256": sha256_hex(data)}
                  for name, data in sorted(files.items())],
    }
    if versions:
        data["versions"] = versions
    # A lone surrogate (a damaged file can escape one) is no UTF-8: the manifest names
    # the release with the characters the exports print.
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return clean_text(text).encode("utf-8")


def build_signature(manifest: bytes, public_key: str, private: Ed25519PrivateKey) -> bytes:
    data = {"format": SIGNATURE_FORMAT, "version": 1, "key": public_key,
            "signature": keys.sign(private, manifest)}
    return (json.dumps(data, indent=2) + "\n").encode("ascii")


def manifest_files(release: Release, files: dict[str, bytes], policy: ApprovalPolicy,
                   source_name: str = "", profile: str = "",
                   now: datetime | None = None,
                   versions: list[dict[str, str]] | None = None) -> dict[str, bytes]:
    """manifest.json for *files* (made at *now*, by default the moment of export), and
    manifest.sig when this computer holds the private key of the house style's public
    key."""
    manifest = build_manifest(release, files, policy, source_name, profile, now,
                              versions=versions)
    out = {MANIFEST_NAME: manifest}
    if policy.public_key:
        private = keys.private_key_for(policy.public_key) if keys.available() else None
        if private is not None:
            out[SIGNATURE_NAME] = build_signature(manifest, policy.public_key, private)
    return out


def safe_member(name: object) -> bool:
    """A name a manifest may list: a relative path inside the folder, no "..", no "\\"."""
    if not isinstance(name, str) or not name or "\\" in name or "\x00" in name:
        return False
    path = PurePosixPath(name)
    return not path.is_absolute() and ".." not in path.parts and name == str(path)
