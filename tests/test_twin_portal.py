"""A language version of a portal's release (tester15 M1): its portal text is marked to
translate like the rest, its page address is not the source's page's, it is a portal's
release too, and readiness names only the fields the form shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from releasedesk import document
from releasedesk.checks import check, text_fields
from releasedesk.fields import PORTAL_FIELDS
from releasedesk.model import Conventions, is_portal
from releasedesk.profiles import ProfileStore
from releasedesk.twins.making import make_twin
from releasedesk.twins.marks import PORTAL_TEXT_FIELDS, TO_TRANSLATE
from twin_versions import Version, sample_versions

from examples import examples
from helpers import make_release


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> list[Version]:
    return sample_versions(tmp_path_factory.mktemp("versions"))


def portal_form_shows(release_path: Path, field: str) -> bool:
    """Whether the editor's form shows *field* of the release (form_sections.update_portal)."""
    release = document.load(release_path)
    return field not in PORTAL_FIELDS or is_portal(release) or any(
        str(getattr(release, name)).strip() for name in PORTAL_FIELDS)


def test_every_version_marks_or_empties_the_portal_text_and_has_no_page(
        versions: list[Version]) -> None:
    made = [v for v in versions if v.path != v.source and v.path.parent.suffix != ".before"]
    assert len(made) >= 4 * 2 * 10  # (every sample, in each offered language, both ways)
    portal_versions = 0
    for version in made:
        source, twin = document.load(version.source), document.load(version.path)
        assert twin.page_url == "", version
        if is_portal(source):
            assert is_portal(twin), version
            portal_versions += 1
        for name in PORTAL_TEXT_FIELDS:
            value, was = getattr(twin, name), getattr(source, name)
            if name == "source" and was.strip() == source.organization.strip() and \
                    twin.organization != source.organization:
                assert value == twin.organization.strip(), version
            elif version.copied and was.strip():
                assert value.startswith(TO_TRANSLATE) and was.strip() in value, (version, name)
            else:
                assert value == "", (version, name)
    assert portal_versions >= 2 * 10  # the Chinese portal sample's, every other language


def test_every_finding_over_the_samples_and_versions_names_a_field_the_form_shows(
        versions: list[Version]) -> None:
    store = {p.name: p for p in ProfileStore().load_all()}
    named: set[str] = set()
    for version in versions:
        release = document.load(version.path)
        for finding in check(release, path=version.path,
                             profile=store.get(release.profile or ""), register=False):
            named.add(finding.field)
            assert portal_form_shows(version.path, finding.field), (version, finding)
    assert {"headline", "body", "summary"} <= named  # (the table reaches the portal's text)


def test_the_english_version_of_the_portal_sample_has_no_chinese_summary_finding(
        versions: list[Version]) -> None:
    english = [v for v in versions if v.language == "en" and not v.copied
               and v.source.name.startswith("fernhollow-night-market-zh")
               and v.path.parent.suffix != ".before"]
    assert len(english) == 1
    findings = check(document.load(english[0].path), path=english[0].path, register=False)
    assert not [f for f in findings if f.field in PORTAL_FIELDS], findings


_PORTAL_TEXT = st.sampled_from(["", "磨坊广场夜市12月5日起开放", "Dec. 5, 2026", "周启航",
                                "\udc80 broken", "https://fernhollow.example/zh/a.html"])


@settings(max_examples=examples(120, 40), deadline=None)
@given(st.sampled_from(["en", "en-GB", "zh-CN", "fr"]), st.booleans(),
       st.fixed_dictionaries({name: _PORTAL_TEXT for name in PORTAL_TEXT_FIELDS}))
def test_a_portal_field_is_checked_for_dates_only_where_it_prints_and_named_where_shown(
        language: str, portal_style: bool, texts: dict[str, str]) -> None:
    release = make_release(language=language,
                           conventions=Conventions(portal_fields=portal_style), **texts)
    printed = {name for name, _text in text_fields(release, printed=True)}
    assert bool(printed & set(PORTAL_TEXT_FIELDS)) == is_portal(release)
    assert set(PORTAL_TEXT_FIELDS) <= {name for name, _text in text_fields(release)}
    for finding in check(release, register=False):
        if finding.field in PORTAL_FIELDS:
            assert is_portal(release) or getattr(release, finding.field).strip(), finding


@pytest.mark.parametrize(("source", "organization", "profile_there", "expected"), [
    ("芬霍洛区行政公署", "芬霍洛区行政公署", True, "Fernhollow District Administration"),
    (" 芬霍洛区行政公署 ", "芬霍洛区行政公署", True, "Fernhollow District Administration"),
    ("芬霍洛区商务局", "芬霍洛区行政公署", True, ""),
    ("芬霍洛区行政公署", "芬霍洛区行政公署", False, ""),
    ("", "芬霍洛区行政公署", True, ""),
])
def test_a_source_naming_the_house_becomes_the_version_s_house(
        source: str, organization: str, profile_there: bool, expected: str) -> None:
    profiles = [p for p in ProfileStore().load_all() if p.name == "fernhollow-portal"]
    assert profiles
    original = make_release(language="zh-CN", organization=organization, source=source,
                            profile="fernhollow-portal-zh",
                            page_url="https://fernhollow.example/zh/news/a.html")
    twin = make_twin(original, "en", profiles if profile_there else [])
    assert twin.source == expected
    assert twin.page_url == ""
    assert is_portal(twin)
    copied = make_twin(original, "en", profiles if profile_there else [], copy_text=True)
    assert copied.source == (expected or (f"{TO_TRANSLATE} {source.strip()}"
                                          if source.strip() else ""))
