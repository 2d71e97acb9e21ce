"""Time zones as people name them: a city, other names it goes by, and today's UTC offset.

"Etc/GMT-4" means UTC+04:00 and "Etc/UCT" means nothing to a press officer; the list offers
the tz database's cities ("New York — America (UTC−05:00)"), a few common names to search
by ("Eastern Time", "北京"), the house's zone first, and it is searched as you type.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING

from ...errors import N_
from ...model import is_utc_zone
from ...patterns import LazyPattern
from ...records import record

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QComboBox

_REGIONS = LazyPattern(r"^(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|"
                       r"Pacific)/[A-Za-z_/\-]+$")
# Other names people search for (searched, and shown after the city; some in their own
# script), in the interface's language (N_: translated like the core's messages, in the
# context ""); one that says no more than the city is left out.
ALSO_KNOWN_AS = {
    "America/New_York": N_("Eastern Time, Washington"),
    "America/Chicago": N_("Central Time"),
    "America/Denver": N_("Mountain Time"),
    "America/Phoenix": N_("Arizona"),
    "America/Los_Angeles": N_("Pacific Time, San Francisco"),
    "America/Anchorage": N_("Alaska"),
    "Pacific/Honolulu": N_("Hawaii"),
    "America/Toronto": N_("Ottawa"),
    "America/Sao_Paulo": N_("Brasília"),
    "Europe/London": N_("UK, Edinburgh"),
    "Europe/Dublin": N_("Ireland"),
    "Europe/Brussels": N_("EU institutions"),
    "Europe/Berlin": N_("Germany"),
    "Europe/Paris": N_("France"),
    "Asia/Shanghai": N_("北京 / Beijing, China"),
    "Asia/Hong_Kong": N_("香港"),
    "Asia/Taipei": N_("台北"),
    "Asia/Macau": N_("澳门"),
    "Asia/Singapore": N_("新加坡"),
    "Asia/Tokyo": N_("東京"),
    "Asia/Seoul": N_("서울"),
    "Asia/Kolkata": N_("India, New Delhi, Mumbai"),
    "Asia/Dubai": N_("UAE"),
    "Australia/Sydney": N_("Canberra"),
    "Pacific/Auckland": N_("New Zealand, Wellington"),
}
# The cities of the zones offered first (the set-up's list, the names above), in words: a
# Chinese interface shows 纽约, not New_York. Any other city shows as the tz database writes
# it, in English.
CITIES = {
    "America/New_York": N_("New York"), "America/Chicago": N_("Chicago"),
    "America/Denver": N_("Denver"), "America/Phoenix": N_("Phoenix"),
    "America/Los_Angeles": N_("Los Angeles"), "America/Anchorage": N_("Anchorage"),
    "Pacific/Honolulu": N_("Honolulu"), "America/Toronto": N_("Toronto"),
    "America/Sao_Paulo": N_("São Paulo"), "Europe/London": N_("London"),
    "Europe/Dublin": N_("Dublin"), "Europe/Brussels": N_("Brussels"),
    "Europe/Berlin": N_("Berlin"), "Europe/Paris": N_("Paris"),
    "Asia/Shanghai": N_("Shanghai"), "Asia/Hong_Kong": N_("Hong Kong"),
    "Asia/Taipei": N_("Taipei"), "Asia/Macau": N_("Macao"),
    "Asia/Singapore": N_("Singapore"), "Asia/Tokyo": N_("Tokyo"), "Asia/Seoul": N_("Seoul"),
    "Asia/Kolkata": N_("Kolkata"), "Asia/Dubai": N_("Dubai"),
    "Australia/Sydney": N_("Sydney"), "Pacific/Auckland": N_("Auckland"),
}
REGIONS = {
    "Africa": N_("Africa"), "America": N_("America"), "Antarctica": N_("Antarctica"),
    "Asia": N_("Asia"), "Atlantic": N_("Atlantic"), "Australia": N_("Australia"),
    "Europe": N_("Europe"), "Indian": N_("Indian Ocean"), "Pacific": N_("Pacific"),
}


def interface_words(text: str) -> str:
    """*text* (an N_ string of this module) in the interface's language."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("", text)


def _english(text: str) -> str:
    return text


@record(frozen=True)
class Zone:
    name: str  # the IANA name the release stores ("America/New_York")
    label: str  # what the list shows
    offset_minutes: int


def offset_text(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "\u2212"  # a real minus sign
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{mins:02d}"


def describe(name: str, zone: tzinfo, now: datetime | None = None,
             words: Callable[[str], str] = _english) -> Zone:
    """*name* as the list shows it, its city and region in *words* (interface_words for
    the interface's language; English by default)."""
    moment = (now or datetime.now(UTC)).astimezone(zone)
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    if is_utc_zone(name):  # "Etc/UTC", "Etc/Zulu", "GMT": UTC by another name
        label = f"UTC ({offset_text(0)})"
    else:
        region, _, place = name.partition("/")
        city = words(CITIES[name]) if name in CITIES else place.split("/")[-1].replace("_", " ")
        region = words(REGIONS[region]) if region in REGIONS else region
        also = words(ALSO_KNOWN_AS[name]) if name in ALSO_KNOWN_AS else ""
        also = "" if also == city else also
        label = f"{city} · {also} — {region}" if also else f"{city} — {region}"
        label += f" ({offset_text(minutes)})"
    return Zone(name, label, minutes)


def zone_label(name: str, words: Callable[[str], str] = interface_words) -> str:
    """The words the lists show for the IANA zone *name* (the name itself when unknown)."""
    zone = named_zone(name)
    return describe(name, zone, words=words).label if zone is not None else name


def zone_list(first: tuple[str, ...] = (), now: datetime | None = None,
              words: Callable[[str], str] = interface_words) -> list[Zone]:
    """Every city zone and UTC, by offset then city; the names in *first* come first.
    The labels are in *words* (the interface's language)."""
    from zoneinfo import ZoneInfo, available_timezones

    # UTC once, under the name the house or the system gives it ("Etc/UTC" on many Linux
    # systems), so that name is found in the list and shown as "UTC".
    utc = next((name for name in first if is_utc_zone(name)), "UTC")
    names = [*sorted(n for n in available_timezones() if _REGIONS.match(n)), utc]
    zones = [describe(name, ZoneInfo(name), now, words) for name in names]
    zones.sort(key=lambda z: (z.offset_minutes, z.label))
    leading = [z for name in first for z in zones if z.name == name]
    return leading + [z for z in zones if z not in leading]


def offer_zones(combo: QComboBox, house_zone: str) -> None:
    """Fill the editable *combo* with every zone (zone_list), the house's and this
    computer's first; typing searches every part of the names ("york", "eastern", "北京")."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QCompleter

    for zone in zone_list(tuple(z for z in (house_zone, system_zone()) if z)):
        combo.addItem(zone.label, zone.name)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    edit = combo.lineEdit()
    if edit is not None:
        # A zone's words start with its city: a narrow box shows their start, not their
        # end ("e, Washington — America (UTC−05:00)"), whenever it is not being typed in.
        def show_start(*_moved: int) -> None:
            if not edit.hasFocus() and edit.cursorPosition() != 0:
                edit.setCursorPosition(0)

        edit.cursorPositionChanged.connect(show_start)  # (a zone set or chosen)
        edit.editingFinished.connect(show_start)  # (the box left after typing)


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


def system_zone() -> str:
    """This computer's zone by its IANA name, or UTC if the tz database does not know it."""
    from PySide6.QtCore import QTimeZone

    name = bytes(QTimeZone.systemTimeZoneId().data()).decode() or "UTC"
    return name if named_zone(name) is not None else "UTC"
