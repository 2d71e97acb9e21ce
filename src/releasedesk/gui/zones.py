"""Time zones as people name them: a city, other names it goes by, and today's UTC offset.

"Etc/GMT-4" means UTC+04:00 and "Etc/UCT" means nothing to a press officer; the list offers
the tz database's cities ("New York — America (UTC−05:00)"), a few common names to search
by ("Eastern Time", "北京"), the house's zone first, and it is searched as you type.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING

from ..model import is_utc_zone
from ..records import record

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox

_REGIONS = re.compile(r"^(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|"
                      r"Pacific)/[A-Za-z_/\-]+$")
# Other names people search for (searched, and shown after the city).
ALSO_KNOWN_AS = {
    "America/New_York": "Eastern Time, Washington",
    "America/Chicago": "Central Time",
    "America/Denver": "Mountain Time",
    "America/Phoenix": "Arizona",
    "America/Los_Angeles": "Pacific Time, San Francisco",
    "America/Anchorage": "Alaska",
    "Pacific/Honolulu": "Hawaii",
    "America/Toronto": "Ottawa",
    "America/Sao_Paulo": "Brasília",
    "Europe/London": "UK, Edinburgh",
    "Europe/Dublin": "Ireland",
    "Europe/Brussels": "EU institutions",
    "Europe/Berlin": "Germany",
    "Europe/Paris": "France",
    "Asia/Shanghai": "北京 / Beijing, China",
    "Asia/Hong_Kong": "香港",
    "Asia/Taipei": "台北",
    "Asia/Macau": "澳门",
    "Asia/Singapore": "新加坡",
    "Asia/Tokyo": "東京",
    "Asia/Seoul": "서울",
    "Asia/Kolkata": "India, New Delhi, Mumbai",
    "Asia/Dubai": "UAE",
    "Australia/Sydney": "Canberra",
    "Pacific/Auckland": "New Zealand, Wellington",
}


@record(frozen=True)
class Zone:
    name: str  # the IANA name the release stores ("America/New_York")
    label: str  # what the list shows
    offset_minutes: int


def offset_text(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "\u2212"  # a real minus sign
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{mins:02d}"


def describe(name: str, zone: tzinfo, now: datetime | None = None) -> Zone:
    moment = (now or datetime.now(UTC)).astimezone(zone)
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    if is_utc_zone(name):  # "Etc/UTC", "Etc/Zulu", "GMT": UTC by another name
        label = f"UTC ({offset_text(0)})"
    else:
        region, _, place = name.partition("/")
        city = place.split("/")[-1].replace("_", " ")
        also = ALSO_KNOWN_AS.get(name)
        label = f"{city} · {also} — {region}" if also else f"{city} — {region}"
        label += f" ({offset_text(minutes)})"
    return Zone(name, label, minutes)


def zone_list(first: tuple[str, ...] = (), now: datetime | None = None) -> list[Zone]:
    """Every city zone and UTC, by offset then city; the names in *first* come first."""
    from zoneinfo import ZoneInfo, available_timezones

    # UTC once, under the name the house or the system gives it ("Etc/UTC" on many Linux
    # systems), so that name is found in the list and shown as "UTC".
    utc = next((name for name in first if is_utc_zone(name)), "UTC")
    names = [*sorted(n for n in available_timezones() if _REGIONS.match(n)), utc]
    zones = [describe(name, ZoneInfo(name), now) for name in names]
    zones.sort(key=lambda z: (z.offset_minutes, z.label))
    leading = [z for name in first for z in zones if z.name == name]
    return leading + [z for z in zones if z not in leading]


def named_zone(name: str) -> tzinfo | None:
    """The IANA zone *name*, or None (empty or unknown); zoneinfo loads on first need."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def chosen_zone(combo: QComboBox) -> str:
    """The IANA name of the zone an editable zone list shows: the chosen item's, an item's
    whose label was typed, or a typed IANA name; "" for anything else."""
    text = combo.currentText().strip()
    index = combo.currentIndex()
    if index >= 0 and combo.itemText(index) == text:
        return str(combo.itemData(index))
    found = combo.findText(text)
    if found >= 0:
        return str(combo.itemData(found))
    return text if named_zone(text) is not None else ""
