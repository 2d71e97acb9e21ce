"""The interface language: the system's, or the one chosen in Preferences.

Only the interface is translated here; the words inside an exported release follow the
release's own language (render.words), whatever the interface speaks.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ... import paths
from ...errors import ReleaseDeskError
from ...language_tag import is_chinese
from ...resources import resources_dir

log = logging.getLogger(__name__)

# (settings value, name shown in its own language); "" follows the system.
INTERFACE_LANGUAGES = (("en", "English"), ("zh_CN", "中文（简体）"))


def resolve(choice: str) -> str:
    """The interface language to use: "zh_CN" or "en"."""
    code = choice or QLocale.system().name()
    return "zh_CN" if is_chinese(code) else "en"


def install_translators(app: QCoreApplication, choice: str) -> str:
    """Load ReleaseDesk's and Qt's own translations for *choice*; returns the language used."""
    language = resolve(choice)
    if language == "en":
        install_english_plurals(app)
        return language
    ours = QTranslator(app)
    qm = translation_file(language)
    if qm is not None and ours.load(str(qm)):
        app.installTranslator(ours)
    else:
        log.warning("no interface translation for %s; using English", language)
        return "en"
    from PySide6.QtCore import QLibraryInfo  # (Qt's own words: only in another language)

    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) \
            or qt.load(f"qt_{language}",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    # Qt's words its own translation leaves in English (the file dialog's labels): ours,
    # installed last, so asked first.
    extra = QTranslator(app)
    extra_qm = translation_file(language, "qtextra")
    if extra_qm is not None and extra.load(str(extra_qm)):
        app.installTranslator(extra)
    return language


def install_english_plurals(app: QCoreApplication) -> QTranslator | None:
    """English's plural forms ("1 fact differs", "2 facts differ"): the source strings say
    "%n fact(s)", and an English interface has only these few messages translated."""
    plurals = QTranslator(app)
    qm = translation_file("en")
    if qm is not None and plurals.load(str(qm)):
        app.installTranslator(plurals)
        return plurals
    return None


def translate_error(error: ReleaseDeskError) -> str:
    """The error's sentence in the interface language (English when untranslated).

    The core marks its templates with N_(), which lupdate files under the empty context.
    """
    return error.translated(lambda text: QCoreApplication.translate("", text))


def translation_file(language: str, stem: str = "releasedesk") -> Path | None:
    """The compiled .qm: shipped with ReleaseDesk, or built once from the .ts into the cache.

    A checkout or `pip install .` without a build step has only the .ts; PySide6 brings
    lrelease, so the .qm is made on first use rather than missing.
    """
    folder = resources_dir() / "translations"
    shipped = folder / f"{stem}_{language}.qm"
    source = folder / f"{stem}_{language}.ts"
    if shipped.exists() and (not source.exists()
                             or shipped.stat().st_mtime >= source.stat().st_mtime):
        return shipped
    if not source.exists():
        return shipped if shipped.exists() else None
    cached = paths.cache_dir() / f"{stem}_{language}.qm"
    if cached.exists() and cached.stat().st_mtime >= source.stat().st_mtime:
        return cached
    import shutil
    import subprocess

    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).with_name("pyside6-lrelease"))
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([lrelease, "-silent", str(source), "-qm", str(cached)], check=True,
                       capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("could not build %s: %s", cached, exc)
        return shipped if shipped.exists() else None
    return cached
