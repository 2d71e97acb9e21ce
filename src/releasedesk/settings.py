"""The user's settings: a small JSON file in the config folder. Corrupt means defaults."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from . import paths
from .atomic import write_atomic
from .errors import N_, ReleaseDeskError
from .files import open_regular
from .json_values import Json
from .records import Factory, as_dict, fields_of, record

log = logging.getLogger(__name__)

MAX_RECENT = 10
MAX_EXPORT_FOLDERS = 50  # releases whose last export folder is remembered; the oldest go
MAX_SETTINGS_BYTES = 1024 * 1024  # a longer file is cut short, fails to parse: defaults


@record
class Settings:
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    splitter_sizes: list[int] = Factory(factory=list)
    recent_files: list[str] = Factory(factory=list)
    last_export_folder: str = ""
    # Each release's last export folder, by the release file's full path (newest last).
    export_folders: dict[str, str] = Factory(factory=dict)
    last_open_folder: str = ""
    last_save_folder: str = ""
    last_profile: str = ""  # the house style the last new release started from
    preview_visible: bool = True
    preview_zoom: int = 0
    ui_language: str = ""  # "" follows the system; "en" or "zh_CN"
    body_view: str = "formatted"  # the body editor's view: "formatted" or "markdown"
    # The first start's set-up was skipped: not offered again (house_setup.needs_setup).
    setup_skipped: bool = False
    # Words added to the personal dictionary (spelling's "Add to Dictionary"), oldest first.
    personal_words: list[str] = Factory(factory=list)

    def export_folder_of(self, release_path: Path | None) -> str:
        """The folder *release_path* was last exported to ("" if none, or untitled)."""
        if release_path is None:
            return ""
        return self.export_folders.get(str(Path(release_path).resolve()), "")

    def remember_export_folder(self, release_path: Path | None, folder: Path) -> None:
        """*folder* is where the release (and, for the next untitled one, any) was exported."""
        self.last_export_folder = str(folder)
        if release_path is None:
            return
        key = str(Path(release_path).resolve())
        self.export_folders.pop(key, None)
        self.export_folders[key] = str(folder)
        while len(self.export_folders) > MAX_EXPORT_FOLDERS:
            del self.export_folders[next(iter(self.export_folders))]

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
    settings.personal_words = [w for w in settings.personal_words if isinstance(w, str)]
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


def _same_shape(value: Json, default: Json) -> bool:
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, int):
        return isinstance(value, int) and not isinstance(value, bool)
    if isinstance(default, str):
        return isinstance(value, str)
    if isinstance(default, dict):
        return isinstance(value, dict) and all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items())
    if isinstance(default, list):
        return isinstance(value, list) and all(isinstance(v, (str, int)) for v in value)
    return False
