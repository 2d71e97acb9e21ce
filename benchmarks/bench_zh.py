"""Chinese export benchmark: a fixed 5,000-character Chinese release to HTML and text.

Run with `.venv/bin/python benchmarks/bench_zh.py`. Prints the median of repeated runs
(layout included, as an export does it) for the HTML page, the plain text unwrapped and
the plain text wrapped at 72 columns (the GB/T 15834 line-breaking path).
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone

from releasedesk.exporting import export_context
from releasedesk.model import Contact, Conventions, Release
from releasedesk.records import replace
from releasedesk.render import FORMATS, build_layout

# Fictional text, cut into phrases and joined at random (seeded): the same release each run.
PHRASES = [
    "芬霍洛区行政公署今天宣布", "磨坊广场夜市将于下月开放", "区商务局表示", "夜市规划摊位两百个",
    "以本地农产品、手工艺品和特色小吃为主", "为保障安全", "周边道路将实行临时交通管制",
    "区公交公司将增开三条夜间线路", "摊位申请即日起受理", "截止日期为11月30日",
    "（详见区政府网站）", "《夜市管理办法》同时公布", "“便民、安全、有序”是首要原则",
    "共有 52 家 small businesses 参与", "居民可拨打 0510-8555 0118 咨询",
]
ENDS = ["，", "。", "；", "：", "！", "？", "、"]


def chinese_release(characters: int = 5000, seed: int = 24) -> Release:
    rng = random.Random(seed)
    paragraphs: list[str] = []
    total = 0
    while total < characters:
        sentence = "".join(rng.choice(PHRASES) + rng.choice(ENDS) for _ in range(rng.randint(4, 9)))
        paragraph = sentence[:-1] + "。"
        if rng.random() < 0.2:
            paragraph = "**" + paragraph[:12] + "**" + paragraph[12:]
        if rng.random() < 0.2:
            paragraph = paragraph[:20] + "*重点*" + paragraph[20:]
        paragraphs.append(paragraph)
        total += len(paragraph)
    return Release(
        language="zh-CN", headline="芬霍洛区磨坊广场夜市下月开张",
        subheadline="每周五、周六晚间开放",
        status="embargoed",
        embargo_until=datetime(2026, 11, 30, 9, 30, tzinfo=timezone(timedelta(hours=8))),
        release_date=date(2026, 11, 25), dateline="芬霍洛", organization="芬霍洛区行政公署",
        body="\n\n".join(paragraphs),
        contacts=[Contact(name="区新闻办公室", phone="0510-8555 0118",
                          email="press@fernhollow.example")],
        boilerplate="芬霍洛区行政公署负责全区的行政事务。", end_mark="",
        conventions=Conventions(status_line=False, release_line="发布时间：{date}"),
    )


def median_ms(run: Callable[[], object], repeat: int = 40) -> float:
    run()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    release = chinese_release()
    print(f"body: {len(release.body)} characters")
    html, txt = FORMATS["html"].write, FORMATS["txt"].write
    context = export_context()
    for label, run in (
        ("layout", lambda: build_layout(release)),
        ("html page", lambda: html(build_layout(release), context)),
        ("text", lambda: txt(build_layout(release), context)),
        ("text wrapped at 72", lambda: txt(build_layout(release), replace(context, wrap=72))),
    ):
        print(f"{label:>20}: {median_ms(run):7.2f} ms (median)")


if __name__ == "__main__":
    main()
