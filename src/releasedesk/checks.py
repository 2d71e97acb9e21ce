"""Readiness checks: what a careful editor would flag before a release goes out."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from typing import TYPE_CHECKING

from . import fields, kinds
from .errors import N_, counted
from .field_rules import LONE_SURROGATE, email_is_valid, phone_is_valid, shown
from .kind_checks import TEMPLATES as KIND_TEMPLATES
from .kind_checks import kind_findings
from .model import Release, count_words, is_portal, valid_zone
from .patterns import LazyPattern, compiled
from .proofing.findings import REGISTER_KINDS, REGISTER_TEMPLATES
from .records import record
from .render.words import format_date, printed_moment, utc_offset
from .workflow import ApprovalPolicy, SignOff

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from .profiles import Profile
    from .register import Register
    from .twins.names import NameReader
from .body import tree as t
from .body.parse import parse_markdown
from .body.safety import clean_text, safe_href
from .language_tag import is_chinese
from .shown_time import minute

ERROR = "error"
WARNING = "warning"
# "Not yet approved" in its forms: what a sign-off of the text as it is answers, so the
# Sign Off dialog leaves them out of the errors it warns of.
APPROVAL_CODES = frozenset({"not_approved", "approval_missing", "approval_stale",
                            "approval_earlier_rules"})
NOTE = "note"  # worth knowing, nothing to fix
SEVERITIES = (ERROR, WARNING, NOTE)

HEADLINE_MAX = 100
BODY_MIN_WORDS = 100
BODY_MAX_WORDS = 1500
# A Chinese body is counted in characters (字), as Chinese offices count a text's length.
BODY_MIN_CHARS = 200
BODY_MAX_CHARS = 3000
WORDS_PER_LINK = 100
PHOTO_MIN_WIDTH = 1200  # what most news sites ask for
CAPTION_MAX_WORDS = 100  # what wire services accept
PHOTO_LARGE_BYTES = 15 * 1024 * 1024

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ZH_WEEKDAYS = "一二三四五六日"
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_EN_WEEKDAY = compiled(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"(?:,?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\b"
    r"(?:,\s*(\d{4}))?)?"
)
# A weekday the text says is today: "today (Tuesday)", "today, Tuesday", "Tuesday, today",
# "今天（星期二）", "今日星期二".
_EN_TODAY = LazyPattern(
    r"\btoday,?\s*\(?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+today\b",
    re.IGNORECASE,
)
# (A closing bracket is part of the phrase quoted back, as an opening one is.)
_ZH_TODAY = LazyPattern(
    r"(?:今天|今日)\s*(?:[（(]\s*(?:星期|周|礼拜)([一二三四五六日天])\s*[）)]"
    r"|(?:星期|周|礼拜)([一二三四五六日天]))")
_ZH_WEEKDAY = LazyPattern(
    r"(?:(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日\s*[（(]\s*(?:星期|周|礼拜)([一二三四五六日天])\s*[）)]"
    r"|(?:(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日\s*)?(?:星期|周|礼拜)([一二三四五六日天]))"
)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a message for Qt's translation tools without importing Qt (lupdate reads it)."""
    return text


# Every finding's wording, in English; the editor shows it translated ("Findings" context).
TEMPLATES = {
    "headline_missing": QT_TRANSLATE_NOOP("Findings", "The headline is missing."),
    "headline_long": QT_TRANSLATE_NOOP(
        "Findings", "The headline has {length} characters; keep it to {max} or fewer."),
    "no_contact": QT_TRANSLATE_NOOP("Findings", "There is no media contact."),
    "contact_unreachable": QT_TRANSLATE_NOOP(
        "Findings", "{who} has neither an e-mail nor a phone."),
    "contact_email": QT_TRANSLATE_NOOP(
        "Findings", "{who}'s e-mail address \"{value}\" looks wrong."),
    "contact_phone": QT_TRANSLATE_NOOP(
        "Findings", "{who}'s phone number \"{value}\" looks wrong."),
    "embargo_missing": QT_TRANSLATE_NOOP(
        "Findings", "The release is embargoed but has no embargo date, time and zone."),
    "embargo_past": QT_TRANSLATE_NOOP(
        "Findings", "The embargo has already passed; release it for immediate use."),
    "release_date_future": QT_TRANSLATE_NOOP(
        "Findings", "The release is for immediate release but dated {date}, after today; "
                    "date it the day it goes out, or embargo it until then."),
    "embargo_after_release": QT_TRANSLATE_NOOP(
        "Findings", "The embargo lifts on {embargo}, after the release date {date}; move the "
                    "embargo or the release date."),
    "date_contradiction": QT_TRANSLATE_NOOP(
        "Findings", "The body opens with the date \"{stated}\", but the release date is "
                    "{date}."),
    "dateline_date_contradiction": QT_TRANSLATE_NOOP(
        "Findings", "The dateline names the date \"{stated}\", but the release date is "
                    "{date}."),
    "weekday_mismatch": QT_TRANSLATE_NOOP(
        "Findings", "\"{phrase}\" does not match: {date} is a {weekday}."),
    "body_short": QT_TRANSLATE_NOOP(
        "Findings", "The body has {word_count}; a release usually needs at least {min}."),
    "body_long": QT_TRANSLATE_NOOP(
        "Findings", "The body has {words} words; keep it under {max}."),
    "body_short_chars": QT_TRANSLATE_NOOP(
        "Findings",
        "The body has {word_count}; a Chinese release usually needs at least {min}."),
    "body_long_chars": QT_TRANSLATE_NOOP(
        "Findings", "The body has {words} characters; keep it under {max}."),
    "links_dense": QT_TRANSLATE_NOOP(
        "Findings",
        "The body has {link_count} in {word_count}; keep it to one link per {per} words."),
    "footer_empty": QT_TRANSLATE_NOOP(
        "Findings", "The standard footer is empty: a footer comes from a house style. Make "
                    "your organisation's with Tools ▸ Set Up Your Organisation…, or give this "
                    "release one with Tools ▸ Apply House Style…"),
    "footer_stale": QT_TRANSLATE_NOOP(
        "Findings", "The standard footer differs from the current “{profile}” house style; "
                    "update it from the profile."),
    "footer_link_dropped": QT_TRANSLATE_NOOP(
        "Findings", "Footer line {row} links to “{address}”, which readers cannot follow: "
                    "the exports print its words without the link; give it a web address, an "
                    "e-mail address or a phone number in the house style."),
    "organization_other": QT_TRANSLATE_NOOP(
        "Findings", "The organisation is not the “{profile}” house style's ({expected}); check "
                    "that the release, its About text and footer speak for the same one."),
    "release_date_missing": QT_TRANSLATE_NOOP("Findings", "The release has no release date."),
    "embargo_zone_unknown": QT_TRANSLATE_NOOP(
        "Findings", "The embargo's time zone “{zone}” is not one this computer knows; the "
                    "embargo prints with its offset, {offset}: choose the zone from the list."),
    "embargo_zone_offset": QT_TRANSLATE_NOOP(
        "Findings", "The embargo is given as {offset}, but {zone} is {expected} at that "
                    "moment; check the embargo's time and zone (the exports print {offset})."),
    "house_word_unusable": QT_TRANSLATE_NOOP(
        "Findings", "The house wording for \"{key}\" cannot be printed as written; correct it "
                    "in the house-style profile."),
    "not_approved": QT_TRANSLATE_NOOP(
        "Findings", "Not yet approved: nobody has signed off this text."),
    "approval_missing": QT_TRANSLATE_NOOP(
        "Findings", "Not yet approved: still waiting for the sign-off of {roles}."),
    "approval_stale": QT_TRANSLATE_NOOP(
        "Findings", "Not yet approved: changed since {who} approved it on {when}."),
    "approval_earlier_rules": QT_TRANSLATE_NOOP(
        "Findings", "Not yet approved: {who} approved it on {when} with an earlier ReleaseDesk, "
        "whose approvals did not cover everything that prints (the e-mail's addresses, the "
        "paper, the embargo's zone, photo sizes); ask for a new sign-off."),
    "signoff_future": QT_TRANSLATE_NOOP(
        "Findings", "The sign-off by {who} is dated {when}, later than now: a clock was "
                    "set wrong."),
    "history_clock": QT_TRANSLATE_NOOP(
        "Findings", "A version of this release was saved on {when}, before the version it "
                    "followed: a clock was set back, so its history is out of time order."),
    "photo_alt_missing": QT_TRANSLATE_NOOP(
        "Findings", "Photo {number} ({id}) has no alt text; readers who cannot see it need "
                    "one."),
    "photo_credit_missing": QT_TRANSLATE_NOOP(
        "Findings", "Photo {number} ({id}) has no credit; name the photographer or owner."),
    "photo_small": QT_TRANSLATE_NOOP(
        "Findings", "Photo {number} ({id}) is {width} pixels wide, too small for most news "
                    "sites ({min} at least)."),
    "photo_caption_long": QT_TRANSLATE_NOOP(
        "Findings", "The caption of photo {number} ({id}) has {words} words; wire services "
                    "take up to {max}."),
    "photo_large": QT_TRANSLATE_NOOP(
        "Findings", "Photo {number} ({id}) is {size} MB; the package and the release file "
                    "carry it whole, which some mail servers refuse."),
    "photo_unknown": QT_TRANSLATE_NOOP(
        "Findings", "The body places photo:{id}, but the release has no photo {id}; that place "
                    "prints only its description."),
    "photo_not_placed": QT_TRANSLATE_NOOP(
        "Findings", "photo:{id} stands inside a list, quotation or heading, where no photo can "
                    "stand; put it on a line of its own."),
    "broken_character": QT_TRANSLATE_NOOP(
        "Findings", "A broken character (half of a Unicode pair, from a damaged file) after "
                    "“{before}” cannot be printed and is left out of every export; retype "
                    "it."),
    "twin_missing": QT_TRANSLATE_NOOP(
        "Findings", "The {language} version ({path}) is not there; move it back beside this "
                    "release, or make the link again. The link is kept."),
    "twin_outside": QT_TRANSLATE_NOOP(
        "Findings", "The link to the {language} version names “{path}”, which is no release "
                    "file beside this one; it was not followed."),
    "twin_unreadable": QT_TRANSLATE_NOOP(
        "Findings", "The {language} version ({path}) cannot be read: {problem}"),
    "twin_other": QT_TRANSLATE_NOOP(
        "Findings", "{path} is another release, not the {language} version this one was "
                    "linked to; its facts were not compared."),
    "twin_same_id": QT_TRANSLATE_NOOP(
        "Findings", "{path} claims this release's own id: one of the two is a copy; make "
                    "the language version again from the original."),
    "twin_changed": QT_TRANSLATE_NOOP(
        "Findings", "The {language} version ({path}) has changed since the two were linked; "
                    "its facts are still compared with this one's."),
    "untranslated": QT_TRANSLATE_NOOP(
        "Findings", "{place} is not yet in {language}: “{excerpt}”. Translate it, or mark "
                    "it to translate."),
    "twin_held_to_translate": QT_TRANSLATE_NOOP(
        "Findings", "The {language} version still has text marked to translate: it stays "
                    "out of the web team's package until it is translated."),
    "twin_held_same_language": QT_TRANSLATE_NOOP(
        "Findings", "The {language} version is in a language this release or another of its "
                    "versions is already in: it stays out of the web team's package; link a "
                    "version in another language."),
    "twin_held_not_written": QT_TRANSLATE_NOOP(
        "Findings", "The {language} version has no headline or no body yet: it stays out "
                    "of the web team's package until it is written."),
    "twin_held_not_approved": QT_TRANSLATE_NOOP(
        "Findings", "The {language} version is not approved, and this release is: it stays "
                    "out of the web team's package until it is approved too."),
    "twin_fact_differs": QT_TRANSLATE_NOOP(
        "Findings", "A {kind} differs from the {language} version: “{here}” ({place}) here, "
                    "“{there}” ({other_place}) there."),
    "twin_fact_only_here": QT_TRANSLATE_NOOP(
        "Findings", "The {kind} “{here}” ({place}) is not in the {language} version."),
    "twin_fact_only_there": QT_TRANSLATE_NOOP(
        "Findings", "The {language} version states the {kind} “{there}” ({other_place}), "
                    "which this one does not."),
    "twin_name_differs": QT_TRANSLATE_NOOP(
        "Findings", "“{here}” ({place}) is named here, but the {language} version names "
                    "“{there}” ({other_place}); the register writes this person "
                    "{counterpart} there."),
    "twin_name_only_here": QT_TRANSLATE_NOOP(
        "Findings", "“{here}” ({place}) is not named in the {language} version; the "
                    "register writes this person {counterpart} there."),
    "twin_name_only_there": QT_TRANSLATE_NOOP(
        "Findings", "The {language} version names “{there}” ({other_place}), whom this "
                    "one does not name; the register writes this person {counterpart} "
                    "here."),
    "date_other_language": QT_TRANSLATE_NOOP(
        "Findings", "“{found}” ({place}) is a date written as another language writes it; "
                    "a release in {language} writes it “{right}”."),
    "to_translate": QT_TRANSLATE_NOOP(
        "Findings", "The text is still marked {mark}: translate it and remove the mark."),
    "photo_url_relative": QT_TRANSLATE_NOOP(
        "Findings", "The web page names its photos relative to itself, which social networks "
        "and search engines cannot follow; give the site's address for images (base URL) in "
        "its house style, Tools ▸ House Style… (a release of none takes one with Tools ▸ "
        "Apply House Style…)."),
    "photo_twice": QT_TRANSLATE_NOOP(
        "Findings", "The body places photo:{id} more than once; it appears only at the first "
                    "place."),
    # The office register's findings (proofing/findings.py words them).
    **REGISTER_TEMPLATES,
    # The kinds of release's (kind_checks.py).
    **KIND_TEMPLATES,
}


@record(frozen=True)
class Finding:
    severity: str  # "error" or "warning"
    field: str  # the Release field the finding is about
    code: str  # a key of TEMPLATES
    args: tuple[tuple[str, object], ...] = ()
    # What in the field the finding is about, for the editor to select: the text as it
    # stands in the field ("" for the whole field), and where it starts when known: its
    # offset in a line field (the headline), the contact's index in release.contacts.
    about: str = ""
    where: int = -1

    @property
    def message(self) -> str:
        """The finding in English (the editor translates TEMPLATES[code] itself)."""
        return TEMPLATES[self.code].format(**dict(self.args))

    def as_dict(self) -> dict[str, str]:
        return {"severity": self.severity, "field": self.field, "message": self.message}


def _other_organization(written: str, house: str) -> bool:
    """Whether the release names an organisation other than its house style's (case and
    spacing aside; an empty one is another finding's business)."""
    def norm(name: str) -> str:
        return " ".join(name.casefold().split())

    return bool(norm(written)) and bool(norm(house)) and norm(written) != norm(house)


def _finding(severity: str, field: str, code: str, **args: object) -> Finding:
    return Finding(severity, field, code, tuple(args.items()))


def _pointing(finding: Finding, about: str, where: int = -1) -> Finding:
    """*finding*, naming the text it is about (and where it stands) for the editor."""
    return Finding(finding.severity, finding.field, finding.code, finding.args, about, where)


def check(release: Release, now: datetime | None = None,
          body: list[t.Block] | None = None,
          profile: Profile | None = None, fingerprint: str | None = None,
          path: Path | None = None, words: int | None = None,
          register: bool = True) -> list[Finding]:
    """Every readiness finding for *release*, errors first.

    *body* is the already parsed body (Layout.parsed_body), to spare a second parse, and
    *words* its words as count_words counts them in its blocks' text, to spare a second
    count (2–3 ms at 5,000 words);
    *profile* is the installed house style the release names, if there is one;
    *fingerprint* the release's, when already known (Layout.fingerprint); *path* the file
    it was opened from, to find its language versions and compare their facts.
    *register* False leaves out the office register's findings (the editor's first render,
    on its start: see uses_register).
    """
    now = now or datetime.now(UTC)
    findings: list[Finding] = []
    findings += _broken_characters(release)
    findings += _headline(release)
    findings += _contacts(release)
    findings += _embargo(release, now)
    if body is None:
        body = parse_markdown(release.body, frozenset(p.id for p in release.photos))
    block_texts = list(t.block_texts(body))
    findings += _opening_date(block_texts, release.release_date)
    # A dateline typed whole prints as written (render/words.py): its date is the writer's.
    # (its end, "—" or "电", may be left to the house style: one is added for the match)
    findings += _opening_date([release.dateline.rstrip() + "—"], release.release_date,
                              "dateline", "dateline_date_contradiction")
    body_text = "\n".join(block_texts)
    findings += _weekdays(block_texts, release.release_date)
    length = _length_and_links(body, body_text, is_chinese(release.language), words)
    if kinds.kind_of(release) == kinds.ADVISORY:  # (an advisory is short by design)
        length = [f for f in length if f.code not in ("body_short", "body_short_chars")]
    findings += length
    # A house style speaks its own language: a version in another language translates its
    # organisation and footer, which are then not the house style's words.
    house = profile if profile is not None and _same_language(
        release.language, profile.language) else None
    if not [line for line in release.footer if line.text.strip()]:
        findings.append(_finding(ERROR, "footer", "footer_empty"))
    elif house is not None and release.footer != house.footer:
        findings.append(_finding(WARNING, "footer", "footer_stale", profile=house.name))
    findings += [_finding(WARNING, "footer", "footer_link_dropped", row=row,
                          address=line.url.strip())
                 for row, line in enumerate(release.footer, start=1)
                 if line.url.strip() and safe_href(line.url) is None]  # (as layout.py drops)
    if house is not None and _other_organization(release.organization, house.organization):
        findings.append(_finding(WARNING, "organization", "organization_other",
                                 profile=house.name, expected=house.organization.strip()))
    if release.release_date is None:
        findings.append(_finding(WARNING, "release_date", "release_date_missing"))
    findings += _house_words(release)
    findings += _dates_of_other_language(release, now.date())
    findings += _approval(release, profile, fingerprint, now)
    findings += _photos(release, body)
    findings += _to_translate(release)
    if release.twins:
        findings += _untranslated(release)
    if path is not None and release.twins:
        findings += twin_findings(release, path,
                                  profile.names if profile is not None else None,
                                  fingerprint=fingerprint,
                                  policy=profile.approval if profile is not None else None)
    if register:
        findings += _register(release, profile)
    for severity, field, code, args, about in kind_findings(
            release, now, profile.names if profile is not None else None):
        findings.append(_pointing(_finding(severity, field, code, **args), about))
    order = {s: i for i, s in enumerate(SEVERITIES)}
    return sorted(findings, key=lambda f: order[f.severity])


# A partner's state (twins/link.py) and what it finds.
_TWIN_STATES = {"missing": (WARNING, "twin_missing"), "outside": (WARNING, "twin_outside"),
                "unreadable": (WARNING, "twin_unreadable"), "other": (WARNING, "twin_other"),
                "same_id": (WARNING, "twin_same_id"), "changed": (NOTE, "twin_changed")}
_EXCERPT_MAX = 60


def twin_findings(release: Release, path: Path,
                  register: Register | None = None, fingerprint: str | None = None,
                  policy: ApprovalPolicy | None = None,
                  registers: Callable[[str], Register | None] | None = None) -> list[Finding]:
    """What the links of *release* (opened from *path*) find: each partner not found or
    changed (the link is kept), each one the web team's package leaves out and why, and
    each fact the two versions state differently (with *register*, the office register,
    each person named in one and not the other too; the partner's own register, the house
    style it names, is read with it: *registers* gives a house style's register by name,
    the installed house styles' when not given). *policy*: the house style's approval
    policy, by which both versions are judged; *fingerprint*: the release's, if known."""
    from .clearance.signoffs import report
    from .twins.link import CHANGED, FOUND, partners
    from .twins.package_gate import held_back
    from .twins.words import language_phrase

    own_status = ""
    languages = [release.language]  # (the package's so far: package_gate.held_back)
    lookup = registers if registers is not None else installed_register
    findings: list[Finding] = []
    for partner in partners(release, path):
        language = language_phrase(partner.link.language or "")
        where = shown(partner.link.path, _EXCERPT_MAX)
        if partner.state in _TWIN_STATES:
            severity, code = _TWIN_STATES[partner.state]
            findings.append(_finding(severity, "twins", code, language=language, path=where,
                                     problem=partner.problem))
        if partner.state in (FOUND, CHANGED) and partner.release is not None:
            if not own_status:
                own_status = report(release, policy, fingerprint).status
            why = held_back(own_status, partner.release, report(partner.release, policy).status,
                            languages)
            if not why:
                languages.append(partner.release.language)
            else:
                findings.append(held_back_finding(partner.link.language or "", why))
            names = partner_names(release, partner.release, register, lookup)
            findings += _facts_across(release, partner.release, language, names)
    return findings


def partner_names(release: Release, partner: Release, register: Register | None,
                  registers: Callable[[str], Register | None] | None = None
                  ) -> NameReader | None:
    """The people the facts of *release* and its version *partner* are read for: those of
    *register* (the release's house style's) and of the partner's own house style's
    (*registers* gives it by name, the installed house styles' when not given)."""
    from .twins.names import across

    lookup = registers if registers is not None else installed_register
    theirs = partner.profile
    return across(register, lookup(theirs) if theirs and theirs != release.profile else None)


def installed_register(name: str) -> Register | None:
    """The register of the installed house style *name* (None when none is installed)."""
    from .errors import ReleaseDeskError
    from .profiles import ProfileStore

    try:
        profile = ProfileStore().find(name)
    except (OSError, ReleaseDeskError):
        return None
    return profile.names if profile is not None else None


def held_back_finding(language: str, why: str) -> Finding:
    """The language version in *language* stays out of the package: *why* is
    twins/package_gate's reason."""
    from .twins.words import language_phrase

    return _finding(WARNING, "twins", f"twin_held_{why}", language=language_phrase(language))


def _facts_across(release: Release, other: Release, language: object,
                  names: NameReader | None = None) -> list[Finding]:
    from .twins.facts import NAME, Fact
    from .twins.match import version_mismatches
    from .twins.words import kind_phrase, place_phrase

    def place(fact: Fact, of: Release) -> object:
        text = getattr(of, fact.field, "")
        return place_phrase(fact.field, text if isinstance(text, str) else "", fact.start)

    out: list[Finding] = []
    for mismatch in version_mismatches(release, other, names):
        here, there = mismatch.here, mismatch.there
        args: dict[str, object] = {"kind": kind_phrase(mismatch.kind), "language": language}
        if here is not None:
            args.update(here=" ".join(here.excerpt.split())[:_EXCERPT_MAX],
                        place=place(here, release))
        if there is not None:
            args.update(there=" ".join(there.excerpt.split())[:_EXCERPT_MAX],
                        other_place=place(there, other))
        prefix = "twin_fact"
        if mismatch.kind == NAME and names is not None:
            prefix = "twin_name"
            args["counterpart"] = names.counterpart(
                here.value, is_chinese(other.language)) if here is not None else \
                names.counterpart(there.value if there is not None else "",
                                  is_chinese(release.language))
        code = f"{prefix}_differs" if here is not None and there is not None else \
            f"{prefix}_only_here" if here is not None else f"{prefix}_only_there"
        finding = _finding(WARNING, here.field if here is not None else "twins", code, **args)
        out.append(_pointing(finding, here.excerpt, here.start) if here is not None
                   else finding)
    return out


def _same_language(first: str, second: str) -> bool:
    """Whether two language tags are one language (en-GB and en are; zh-CN and en not)."""
    from .language_tag import primary

    return primary(first) == primary(second)


def _untranslated(release: Release) -> list[Finding]:
    """A language version's paragraphs (and organisation, footer) still in the other
    language: copied for translating, the mark deleted, the text not yet translated."""
    from .twins.untranslated import untranslated
    from .twins.words import language_phrase, place_phrase

    out = []
    for item in untranslated(release):
        text = getattr(release, item.field)
        place = place_phrase(item.field, text if isinstance(text, str) else "", item.start)
        finding = _finding(WARNING, item.field, "untranslated", place=place,
                           excerpt=item.excerpt, language=language_phrase(release.language))
        out.append(_pointing(finding, item.excerpt, item.start))
    return out


def _to_translate(release: Release) -> list[Finding]:
    from .twins.marks import TO_TRANSLATE, TRANSLATED_FIELDS

    for name in TRANSLATED_FIELDS:
        if TO_TRANSLATE in getattr(release, name):
            return [_finding(ERROR, name, "to_translate", mark=TO_TRANSLATE)]
    return []


def uses_register(profile: Profile | None) -> bool:
    """Whether the checks read the office register of *profile*: loading the proofing
    rules to do so costs ~110 M instructions (~40 ms), so the editor's start renders its
    first view without it, and the register's findings come after the first proofing
    pass (preview_pane.RenderScheduler.render_now)."""
    return profile is not None and not profile.names.is_empty()


def _register(release: Release, profile: Profile | None) -> list[Finding]:
    """The office register's errors (proofing/): a name spelt nearly right, a title the
    person does not hold on the release date, a banned or retired term, a phrase the
    office never prints. Spelling and the house rules are `releasedesk check --proof`'s."""
    if not uses_register(profile):
        return []
    from .proofing.engine import shared_proofer

    findings = []
    for item in shared_proofer(release, profile).register_findings(release):
        if item.kind in REGISTER_KINDS:
            about = dict(item.args).get("found", "")
            # Where the editor looks: the offset in a line or the body, a contact's row.
            where = int(item.part.split(".")[1]) if item.field == "contacts" else item.start
            findings.append(Finding(item.severity, item.field, item.code, item.args,
                                    str(about), where))
    return findings


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity == ERROR for f in findings)


def _house_words(release: Release) -> list[Finding]:
    """House words the exports cannot print as written (field_rules.word_problem)."""
    from .field_rules import word_problem
    from .render.words import WORD_KEYS

    return [_finding(WARNING, "conventions", "house_word_unusable", key=key)
            for key, value in release.conventions.words.items()
            if key in WORD_KEYS and word_problem(key, value) is not None]


# A date in the other language's form: 年月日 in a release in a Latin-script language, a
# month's English name and a day in a Chinese one ("Dec. 8, 2026", "8 December").
_CHINESE_FORM = LazyPattern(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_LATIN = LazyPattern(r"[A-Za-z]")
_EN_MONTH = (r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
             r"Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_ENGLISH_FORM = LazyPattern(
    rf"(?<![A-Za-z]){_EN_MONTH}\s+(\d{{1,2}})(?!\d)(?:(?:st|nd|rd|th)(?![A-Za-z]))?"
    r"(?:,\s*(\d{4})(?!\d))?"
    rf"|(?<![\dA-Za-z])(\d{{1,2}})(?:st|nd|rd|th)?\s+{_EN_MONTH}(?![a-z])(?:,?\s+(\d{{4}})(?!\d))?")


def _dates_of_other_language(release: Release, today: date) -> list[Finding]:
    """A date typed in another language's form than the release's (年月日 in an English
    version of a Chinese release, "Dec. 8" in a Chinese one): the release's own dates
    print in its language's form (render/words.format_date), so this one would stand out."""
    chinese = is_chinese(release.language)
    pattern = _ENGLISH_FORM if chinese else _CHINESE_FORM
    out: list[Finding] = []
    for field, text in text_fields(release, printed=True):
        if not (_LATIN.search(text) if chinese else "月" in text):
            continue  # (most texts hold no such date: cheap tests first)
        for match in pattern.finditer(text):
            g = match.groups()
            if not chinese:
                month, day, year = int(g[1]), int(g[2]), g[0]
            elif g[0]:
                month, day, year = _MONTHS[g[0][:3].lower()], int(g[1]), g[2]
            else:
                month, day, year = _MONTHS[g[4][:3].lower()], int(g[3]), g[5]
            meant = _resolve(release.release_date or today, month, day,
                             int(year) if year else None)
            if meant is None:
                continue  # (no day of the calendar: not a date)
            right = format_date(meant, release.conventions.date_format, release.language)
            finding = _finding(WARNING, field, "date_other_language", found=match.group(0),
                               place=_place(field, text, match.start()), right=right,
                               language=_language(release.language))
            out.append(_pointing(finding, match.group(0), match.start()))
    return out


def _place(field: str, text: str, start: int) -> object:
    from .twins.words import place_phrase

    return place_phrase(field, text, start)


def _language(tag: str) -> object:
    from .twins.words import language_phrase

    return language_phrase(tag)


def text_fields(release: Release, printed: bool = False) -> list[tuple[str, str]]:
    """(field, text) for every text of *release* that an export may print; *printed*: only
    those it prints now (a portal's fields print only in a portal's release, model.
    is_portal: a date in an English version's 摘要 that no page shows is no finding)."""
    shown = not printed or is_portal(release)
    texts = [(spec.name, getattr(release, spec.name)) for spec in fields.FIELDS
             if spec.prints and spec.kind in (fields.LINE, fields.BLOCK)
             and kinds.shows(release, spec.name)  # (another kind's fields do not print)
             and (shown or spec.name not in fields.PORTAL_FIELDS)]
    texts += [("contacts", getattr(contact, key)) for contact in release.contacts
              for key in fields.CONTACT_FIELDS]
    texts += [("footer", part) for line in release.footer for part in (line.text, line.url)]
    texts += [("keywords", keyword) for keyword in release.keywords]
    texts += [("photos", part) for photo in release.photos
              for part in (photo.caption, photo.credit, photo.alt)]
    return texts


def _broken_characters(release: Release) -> list[Finding]:
    """Lone surrogates (a JSON file can escape one, "\\udc80"): no export can print them,
    so each text holding one is an error, named by the words before it."""
    findings = []
    for field, text in text_fields(release):
        match = LONE_SURROGATE.search(text)
        if match is not None:
            before = clean_text(text[:match.start()]).split("\n")[-1]
            findings.append(_finding(ERROR, field, "broken_character",
                                     before=shown(before[-30:], 30)))
    return findings


def _headline(release: Release) -> list[Finding]:
    headline = release.headline.strip()
    if not headline:
        return [_finding(ERROR, "headline", "headline_missing")]
    if len(headline) > HEADLINE_MAX:
        start = len(release.headline) - len(release.headline.lstrip()) + HEADLINE_MAX
        return [_pointing(_finding(WARNING, "headline", "headline_long", length=len(headline),
                                   max=HEADLINE_MAX), headline[HEADLINE_MAX:], start)]
    return []


def _contacts(release: Release) -> list[Finding]:
    contacts = [(i, c) for i, c in enumerate(release.contacts) if not c.is_empty()]
    if not contacts:
        # Chinese portal releases often name no press contact: a warning there.
        severity = WARNING if is_chinese(release.language) else ERROR
        return [_finding(severity, "contacts", "no_contact")]
    findings: list[Finding] = []
    for number, (index, contact) in enumerate(contacts, start=1):
        who = clean_text(contact.name).strip() or f"Contact {number}"
        if not contact.email.strip() and not contact.phone.strip():
            findings.append(_pointing(_finding(ERROR, "contacts", "contact_unreachable",
                                               who=who), "", index))
        if contact.email.strip() and not email_is_valid(contact.email):
            findings.append(_pointing(_finding(WARNING, "contacts", "contact_email", who=who,
                                               value=clean_text(contact.email)),
                                      contact.email, index))
        if contact.phone.strip() and not phone_is_valid(contact.phone):
            findings.append(_pointing(_finding(WARNING, "contacts", "contact_phone", who=who,
                                               value=clean_text(contact.phone)),
                                      contact.phone, index))
    return findings


# The last place on Earth where a day begins (UTC+14): a date after today there is after
# today everywhere, whatever zone the office is in.
_LAST_TODAY = timezone(timedelta(hours=14))


def _embargo(release: Release, now: datetime) -> list[Finding]:
    if not release.is_embargoed:
        day = release.release_date
        if day is not None and day > now.astimezone(_LAST_TODAY).date():
            # (published at once, it would say a date still to come)
            return [_finding(WARNING, "release_date", "release_date_future",
                             date=day.isoformat())]
        return []
    until = release.embargo_until
    if until is None or until.tzinfo is None:
        return [_finding(ERROR, "embargo_until", "embargo_missing")]
    findings = _embargo_zone(until, release.embargo_zone.strip())
    if until <= now:
        findings.append(_finding(WARNING, "embargo_until", "embargo_past"))
    # The notice and the dated release line must not contradict each other: the moment
    # the embargo lifts, as the notice prints it (its own zone; Beijing time in Chinese),
    # falls on or before the release date.
    lifts = printed_moment(until, release.language).date()
    if release.release_date is not None and lifts > release.release_date:
        findings.append(_finding(ERROR, "embargo_until", "embargo_after_release",
                                 embargo=lifts.isoformat(),
                                 date=release.release_date.isoformat()))
    return findings


def _embargo_zone(until: datetime, zone: str) -> list[Finding]:
    """The embargo's zone, when it is one this computer does not know, or one whose offset
    at that moment is not the embargo's (Europe/Berlin is never UTC+05:00): the notice
    prints the offset, and the zone the writer means may say another time."""
    if not zone:
        return []
    if not valid_zone(zone):
        return [_finding(WARNING, "embargo_until", "embargo_zone_unknown", zone=zone,
                         offset=utc_offset(until))]
    from zoneinfo import ZoneInfo

    there = until.astimezone(ZoneInfo(zone))
    if there.utcoffset() == until.utcoffset():
        return []
    return [_finding(WARNING, "embargo_until", "embargo_zone_offset", zone=zone,
                     offset=utc_offset(until), expected=utc_offset(there))]


_MONTH_NAME = (r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
               r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# A date typed where a dateline stands: near the start of the body, followed by the
# dateline's dash ("PORT CALLOWAY, Nov. 24, 2026 —") or, in Chinese, 电 / 讯.
_OPENING_DATE = compiled(
    r"^[^\n]{0,60}?(?P<date>"
    rf"\b{_MONTH_NAME}\s+(\d{{1,2}})(?:,\s*(\d{{4}}))?"
    rf"|\b(\d{{1,2}})\s+{_MONTH_NAME}(?:\s+(\d{{4}}))?"
    r"|\b(\d{4})-(\d{2})-(\d{2})\b"
    r"|(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日)"
    r"\s*(?:\)|）)?\s*(?:—|–|--|-|电|讯)", re.IGNORECASE)


def _opening_date(block_texts: list[str], release_date: date | None,
                  field: str = "release_date", code: str = "date_contradiction"
                  ) -> list[Finding]:
    """A date the writer typed at the body's start (or in the dateline: *field*, *code*)
    must be the release date."""
    if release_date is None or not block_texts:
        return []
    match = _OPENING_DATE.match(block_texts[0])
    if match is None:
        return []
    g = match.groups()[1:]
    stated: date | None
    if g[0]:
        stated = _resolve(release_date, _MONTHS[g[0][:3].lower()], int(g[1]),
                          int(g[2]) if g[2] else None)
    elif g[3]:
        stated = _resolve(release_date, _MONTHS[g[4][:3].lower()], int(g[3]),
                          int(g[5]) if g[5] else None)
    elif g[6]:
        stated = _resolve(release_date, int(g[7]), int(g[8]), int(g[6]))
    else:
        stated = _resolve(release_date, int(g[10]), int(g[11]), int(g[9]) if g[9] else None)
    if stated is None or stated == release_date:
        return []
    return [_finding(ERROR, field, code, stated=match.group("date"),
                     date=release_date.isoformat())]


def _weekdays(block_texts: list[str], release_date: date | None) -> list[Finding]:
    """Weekday checks, block by block: a phrase never spans two paragraphs, and short regex
    passes let the preview worker hand the GIL back to the GUI thread between them."""
    if release_date is None:
        return []
    findings: list[Finding] = []
    seen: set[str] = set()
    for text in block_texts:
        # Cheap substring tests first: the patterns below scan slowly, and most
        # paragraphs name no weekday at all.
        lowered = text.lower()
        english_day = "day" in lowered
        chinese_day = "星期" in text or "周" in text or "礼拜" in text
        # A weekday with its date ("Monday, Nov. 30") must be that date's weekday.
        for match in _EN_WEEKDAY.finditer(text) if english_day else ():
            if match.group(2):
                year = int(match.group(4)) if match.group(4) else None
                stated = _resolve(release_date, _MONTHS[match.group(2).lower()],
                                  int(match.group(3)), year)
                findings += _weekday_finding(match.group(0), _WEEKDAYS.index(match.group(1)),
                                             stated, seen)
        for match in _ZH_WEEKDAY.finditer(text) if chinese_day else ():
            groups = match.groups()
            zh_year, month, day, weekday = groups[:4] if groups[3] else groups[4:]
            if month and day and weekday:
                stated = _resolve(release_date, int(month), int(day),
                                  int(zh_year) if zh_year else None)
                findings += _weekday_finding(match.group(0), _zh_weekday(weekday), stated,
                                             seen)
        # A weekday the text calls today must be the release date's weekday.
        for match in _EN_TODAY.finditer(text) if "today" in lowered else ():
            name = (match.group(1) or match.group(2)).capitalize()
            findings += _weekday_finding(match.group(0), _WEEKDAYS.index(name), release_date, seen)
        for match in _ZH_TODAY.finditer(text) if chinese_day else ():
            findings += _weekday_finding(match.group(0),
                                         _zh_weekday(match.group(1) or match.group(2)),
                                         release_date, seen)
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
    # weekday_index lets the editor name the day in its own language.
    return [_pointing(_finding(ERROR, "body", "weekday_mismatch", phrase=phrase,
                               date=stated.isoformat(), weekday=_WEEKDAYS[stated.weekday()],
                               weekday_index=stated.weekday()), phrase)]


def _length_and_links(body: list[t.Block], body_text: str, chinese: bool = False,
                      words: int | None = None) -> list[Finding]:
    """The body's length — words, or characters (字) in a Chinese release, each CJK
    character counting one — and its links per word (*words*: count_words(body_text),
    when the caller has counted them)."""
    findings: list[Finding] = []
    if words is None:
        words = count_words(body_text)
    low, high = (BODY_MIN_CHARS, BODY_MAX_CHARS) if chinese else (BODY_MIN_WORDS,
                                                                   BODY_MAX_WORDS)
    unit = "_chars" if chinese else ""
    # (the body's count with its noun: "1 word", "2 words"; in Chinese "1 个字")
    word_count = counted(words, N_("{n} character"), N_("{n} characters")) if chinese else \
        counted(words, N_("{n} word"), N_("{n} words"))
    if words < low:
        findings.append(_finding(WARNING, "body", "body_short" + unit, words=words, min=low,
                                 word_count=word_count))
    elif words > high:
        findings.append(_finding(WARNING, "body", "body_long" + unit, words=words, max=high))
    links = len(t.iter_links(body))
    if links and links * WORDS_PER_LINK > max(words, 1):
        findings.append(_finding(WARNING, "body", "links_dense", links=links, words=words,
                                 per=WORDS_PER_LINK, word_count=word_count,
                                 link_count=counted(links, N_("{n} link"), N_("{n} links"))))
    return findings


def _approval(release: Release, profile: Profile | None, fingerprint: str | None,
              now: datetime) -> list[Finding]:
    """"Not yet approved" (an error when the house style requires approval); sign-offs
    dated in the future."""
    from .clearance.signoffs import clock_set_back, effective_policy, future_signoffs, report

    policy = effective_policy(release, profile.approval if profile is not None else None)
    state = report(release, policy, fingerprint)
    findings = [_finding(WARNING, "clearance", "signoff_future", who=_signer(s),
                         when=s.at.isoformat(timespec="minutes"))
                for s in future_signoffs(release, now)]
    backwards = clock_set_back(release)
    if backwards is not None:
        findings.append(_finding(WARNING, "clearance", "history_clock",
                                 when=backwards.isoformat(timespec="minutes")))
    if state.approved:
        return findings
    severity = ERROR if state.approval_required else WARNING
    stale = state.changed_since
    if stale is not None and not state.current:
        kind = "approval_earlier_rules" if stale in state.earlier_rules else "approval_stale"
        findings.append(_finding(severity, "clearance", kind, who=_signer(stale),
                                 when=minute(stale.at)))
    elif state.current and state.missing:
        findings.append(_finding(severity, "clearance", "approval_missing",
                                 roles=", ".join(state.missing)))
    else:
        findings.append(_finding(severity, "clearance", "not_approved"))
    return findings


def _signer(signoff: SignOff) -> str:
    from .clearance.signoffs import who

    return who(signoff)
_PHOTO_REFERENCE = LazyPattern(r"\]\(\s*<?photo:([^\s)>]*)")


def _photos(release: Release, body: list[t.Block]) -> list[Finding]:
    """Every photo has alt text (an error without), a credit, a useful size and a caption a
    wire service takes; the body's references name photos the release has, once each, in
    a place a photo can stand."""
    findings: list[Finding] = []
    for number, photo in enumerate(release.photos, start=1):
        who = {"number": number, "id": photo.id}
        if not photo.alt.strip():
            findings.append(_finding(ERROR, "photos", "photo_alt_missing", **who))
        if not photo.credit.strip():
            findings.append(_finding(WARNING, "photos", "photo_credit_missing", **who))
        if photo.width < PHOTO_MIN_WIDTH:
            findings.append(_finding(WARNING, "photos", "photo_small", width=photo.width,
                                     min=PHOTO_MIN_WIDTH, **who))
        words = count_words(photo.caption)
        if words > CAPTION_MAX_WORDS:
            findings.append(_finding(WARNING, "photos", "photo_caption_long", words=words,
                                     max=CAPTION_MAX_WORDS, **who))
        if len(photo.data) > PHOTO_LARGE_BYTES:
            findings.append(_finding(NOTE, "photos", "photo_large",
                                     size=round(len(photo.data) / 1024 / 1024), **who))
    if release.photos and not release.conventions.base_url.strip():
        # (the HTML export's Open Graph and JSON-LD image addresses: layout.base_url)
        findings.append(_finding(WARNING, "conventions", "photo_url_relative"))
    known = {photo.id for photo in release.photos}
    seen: set[str] = set()
    for photo_id in _PHOTO_REFERENCE.findall(release.body) if "photo:" in release.body else ():
        if photo_id not in known and photo_id not in seen:
            findings.append(_finding(WARNING, "body", "photo_unknown", id=photo_id))
        seen.add(photo_id)
    if known and "photo:" in release.body:
        placed: list[str] = []
        for block in body:
            if isinstance(block, t.Paragraph):
                placed.extend(_images(block.children))
        nested = [i for b in t.walk_blocks(body) if isinstance(b, (t.Paragraph, t.Heading))
                  for i in _images(b.children)]
        for photo_id in dict.fromkeys(nested):
            if nested.count(photo_id) > placed.count(photo_id):
                findings.append(_finding(WARNING, "body", "photo_not_placed", id=photo_id))
        for photo_id in dict.fromkeys(placed):
            if placed.count(photo_id) > 1:
                findings.append(_finding(WARNING, "body", "photo_twice", id=photo_id))
    return findings


def _images(nodes: list[t.Inline]) -> list[str]:
    found: list[str] = []
    for node in nodes:
        if isinstance(node, t.Image):
            found.append(node.photo_id)
        elif isinstance(node, (t.Strong, t.Emphasis, t.Link)):
            found.extend(_images(node.children))
    return found
