"""Process-wide tweaks (collector frozen, 1 ms switch interval, glibc mapping large blocks
apart) belong to the editor's start.

Importing the editor's packages, building its window or its preview scheduler, and the
terminal commands must leave the interpreter as Python set it: tests and tools run in
those processes. Only the editor's own start (editor.load_editor + app.start, which the
``releasedesk`` command and the benchmark call) may change it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from conftest import SAMPLES

STATE = ("json.dumps([gc.isenabled(), gc.get_freeze_count(), sys.getswitchinterval(), "
         "mapped_apart()])")

# Whether a 1 MiB block is mapped apart after a 10 MiB one was freed: glibc's default raises
# its size for mapping apart to a freed mapped block's (the 1 MiB block then comes from the
# heap); startup.map_large_blocks_apart fixes it at 128 KiB.
MAPPED_APART = textwrap.dedent("""
    def mapped_apart():
        import ctypes
        class Info(ctypes.Structure):
            _fields_ = [(name, ctypes.c_size_t) for name in (
                "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks",
                "uordblks", "fordblks", "keepcost")]
        libc = ctypes.CDLL("libc.so.6")
        libc.mallinfo2.restype = Info
        freed = bytearray(10 << 20)
        del freed
        before = libc.mallinfo2().hblks
        kept = bytearray(1 << 20)
        return libc.mallinfo2().hblks > before and len(kept) > 0
""")

BUILD_ONLY = MAPPED_APART + textwrap.dedent(f"""
    import gc, json, sys
    default_interval = sys.getswitchinterval()
    import releasedesk.gui
    import releasedesk.gui.app.launch
    from PySide6.QtWidgets import QApplication
    from releasedesk.gui.app.main_window import MainWindow
    from releasedesk.gui.preview.preview_pane import RenderScheduler
    from releasedesk.model import Release
    from releasedesk.settings import Settings
    from releasedesk.cli import main
    app = QApplication([])
    window = MainWindow(Settings())
    window.open_path(__import__("pathlib").Path(sys.argv[1]))
    window.scheduler.render_now()
    scheduler = RenderScheduler(lambda: Release())
    assert main(["check", sys.argv[1]]) in (0, 1)
    print(json.dumps(default_interval), {STATE})
    window.manager.modified = False
    window.close()
""")

EDITOR_START = MAPPED_APART + textwrap.dedent(f"""
    import gc, json, sys
    from releasedesk.editor import load_editor
    app, window = load_editor().start([sys.argv[1]])
    print(json.dumps(0.005), {STATE})
    window.manager.modified = False
    window.close()
""")


def _state_after(code: str, tmp_path: Path) -> tuple[float, list[object]]:
    sample = tmp_path / "sample.release"
    sample.write_bytes((SAMPLES / "tidewater-ferry-terminal.release").read_bytes())
    out = subprocess.run([sys.executable, "-c", code, str(sample)], capture_output=True,
                         text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    default, state = out.stdout.strip().splitlines()[-1].split(" ", 1)
    return json.loads(default), json.loads(state)


def test_importing_and_building_the_editor_leaves_the_interpreter_alone(tmp_path: Path) -> None:
    default_interval, (enabled, frozen, interval, mapped) = _state_after(BUILD_ONLY, tmp_path)
    assert enabled is True
    assert frozen == 0
    assert interval == default_interval
    assert mapped is False


def test_the_editor_start_tunes_the_process(tmp_path: Path) -> None:
    from releasedesk.startup import SWITCH_INTERVAL_S

    _, (enabled, frozen, interval, mapped) = _state_after(EDITOR_START, tmp_path)
    assert enabled is True  # paused only while start-up objects are made
    assert isinstance(frozen, int) and frozen > 10_000
    assert interval == SWITCH_INTERVAL_S
    assert mapped is (sys.platform == "linux")  # (glibc's; the tests run on Linux)
