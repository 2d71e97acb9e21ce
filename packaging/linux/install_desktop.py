"""Install ReleaseDesk's desktop integration for the current user (make install-desktop).

Copies the .desktop file (with the path of the releasedesk command), the shared-mime-info
type for *.release, the AppStream metainfo and the icon (SVG, plus PNG sizes rendered from
it with Qt) under $XDG_DATA_HOME (~/.local/share), then refreshes the MIME and desktop
databases when their tools are installed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

APP_ID = "org.releasedesk.ReleaseDesk"
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PNG_SIZES = (16, 32, 48, 64, 128, 256)


def render_pngs(svg: Path, folder: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    written = []
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        target = folder / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(target))
        written.append(target)
    return written


def install(data_home: Path, command: str) -> list[Path]:
    installed: list[Path] = []

    def put(source: Path, target: Path, text: str | None = None) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        if text is None:
            shutil.copyfile(source, target)
        else:
            target.write_text(text, encoding="utf-8")
        installed.append(target)

    desktop = (HERE / f"{APP_ID}.desktop.in").read_text(encoding="utf-8")
    put(HERE, data_home / "applications" / f"{APP_ID}.desktop",
        desktop.replace("@EXEC@", command))
    put(HERE / f"{APP_ID}.mime.xml", data_home / "mime" / "packages" / f"{APP_ID}.xml")
    put(HERE / f"{APP_ID}.metainfo.xml", data_home / "metainfo" / f"{APP_ID}.metainfo.xml")
    svg = ROOT / "resources" / "icons" / "releasedesk.svg"
    put(svg, data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg")
    installed.extend(render_pngs(svg, data_home))
    for tool, argument in (("update-mime-database", data_home / "mime"),
                           ("update-desktop-database", data_home / "applications")):
        if shutil.which(tool):
            subprocess.run([tool, str(argument)], check=False, capture_output=True)
    return installed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-home", type=Path,
                        default=Path(os.environ.get("XDG_DATA_HOME",
                                                    Path.home() / ".local" / "share")))
    parser.add_argument("--command", default=shutil.which("releasedesk-editor") or
                        str(Path(sys.executable).with_name("releasedesk-editor")),
                        help="the editor command the .desktop file runs (releasedesk-editor)")
    args = parser.parse_args()
    for path in install(args.data_home, args.command):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
