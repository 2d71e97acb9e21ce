"""Readiness checks: what a careful editor would flag before a release goes out."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from .model import Release, count_words

if TYPE_CHECKING:
    from .profiles import Profile
from .render import tree as t
from .render.contacts import email_is_valid, phone_is_valid
from .render.parse import parse_markdown

ERROR = "error"
WARNING = "warning"
SEVERITIES = (ERROR, WARNING)

HEADLINE_MAX = 100
BODY_MIN_WORDS = 100
BODY_MAX_WORDS = 1500
WORDS_PER_LINK = 100

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ZH_WEEKDAYS = "一二三四五六日"
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_EN_WEEKDAY = re.compile(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"(?:,?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\b"
    r"(?:,\s*(\d{4}))?)?"
)
# A weekday the text says is today: "today (Tuesday)", "today, Tuesday", "Tuesday, today",
# "今天（星期二）", "今日星期二".
_EN_TODAY = re.compile(
    r"\btoday,?\s*\(?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+today\b",
    re.IGNORECASE,
)
_ZH_TODAY = re.compile(r"(?:今天|今日)\s*[（(]?\s*(?:星期|周|礼拜)([一二三四五六日天])")
_ZH_WEEKDAY = re.compile(
    r"(?:(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日\s*[（(]?\s*)?(?:星期|周|礼拜)([一二三四五六日天])"
)


@dataclass(frozen=True)
class Finding:
    severity: str  # "error" or "warning"
    field: str  # the Release field the finding is about
    message: str


def check(release: Release, now: datetime | None = None,
          body: list[t.Block] | None = None,
          profile: Profile | None = None) -> list[Finding]:
    """Every readiness finding for *release*, errors first.

    *body* is the already parsed body (Layout.parsed_body), to spare a second parse;
    *profile* is the installed house style the release names, if there is one.
    """
    now = now or datetime.now(UTC)
    findings: list[Finding] = []
    findings += _headline(release)
    findings += _contacts(release)
    findings += _embargo(release, now)
    if body is None:
        body = parse_markdown(release.body)
    body_text = "\n".join(t.block_texts(body))
    findings += _weekdays(body_text, release.release_date)
    findings += _length_and_links(body, body_text)
    if not [line for line in release.footer if line.text.strip()]:
        findings.append(Finding(ERROR, "footer", "The standard footer is empty."))
    elif profile is not None and release.footer != profile.footer:
        findings.append(Finding(WARNING, "footer",
                                f"The standard footer differs from the current “{profile.name}” "
                                "house style; update it from the profile."))
    if release.release_date is None:
        findings.append(Finding(WARNING, "release_date", "The release has no release date."))
    order = {s: i for i, s in enumerate(SEVERITIES)}
    return sorted(findings, key=lambda f: order[f.severity])


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity == ERROR for f in findings)


def _headline(release: Release) -> list[Finding]:
    headline = release.headline.strip()
    if not headline:
        return [Finding(ERROR, "headline", "The headline is missing.")]
    if len(headline) > HEADLINE_MAX:
        return [Finding(WARNING, "headline",
                        f"The headline has {len(headline)} characters; keep it to "
                        f"{HEADLINE_MAX} or fewer.")]
    return []


def _contacts(release: Release) -> list[Finding]:
    contacts = [c for c in release.contacts if not c.is_empty()]
    if not contacts:
        return [Finding(ERROR, "contacts", "There is no media contact.")]
    findings: list[Finding] = []
    for number, contact in enumerate(contacts, start=1):
        who = contact.name.strip() or f"Contact {number}"
        if not contact.email.strip() and not contact.phone.strip():
            findings.append(Finding(ERROR, "contacts", f"{who} has neither an e-mail nor a phone."))
        if contact.email.strip() and not email_is_valid(contact.email):
            findings.append(Finding(WARNING, "contacts",
                                    f"{who}'s e-mail address \"{contact.email}\" looks wrong."))
        if contact.phone.strip() and not phone_is_valid(contact.phone):
            findings.append(Finding(WARNING, "contacts",
                                    f"{who}'s phone number \"{contact.phone}\" looks wrong."))
    return findings


def _embargo(release: Release, now: datetime) -> list[Finding]:
    if not release.is_embargoed:
        return []
    until = release.embargo_until
    if until is None or until.tzinfo is None:
        return [Finding(ERROR, "embargo_until",
                        "The release is embargoed but has no embargo date, time and zone.")]
    if until <= now:
        return [Finding(WARNING, "embargo_until",
                        "The embargo has already passed; release it for immediate use.")]
    return []


def _weekdays(text: str, release_date: date | None) -> list[Finding]:
    if release_date is None:
        return []
    findings: list[Finding] = []
    seen: set[str] = set()
    # A weekday with its date ("Monday, Nov. 30") must be that date's weekday.
    for match in _EN_WEEKDAY.finditer(text):
        if match.group(2):
            stated = _resolve(release_date, _MONTHS[match.group(2).lower()],
                              int(match.group(3)), int(match.group(4)) if match.group(4) else None)
            findings += _weekday_finding(match.group(0), _WEEKDAYS.index(match.group(1)),
                                         stated, seen)
    for match in _ZH_WEEKDAY.finditer(text):
        if match.group(2):
            stated = _resolve(release_date, int(match.group(2)), int(match.group(3)),
                              int(match.group(1)) if match.group(1) else None)
            findings += _weekday_finding(match.group(0), _zh_weekday(match.group(4)), stated,
                                         seen)
    # A weekday the text calls today must be the release date's weekday.
    for match in _EN_TODAY.finditer(text):
        name = (match.group(1) or match.group(2)).capitalize()
        findings += _weekday_finding(match.group(0), _WEEKDAYS.index(name), release_date, seen)
    for match in _ZH_TODAY.finditer(text):
        findings += _weekday_finding(match.group(0), _zh_weekday(match.group(1)), release_date,
                                     seen)
    return findings


def _zh_weekday(char: str) -> int:
    return 6 if char in "日天" else _ZH_WEEKDAYS.index(char)


def _resolve(release_date: date, month: int, day: int, year: int | None) -> date | None:
    """The date meant by "Nov. 30": the release's year, or the next if that is far behind."""
    try:
        if year is not None:
            return date(year, month, day)
        stated = date(release_date.year, month, day)
        if (release_date - stated).days > 180:
            stated = date(release_date.year + 1, month, day)
        return stated
    except ValueError:
        return None


def _weekday_finding(phrase: str, weekday: int, stated: date | None,
                     seen: set[str]) -> list[Finding]:
    if stated is None or phrase in seen:
        return []
    seen.add(phrase)
    if stated.weekday() == weekday:
        return []
    return [Finding(ERROR, "body",
                    f"\"{phrase}\" does not match: {stated.isoformat()} is a "
                    f"{_WEEKDAYS[stated.weekday()]}.")]


def _length_and_links(body: list[t.Block], body_text: str) -> list[Finding]:
    findings: list[Finding] = []
    words = count_words(body_text)
    if words < BODY_MIN_WORDS:
        findings.append(Finding(WARNING, "body",
                                f"The body has {words} words; a release usually needs at least "
                                f"{BODY_MIN_WORDS}."))
    elif words > BODY_MAX_WORDS:
        findings.append(Finding(WARNING, "body",
                                f"The body has {words} words; keep it under {BODY_MAX_WORDS}."))
    links = len(t.iter_links(body))
    if links and links * WORDS_PER_LINK > max(words, 1):
        findings.append(Finding(WARNING, "body",
                                f"The body has {links} links in {words} words; keep it to one "
                                f"link per {WORDS_PER_LINK} words."))
    return findings
