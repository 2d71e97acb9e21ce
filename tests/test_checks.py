from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from releasedesk.checks import ERROR, WARNING, Finding, check, has_errors
from releasedesk.clearance.signoffs import sign_off
from releasedesk.model import Contact

from helpers import footer, make_release

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
LONG_BODY = " ".join(["The library trust opens longer on weekends."] * 20)


def findings_for(**fields: object) -> list[Finding]:
    fields.setdefault("body", LONG_BODY)
    return check(make_release(**fields), now=NOW)


def about(findings: list[Finding], field: str) -> list[tuple[str, str]]:
    return [(f.severity, f.message) for f in findings if f.field == field]


def test_a_good_release_is_ready() -> None:
    release = make_release(body=LONG_BODY)
    sign_off(release, "Ada Brill", "Editor", now=NOW)
    assert check(release, now=NOW) == []
    # Unsigned, the same release is ready but for its clearance.
    assert [f.code for f in findings_for()] == ["not_approved"]


def test_headline_missing_or_long() -> None:
    assert about(findings_for(headline="  "), "headline") == [
        (ERROR, "The headline is missing.")]
    long = findings_for(headline="x" * 101)
    assert about(long, "headline")[0][0] == WARNING
    assert "101 characters" in about(long, "headline")[0][1]
    assert about(findings_for(headline="x" * 100), "headline") == []


def test_contacts() -> None:
    assert about(findings_for(contacts=[]), "contacts") == [
        (ERROR, "There is no media contact.")]
    assert about(findings_for(contacts=[Contact()]), "contacts") == [
        (ERROR, "There is no media contact.")]
    unreachable = findings_for(contacts=[Contact(name="Ada Brill")])
    assert about(unreachable, "contacts") == [
        (ERROR, "Ada Brill has neither an e-mail nor a phone.")]
    malformed = findings_for(contacts=[Contact(name="Ada", email="ada-at-example", phone="12")])
    assert [s for s, _ in about(malformed, "contacts")] == [WARNING, WARNING]


def test_embargo() -> None:
    missing = findings_for(status="embargoed", embargo_until=None)
    assert about(missing, "embargo_until")[0][0] == ERROR
    past = findings_for(status="embargoed",
                        embargo_until=datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    assert about(past, "embargo_until")[0][0] == WARNING
    future = findings_for(status="embargoed", release_date=date(2026, 11, 26),
                          embargo_until=datetime(2026, 11, 26, 9, 0,
                                                 tzinfo=timezone(timedelta(hours=-5))))
    assert about(future, "embargo_until") == []


def test_weekday_with_date_must_match() -> None:
    # 2026-11-30 is a Monday.
    good = findings_for(body=LONG_BODY + " Doors open Monday, Nov. 30.")
    assert about(good, "body") == []
    bad = findings_for(body=LONG_BODY + " Doors open Tuesday, November 30, 2026.")
    assert about(bad, "body") == [
        (ERROR, '"Tuesday, November 30, 2026" does not match: 2026-11-30 is a Monday.')]
    zh = findings_for(body=LONG_BODY + " 11月30日（星期二）开放。")
    assert about(zh, "body")[0][0] == ERROR


def test_weekday_called_today_must_be_the_release_day() -> None:
    # The release date 2026-11-25 is a Wednesday.
    assert about(findings_for(body=LONG_BODY + " The mayor spoke today (Wednesday)."),
                 "body") == []
    wrong = about(findings_for(body=LONG_BODY + " The mayor spoke today, Friday, at noon."),
                  "body")
    assert wrong == [(ERROR, '"today, Friday" does not match: 2026-11-25 is a Wednesday.')]
    assert about(findings_for(body=LONG_BODY + " 今天（星期五）开幕。"), "body")[0][0] == ERROR
    # Other weekdays are just weekdays: an event on Saturday is no mistake.
    assert about(findings_for(body=LONG_BODY + " Tours run on Saturday and Sunday."),
                 "body") == []


def test_body_length_and_link_density() -> None:
    short = about(findings_for(body="Too short."), "body")
    assert short[0][0] == WARNING and "2 words" in short[0][1]
    long = about(findings_for(body="word " * 1501), "body")
    assert "1501 words" in long[0][1]
    links = " ".join(f"[site {i}](https://x.example/{i})" for i in range(3))
    dense = about(findings_for(body=LONG_BODY[:600] + " " + links), "body")
    assert any("links" in message for _, message in dense)
    sparse = about(findings_for(body=LONG_BODY + " [one](https://x.example)"), "body")
    assert sparse == []


def test_cjk_words_count_per_character() -> None:
    assert about(findings_for(body="新" * 150), "body") == []


def test_footer_and_release_date() -> None:
    [(severity, empty)] = about(findings_for(footer=footer(" ")), "footer")
    assert severity == ERROR and empty.startswith("The standard footer is empty")
    assert "Tools ▸ Apply House Style" in empty  # (what to do: a footer comes from a house style)
    assert about(findings_for(release_date=None), "release_date")[0][0] == WARNING


def test_errors_come_first_and_has_errors() -> None:
    findings = findings_for(headline="", release_date=date(2026, 11, 25), body="short")
    assert findings[0].severity == ERROR
    assert has_errors(findings)
    assert not has_errors(findings_for(body="short"))


def test_an_organisation_other_than_the_house_styles_is_a_warning() -> None:
    from releasedesk.profiles import ProfileStore

    profile = ProfileStore().get("calloway-wire")
    for written, expected in ((profile.organization, False),
                              ("  " + profile.organization.upper() + " ", False),
                              ("Fernhollow Seed Bank", True), ("", False)):
        release = make_release(organization=written, footer=profile.footer)
        codes = {f.code: f for f in check(release, profile=profile)}
        assert ("organization_other" in codes) is expected, written
        if expected:
            finding = codes["organization_other"]
            assert finding.severity == WARNING and finding.field == "organization"
            assert dict(finding.args)["expected"] == profile.organization
    assert "organization_other" not in {f.code for f in check(make_release(
        organization="Anyone"))}  # no house style installed: nothing to compare with


def test_a_finding_names_the_text_it_is_about() -> None:
    """What the editor selects when the finding is clicked: it stands in the field there."""
    for headline in ("x" * 90 + "y" * 30, "   " + "word " * 30, "标" * 150):
        release = make_release(headline=headline, body=LONG_BODY)
        (long,) = [f for f in check(release, now=NOW) if f.code == "headline_long"]
        assert long.about == headline.strip()[100:]
        assert headline[long.where:long.where + len(long.about)] == long.about
        assert len(headline[:long.where].lstrip()) == 100
    contacts = [Contact(), Contact(name="Ada", email="ada@example.org"),
                Contact(name="Bo", email="bo-at-example", phone="12"), Contact(name="Cy")]
    release = make_release(contacts=contacts, body=LONG_BODY)
    pointed = {(f.code, f.where, f.about) for f in check(release, now=NOW)
               if f.field == "contacts"}
    assert pointed == {("contact_email", 2, "bo-at-example"), ("contact_phone", 2, "12"),
                       ("contact_unreachable", 3, "")}
    for text in (" The mayor spoke today, Friday, at noon.", " 11月30日（星期二）开放。"):
        (weekday,) = [f for f in findings_for(body=LONG_BODY + text)
                      if f.code == "weekday_mismatch"]
        assert weekday.about and weekday.about in text
        assert weekday.about == dict(weekday.args)["phrase"]
    missing = [f for f in findings_for(headline="") if f.field == "headline"]
    assert [(f.about, f.where) for f in missing] == [("", -1)]  # the whole field


CHINESE_PHONES = ["0510-12345678", "(0510)12345678", "（0510）12345678", "0510-8555 0118",
                  "138 0000 0000", "13800000000", "+86 510 8555 0118", "0510-85550118转204",
                  "12345", "12315", "95598", "400-810-8888"]
NOT_PHONES = ["12", "1234", "99999", "55555", "ext. 12", "0510-１２３", "电话", "12345a"]


def test_chinese_phone_numbers_are_valid_and_links() -> None:
    from releasedesk.field_rules import phone_is_valid
    from releasedesk.render.contacts import phone_href

    for phone in CHINESE_PHONES:
        assert phone_is_valid(phone), phone
        href = phone_href(phone)
        assert href is not None and href[4:].lstrip("+").isdigit(), (phone, href)
        findings = findings_for(contacts=[Contact(name="区新闻办", phone=phone)])
        assert about(findings, "contacts") == [], phone
    for text in NOT_PHONES:
        assert not phone_is_valid(text), text


def test_a_chinese_release_without_a_contact_is_warned_not_refused() -> None:
    for language, severity in (("zh-CN", WARNING), ("zh", WARNING), ("en", ERROR),
                               ("en-GB", ERROR)):
        findings = findings_for(contacts=[], language=language)
        assert [(f.severity, f.code) for f in findings if f.field == "contacts"] == [
            (severity, "no_contact")], language


def test_a_chinese_body_is_measured_in_characters() -> None:
    sentence = "芬霍洛区图书馆本周起延长周末开放时间。"  # 18 characters and a full stop
    for count, code in ((5, "body_short_chars"), (30, None), (200, "body_long_chars")):
        body = sentence * count
        findings = findings_for(language="zh-CN", body=body)
        codes = [f.code for f in findings if f.field == "body"]
        assert codes == ([code] if code else []), (count, codes)
        if code:
            [finding] = [f for f in findings if f.field == "body"]
            assert f"{18 * count} characters" in finding.message
    # The same number of English words is judged by the word limits.
    assert [f.code for f in findings_for(language="en", body="word " * 150)
            if f.field == "body"] == []
