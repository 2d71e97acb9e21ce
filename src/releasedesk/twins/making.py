"""Make a language version of a release: its twin.

The twin keeps what both versions share (contacts, photos and their credits, the status,
The twin keeps what both versions share (contacts, photos and their credits, the status,
the embargo's moment, told in the twin's zone, and the release date, the keywords' count
aside; a twin that prints the embargo on a later day, in its language's zone, is dated
that day) and takes the house style's conventions for its language: an installed profile
of the same house in that language when there is one (fernhollow-portal ↔
fernhollow-portal-zh), else the source's, with the language set. Its text starts empty,
so nothing untranslated can go out and the facts check compares translations, not a copy
with itself; *copy_text* gives each text field the source's text after TO_TRANSLATE
instead, which readiness reports until it is gone.
A portal's text fields (引题, 摘要, 来源, 栏目, 作者 …) are text like the others; a 来源 that
names the release's own organisation names the version's, where its house style gives the
organisation in its language. The page's address is the source's page's, so a version
starts without one (the web team gives its page its own). A version of a portal's release
is a portal's release too: its house style in another language that does not ask for the
portal's fields is told to, so the form shows them and the page prints them as the
source's does (an English edition on the city's portal: "Release time: …").
Its clearance starts afresh: each version is signed off on its own.
"""

from __future__ import annotations

import copy
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..language_tag import date_style_of, is_chinese, primary
from ..model import Release, is_portal
from ..profiles import Profile, apply_profile
from ..release_moment import release_zone_name
from ..render.words import printed_moment
from ..workflow import Clearance
from .link import link_pair, new_id
from .marks import TO_TRANSLATE, TRANSLATED_FIELDS


def _family(name: str) -> str:
    base, _, tail = name.rpartition("-")
    return base if base and 2 <= len(tail) <= 3 and tail.isalpha() else name


def language_profile(source: Release, language: str,
                     profiles: list[Profile]) -> Profile | None:
    """The installed house style of the source's house in *language*, if there is one:
    named like the source's profile with or without a language ending (-zh, -en)."""
    if not source.profile:
        return None
    family = _family(source.profile)
    for profile in profiles:
        if profile.name == source.profile:
            continue
        if _family(profile.name) in (family, source.profile) and \
                primary(profile.language) == primary(language):
            return profile
    return None


def make_twin(source: Release, language: str, profiles: list[Profile],
              copy_text: bool = False) -> Release:
    """The twin of *source* in *language* (not yet linked: see link_twins)."""
    twin = copy.deepcopy(source)
    twin.id = new_id()
    twin.twins = []
    twin.clearance = Clearance(policy=copy.deepcopy(source.clearance.policy))
    profile = language_profile(source, language, profiles)
    if profile is not None:
        apply_profile(twin, profile, contacts=False)
    twin.language = language
    twin.release_date = _release_date(source, language)
    twin.embargo_zone, twin.embargo_until = _embargo_in_zone(
        source, language, profile.conventions.zone if profile is not None else "")
    if profile is None and (twin.conventions.date_format == "zh") != is_chinese(language):
        # (年月日 is Chinese's own: a version in another language, or a Chinese version of
        # one, takes its language's date style, as a house style in that language would)
        twin.conventions.date_format = date_style_of(language)
    if is_portal(source) and not is_portal(twin):
        twin.conventions.portal_fields = True
    if source.release_time.strip() and not twin.conventions.zone.strip():
        # (a time of release, 发布时间 09:30, is read in the release's zone: a version without
        # a zone of its own reads it in the source's, the same instant, not in its language's)
        twin.conventions.zone = release_zone_name(source.conventions.zone, source.language)
    from_profile = {"dateline", "boilerplate"} if profile is not None else set()
    if _names_own_organization(source) and twin.organization.strip() and \
            twin.organization.strip() != source.organization.strip():
        from_profile.add("source")
        twin.source = twin.organization.strip()
    for name in TRANSLATED_FIELDS:
        if name in from_profile and getattr(twin, name):
            continue
        setattr(twin, name, _to_translate(getattr(source, name), copy_text))
    twin.page_url = ""
    twin.keywords = [] if not copy_text else list(source.keywords)
    for photo in twin.photos:
        photo.caption = _to_translate(photo.caption, copy_text)
        photo.alt = _to_translate(photo.alt, copy_text)
    return twin


def _names_own_organization(source: Release) -> bool:
    """Whether the source's 来源 is its own organisation (as a portal's release usually is)."""
    return bool(source.source.strip()) and \
        " ".join(source.source.split()) == " ".join(source.organization.split())


def _release_date(source: Release, language: str) -> date | None:
    """The twin's release date: the source's, or, where the twin prints the same embargo
    moment on a later day (北京时间 for a Chinese version of a release embargoed in UTC),
    that day, so the twin's notice and release line agree as the source's do. A source
    whose own embargo lifts after its release date keeps its error in both."""
    day, until = source.release_date, source.embargo_until
    if not source.is_embargoed or day is None or until is None or until.tzinfo is None or \
            printed_moment(until, source.language).date() > day:
        return day
    return max(day, printed_moment(until, language).date())


def _embargo_in_zone(source: Release, language: str,
                     house_zone: str) -> tuple[str, datetime | None]:
    """The twin's embargo zone and moment: the same instant as the source's, told in the
    zone the twin's readers take it in (its house style's in that language; 北京时间 for a
    Chinese version of a release in another language; else the source's zone), so the
    editor shows the twin's date *and* time of day there (23:30 in London is 07:30 the next
    day in Shanghai), as its notice prints them."""
    zone_name, until = source.embargo_zone, source.embargo_until
    if house_zone:
        zone_name = house_zone
    elif is_chinese(language) and not is_chinese(source.language):
        zone_name = "Asia/Shanghai"
    if until is None or until.tzinfo is None or zone_name == source.embargo_zone:
        return source.embargo_zone, until
    try:
        zone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError):
        return source.embargo_zone, until  # (a name this machine does not know: as it was)
    return zone_name, until.astimezone(zone)


def _to_translate(text: str, copy_text: bool) -> str:
    if not copy_text or not text.strip():
        return ""
    separator = "\n\n" if "\n" in text else " "
    return f"{TO_TRANSLATE}{separator}{text}"


def default_path(source: Path, language: str) -> Path:
    """Where a version is saved unless told: beside the source, the language before the
    suffix (ferry.release → ferry.zh-CN.release; ferry.en.release → ferry.zh-CN.release)."""
    stem = source.name.removesuffix(".release")
    base, dot, tail = stem.rpartition(".")
    if dot and base and primary(tail) in {primary(tag) for tag in LANGUAGES}:
        stem = base
    return source.with_name(f"{stem}.{language}.release")


def link_twins(source: Release, source_path: Path, twin: Release, twin_path: Path) -> None:
    """Record the link in both: each names the other's id, relative path, fingerprint.
    ReleaseDeskError when *source* already has a version in the twin's language that is
    there (linking another would quietly drop that link on this side only, leaving the
    other version claiming this one); a link to a version no longer there is replaced."""
    from ..errors import N_, ReleaseDeskError
    from ..render.hreflang import hreflang
    from .link import MISSING, OUTSIDE, partners
    from .words import language_phrase

    tag = hreflang(twin.language or "en").lower()
    for partner in partners(source, source_path):
        if partner.state not in (MISSING, OUTSIDE) and \
                hreflang(partner.link.language or "en").lower() == tag:
            there = partner.path.name if partner.path is not None else partner.link.path
            raise ReleaseDeskError(N_(
                "{name} already has its {language} version, {other}: open that one instead."),
                name=source_path.name, language=language_phrase(twin.language),
                other=there)
    link_pair(source, source_path, twin, twin_path)


# The language variants the editor offers for a new version (any other tag may be typed).
LANGUAGES = ("en", "en-GB", "en-US", "zh-CN", "zh-TW", "zh-HK", "fr", "fr-CA", "de", "es",
             "pt", "ja", "ko")


def language_choices(source_language: str, profiles: list[Profile]) -> list[str]:
    """The variants a version of a release in *source_language* may be made in: the known
    ones and those of the installed house styles, less the source's own language."""
    out: list[str] = []
    for tag in (*LANGUAGES, *sorted(p.language for p in profiles if p.language)):
        tag = tag.replace("_", "-")
        if primary(tag) != primary(source_language) and \
                tag.lower() not in (t.lower() for t in out):
            out.append(tag)
    return out
