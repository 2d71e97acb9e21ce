"""WeasyPrint's libraries are found without starting a process, and they are the same.

native_libraries.found_in_process answers ctypes.util.find_library from the dynamic
loader while WeasyPrint is imported (on Linux, where find_library runs ldconfig, gcc and
ld for each name). Checked: its answer is find_library's for the names WeasyPrint and
others ask (found or not); a fresh process that writes a PDF starts no process (Python's
audit events), where importing WeasyPrint plainly starts some; both ways load the same
library files; and find_library is given back, also after an error.
"""

from __future__ import annotations

import ctypes.util
import json
import subprocess
import sys

import pytest

from releasedesk.native_libraries import found_in_process, loaded_name

from conftest import ROOT

LINUX = sys.platform.startswith("linux")
pytestmark = pytest.mark.skipif(not LINUX, reason="find_library starts processes on Linux")

# Each name WeasyPrint tries for its libraries (its Windows, generic, Linux and macOS
# names), and others: the C library, maths, zlib, Python's own, and none at all.
NAMES = ("libgobject-2.0-0", "gobject-2.0-0", "gobject-2.0", "libgobject-2.0.so.0",
         "libpango-1.0-0", "pango-1.0-0", "pango-1.0", "libharfbuzz-0", "harfbuzz",
         "harfbuzz-0.0", "libharfbuzz-subset-0", "harfbuzz-subset", "harfbuzz-subset-0.0",
         "harfbuzz-vector", "harfbuzz-vector-0.0", "libfontconfig-1", "fontconfig-1",
         "fontconfig", "libpangoft2-1.0-0", "pangoft2-1.0-0", "pangoft2-1.0", "c", "m",
         "z", "no-such-library-here", "gobject-2.0.dll")


@pytest.mark.parametrize("name", NAMES)
def test_the_loaders_answer_is_find_librarys(name: str) -> None:
    assert loaded_name(name) == ctypes.util.find_library(name)


def test_find_library_is_given_back() -> None:
    real = ctypes.util.find_library
    with found_in_process():
        assert ctypes.util.find_library is loaded_name
    assert ctypes.util.find_library is real
    with pytest.raises(KeyError), found_in_process():
        raise KeyError("an import that fails")
    assert ctypes.util.find_library is real


# A fresh process: the processes it starts (Python's audit events) while it does *what*,
# and the shared libraries it has loaded then.
CHILD = """
import json, sys
started = []
sys.addaudithook(lambda event, args: started.append(event)
                 if event in ("subprocess.Popen", "os.posix_spawn", "os.exec", "os.fork")
                 else None)
what = sys.argv[1]
if what == "pdf":
    sys.path.insert(0, sys.argv[2])
    from helpers import make_release
    from releasedesk.exporting import draft_bytes
    assert draft_bytes(make_release(), "pdf").startswith(b"%PDF")
elif what == "ours":
    from releasedesk.native_libraries import found_in_process
    with found_in_process():
        import weasyprint
else:
    import weasyprint
libraries = sorted({line.split()[-1] for line in open("/proc/self/maps") if ".so" in line})
print(json.dumps({"started": started, "libraries": libraries}))
"""


def _child(what: str) -> dict[str, list[str]]:
    run = subprocess.run([sys.executable, "-c", CHILD, what, str(ROOT / "tests")],
                         capture_output=True, text=True, timeout=300, check=True)
    answer: dict[str, list[str]] = json.loads(run.stdout.splitlines()[-1])
    return answer


def test_a_pdf_export_starts_no_process_and_loads_the_same_libraries() -> None:
    plain, ours, pdf = _child("plain"), _child("ours"), _child("pdf")
    assert plain["started"]  # (find_library's ldconfig, gcc and ld: what is spared)
    assert ours["started"] == [] and pdf["started"] == []
    assert ours["libraries"] == plain["libraries"]
