"""Desktop integration: validated .desktop and AppStream files, the *.release MIME type, icons."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

REQUIRED = os.environ.get("RELEASEDESK_REQUIRE_CLIENTS") == "1"
APP_ID = "org.releasedesk.ReleaseDesk"
LINUX = ROOT / "packaging" / "linux"


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        message = f"{tool} is not installed (Debian: desktop-file-utils, appstream, " \
                  "shared-mime-info, xdg-utils); .ci/run installs it"
        if REQUIRED:
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="module")
def data_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("xdg-data")
    result = subprocess.run(
        [sys.executable, str(LINUX / "install_desktop.py"), "--data-home", str(home),
         "--command", "/opt/releasedesk/bin/releasedesk"],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    return home


def test_desktop_file_is_valid_and_opens_release_files(data_home: Path) -> None:
    desktop = data_home / "applications" / f"{APP_ID}.desktop"
    result = subprocess.run([need("desktop-file-validate"), str(desktop)], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout
    text = desktop.read_text(encoding="utf-8")
    assert "Exec=/opt/releasedesk/bin/releasedesk %f" in text
    assert "MimeType=application/x-releasedesk;" in text


def test_appstream_metainfo_is_valid() -> None:
    result = subprocess.run([need("appstreamcli"), "validate", "--no-net",
                             str(LINUX / f"{APP_ID}.metainfo.xml")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_release_files_get_the_mime_type_and_open_in_releasedesk(data_home: Path) -> None:
    need("update-mime-database")
    globs = (data_home / "mime" / "globs2").read_text(encoding="utf-8")
    assert "application/x-releasedesk:*.release" in globs
    env = {**os.environ, "XDG_DATA_HOME": str(data_home),
           "XDG_DATA_DIRS": f"{data_home}:/usr/local/share:/usr/share"}
    result = subprocess.run([need("xdg-mime"), "query", "default", "application/x-releasedesk"],
                            capture_output=True, text=True, timeout=60, env=env)
    assert result.stdout.strip() == f"{APP_ID}.desktop"


def test_icons_in_every_size(data_home: Path) -> None:
    from PySide6.QtGui import QImage

    assert (data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").exists()
    for size in (16, 32, 48, 64, 128, 256):
        image = QImage(str(data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps"
                           / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # not an empty canvas
