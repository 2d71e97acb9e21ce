"""What proofing finds: one record per mistake, with where it stands in its field's text."""

from __future__ import annotations

from operator import attrgetter

ERROR = "error"
WARNING = "warning"

# The classes of finding (a finding's `kind`), in the order reports list them.
SPELLING = "spelling"
REGISTER_NAME = "register-name"
REGISTER_TITLE = "register-title"
TERM = "term"
BANNED_PHRASE = "banned-phrase"
WEEKDAY = "weekday"
RELATIVE_DAY = "relative-day"
NUMBER_STYLE = "number-style"
ZH_NUMBERS = "zh-numbers"
ZH_TYPO = "zh-typo"
ZH_PUNCTUATION = "zh-punctuation"
DATELINE_PLACE = "dateline-place"  # a dateline city the register's places do not list
ZH_BOOK_TITLE = "zh-book-title"  # a document's title without its 书名号
PUNCTUATION = "punctuation"  # in any language: a parenthesis opened and never closed
KINDS = (SPELLING, REGISTER_NAME, REGISTER_TITLE, TERM, BANNED_PHRASE, WEEKDAY, RELATIVE_DAY,
         NUMBER_STYLE, ZH_NUMBERS, ZH_TYPO, ZH_PUNCTUATION, DATELINE_PLACE, ZH_BOOK_TITLE,
         PUNCTUATION)
# The classes that come from the office register: the readiness checks count them.
REGISTER_KINDS = frozenset({REGISTER_NAME, REGISTER_TITLE, TERM, BANNED_PHRASE})


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a message for Qt's translation tools without importing Qt (lupdate reads it)."""
    return text


# Every proofing message, one sentence each, in English; the editor shows it translated
# (context "Findings", shared with the readiness checks, which show the register's).
TEMPLATES = {
    "spelling": QT_TRANSLATE_NOOP(
        "Findings", "“{found}” is not in the {dictionary} dictionary."),
    "spelling_off": QT_TRANSLATE_NOOP(
        "Findings", "Spelling is off: {reason}"),
    "register_name": QT_TRANSLATE_NOOP(
        "Findings", "“{found}” is close to the register's “{use}”; check the spelling."),
    "register_title": QT_TRANSLATE_NOOP(
        "Findings", "“{found}”: on {date} {name} is {held}, not {title}."),
    "register_title_none": QT_TRANSLATE_NOOP(
        "Findings", "“{found}”: on {date} {name} holds no title in the register, not {title}."),
    "term": QT_TRANSLATE_NOOP(
        "Findings", "The register writes “{use}”, not “{found}”."),
    "banned_phrase": QT_TRANSLATE_NOOP(
        "Findings", "“{found}” is on the office's list of phrases never to print."),
    "weekday": QT_TRANSLATE_NOOP(
        "Findings", "“{found}” does not match: {date} is a {weekday}."),
    "relative_day": QT_TRANSLATE_NOOP(
        "Findings", "“{found}” does not match a release dated {date}: {word} is {right}."),
    "ap_numeral": QT_TRANSLATE_NOOP(
        "Findings", "AP style uses numerals from 10 on: write “{use}”."),
    "ap_spell_out": QT_TRANSLATE_NOOP(
        "Findings", "AP style spells out numbers below 10: write “{use}”."),
    "ap_percent": QT_TRANSLATE_NOOP(
        "Findings", "AP style writes “percent” as one word."),
    "zh_year_mixed": QT_TRANSLATE_NOOP(
        "Findings", "“{found}” mixes with years written like “{other}” in this text; use one "
                    "form (GB/T 15835)."),
    "zh_typo": QT_TRANSLATE_NOOP(
        "Findings", "“{found}” is probably a typo for “{use}”."),
    "zh_halfwidth": QT_TRANSLATE_NOOP(
        "Findings", "A half-width “{found}” among Chinese text; use the full-width “{use}”."),
    "zh_fullwidth": QT_TRANSLATE_NOOP(
        "Findings", "A full-width “{found}” in Latin text; use “{use}”."),
    "zh_doubled": QT_TRANSLATE_NOOP(
        "Findings", "“{found}”: the punctuation mark is doubled."),
    "zh_unclosed": QT_TRANSLATE_NOOP(
        "Findings", "“{found}” is opened but never closed."),
    "zh_unopened": QT_TRANSLATE_NOOP(
        "Findings", "“{found}” closes something never opened."),
    # (the sentences of zh_unclosed and zh_unopened, for the parentheses of every language)
    "unclosed": QT_TRANSLATE_NOOP(
        "Findings", "“{found}” is opened but never closed."),
    "unopened": QT_TRANSLATE_NOOP(
        "Findings", "“{found}” closes something never opened."),
    "dateline_place": QT_TRANSLATE_NOOP(
        "Findings", "“{found}” is not one of the register's places; check the dateline."),
    "dateline_place_near": QT_TRANSLATE_NOOP(
        "Findings", "“{found}” is not one of the register's places; did you mean “{use}”?"),
    "zh_book_title": QT_TRANSLATE_NOOP(
        "Findings", "“{found}” is a document's title: write it in title marks, “{use}” "
                    "(GB/T 15834)."),
}


# The register's messages, which the readiness checks show too.
REGISTER_TEMPLATES = {code: TEMPLATES[code] for code in (
    "register_name", "register_title", "register_title_none", "term", "banned_phrase")}


_FIELDS = ("field", "start", "end", "kind", "severity", "code", "args", "suggestion", "part")
_values = attrgetter(*_FIELDS)
_set = object.__setattr__


class ProofFinding:
    """A mistake in one text: ``text[start:end]`` of the field (or the part of a field:
    "contacts.0.role") is what it is about. Frozen; equal when every field is.

    Slots, not a record: a 20k-word text in the wrong dictionary has thousands of findings,
    and a record's instance dictionary makes each three times the size (330 bytes, against
    104), and four times as slow to make."""

    __slots__ = _FIELDS
    __record_fields__ = _FIELDS  # (records.fields_of, as_dict and replace read it)

    field: str
    start: int
    end: int
    kind: str  # one of KINDS
    severity: str  # "error" or "warning"
    code: str  # a key of TEMPLATES
    args: tuple[tuple[str, object], ...]
    suggestion: str
    part: str  # "" for a field of one text; "contacts.0.role", "photos.1.caption"

    def __init__(self, field: str, start: int, end: int, kind: str, severity: str, code: str,
                 args: tuple[tuple[str, object], ...] = (), suggestion: str = "",
                 part: str = "") -> None:
        _set(self, "field", field)
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "kind", kind)
        _set(self, "severity", severity)
        _set(self, "code", code)
        _set(self, "args", args)
        _set(self, "suggestion", suggestion)
        _set(self, "part", part)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"ProofFinding is frozen: cannot set {name!r}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not ProofFinding:
            return NotImplemented
        return bool(_values(self) == _values(other))

    def __hash__(self) -> int:
        return hash(_values(self))

    def __repr__(self) -> str:
        return "ProofFinding(" + ", ".join(
            f"{name}={value!r}" for name, value in zip(_FIELDS, _values(self), strict=True)) + ")"

    @property
    def message(self) -> str:
        return TEMPLATES[self.code].format(**dict(self.args))

    @property
    def where(self) -> str:
        return self.part or self.field

    def as_dict(self) -> dict[str, object]:
        return {"field": self.where, "start": self.start, "end": self.end, "class": self.kind,
                "severity": self.severity, "message": self.message,
                "suggestion": self.suggestion}


def finding(field: str, start: int, end: int, kind: str, severity: str, code: str,
            suggestion: str = "", **args: object) -> ProofFinding:
    return ProofFinding(field, start, end, kind, severity, code, tuple(args.items()), suggestion)
