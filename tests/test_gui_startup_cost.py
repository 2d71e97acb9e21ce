"""Start-up stays cheap: no Python enums for the Qt namespace, core loaded before PySide6,
no OpenSSL, folded sections not made, no Chinese font for an English release, no module
sources kept.

These are the two findings behind the start-up budget of issue 3 (measured by
benchmarks/bench_editor.py): PySide6 builds all ~100 enums of ``Qt`` (25–45 ms) the first
time anything needs one, and importing the core after PySide6 (whose import hook
inspects later modules) cost ~3% more instructions. They are
checked here as facts, not timings, so a regression fails the test run on any machine.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QSplitter, QToolBar

from releasedesk.gui.basics.enum_properties import set_enum_property, set_shortcut
from releasedesk.gui.basics.styling import char_formats, solid_brush

from conftest import SAMPLES

# Libraries the start-up must not import: the PDF, Word and photo writers' (WeasyPrint and
# its CSS and font tools, python-docx and lxml, Pillow and its HEIF plugin), signing
# (cryptography), the spelling dictionaries' readers, the HTML and mail readers of import;
# HTML's entity table (a named entity or an ampersand in a link loads it), ElementTree and
# its expat library (a Chinese catalogue of the core's messages), csv (a register
# spreadsheet): ~16 M instructions (~1 %) of a start together (issue 26).
HEAVY = ("weasyprint", "tinycss2", "cssselect2", "fontTools", "pydyf", "docx", "lxml", "PIL",
         "pillow_heif", "cryptography", "spylls", "hunspell", "html.parser", "email.parser",
         "html.entities", "xml.etree.ElementTree", "pyexpat", "csv")

# Our modules an action needs, never the start (issue 26): a module imported at start runs
# its top level and keeps its code objects for the whole session. The writers of the other
# formats, the review trip, the newsroom, drafts' import, language versions, clearance's
# sheet, comparison and verification, photos' intake, the dialogs and the command line's
# commands load when first used (a function-level import where the action starts; see
# docs/architecture.md, "Start-up"). The office register's proofing rules come with the
# first proofing pass, after the window shows (checks.uses_register).
LATER = ("releasedesk.render.docx_writer", "releasedesk.render.pdf_writer",
         "releasedesk.render.email_writer", "releasedesk.render.package_writer",
         "releasedesk.render.markdown_writer", "releasedesk.render.ics_writer",
         "releasedesk.review", "releasedesk.gui.review", "releasedesk.gui.app.review_actions",
         "releasedesk.newsroom", "releasedesk.gui.newsroom", "releasedesk.importing",
         "releasedesk.gui.app.import_report", "releasedesk.twins.making",
         "releasedesk.twins.align", "releasedesk.gui.twins", "releasedesk.clearance.sheet",
         "releasedesk.clearance.wordiff", "releasedesk.clearance.verify",
         "releasedesk.clearance.manifest", "releasedesk.gui.clearance", "releasedesk.media",
         "releasedesk.gui.dialogs.first_run", "releasedesk.gui.dialogs.house_style",
         "releasedesk.gui.dialogs.preferences", "releasedesk.gui.dialogs.register_dialog",
         "releasedesk.gui.form.find_replace", "releasedesk.gui.body.link_dialog",
         "releasedesk.gui.preview.printing", "releasedesk.gui.app.exports",
         "releasedesk.gui.app.export_commands",
         "releasedesk.house_setup", "releasedesk.cli", "releasedesk.cli_clearance",
         "releasedesk.changing", "releasedesk.proofing.engine",
         # (a time zone's names, a drop on the window, a finding's jump: when first used)
         "releasedesk.gui.widgets.zones", "releasedesk.gui.app.window_drops",
         "releasedesk.gui.form.finding_jump")

CHILD = textwrap.dedent("""
    import sys
    import releasedesk.gui  # as the entry point does, before PySide6
    core_first = "PySide6" not in sys.modules
    from releasedesk.gui.app.launch import start
    app, window = start([sys.argv[1]])
    def loaded(names):
        return ",".join(sorted(name for name in sys.modules
                               if any(name == n or name.startswith(n + ".") for n in names))) or "-"
    ours_at_start = loaded(LATER)
    # The first proofing waits for its pause (400 ms from the preview) and brings the
    # spelling's libraries by design: on a loaded machine the start alone may take longer,
    # and it would run inside the processEvents below. It is asked for, and held here.
    proofing_asked = window.proof_scheduler._timer.isActive()
    window.proof_scheduler._timer.stop()
    app.processEvents()
    import linecache
    import PySide6.QtCore
    print(window.preview.result is not None, core_first, "Qt" in vars(PySide6.QtCore),
          "_hashlib" in sys.modules, proofing_asked)
    # Made when first unfolded; no Chinese font for an English release; no module sources
    # kept from PySide6's look at them.
    # The exports' and photos' libraries load when first used, never at start (issue 26).
    print(",".join(sorted(name for name in HEAVY if name in sys.modules)) or "-")
    print(ours_at_start, loaded(LATER))
    print("releasedesk.gui.widgets.contacts_table" in sys.modules,
          "releasedesk.gui.form.photos_panel" in sys.modules,
          any("CJK" in line for line in open("/proc/self/maps", encoding="utf-8")),
          any(name.endswith("main_window.py") for name in linecache.cache))
    # Made when first needed (issue 26): the dark scheme's colours, the template list, Qt's
    # dialog, calendar, completer, URL, image, font-database, style, library-path and
    # regular-expression classes (each with its enums; QStyle's ~600 members cost ~6 ms), the
    # rare patterns (a Chinese weekday, a clock time).
    import PySide6.QtGui, PySide6.QtWidgets
    from releasedesk import checks, field_rules
    made = {**vars(PySide6.QtCore), **vars(PySide6.QtGui), **vars(PySide6.QtWidgets)}
    print("releasedesk.gui.basics.tones" in sys.modules,
          "releasedesk.gui.app.template_dialog" in sys.modules,
          ",".join(name for name in ("QDialog", "QDialogButtonBox", "QCalendarWidget",
                                     "QCompleter", "QUrl", "QImage", "QFontDatabase",
                                     "QStyle", "QLibraryInfo", "QRegularExpression",
                                     "QRegularExpressionValidator")
                   if name in made) or "-",
          checks._ZH_WEEKDAY._compiled is not None, field_rules._CLOCK._compiled is not None)
    window.manager.modified = False
    window.close()
""")


def test_the_editor_starts_without_building_the_qt_namespace(tmp_path: Path) -> None:
    sample = tmp_path / "sample.release"
    sample.write_bytes((SAMPLES / "tidewater-ferry-terminal.release").read_bytes())
    out = subprocess.run([sys.executable, "-c", f"HEAVY = {HEAVY!r}\nLATER = {LATER!r}\n{CHILD}",
                          str(sample)],
                         capture_output=True,
                         text=True, check=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}).stdout.split()
    previewed, core_first, qt_namespace_built, openssl_loaded, proofing_asked, heavy, \
        ours_shown, ours_settled, *memory = out[:12]
    later = out[12:]
    assert previewed == "True"
    assert proofing_asked == "True"  # (after the start: not one of its imports)
    assert core_first == "True"
    assert qt_namespace_built == "False"
    assert openssl_loaded == "False"  # 3.5 MiB for hashing a release's text (digest.py)
    assert heavy == "-", f"imported at start: {heavy}"
    # (the sample's house style has a register: its proofing rules are not loaded either)
    assert ours_shown == ours_settled == "-", f"imported at start: {ours_settled}"
    contacts_made, photos_made, chinese_font, sources_kept = memory
    assert contacts_made == photos_made == "False"  # their sections start folded
    assert chinese_font == "False"  # ~3 MiB: the Language list is not measured item by item
    assert sources_kept == "False"  # ~2.4 MiB of source lines (startup.forget_sources)
    assert later == ["False", "False", "-", "False", "False"], later


def test_enum_properties_are_set_by_key(qapp: QApplication) -> None:
    splitter = QSplitter()
    set_enum_property(splitter, "orientation", "Vertical")
    assert splitter.orientation().name == "Vertical"
    toolbar = QToolBar()
    set_enum_property(toolbar, "toolButtonStyle", "ToolButtonTextOnly")
    assert toolbar.toolButtonStyle().name == "ToolButtonTextOnly"


def test_a_mistyped_enum_property_raises(qapp: QApplication) -> None:
    with pytest.raises(ValueError, match="orientation"):
        set_enum_property(QSplitter(), "orientation", "Sideways")
    with pytest.raises(ValueError, match="orientaton"):
        set_enum_property(QSplitter(), "orientaton", "Vertical")


def test_shortcuts_from_text_and_standard_keys(qapp: QApplication) -> None:
    bold = QAction("Bold")
    set_shortcut(bold, "Ctrl+B")
    assert bold.shortcut().toString() == "Ctrl+B"
    save = QAction("Save")
    set_shortcut(save, QKeySequence.StandardKey.Save)
    assert save.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Save)
    assert save.shortcut().toString() == "Ctrl+S"


def test_char_formats_carry_exactly_the_declared_style(qapp: QApplication) -> None:
    heading, italic, plain_bold = char_formats("color: #1a4f8b; font-weight: bold",
                                               "font-style: italic", "font-weight: bold")
    assert heading.foreground().color().name() == "#1a4f8b"
    assert heading.fontWeight() == 700 and not heading.fontItalic()
    assert italic.fontItalic() and not italic.hasProperty(italic.Property.ForegroundBrush)
    assert plain_bold.fontWeight() == 700
    # No font family or size sneaks in: the editor's own font must stay.
    for fmt in (heading, italic, plain_bold):
        assert not fmt.hasProperty(fmt.Property.FontFamilies)
        assert not fmt.hasProperty(fmt.Property.FontPointSize)


def test_solid_brush(qapp: QApplication) -> None:
    brush = solid_brush("#f6d5d0")
    assert brush.color().name() == "#f6d5d0"
    assert brush.style().name == "SolidPattern"


def test_the_small_input_digest_is_sha256() -> None:
    import hashlib

    from releasedesk.digest import LARGE, sha256_hex

    for size in (0, 1, 63, 64, 65, 1000, LARGE - 1, LARGE, LARGE + 1):
        data = bytes(range(256)) * (size // 256) + bytes(size % 256)
        assert sha256_hex(data) == hashlib.sha256(data).hexdigest(), size
