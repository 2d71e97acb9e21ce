"""A linked English/Chinese pair of a fictional district's release (tests and screenshots)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from releasedesk import document
from releasedesk.model import Contact, Release
from releasedesk.twins.making import link_twins

DAY = date(2026, 11, 20)
EN_BODY = (
    "The Fernhollow District Administration will open the Tidewater Ferry Terminal at 2 p.m. "
    "on Wednesday, Nov. 25.\n\n"
    "The terminal cost 320 million yuan and adds 12 daily crossings to the island.\n\n"
    "About 3,200 passengers a day are expected, 15% more than last year.\n\n"
    "Free shuttle buses will run from the old pier every 20 minutes on opening day.\n\n"
    "Details: https://fernhollow.example/ferry or call 0510-8555 0118.")
ZH_BODY = (
    "芬霍洛区行政公署将于11月25日（星期三）下午2时启用潮水渡轮码头。\n\n"
    "码头投资3.2亿元，每天新增12个班次往返海岛。\n\n"
    "预计每天约3200名乘客，比去年增加15%。\n\n"
    "详情请见 https://fernhollow.example/ferry 或致电0510-8555 0118。")


def pair(folder: Path) -> tuple[Path, Path]:
    """ferry.release (English) and ferry.zh-CN.release, linked, in *folder*."""
    folder.mkdir(parents=True, exist_ok=True)
    contact = Contact("Mira Okafor", "Press Officer", "Fernhollow District Administration",
                      "0510-8555 0118", "press@fernhollow.example")
    english = Release(language="en", headline="Fernhollow Opens Tidewater Ferry Terminal",
                      subheadline="Twelve more crossings a day to the island",
                      release_date=DAY, dateline="FERNHOLLOW", body=EN_BODY,
                      boilerplate="The Fernhollow District Administration serves 410,000 "
                                  "residents.", contacts=[contact])
    chinese = Release(language="zh-CN", headline="芬霍洛潮水渡轮码头启用",
                      subheadline="往返海岛每天新增十二个班次", release_date=DAY,
                      dateline="芬霍洛", body=ZH_BODY,
                      boilerplate="芬霍洛区行政公署服务41万居民。", contacts=[contact])
    en_path, zh_path = folder / "ferry.release", folder / "ferry.zh-CN.release"
    link_twins(english, en_path, chinese, zh_path)
    document.save(english, en_path)
    document.save(chinese, zh_path)
    return en_path, zh_path
