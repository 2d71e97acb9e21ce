"""What the house-style fields of a release or a profile may hold.

The same rules apply where such values come in: a profile loaded or imported
(profiles.py), a .release file loaded or saved (document.py), and the readiness checks.
Each rule returns None when the value is fine, or a *problem*: an N_() phrase with its
arguments, which the caller puts in its own sentence ("The profile x.json is damaged:
<problem>.", "story.release is damaged: <problem>.").

- **House words** (``conventions.words``) are one-line labels: no control characters
  (tab, newline, ESC, NUL …), no bidi overrides, no broken Unicode. ``embargoed`` must hold
  ``{when}`` and ``about`` ``{organization}``; no word may hold any other placeholder
  (``{organisation}`` would be printed as typed). Other braces are printed as they are.
- **The release line** (``conventions.release_line``) is empty, or holds ``{date}`` and
  no other placeholder, with the same characters as a word.
- **The language** is a plausible BCP 47 tag: letters, then groups of letters or digits
  after hyphens (or underscores), at most 35 characters (the length BCP 47 asks every
  implementation to handle); empty means English. Refusing anything else keeps a tag
  where DOCX and HTML can carry it (DOCX refuses values over 255 characters).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .errors import N_
from .patterns import LazyPattern, compiled

if TYPE_CHECKING:
    from .model import Release

Problem = tuple[str, dict[str, object]]

# Sizes no real release reaches (a long release is some 150,000 characters); past them the
# editor and the exports would only stall, so a file beyond them is refused with a sentence.
MAX_LINE_FIELD = 2_000  # headline, subheadline, dateline, organisation, each footer line
MAX_TEXT_FIELD = 2_000_000  # body, boilerplate (a ten-times-long release is 1.5 MB)
MAX_CONTACTS = 200
MAX_KEYWORDS = 200
MAX_FOOTER_LINES = 50

WORD_PLACEHOLDERS = {"embargoed": "{when}", "about": "{organization}"}
RELEASE_LINE_PLACEHOLDER = "{date}"
# The release line may name the release date's weekday too ("{date} {weekday}").
WEEKDAY_PLACEHOLDER = "{weekday}"
LANGUAGE_MAX = 35

# Characters no export may carry (body/safety.py drops them) and, in a one-line label,
# tab and newline too.
_CONTROL = compiled("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\ufffe\uffff]")
LONE_SURROGATE = _SURROGATE = compiled("[\ud800-\udfff]")  # str holds no pairs
_PLACEHOLDER = compiled(r"\{([^{}]*)\}")
_LANGUAGE = compiled(r"[A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8})*")


# Line breaks of every kind str.splitlines knows (CR LF counts as one).
_BREAK_CHARS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_LINE_BREAK = LazyPattern(f"\r\n|[{_BREAK_CHARS}]")
_ANY_BREAK = compiled(f"[{_BREAK_CHARS}]")
ONE_LINE_CONTACT_FIELDS = ("name", "role", "organization", "phone", "email")
ONE_LINE_PHOTO_FIELDS = ("credit", "alt")


# What separates the items of a list typed on one line (keywords, sign-off roles, e-mail
# recipients): the comma and semicolon, their full-width forms, and the enumeration comma
# (、) of Chinese and Japanese. "审核，主任" is two roles, as "Legal, Director" is.
LIST_SEPARATORS = ",;\uff0c\uff1b\u3001"
# Where an item may hold a comma (a register's names and aliases): the semicolons only.
SEMICOLONS = ";\uff1b"
_LIST_SPLIT = LazyPattern(f"[{LIST_SEPARATORS}]")


def split_list(text: str, separators: str = LIST_SEPARATORS) -> list[str]:
    """The items of a list typed on one line, trimmed, empty ones dropped."""
    pattern = _LIST_SPLIT.compiled if separators == LIST_SEPARATORS else \
        re.compile(f"[{re.escape(separators)}]")
    return [item.strip() for item in pattern.split(text) if item.strip()]


# A well-formed e-mail address and phone number: the one rule the editor's contacts table,
# the house-style dialog, the release file, profiles, the checks and the writers' links
# share. (No "=?" anywhere in an address: mail programs would read what follows as an
# encoded word.)
_ADDRESS_CHAR = r"[^@\s<>()\[\],;:\"]"
EMAIL_ADDRESS = compiled(
    rf"^(?!.*=\?){_ADDRESS_CHAR}+@{_ADDRESS_CHAR}+\.{_ADDRESS_CHAR}{{2,}}$")
# An address inside running text (a contact line, a draft's paragraph, a sentence to
# proofread or to compare across language versions): the common unquoted form, letters of
# the Latin alphabet only, so "邮箱ada@example.org" finds ada@example.org.
EMAIL_IN_TEXT = LazyPattern(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
PHONE_NUMBER = compiled(r"^\+?[0-9 ().\-/（）－]+(?:\s*(?:ext\.?|x|转)\s*[0-9]+)?$",
                          re.IGNORECASE)
# China's public service numbers: five digits (12345 the city hotline, 12315, 95598 …).
SERVICE_NUMBER = LazyPattern(r"^(?:12[0-9]{3}|9[56][0-9]{3})$")
PHONE_EXTENSION = compiled(r"(?i)\s*(?:ext\.?|x|转)\s*")


# A phone number inside running text (a footer's 联系电话, a contact line, a sentence):
# an optional country code, an optional area code in brackets, digits in groups joined by
# a space, a hyphen or a dot, an optional extension; seven to fifteen digits, not a date.
# The writers keep it on one line (writers never break inside a phone number).
PHONE_IN_TEXT = compiled(
    r"(?<![0-9A-Za-z+\-－./])"
    r"(?:\+\d{1,3}[ \u00a0\-－.]?)?"
    r"(?:[(（]\d{1,5}[)）][ \u00a0\-－]?)?"
    r"\d+(?:[ \u00a0\-－.]\d+)*"
    r"(?:[ \u00a0]?(?:转|ext\.?|x)[ \u00a0]?\d+)?"
    r"(?![0-9A-Za-z\-－])", re.IGNORECASE)
_DATE_LIKE = LazyPattern(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)")

# Looser finders for where a number's shape is all there is to go on, each checked further
# by its user. A contact line of a draft being imported (importing/contacts.py: six digits
# or more, not a date), written however its office writes numbers ("(703) 292-7761",
# "0510 / 8123 4567").
PHONE_IN_CONTACT_LINE = LazyPattern(
    r"(?<![\w+])(?:\+|\(\d)?[\d(][\d\s().\-/]{5,}\d(?:\s*(?:ext\.?|x)\s*\d+)?", re.IGNORECASE)
# A number in a sentence that a language version must carry too (twins/facts.py: seven to
# fifteen digits; NOT_PHONE_FACT tells a year range or an ISO date from one).
PHONE_FACT = LazyPattern(r"(?<![A-Za-z0-9.,+])(\+\s?)?\(?\d[\d ()-]{5,18}\d(?![A-Za-z0-9])")
NOT_PHONE_FACT = LazyPattern(r"^\d{4}\s?[-–]\s?\d{2,4}$|^\d{4}-\d{2}-\d{2}$")
# The number of a tel: link as typed in the link dialog: a short one (112, 999) too.
TEL_NUMBER = LazyPattern(r"\+?[0-9][0-9 ().\-]{2,}")


def phone_spans(text: str, keep: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """Where phone numbers that a line could break inside stand in *text* (not a bare run
    of digits), and each text of *keep* (a contact's number, however it is written):
    (start, end) of each, in order, none overlapping."""
    spans = []
    if any(c.isdigit() for c in text):
        for match in PHONE_IN_TEXT.finditer(text):
            number = PHONE_EXTENSION.split(match.group(0))[0]
            digits = sum(c.isdigit() for c in number)
            if 7 <= digits <= 15 and not _DATE_LIKE.match(number) \
                    and not match.group(0).isdigit():  # (a run of digits never breaks)
                spans.append(match.span())
    for kept in keep:
        start = text.find(kept) if kept else -1
        while start >= 0:
            spans.append((start, start + len(kept)))
            start = text.find(kept, start + len(kept))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


_PHONE_PIECE = LazyPattern(r"[\d\u00a0+().（）/]*\d[\d\u00a0+().（）/]*"
                           r"(?:\u00a0?(?:转|ext\.?|x)\u00a0?\d+)?", re.IGNORECASE)


def plain_phone_spaces(text: str) -> str:
    """A piece of a phone number as the DOCX writer wrote it (each its own w:t, between
    non-breaking hyphens), its no-break spaces read back as the spaces they were."""
    if "\u00a0" in text and _PHONE_PIECE.fullmatch(text):
        return text.replace("\u00a0", " ")
    return text


def email_is_valid(email: str) -> bool:
    """A plausible address, within RFC 5321's lengths (64 before the @, 254 in all)."""
    email = email.strip()
    return len(email) <= 254 and len(email.partition("@")[0]) <= 64 \
        and bool(EMAIL_ADDRESS.match(email))


def phone_is_valid(phone: str) -> bool:
    """Digits with the usual separators (full-width brackets and dash too) and an optional
    extension (`ext.`, `x`, `转`); at least six digits, or one of China's five-digit public
    service numbers."""
    phone = phone.strip()
    return bool(PHONE_NUMBER.match(phone)) and (
        sum(c.isdigit() for c in phone) >= 6 or bool(SERVICE_NUMBER.match(phone)))


def one_line(text: str) -> str:
    """*text* with each line break a space: what a one-line field (headline, dateline,
    organisation, a contact's name …) holds, however the text arrived (a file, a paste,
    an imported draft)."""
    if _ANY_BREAK.search(text) is None:  # (most text: one search in C, no copy)
        return text
    return _LINE_BREAK.sub(" ", text)


def unify_breaks(text: str) -> str:
    """*text* with every CR LF and lone CR a LF (a block's line ends, however saved)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def keep_one_line_parts(release: Release) -> None:
    """Make the one-line parts of *release*'s records one line (see one_line): contacts,
    footer lines, photos' credits and alt texts. The release's own one-line
    fields are the field table's (fields.keep_one_line_fields, which calls this)."""
    for contact in release.contacts:
        for key in ONE_LINE_CONTACT_FIELDS:
            setattr(contact, key, one_line(getattr(contact, key)))
    for line in release.footer:
        line.text = one_line(line.text)
    for photo in release.photos:
        for key in ONE_LINE_PHOTO_FIELDS:
            setattr(photo, key, one_line(getattr(photo, key)))


def word_problem(key: str, value: str) -> Problem | None:
    """Why the house word *key* cannot be printed as written, or None."""
    if _CONTROL.search(value):
        return N_('the word "{key}" contains control characters'), {"key": key}
    if _SURROGATE.search(value):
        return N_('the word "{key}" contains characters that are not valid Unicode'), \
            {"key": key}
    wanted = WORD_PLACEHOLDERS.get(key)
    if wanted is not None and value.strip() and wanted not in value:
        return N_('the word "{key}" must contain {placeholder}'), \
            {"key": key, "placeholder": wanted}
    typed = _stray_placeholder(value, wanted)
    if typed is not None:
        if wanted is None:
            return N_('the word "{key}" cannot hold a placeholder such as {typed}'), \
                {"key": key, "typed": typed}
        return N_('the word "{key}" may only use the placeholder {placeholder}, not {typed}'), \
            {"key": key, "placeholder": wanted, "typed": typed}
    return None


def release_line_problem(value: str) -> Problem | None:
    """Why *value* cannot be the release line, or None (empty prints no line)."""
    if not value:
        return None
    if _CONTROL.search(value) or _SURROGATE.search(value):
        return N_('"release_line" contains control characters or broken Unicode'), {}
    if RELEASE_LINE_PLACEHOLDER not in value:
        return N_('"release_line" should be text containing {{date}}, or empty'), {}
    typed = _stray_placeholder(value.replace(WEEKDAY_PLACEHOLDER, ""), RELEASE_LINE_PLACEHOLDER)
    if typed is not None:
        return N_('"release_line" may only use the placeholders {{date}} and {{weekday}}, '
                  "not {typed}"), {"typed": typed}
    return None


# House page and type settings (conventions.typesetting): each key's kind and bounds.
# Margins are top, right, bottom, left in millimetres; sizes and pitch in points; faces
# in order of preference. Out of bounds is refused: no page has a 0 mm text area.
TYPESETTING_NUMBERS: dict[str, tuple[float, float]] = {
    "body_pt": (6, 72), "title_pt": (6, 96), "line_pitch_pt": (6, 144),
    "chars_per_line": (4, 200), "lines_per_page": (4, 200)}
TYPESETTING_FONTS = ("body_fonts", "title_fonts", "sans_fonts")
TYPESETTING_KEYS = ("margins_mm", *TYPESETTING_NUMBERS, *TYPESETTING_FONTS)
MAX_FONTS = 16
# A face's name goes into CSS (quoted) and XML: none of these, no control characters.
_FONT_NAME = LazyPattern(r'^[^"\\<>&;{}\x00-\x1f\x7f-\x9f]{1,64}$')


def typesetting_problem(value: object) -> Problem | None:
    """Why *value* cannot be a house's page and type settings, or None."""
    if not isinstance(value, dict):
        return N_('"typesetting" should be an object'), {}
    for key, item in value.items():
        if key not in TYPESETTING_KEYS:
            return N_('"typesetting" may only set {choices}'), \
                {"choices": ", ".join(TYPESETTING_KEYS)}
        if key == "margins_mm":
            if not (isinstance(item, list) and len(item) == 4 and all(
                    _number(x) and 0 <= x <= 100 for x in item)):
                return N_('"margins_mm" should be four numbers of millimetres (top, right, '
                          "bottom, left), each from 0 to 100"), {}
        elif key in TYPESETTING_NUMBERS:
            low, high = TYPESETTING_NUMBERS[key]
            if not (_number(item) and low <= item <= high):
                return N_('"{key}" should be a number from {low} to {high}'), \
                    {"key": key, "low": f"{low:g}", "high": f"{high:g}"}
        elif not (isinstance(item, list) and 0 < len(item) <= MAX_FONTS and all(
                isinstance(face, str) and _FONT_NAME.match(face.strip()) for face in item)):
            return N_('"{key}" should be a list of up to {max} font names (no quotes, '
                      "brackets or semicolons)"), {"key": key, "max": MAX_FONTS}
    return None


def _number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) \
        and value == value  # (not NaN)


_CLOCK = LazyPattern(r"^\s*([01]?\d|2[0-3])\s*[:：]\s*([0-5]\d)(?:\s*[:：]\s*[0-5]\d)?\s*$")


def release_time(value: str) -> str | None:
    """A time of day as the release's 发布时间 keeps it, "09:30", from "9:30", "09:30:00" or
    "09：30" (None when *value* is no time of day; "" stays "")."""
    if not value.strip():
        return ""
    found = _CLOCK.match(value)
    return f"{int(found.group(1)):02d}:{found.group(2)}" if found else None


def release_time_problem(value: str) -> Problem | None:
    """Why *value* cannot be the release's time of day, or None (empty: no time)."""
    if release_time(value) is None:
        return N_('the time of release "{typed}" should be a time of day such as 09:30'), \
            {"typed": value[:20]}
    return None


def language_problem(value: str) -> Problem | None:
    """Why *value* is not a usable language tag, or None (empty means English)."""
    if not value or (len(value) <= LANGUAGE_MAX and _LANGUAGE.fullmatch(value)):
        return None
    return N_('the language "{value}" is not a language tag such as en, en-GB or zh-CN '
              "(letters, digits and hyphens, at most {max} characters)"), \
        {"value": shown(value), "max": LANGUAGE_MAX}


_BASE_URL = LazyPattern(r"https?://[^\s/?#]+(/[^\s?#]*)?", re.I)


def base_url_problem(value: str) -> Problem | None:
    """Why *value* cannot be the site's base address (https://host/path/), or None."""
    if not value or _BASE_URL.fullmatch(value):
        return None
    return N_('the site address "{value}" should be an address such as '
              "https://www.example.org/news/"), {"value": shown(value)}


def words_problem(words: dict[str, str]) -> Problem | None:
    """The first problem among house words (a key this version does not know too)."""
    for key, value in words.items():
        problem = word_problem(key, value)
        if problem is not None:
            return problem
    return None


# What a name may not hold: control characters (tab, line breaks, ESC …), line and
# paragraph separators, broken surrogates, and format characters (bidi overrides and
# isolates, zero-width marks) that can make a printed line read as something else.
_FORGING = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


# Characters Unicode says to show as nothing (Default_Ignorable_Code_Point) that are not
# format characters: fillers and joiners that make "Ada\u3164Li" read as "Ada Li", or
# "Ada\u034f" a second Ada.
_INVISIBLE = frozenset("\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180f\u3164"
                       "\uffa0" + "".join(map(chr, range(0xFE00, 0xFE10)))
                       + "".join(map(chr, range(0xE0100, 0xE01F0))))


def forging_character(text: str, allowed: str = "") -> str | None:
    """The first character of *text* that could forge a printed line (see _FORGING and
    _INVISIBLE) and is not in *allowed*; None when there is none."""
    import unicodedata

    for ch in text:
        if ch not in allowed and (unicodedata.category(ch) in _FORGING or ch in _INVISIBLE):
            return ch
    return None


def escaped(text: str) -> str:
    """*text* with every character that could forge a printed line shown as an escape
    (a line break as \\n, a bidi override as \\u202e): a name read from a file prints as
    one visible line, never as two, never reversed."""
    if forging_character(text) is None:
        return text
    import unicodedata

    def shown(ch: str) -> str:
        if ch in _NAMED_ESCAPES:
            return _NAMED_ESCAPES[ch]
        if unicodedata.category(ch) not in _FORGING and ch not in _INVISIBLE:
            return ch
        return f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}"

    return "".join(shown(ch) for ch in text)


def shown(text: str, limit: int = 40) -> str:
    """*text* fit to appear inside a one-line message: printable, and cut if long."""
    printable = "".join(ch for ch in text if ch.isprintable())
    return printable if len(printable) <= limit else printable[:limit - 1] + "…"


def _stray_placeholder(value: str, allowed: str | None) -> str | None:
    """The first {name} in *value* that is not *allowed*, shown; None if there is none."""
    for match in _PLACEHOLDER.finditer(value):
        if match.group(1).strip() and match.group(0) != allowed:
            return shown(match.group(0))
    return None


def text_size_problem(field: str, text: str, limit: int) -> Problem | None:
    """Why the text of *field* is longer than any release's, or None."""
    if len(text) > limit:
        return N_("the {field} holds {length} characters; a release holds at most {max}"), \
            {"field": field, "length": count(len(text)), "max": count(limit)}
    return None


def parts_size_problem(release: Release) -> Problem | None:
    """Why *release* has more contacts, keywords or footer lines, or a longer one, than
    any release could, or None. (Its own fields' sizes are the field table's:
    fields.size_problem, which calls this.)"""
    for field, number, limit in (("contacts", len(release.contacts), MAX_CONTACTS),
                                 ("keywords", len(release.keywords), MAX_KEYWORDS),
                                 ("footer lines", len(release.footer), MAX_FOOTER_LINES)):
        if number > limit:
            return N_("it has {count} {field}; a release has at most {max}"), \
                {"field": field, "count": count(number), "max": count(limit)}
    lengths = [len(line.text) for line in release.footer]
    lengths += [len(getattr(c, k)) for c in release.contacts
                for k in ("name", "role", "organization", "phone", "email")]
    lengths += [len(k) for k in release.keywords]
    longest = max(lengths, default=0)
    if longest > MAX_LINE_FIELD:
        return N_("a contact, keyword or footer line holds {length} characters; a release "
                  "holds at most {max} in one"), \
            {"length": count(longest), "max": count(MAX_LINE_FIELD)}
    return None


def count(number: int) -> str:
    """*number* as a message shows it: 2,000,001."""
    return f"{number:,}"
