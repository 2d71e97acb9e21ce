"""No text of a release can add an e-mail header, and one-line fields hold one line.

Issue 22, points 1 and 2: every one-line field × every hostile payload (line breaks,
encoded words that decode to line breaks, NUL, very long words) gives a message whose
headers are exactly the ones the writer wrote, with the Subject reading as typed.
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.header import decode_header, make_header

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from releasedesk import document
from releasedesk.body.safety import clean_text
from releasedesk.errors import ReleaseDeskError
from releasedesk.exporting import draft_bytes
from releasedesk.field_rules import email_is_valid, one_line
from releasedesk.importing import READERS, import_bytes
from releasedesk.json_values import JsonObject
from releasedesk.model import Contact, FooterLine, Release
from releasedesk.render.mail_headers import header_text, mail_address

from examples import examples
from helpers import make_release

TOP_HEADERS = ["Subject", "From", "To", "X-Unsent", "MIME-Version", "Content-Type"]
PART_HEADERS = {"Content-Type", "Content-Transfer-Encoding", "MIME-Version", "Content-ID",
                "Content-Disposition"}


def _b(text: str) -> str:
    return "=?utf-8?b?" + base64.b64encode(text.encode()).decode() + "?="


FORGED = "Bcc: someone@example.org"
PAYLOADS = [
    f"Ferry\r{FORGED}",
    f"Ferry\n{FORGED}",
    f"Ferry\r\n{FORGED}",
    f"Ferry\r\n\r\n{FORGED}",
    "Ferry =?utf-8?q?=0D=0ABcc:_someone@example.org?= opens",
    "Ferry =?utf-8?Q?=0A=0ABcc:_someone@example.org?=",
    f"Ferry {_b(chr(13) + chr(10) + FORGED)} opens",
    f"{_b(chr(10) + FORGED)}",
    "=?iso-8859-1?q?=0D=0ABcc:_x@example.org?==?utf-8?b?DQpCY2M6IHhAZXhhbXBsZS5vcmc=?=",
    "Ferry\x00opens\x00" + FORGED,
    "Ferry\u2028" + FORGED + "\u2029x\x85y\x0bz\x0c",
    "W" * 3000,
    "Ferry " + "長" * 500 + " opens",
    "=?",
    "?=",
    "Ferry: opens; <b>today</b>, \"quoted\" (note) \\ back",
]

# Every one-line field, and the house's embargo words, which reach the Subject.
FIELDS = ["headline", "subheadline", "dateline", "organization", "contact name", "keyword",
          "footer", "embargo words", "photo-free caption"]


def _release_with(field: str, payload: str) -> Release:
    release = make_release()
    release.conventions.mail_from = "press@library.example"
    release.conventions.mail_to = ["desk@news.example", "wire@news.example"]
    if field in ("headline", "subheadline", "dateline", "organization"):
        setattr(release, field, payload)
        if field == "subheadline":
            release.headline = ""  # the subheadline becomes the Subject
    elif field == "contact name":
        release.contacts = [Contact(payload, payload, payload, payload, payload)]
    elif field == "keyword":
        release.keywords = [payload]
    elif field == "footer":
        release.footer = [FooterLine(payload)]
    elif field == "embargo words":
        release.status = "embargoed"
        release.embargo_until = datetime(2026, 12, 1, 9, 0, tzinfo=timezone(timedelta(hours=1)))
        release.conventions.words = {"embargoed": payload.replace("{", "(") + " {when}"}
    else:
        release.boilerplate = payload
    return release


def _headers_exactly_as_written(raw: bytes, subject: str) -> None:
    for parse_policy in (policy.default, policy.compat32):
        message = message_from_bytes(raw, policy=parse_policy)
        assert message.keys() == TOP_HEADERS
        assert message.get_all("Bcc") is None and message.get_all("Cc") is None
        for part in message.walk():
            if part is not message:
                assert set(part.keys()) <= PART_HEADERS, part.keys()
    message = message_from_bytes(raw, policy=policy.default)
    assert str(message["Subject"]) == subject
    # Decoded the old way too (compat32 readers such as many mail filters).
    legacy = message_from_bytes(raw, policy=policy.compat32)
    assert str(make_header(decode_header(legacy["Subject"]))) == subject
    assert [str(a) for a in message["To"].addresses] == ["desk@news.example",
                                                          "wire@news.example"]
    for line in raw.split(b"\r\n\r\n", 1)[0].split(b"\r\n"):
        assert len(line) <= 998


def _expected_subject(release: Release) -> str:
    headline, subheadline = clean_text(release.headline), clean_text(release.subheadline)
    return header_text(headline.strip() or subheadline.strip() or "Press release")


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("field", FIELDS)
def test_no_field_can_add_a_header(field: str, payload: str) -> None:
    release = _release_with(field, payload)
    raw = draft_bytes(release, "eml")
    message = message_from_bytes(raw, policy=policy.default)
    subject = str(message["Subject"])
    if field == "embargo words":
        assert subject.startswith(header_text(clean_text(payload.replace("{", "("))))
    else:
        assert subject == _expected_subject(release)
    _headers_exactly_as_written(raw, subject)


def test_a_literal_encoded_word_prints_as_typed() -> None:
    typed = "Ferry =?utf-8?q?=0D=0ABcc:_someone@example.org?= opens"
    raw = draft_bytes(make_release(headline=typed), "eml")
    assert b"Bcc:" not in raw.split(b"\r\n\r\n", 1)[0]
    assert str(message_from_bytes(raw, policy=policy.default)["Subject"]) == typed


@settings(max_examples=examples(300, 100), deadline=None)
@given(st.text(max_size=120), st.text(max_size=60))
def test_any_headline_gives_exactly_our_headers(headline: str, words: str) -> None:
    release = make_release(headline=headline, status="embargoed",
                           embargo_until=datetime(2027, 1, 5, 9, tzinfo=UTC))
    release.conventions.mail_to = ["desk@news.example", "wire@news.example"]
    release.conventions.mail_from = "press@library.example"
    raw = draft_bytes(release, "eml")
    message = message_from_bytes(raw, policy=policy.default)
    subject = str(message["Subject"])
    _headers_exactly_as_written(raw, subject)
    assert "\n" not in subject and "\r" not in subject
    shown_headline = header_text(clean_text(headline))
    assert shown_headline in subject or not shown_headline


def test_the_same_release_gives_the_same_message_bytes() -> None:
    release = make_release(headline="Weekend hours =?x?= extended")
    assert draft_bytes(release, "eml") == draft_bytes(release, "eml")


@pytest.mark.parametrize("address", [
    "=?utf-8?q?=0D=0ABcc:_x@example.org?=@example.org",
    "a=?b@example.org",
    "press@exa=?mple.org",
])
def test_an_address_that_reads_as_an_encoded_word_is_refused(address: str) -> None:
    assert not email_is_valid(address)
    with pytest.raises(ReleaseDeskError, match="cannot be used as an e-mail address"):
        mail_address(address)


def test_a_refused_sender_is_one_sentence_not_an_internal_error() -> None:
    release = make_release()
    release.conventions.mail_from = "press@exa mple.org"
    with pytest.raises(ReleaseDeskError) as caught:
        draft_bytes(release, "eml")
    assert "\n" not in caught.value.message


# -- point 2: one-line fields hold one line ------------------------------------------------

BREAKS = ["\n", "\r", "\r\n", "\u2028", "\u2029", "\x85", "\x0b", "\x0c"]


@pytest.mark.parametrize("brk", BREAKS)
def test_a_line_break_in_a_one_line_field_is_a_space_on_load(brk: str) -> None:
    data: JsonObject = document.to_dict(make_release())
    for key in ("headline", "subheadline", "dateline", "organization"):
        data[key] = f"Port{brk}Calloway"
    data["contacts"] = [{"name": f"Ann{brk}Bee", "role": f"Press{brk}Officer",
                         "organization": "", "phone": "", "email": ""}]
    data["keywords"] = [f"ferry{brk}terminal"]
    data["footer"] = [f"© 2026{brk}Harbour"]
    data["conventions"].update(mail_from="press@library.example",
                               mail_to=["desk@news.example", "wire@news.example"])
    release = document.from_dict(data)
    for key in ("headline", "subheadline", "dateline", "organization"):
        assert getattr(release, key) == "Port Calloway"
    assert release.contacts[0].name == "Ann Bee"
    assert release.contacts[0].role == "Press Officer"
    assert release.keywords == ["ferry terminal"]
    assert release.footer[0].text == "© 2026 Harbour"
    # …and the e-mail export of such a file is a message, not an internal error.
    raw = draft_bytes(release, "eml")
    _headers_exactly_as_written(raw, "Port Calloway")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_one_line_leaves_no_line_break(text: str) -> None:
    assert len(one_line(text).splitlines()) <= 1
    assert one_line(one_line(text)) == one_line(text)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=30),
                min_size=1, max_size=6))
def test_an_imported_draft_never_puts_a_line_break_in_a_one_line_field(
        lines: list[str]) -> None:
    raw = "\n".join(["Ferry\u2028opens", "", *lines, "", "Contact: Ann\rBee"]).encode()
    try:
        release, _ = import_bytes(raw, "draft.txt", READERS["txt"])
    except ReleaseDeskError:
        return  # (nothing to import is one sentence too)
    for value in (release.headline, release.subheadline, release.dateline,
                  release.organization, *release.keywords,
                  *(getattr(c, k) for c in release.contacts
                    for k in ("name", "role", "organization", "phone", "email"))):
        assert len(value.splitlines()) <= 1, value


def test_an_address_longer_than_smtp_allows_is_not_valid() -> None:
    assert email_is_valid("press@library.example")
    assert not email_is_valid("press@library.example" + "A" * 1500)
    assert not email_is_valid("p" * 65 + "@library.example")


@pytest.mark.parametrize("brk", ["\v", "\f", "\x1c", "\x85"])
def test_a_control_line_break_in_a_text_draft_is_a_line_not_nothing(brk: str) -> None:
    raw = f"Harbour{brk}Opens Terminal\n\nPORT{brk}CALLOWAY — The harbour opened.\n".encode()
    release, _ = import_bytes(raw, "draft.txt", READERS["txt"])
    assert "HarbourOpens" not in release.headline + release.body
    assert "PORTCALLOWAY" not in release.dateline + release.body
