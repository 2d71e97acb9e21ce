from __future__ import annotations

import gc
import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from releasedesk import paths
from releasedesk.gui.app.main_window import MainWindow
from releasedesk.settings import Settings, load_settings, save_settings

from conftest import SAMPLES


def test_settings_round_trip_in_the_isolated_config_folder(tmp_path: Path) -> None:
    settings = Settings(splitter_sizes=[300, 500], last_export_folder="/x")
    settings.add_recent(tmp_path / "a.release")
    settings.add_recent(tmp_path / "b.release")
    settings.add_recent(tmp_path / "a.release")
    save_settings(settings)
    assert paths.settings_file().exists()
    assert str(paths.settings_file()).startswith(str(Path.home()))
    loaded = load_settings()
    assert loaded.splitter_sizes == [300, 500]
    assert [Path(p).name for p in loaded.recent_files] == ["a.release", "b.release"]


def test_corrupt_settings_mean_defaults_and_a_log_line(caplog: pytest.LogCaptureFixture) -> None:
    paths.settings_file().parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file().write_text("{broken", encoding="utf-8")
    assert load_settings() == Settings()
    assert "unreadable" in caplog.text
    paths.settings_file().write_text(json.dumps({"splitter_sizes": "wide",
                                                 "preview_zoom": True,
                                                 "recent_files": ["ok", 3]}), "utf-8")
    loaded = load_settings()
    assert loaded.splitter_sizes == [] and loaded.preview_zoom == 0
    assert loaded.recent_files == ["ok"]


def test_start_opens_the_file_with_its_preview(qtbot: QtBot) -> None:
    from releasedesk.gui.app.launch import start

    interval = sys.getswitchinterval()
    try:
        _start_and_look(qtbot, start)
    finally:  # start() tunes the whole process for the editor: give the tests it back
        sys.setswitchinterval(interval)
        gc.unfreeze()


def _start_and_look(qtbot: QtBot,
                    start: Callable[[list[str]], tuple[QApplication, MainWindow]]) -> None:

    sample = SAMPLES / "tidewater-ferry-terminal.release"
    _app, window = start([str(sample)])
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.manager.path == sample
    assert window.preview.result is not None
    assert "Tidewater Ferry Terminal" in window.preview.web.toPlainText()
    assert paths.log_file().exists()
    window.close()
