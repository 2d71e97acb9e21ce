"""A generated library of releases for the newsroom's benchmark and tests: fixed inputs.

``make_library(folder, count)`` writes *count* releases (fictional offices, words drawn
from a fixed pool with a fixed seed) into *folder* and three subfolders: English,
Chinese and French; drafts, releases in review, approved and published ones; a fifth
under embargo, with moments spread over 2026 and 2027; every sixth English release linked
with the Chinese release three numbers on as its language version (twins/link.py), one
such pair in ten changed since it was linked and one in ten with its partner deleted.
The same count gives the same releases every run (the files' modification times are
those of the run).
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from releasedesk import document
from releasedesk.clearance.signoffs import set_status, sign_off
from releasedesk.model import Contact, FooterLine, Release
from releasedesk.twins.link import link_pair


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_EN_WORDS = _words("harbour ferry terminal council library river bridge school clinic market "
             "grant budget residents district volunteers schedule opening museum tram "
             "garden recycling festival orchard weather warning water supply survey "
             "cyclists parking hospital nurses teachers science archive theatre")
_ZH_WORDS = _words("港口 渡轮 码头 议会 图书馆 河流 桥梁 学校 诊所 市场 资助 预算 居民 区域 "
             "志愿者 时间表 开幕 博物馆 电车 花园 回收 节日 果园 天气 预警 供水 调查")
_FR_WORDS = _words("port traversier quai conseil bibliothèque rivière pont école clinique marché "
             "subvention budget habitants quartier bénévoles horaire ouverture musée")
_OFFICES = ("Calloway Harbour Authority", "Fernhollow District Administration",
            "Marrow Island Council", "Sallow Valley Water Board")
_ZH_OFFICES = ("芬霍洛区行政公署", "卡洛威港务局")
_KINDS = ("announcement", "media advisory", "statement")
_ZONES = (timezone(timedelta(hours=8)), UTC, timezone(timedelta(hours=-5)))
SIGNED = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)


def make_release(number: int, rng: random.Random) -> Release:
    """Release *number* of the library (its words from *rng*)."""
    language = ("en", "en", "en", "zh-CN", "zh-CN", "fr")[number % 6]
    pool = {"en": _EN_WORDS, "zh-CN": _ZH_WORDS, "fr": _FR_WORDS}[language]
    joiner = "" if language == "zh-CN" else " "

    def sentence(words: int) -> str:
        text = joiner.join(rng.choice(pool) for _ in range(words))
        return text[:1].upper() + text[1:] + ("。" if language == "zh-CN" else ".")

    office = (_ZH_OFFICES[number % 2] if language == "zh-CN"
              else _OFFICES[number % len(_OFFICES)])
    release = Release(
        language=language,
        headline=f"{sentence(8)[:-1]} {number}",
        subheadline=sentence(14),
        release_date=date(2026, 1, 1) + timedelta(days=number % 500),
        dateline="PORT CALLOWAY" if language != "zh-CN" else "卡洛威港",
        organization=office,
        body="\n\n".join(joiner.join(sentence(rng.randint(8, 20)) for _ in range(4))
                         for _ in range(5)),
        contacts=[Contact("Dana Whitlock", "Press Officer", office, "+1 555 0142 318",
                          "press@calloway-harbour.example")],
        boilerplate=f"{office} serves its residents.",
        footer=[FooterLine(f"© 2026 {office}")],
        keywords=[rng.choice(pool), rng.choice(pool)],
    )
    if number % 5 == 0:
        zone = _ZONES[number % len(_ZONES)]
        release.status = "embargoed"
        release.embargo_until = datetime(2026, 1, 1, 9, tzinfo=zone) + timedelta(
            days=number % 700, hours=number % 13)
    release.id = f"release-{number:05d}"
    release.extra["kind"] = _KINDS[number % len(_KINDS)]
    stage = number % 8  # 0, 1: draft; 2: in review; 3-6: approved; 7: published
    if stage >= 2:
        sign_off(release, "Imogen Sallow", "Communications Director", now=SIGNED)
        if stage == 2:  # signed off, then changed: in review again
            release.headline += " (revised)"
    if stage == 7:
        set_status(release, "published", now=SIGNED + timedelta(hours=1))
    return release


def make_library(folder: Path, count: int, seed: int = 28) -> list[Path]:
    """Write *count* releases under *folder*; their paths, in order of number."""
    rng = random.Random(seed)
    written: list[Path] = []
    subfolders = ("", "2026/spring", "2026/autumn", "zh")
    for number in range(count):
        target = folder / subfolders[number % len(subfolders)]
        target.mkdir(parents=True, exist_ok=True)
        path = target / f"release-{number:05d}.release"
        document.save(make_release(number, rng), path)
        written.append(path)
    for number in range(0, count - 3, 6):
        english, chinese = (document.load(written[n]) for n in (number, number + 3))
        link_pair(english, written[number], chinese, written[number + 3])
        if number % 60 == 6:  # changed since linked
            chinese.boilerplate += " 更新。"
        if number % 60 == 12:  # the partner's file gone (renamed) since
            english.twins[0].path = f"gone-{number + 3:05d}.release"
        document.save(english, written[number])
        document.save(chinese, written[number + 3])
    return written
