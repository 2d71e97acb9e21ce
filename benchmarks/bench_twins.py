"""Language twins: the facts check's recall and false alarms per class on
tests/twin_corpus/, and the time to check a 5,000-word pair, to lay it side by side and to
open Compare with Language Version on it, its rows sized to their text (medians of 7; the
view offscreen, median of 5)."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from releasedesk.model import Release
from releasedesk.twins.align import side_by_side
from releasedesk.twins.match import compare, release_facts
from twin_score import pairs, per_class, score


def _pair_of(words: int) -> tuple[Release, Release]:
    """A fixed pair of about *words* English words: the corpus's bodies repeated."""
    corpus = [pair for _name, pair in pairs()]
    en, zh = [], []
    count = 0
    while count < words:
        for pair in corpus:
            en.append(pair["en"]["body"])
            zh.append(pair["zh"]["body"])
            count += len(pair["en"]["body"].split())
    day = date(2026, 11, 20)
    return (Release(language="en", body="\n\n".join(en), release_date=day),
            Release(language="zh-CN", body="\n\n".join(zh), release_date=day))


def main() -> None:
    result = score()
    print(f"twins: {result.pairs} pairs")
    print(f"{'class':<8} {'planted':>7} {'caught':>6} {'recall':>7} {'false alarms':>13}")
    for kind, planted, caught, alarms in per_class(result):
        recall = f"{100 * caught / planted:.0f} %" if planted else "-"
        print(f"{kind:<8} {planted:>7} {caught:>6} {recall:>7} {alarms:>13}")
    total = sum(result.planted.values())
    print(f"all      {total:>7} {sum(result.caught.values()):>6} "
          f"{100 * sum(result.caught.values()) / total:>5.0f} % "
          f"{sum(result.false_alarms.values()):>13}  "
          f"({sum(result.false_alarms.values()) / result.pairs:.2f} per clean pair)")
    en, zh = _pair_of(5000)
    times = []
    for _ in range(7):
        start = time.perf_counter()
        compare(release_facts(en), release_facts(zh))
        times.append(time.perf_counter() - start)
    print(f"check a {len(en.body.split())}-word pair: median "
          f"{1000 * statistics.median(times):.1f} ms")
    times = []
    for _ in range(7):
        start = time.perf_counter()
        rows = side_by_side(zh, en)
        times.append(time.perf_counter() - start)
    print(f"side by side, {en.body.count(chr(10) * 2) + 1} paragraphs a side "
          f"({len(rows)} rows): median {1000 * statistics.median(times):.1f} ms")


def compare_view(en: Release, zh: Release) -> None:
    """Open the compare view of *zh* beside *en* (saved, linked), shown and its rows sized."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from releasedesk import document
    from releasedesk.gui.twins.twin_compare import CompareWindow
    from releasedesk.twins.making import link_twins

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        en_path, zh_path = Path(folder) / "pair.release", Path(folder) / "pair.zh-CN.release"
        link_twins(en, en_path, zh, zh_path)
        document.save(en, en_path)
        document.save(zh, zh_path)
        times = []
        for _ in range(5):
            start = time.perf_counter()
            view = CompareWindow(zh, zh_path, lambda: None)
            view.show()
            app.processEvents()  # (shown: the columns take their widths, the rows their
            app.processEvents()  # heights)
            times.append(time.perf_counter() - start)
            rows = view.table.rowCount()
            view.close()
            view.deleteLater()
            app.processEvents()
    print(f"compare view opened and sized ({rows} rows, 1100 × 680): median "
          f"{1000 * statistics.median(times):.0f} ms")


if __name__ == "__main__":
    main()
    compare_view(*_pair_of(5000))
