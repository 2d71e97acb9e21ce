"""Keep the interface translations in step with the code, and build them.

    python tools/translations.py update   # pyside6-lupdate: new strings into the .ts files
    python tools/translations.py build    # pyside6-lrelease: .ts → .qm (run by make)

The .ts files under resources/translations/ are the source translators edit (with Qt
Linguist or any text editor); the .qm files are built from them and never committed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN",)


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or str(Path(sys.executable).with_name(
        f"pyside6-{name}"))
    if not Path(found).exists():
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


# The Qt-free core marks its messages with N_("…"); lupdate reads it like QT_TR_NOOP.
LUPDATE_OPTIONS = ["-tr-function-alias", "QT_TR_NOOP+=N_", "-no-obsolete", "-locations", "none"]


def sources() -> list[str]:
    """The interface code, and the Qt-free modules whose messages the editor shows."""
    package = ROOT / "src" / "releasedesk"
    # every module, in every folder: a new package needs no entry here
    files = [p for p in package.rglob("*.py") if "__pycache__" not in p.parts]
    return sorted(str(p.relative_to(ROOT)) for p in files)


def update() -> None:
    for language in LANGUAGES:
        subprocess.run([tool("lupdate"), *sources(), *LUPDATE_OPTIONS,
                        "-ts", str(FOLDER / f"releasedesk_{language}.ts")], check=True, cwd=ROOT)
    # English needs only its plurals: tr("%n fact(s) differ", "", n) → "1 fact differs".
    subprocess.run([tool("lupdate"), *sources(), *LUPDATE_OPTIONS, "-pluralonly",
                    "-source-language", "en", "-target-language", "en",
                    "-ts", str(FOLDER / "releasedesk_en.ts")], check=True, cwd=ROOT)


def build() -> None:
    for ts in sorted(FOLDER.glob("*.ts")):
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        update()
    elif command == "build":
        build()
    else:
        raise SystemExit(__doc__)
