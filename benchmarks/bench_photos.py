"""Photo benchmark (issue 13), on fixed 24-megapixel JPEGs of about 8 MB (made here, with
GPS, serial number and maker note in their EXIF), medians of several runs.

Budgets on the 2-core reference machine:
- adding one photo, from the drop to its thumbnail in the form: <= 1 s, and the GUI thread
  never blocked for more than 40 ms meanwhile (the drag entering the window half a second
  before the drop, as a real drag does: the photo libraries load then);
- saving a release with three such photos: <= 1 s;
- exporting it to the package for the web team: <= 3 s;
- peak RSS of the editor with the three photos open (previews and thumbnails shown):
  <= the same editor with the same release without photos + 40 MiB.
"""

from __future__ import annotations

import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))
SAMPLE = ROOT / "resources" / "samples" / "tidewater-ferry-terminal.release"
RUNS = 5


def camera_jpeg(seed: int) -> bytes:
    """A 6000 × 4000 JPEG with a photo's detail (noise over shapes), about 8 MB."""
    width, height = 6000, 4000
    noise = [Image.effect_noise((width, height), 38 + seed) for _ in range(3)]
    base = Image.merge("RGB", noise)
    shapes = Image.new("RGB", (width, height), (150, 185, 215))
    draw = ImageDraw.Draw(shapes)
    draw.rectangle((0, height * 3 // 5, width, height), fill=(30, 70, 110))
    draw.rectangle((1500, 2000, 4500, 2700), fill=(240, 240, 235))
    picture = Image.blend(shapes, base, 0.35)
    exif = Image.Exif()
    exif[0x010F] = "Calloway Cameras"
    exif.get_ifd(0x8769)[0xA431] = "CX9-SERIAL-4711"
    exif.get_ifd(0x8769)[0x927C] = b"MAKERNOTE" * 2000
    exif.get_ifd(0x8825).update({1: "N", 2: (51.0, 30.0, 12.0)})
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=88, exif=exif.tobytes())
    return buffer.getvalue()


def timed(action: object) -> float:
    began = time.perf_counter()
    action()  # type: ignore[operator]  # the table's callables
    return time.perf_counter() - began


ADD_CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from releasedesk.gui.app.launch import start
    from PySide6.QtCore import QElapsedTimer, QTimer
    app, window = start([sys.argv[1]])
    app.processEvents()
    panel = window.form.photos
    gaps, clock, last = [], QElapsedTimer(), [0]
    clock.start()
    def tick():
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now
    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(5)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.005)
    # As a drag does: the photo entering the window, half a second before the drop.
    panel.prepare()
    settle = time.perf_counter() + 0.5
    while time.perf_counter() < settle:
        app.processEvents()
        time.sleep(0.005)
    gaps.clear()
    last[0] = clock.elapsed()
    began = time.perf_counter()
    panel.add_files([Path(sys.argv[2])])
    while not panel.has_thumbnail(0):
        app.processEvents()
        time.sleep(0.001)
    shown = time.perf_counter() - began
    # The preview renders the new photo too: keep watching the GUI thread while it does.
    while not (window.preview.result and window.preview.result.images):
        app.processEvents()
        time.sleep(0.001)
    for _ in range(50):
        app.processEvents()
        time.sleep(0.002)
    print(shown, max(gaps), flush=True)
    window.manager.modified = False
    window.close()
""")

OPEN_CHILD = textwrap.dedent("""
    import sys, time
    from releasedesk.gui.app.launch import start
    app, window = start([sys.argv[1]])
    photos = len(window.manager.release.photos)
    deadline = time.time() + 60
    def ready():
        result = window.preview.result
        icons = all(window.form.photos.has_thumbnail(i) for i in range(photos))
        return result is not None and (len(result.images) == photos) and icons
    while not ready() and time.time() < deadline:
        app.processEvents()
        time.sleep(0.002)
    for tab in (0, 1, 2):
        window.preview.setCurrentIndex(tab)
        app.processEvents()
    window.manager.mark_modified()
    window.manager.write_recovery(wait=True)  # an autosave of the package, too
    app.processEvents()
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec from the forking parent (this
    # benchmark, holding the photos it made), VmHWM belongs to this process's memory alone.
    status = open("/proc/self/status", encoding="ascii").read()
    print(int(status.split("VmHWM:")[1].split()[0]), flush=True)
    window.manager.modified = False
    window.close()
""")


def child(code: str, *args: Path, home: Path) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_DATA_HOME": str(home / "data"), "XDG_CACHE_HOME": str(home / "cache"),
           "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True,
                          text=True, env=env, check=True, timeout=300).stdout.split()


def main() -> None:
    from releasedesk import document
    from releasedesk.exporting import write_exports
    from releasedesk.media.intake import read_photo

    work = Path(tempfile.mkdtemp(prefix="bench-photos-"))
    try:
        images = []
        for seed in range(3):
            path = work / f"harbour-{seed}.jpg"
            path.write_bytes(camera_jpeg(seed))
            images.append(path)
        sizes = ", ".join(f"{p.stat().st_size / 1024 / 1024:.1f}" for p in images)
        print(f"photos: 3 × 6000 × 4000 JPEG ({sizes} MB)")

        intake_times = [timed(lambda: read_photo(images[0])) for _ in range(RUNS)]
        print(f"read one photo (check, strip, thumbnail), no GUI: "
              f"{statistics.median(intake_times) * 1000:.0f} ms median")

        release = document.load(SAMPLE)
        for path in images:
            intake = read_photo(path, (p.id for p in release.photos))
            intake.photo.alt = intake.photo.caption = f"Harbour {path.stem}"
            intake.photo.credit = "Calloway Harbour Authority"
            release.photos.append(intake.photo)
        target = work / "three.release"
        save_times = [timed(lambda: document.save(release, target)) for _ in range(RUNS)]
        print(f"save with three photos ({target.stat().st_size / 1024 / 1024:.1f} MB): "
              f"{statistics.median(save_times) * 1000:.0f} ms median (budget 1000 ms)")
        load_times = [timed(lambda: document.load(target)) for _ in range(RUNS)]
        print(f"open it: {statistics.median(load_times) * 1000:.0f} ms median")

        out = work / "out"
        out.mkdir()
        package_times = [timed(lambda: list(write_exports(release, {"package": out / "web.zip"})))
                         for _ in range(RUNS)]
        print(f"export the package ({(out / 'web.zip').stat().st_size / 1024 / 1024:.1f} MB): "
              f"{statistics.median(package_times) * 1000:.0f} ms median (budget 3000 ms)")
        began = time.perf_counter()
        subprocess.run([sys.executable, "-m", "releasedesk.cli", "export", str(target), "-f",
                        "package", "-o", str(out / "cli.zip")], check=True, capture_output=True,
                       env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
        print(f"  the same from the command line (whole process): "
              f"{(time.perf_counter() - began) * 1000:.0f} ms")

        home = work / "home"
        home.mkdir()
        text_only = work / "text-only.release"
        shutil.copy(SAMPLE, text_only)
        results = [child(ADD_CHILD, text_only, images[0], home=home) for _ in range(RUNS)]
        shown = statistics.median(float(r[0]) for r in results)
        stall = max(float(r[1]) for r in results)
        print(f"editor: drop to thumbnail {shown * 1000:.0f} ms median (budget 1000 ms); "
              f"longest GUI stall {stall:.0f} ms over {RUNS} runs (budget 40 ms)")

        floor = [int(child(OPEN_CHILD, text_only, home=home)[0]) / 1024 for _ in range(3)]
        ours = [int(child(OPEN_CHILD, target, home=home)[0]) / 1024 for _ in range(3)]
        print(f"editor peak RSS: {statistics.median(floor):.0f} MiB without photos, "
              f"{statistics.median(ours):.0f} MiB with the three photos open "
              f"(+{statistics.median(ours) - statistics.median(floor):.0f} MiB; budget +40 MiB)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
