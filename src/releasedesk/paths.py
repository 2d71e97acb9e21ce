"""The one place that asks where ReleaseDesk keeps its settings, recovery copies and logs."""

from __future__ import annotations

from pathlib import Path

import appdirs

APP_NAME = "ReleaseDesk"
APP_AUTHOR = "ReleaseDesk"


def config_dir() -> Path:
    """Settings (and, later, house-style profiles)."""
    return Path(appdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def data_dir() -> Path:
    return Path(appdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def recovery_dir() -> Path:
    """Autosaved recovery copies: never the user's own files."""
    return data_dir() / "recovery"


def log_dir() -> Path:
    return Path(appdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def profiles_dir() -> Path:
    """The user's house-style profiles, one JSON file each."""
    return config_dir() / "profiles"


def templates_dir() -> Path:
    """The releases the user saved as templates (File ▸ Save as Template…), one file each."""
    return data_dir() / "templates"


def cache_dir() -> Path:
    return Path(appdirs.user_cache_dir(APP_NAME, APP_AUTHOR))


def settings_file() -> Path:
    return config_dir() / "settings.json"


def log_file() -> Path:
    return log_dir() / "releasedesk.log"
