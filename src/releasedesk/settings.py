"""The user's settings: a small JSON file in the config folder. Corrupt means defaults."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from . import paths
from .atomic import write_atomic
from .errors import N_, ReleaseDeskError
from .files import open_regular
from .records import Factory, as_dict, fields_of, record

log = logging.getLogger(__name__)

MAX_RECENT = 10
MAX_SETTINGS_BYTES = 1024 * 1024  # a longer file is cut short, fails to parse: defaults


@record
class Settings:
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    splitter_sizes: list[int] = Factory(factory=list)
    recent_files: list[str] = Factory(factory=list)
    last_export_folder: str = ""
    last_open_folder: str = ""
    last_save_folder: str = ""
    last_profile: str = ""  # the house style the last new release started from
    preview_visible: bool = True
    preview_zoom: int = 0
    ui_language: str = ""  # "" follows the system; "en" or "zh_CN"
    body_view: str = "formatted"  # the body editor's view: "formatted" or "markdown"

    def add_recent(self, path: Path) -> None:
        name = str(Path(path).resolve())
        self.recent_files = [name, *(p for p in self.recent_files if p != name)][:MAX_RECENT]


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings; defaults (and a log line) when the file is missing or damaged."""
    path = path or paths.settings_file()
    try:
        with open_regular(path) as handle:  # a pipe there must not stop the editor's start
            data = json.loads(handle.read(MAX_SETTINGS_BYTES).decode("utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError, RecursionError) as exc:
        log.warning("settings file %s unreadable, using defaults: %s", path, exc)
        return Settings()
    if not isinstance(data, dict):
        log.warning("settings file %s is not an object, using defaults", path)
        return Settings()
    settings = Settings()
    # Settings from before the formatted body editor: that user writes Markdown already.
    settings.body_view = "markdown"
    for name in fields_of(Settings):
        if name not in data:
            continue
        value = data[name]
        default = getattr(settings, name)
        if not _same_shape(value, default):
            log.warning("settings: ignoring %s=%r (wrong type)", name, value)
            continue
        setattr(settings, name, value)
    settings.recent_files = [p for p in settings.recent_files if isinstance(p, str)]
    settings.splitter_sizes = [
        n for n in settings.splitter_sizes if isinstance(n, int) and not isinstance(n, bool)
    ]
    return settings


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Save settings; a failure is logged, never shown: settings are not the user's work."""
    path = path or paths.settings_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps(as_dict(settings), indent=2).encode("utf-8")
        write_atomic(path, data, action=N_("save the settings"))
    except (OSError, ReleaseDeskError) as exc:
        log.warning("could not save settings to %s: %s", path, exc)


def _same_shape(value: Any, default: Any) -> bool:
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, int):
        return isinstance(value, int) and not isinstance(value, bool)
    if isinstance(default, str):
        return isinstance(value, str)
    if isinstance(default, list):
        return isinstance(value, list) and all(isinstance(v, (str, int)) for v in value)
    return False
