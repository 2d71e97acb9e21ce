"""Where the read-only files shipped with ReleaseDesk (CSS, samples) are found."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The resources folder: beside the sources in a checkout, else the installed package
    releasedesk_resources, else next to a PyInstaller bundle's executable."""
    candidates = [Path(__file__).resolve().parents[2] / "resources"]
    spec = importlib.util.find_spec("releasedesk_resources")
    if spec is not None and spec.submodule_search_locations:
        candidates.extend(Path(p) for p in spec.submodule_search_locations)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "releasedesk_resources")
    for candidate in candidates:
        if (candidate / "css").is_dir():
            return candidate
    raise FileNotFoundError("ReleaseDesk's resources folder is missing; reinstall ReleaseDesk.")


def resource_text(*parts: str) -> str:
    """A text resource, read as UTF-8."""
    return resources_dir().joinpath(*parts).read_text(encoding="utf-8")


def sample_path(name: str) -> Path:
    return resources_dir() / "samples" / name
