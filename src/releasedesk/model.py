"""The press release as plain data: no Qt, no I/O."""

from __future__ import annotations

import functools
import re
from datetime import date, datetime

from .json_values import JsonObject
from .language_tag import is_chinese
from .patterns import LazyPattern, compiled
from .records import Factory, record
from .workflow import Clearance

STATUSES: tuple[str, ...] = ("immediate", "embargoed")
# The kinds of release (kinds.py): a news release (today's form, and every file written
# before kinds existed), a media advisory (an event), a statement (a person's words) and a
# correction or update of an earlier release.
KINDS: tuple[str, ...] = ("news", "advisory", "statement", "correction")
END_MARKS: tuple[str, ...] = ("###", "-30-", "-end-", "")
# "dmy": 25 November 2026, as British and Commonwealth offices write it.
DATE_FORMATS: tuple[str, ...] = ("ap", "iso", "long", "zh", "dmy")
# Where the embargo notice prints: above the headline, or under the release line.
EMBARGO_POSITIONS: tuple[str, ...] = ("top", "after_release_line")
# "" follows the release's language (render/typesetting.py): A4, US Letter for en-US.
PAPER_SIZES: tuple[str, ...] = ("", "a4", "letter")
ZONE_STYLES: tuple[str, ...] = ("offset", "abbreviation")
DEFAULT_ACCENT = "#7a1f1f"
_HEX_COLOUR = LazyPattern(r"^#[0-9a-fA-F]{6}$")


# The tz database's names for UTC itself (not for places that keep it, like London or
# Reykjavík): shown and printed as "UTC", whatever the file or the system calls it.
UTC_ZONES = frozenset({
    "UTC", "UCT", "Zulu", "Universal", "GMT", "GMT0", "GMT+0", "GMT-0", "Greenwich",
    "Etc/UTC", "Etc/UCT", "Etc/Zulu", "Etc/Universal", "Etc/GMT", "Etc/GMT0", "Etc/GMT+0",
    "Etc/GMT-0", "Etc/Greenwich",
})


def is_utc_zone(name: str) -> bool:
    """Whether *name* is one of the tz database's names for UTC ("Etc/UTC", "GMT" …)."""
    return name in UTC_ZONES


def valid_zone(name: str) -> bool:
    """An IANA time zone this machine knows ("Europe/Berlin")."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def valid_accent(value: str) -> bool:
    """An accent colour is "" (the built-in one) or #RRGGBB."""
    return value == "" or bool(_HEX_COLOUR.match(value))

_WORD = compiled(r"[\w'’-]+")
# Han, Hiragana, Katakana and Hangul characters each count as one word, as
# word processors do for CJK text.
# Compiled on first use: the class takes milliseconds to compile, and most releases never
# hold a character past U+3040, which count_words checks first.
_CJK_FIRST = "\u3040"


@functools.cache
def _cjk_char() -> re.Pattern[str]:
    return re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


@record
class Contact:
    name: str = ""
    role: str = ""
    organization: str = ""
    phone: str = ""
    email: str = ""
    extra: JsonObject = Factory(factory=dict)

    def is_empty(self) -> bool:
        return not any((self.name, self.role, self.organization, self.phone, self.email))


@record
class FooterLine:
    """One line of the standard footer, optionally a link (``url`` empty for none)."""

    text: str
    url: str = ""


@record
class Conventions:
    """How the organisation prints a release; the house style decides these.

    ``release_line`` is a format with ``{date}``: ``"{date}"`` prints the date alone,
    ``"Release time: {date}"`` prints it the way city portals do, ``""`` prints no
    release line at all. ``status_line`` decides whether "FOR IMMEDIATE RELEASE" prints;
    an embargo notice always prints, at ``embargo_position``.
    """

    status_line: bool = True
    release_line: str = "{date}"
    date_format: str = "ap"
    embargo_position: str = "top"
    # The house's accent colour (#RRGGBB) for the status line and headings; "" = built-in.
    accent: str = ""
    # The house's time zone (IANA, offered first for embargoes), and how an embargo's zone
    # prints: "offset" (UTC+01:00) or "abbreviation" (EST, CET) where the zone has one.
    zone: str = ""
    zone_style: str = "offset"
    # The paper of the PDF and the Word document ("" by the release's language), and the
    # addresses an e-mail export is drafted from and to.
    paper: str = ""
    mail_from: str = ""
    mail_to: list[str] = Factory(factory=list)
    # House overrides of the output words (keys of render.words.WORD_KEYS).
    words: dict[str, str] = Factory(factory=dict)
    # House page and type settings over the language's own (margins, sizes, faces, line
    # pitch: keys of field_rules.TYPESETTING_KEYS; render/typesetting.py reads them).
    typesetting: JsonObject = Factory(factory=dict)
    extra: JsonObject = Factory(factory=dict)
    # (After extra, so the settings before keep their places as arguments.)
    # A Chinese government portal's house style (PORTAL_SETTINGS): the editor shows the
    # portal's fields for any language, the summary (摘要) prints under the title, the
    # page's metadata names the site, and the structured footer's entries, each with an
    # optional link to its registry page. Written to a file only when set.
    portal_fields: bool = False
    print_summary: bool = False
    site_name: str = ""
    site_url: str = ""
    column_type: str = ""
    sponsor: str = ""
    sponsor_url: str = ""
    organizer: str = ""
    organizer_url: str = ""
    site_code: str = ""
    site_code_url: str = ""
    icp: str = ""
    icp_url: str = ""
    police_record: str = ""
    police_record_url: str = ""
    contact_us: str = ""
    contact_us_url: str = ""
    accessibility: str = ""
    accessibility_url: str = ""
    # The address the web team publishes exported pages under (https://…/news/): the
    # page's Open Graph and JSON-LD name its photos by absolute URLs from it. Written to a
    # file only when set.
    base_url: str = ""


# The portal settings of Conventions, in the order the house-style dialog shows them: the
# two switches, then texts (a "_url" one is the link of the entry before it).
PORTAL_SWITCHES: tuple[str, ...] = ("portal_fields", "print_summary")
PORTAL_TEXTS: tuple[str, ...] = (
    "site_name", "site_url", "column_type", "sponsor", "sponsor_url", "organizer",
    "organizer_url", "site_code", "site_code_url", "icp", "icp_url", "police_record",
    "police_record_url", "contact_us", "contact_us_url", "accessibility", "accessibility_url")
PORTAL_SETTINGS: tuple[str, ...] = (*PORTAL_SWITCHES, *PORTAL_TEXTS)
# The web settings (base_url), and every setting written to a file only when set.
WEB_SETTINGS: tuple[str, ...] = ("base_url",)
WRITTEN_WHEN_SET: tuple[str, ...] = (*PORTAL_SETTINGS, *WEB_SETTINGS)
# The structured footer's entries in the order Chinese government portals print them:
# sponsor and organiser, then the site's identifiers and registrations, then how to reach
# the site's office and its accessibility (elder-mode) notice. One tuple per line.
PORTAL_FOOTER_LINES: tuple[tuple[str, ...], ...] = (
    ("sponsor", "organizer"), ("site_code", "icp", "police_record"),
    ("contact_us", "accessibility"))


def is_portal(release: Release) -> bool:
    """Whether *release* is made as a Chinese portal publishes it: in Chinese, or in a
    house style that asks for the portal's fields."""
    return is_chinese(release.language) or release.conventions.portal_fields


@record
class Photo:
    """One photo of the release: the stored image and the words that go with it.

    ``data`` is the image as stored and exported as the original: the photographer's
    pixels with GPS, serial numbers, maker notes and every other metadata block removed
    (media/intake.py). ``id`` is stable across reordering: the body places the photo with
    ``![…](photo:ID)`` and export file names start with it. ``width`` and ``height`` are
    as the photo is seen (EXIF orientation applied).
    """

    id: str
    data: bytes
    media_type: str  # "image/jpeg" or "image/png"
    width: int
    height: int
    sha256: str  # of data: the content fingerprint and the check that media is intact
    caption: str = ""
    credit: str = ""
    alt: str = ""
    lead: bool = False
    source_name: str = ""  # the file it was added from, for the package's README
    extra: JsonObject = Factory(factory=dict)

    @property
    def suffix(self) -> str:
        return ".png" if self.media_type == "image/png" else ".jpg"

    @property
    def file_name(self) -> str:
        """The name the stored copy carries in the file and in exports: ``ID.jpg``."""
        return self.id + self.suffix

    def canonical(self) -> JsonObject:
        """What of the photo reaches an export, for a content fingerprint (clearance): its
        image by SHA-256, its words as they print (spaces collapsed), its place as lead."""
        return {"id": self.id, "sha256": self.sha256, "caption": " ".join(self.caption.split()),
                "credit": " ".join(self.credit.split()), "alt": " ".join(self.alt.split()),
                "lead": self.lead}


@record
class TwinLink:
    """A link to another language version of the same release (twins/).

    ``id`` is the partner's release id; ``path`` where it lies, relative to this file's
    folder with "/" between folders (moving both files together keeps the link);
    ``fingerprint`` the partner's content fingerprint when the link was made, so a
    change of the partner since then shows.
    """

    id: str
    path: str
    language: str = ""
    fingerprint: str = ""
    extra: JsonObject = Factory(factory=dict)


@record
class Release:
    """One press release, every field the writers and checks need."""

    # The release's own id (a UUID), given when a language version is first linked to it;
    # "" for a release nothing links to.
    id: str = ""
    language: str = "en"
    # 引题: the short line a Chinese portal prints above the title.
    lead_in: str = ""
    headline: str = ""
    # 短标题: the title in lists and the page's metadata; never printed in the release.
    short_title: str = ""
    subheadline: str = ""
    status: str = "immediate"
    embargo_until: datetime | None = None
    # The IANA zone the embargo was set in ("Europe/Berlin"); the offset in
    # embargo_until is what counts, this only lets the editor show the zone again.
    embargo_zone: str = ""
    release_date: date | None = None
    # 发布时间's time of day, "09:30" (field_rules.release_time): beside release_date.
    release_time: str = ""
    dateline: str = ""
    organization: str = ""
    # A portal's fields (fields.PORTAL_FIELDS): 来源, 栏目, 作者, 责任编辑, 摘要 and the
    # page's address for its metadata.
    source: str = ""
    column: str = ""
    author: str = ""
    responsible_editor: str = ""
    summary: str = ""
    page_url: str = ""
    # The kind of release (KINDS) and the fields of the kinds other than a news release
    # (kinds.py says which belong to which): written only when set, so a news release is
    # saved, kept and fingerprinted as before kinds existed.
    kind: str = "news"
    # A media advisory's event: what, when (moments with their offsets; the IANA zone they
    # were set in, as for the embargo), where, who, how to attend, the live stream.
    event_what: str = ""
    event_start: datetime | None = None
    event_end: datetime | None = None
    event_zone: str = ""
    event_place: str = ""
    event_address: str = ""
    event_map_url: str = ""
    event_speakers: str = ""  # one speaker a line
    event_attend: str = ""  # how to attend, accreditation
    event_stream_url: str = ""
    # A statement's person: name and title (the house's register may know the title).
    statement_by: str = ""
    statement_title: str = ""
    # A correction's original: its file (relative to this file's folder, "/" between
    # folders), its content fingerprint and date when linked, and what was corrected.
    corrects_path: str = ""
    corrects_fingerprint: str = ""
    corrects_date: date | None = None
    correction_note: str = ""
    body: str = ""
    contacts: list[Contact] = Factory(factory=list)
    boilerplate: str = ""
    footer: list[FooterLine] = Factory(factory=list)
    keywords: list[str] = Factory(factory=list)
    end_mark: str = "###"
    conventions: Conventions = Factory(factory=Conventions)
    # The house-style profile this release was made with; its footer is snapshotted above.
    profile: str = ""
    # Its other language versions (twins/): same contacts, photos, dates; text translated.
    twins: list[TwinLink] = Factory(factory=list)
    # In order; at most one is the lead photo (Open Graph, the top of the page).
    photos: list[Photo] = Factory(factory=list)
    # Workflow status, sign-offs and content history (clearance/): not content itself.
    clearance: Clearance = Factory(factory=Clearance)
    # The review comments the editor marked: {comment's key: "resolved" | "open"}
    # (review/resolved.py). Kept in the file; not content: it neither prints nor is kept
    # by the history.
    review_comments: dict[str, str] = Factory(factory=dict)
    # Keys this version does not know; written back unchanged on save. Written only
    # through fields.keep_unknown (never field data: tests/test_release_extra.py).
    extra: JsonObject = Factory(factory=dict)

    @property
    def is_embargoed(self) -> bool:
        return self.status == "embargoed"

    @property
    def lead_photo(self) -> Photo | None:
        """The photo marked lead, else the first one, else None."""
        return next((p for p in self.photos if p.lead), self.photos[0] if self.photos else None)


def count_words(text: str) -> int:
    """Count words the way a reader would: Latin words plus one per CJK character.

    Line by line: one regex pass over a whole 20k-word body holds the GIL for tens of
    milliseconds, long enough for the editor's GUI thread to stall while the preview
    worker counts.
    """
    words = 0
    for line in text.splitlines():
        if (not line.isascii() and max(line) >= _CJK_FIRST
                and (cjk := _cjk_char()).search(line)):
            words += len(cjk.findall(line))
            line = cjk.sub(" ", line)
        words += len(_WORD.findall(line))
    return words


# The zone a Chinese release's times are read in (北京时间, UTC+8).
CHINESE_ZONE = "Asia/Shanghai"


def language_conventions(language: str) -> tuple[Conventions, str]:
    """How a release in *language* prints when no house style says otherwise, and its end
    mark: a Chinese one as the Chinese house styles print (no 即时发布 status line, the
    embargo under the release line, 年月日 dates, Beijing time, no end mark); any other with
    the defaults ("FOR IMMEDIATE RELEASE", ###)."""
    if not is_chinese(language):
        return Conventions(), "###"
    return Conventions(status_line=False, embargo_position="after_release_line",
                       date_format="zh", zone=CHINESE_ZONE), ""


def new_release(today: date | None = None, language: str = "en") -> Release:
    """A starting release in *language*: dated today, with one empty contact row to fill in,
    printed as releases in its language are (language_conventions)."""
    conventions, end_mark = language_conventions(language)
    return Release(release_date=today or date.today(), contacts=[Contact()], end_mark=end_mark,
                   language=language, conventions=conventions)
