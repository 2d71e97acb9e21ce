"""The office register: the names, titles and terms a release must get exactly right.

The register is part of a house-style profile (its "names" key, docs/register.md): people
with their exact name, Chinese form, organisation and the titles they hold with the dates
each title holds; organisations with their exact names and short forms; terms written one
way (and the wrong or retired forms with their replacement); phrases the office never
prints; and words the office spells its own way (place names the dictionary lacks).

Read from the profile's JSON or imported from a spreadsheet saved as CSV. Plain data with
no file access: the proofing service (proofing/) checks releases against it.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from .errors import N_, ReleaseDeskError, json_reason, os_reason
from .field_rules import SEMICOLONS, split_list
from .json_values import Json, JsonObject
from .records import Factory, record

# Columns of a register spreadsheet (CSV, UTF-8, first row the column names; docs/register.md).
CSV_COLUMNS = ("kind", "name", "name_zh", "title", "title_zh", "from", "to", "organization",
               "also")
KINDS = ("person", "organization", "term", "banned", "word", "place")
MAX_ENTRIES = 20000
MAX_TEXT = 200


class RegisterError(ReleaseDeskError):
    """A register that cannot be read; the message says where and why."""


@record(frozen=True)
class Title:
    """A title a person holds from *start* to *end* (both days included; None = open)."""

    title: str
    title_zh: str = ""
    start: date | None = None
    end: date | None = None

    def holds_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@record
class Person:
    name: str
    name_zh: str = ""
    organization: str = ""
    titles: list[Title] = Factory(factory=list)

    def titles_on(self, day: date | None) -> list[Title]:
        """The titles held on *day* (every title when the day is unknown)."""
        return list(self.titles) if day is None else [t for t in self.titles if t.holds_on(day)]


@record
class Organization:
    name: str
    name_zh: str = ""
    short: list[str] = Factory(factory=list)


@record
class Term:
    """*use* is the one right form; *wrong* are the banned or retired forms."""

    use: str
    wrong: list[str] = Factory(factory=list)


@record
class BannedPhrase:
    phrase: str
    use: str = ""  # a replacement, when there is one


@record
class Register:
    people: list[Person] = Factory(factory=list)
    organizations: list[Organization] = Factory(factory=list)
    terms: list[Term] = Factory(factory=list)
    banned: list[BannedPhrase] = Factory(factory=list)
    words: list[str] = Factory(factory=list)
    # The places a release line or dateline may name ("Port Calloway", "卡洛威"): when
    # there are any, a dateline naming another is worth a look.
    places: list[str] = Factory(factory=list)

    def is_empty(self) -> bool:
        return not (self.people or self.organizations or self.terms or self.banned
                    or self.words or self.places)

    def entries(self) -> int:
        return (len(self.people) + len(self.organizations) + len(self.terms)
                + len(self.banned) + len(self.words) + len(self.places))


# -- JSON -------------------------------------------------------------------------------


def register_to_json(register: Register) -> JsonObject:
    def title(t: Title) -> dict[str, str]:
        out = {"title": t.title}
        if t.title_zh:
            out["title_zh"] = t.title_zh
        if t.start:
            out["from"] = t.start.isoformat()
        if t.end:
            out["to"] = t.end.isoformat()
        return out

    data: JsonObject = {}
    if register.people:
        data["people"] = [{"name": p.name, **({"name_zh": p.name_zh} if p.name_zh else {}),
                           **({"organization": p.organization} if p.organization else {}),
                           "titles": [title(t) for t in p.titles]} for p in register.people]
    if register.organizations:
        data["organizations"] = [{"name": o.name, **({"name_zh": o.name_zh} if o.name_zh else {}),
                                  "short": list(o.short)} for o in register.organizations]
    if register.terms:
        data["terms"] = [{"use": t.use, "not": list(t.wrong)} for t in register.terms]
    if register.banned:
        data["banned_phrases"] = [{"phrase": b.phrase, **({"use": b.use} if b.use else {})}
                                  for b in register.banned]
    if register.words:
        data["words"] = list(register.words)
    if register.places:
        data["places"] = list(register.places)
    return data


def register_from_json(data: Json) -> Register:
    """The register in a profile's "names" value; RegisterError names the first problem."""
    if data is None:
        return Register()
    if not isinstance(data, dict):
        raise RegisterError(N_('the register ("names") should be an object'))
    register = Register()
    for index, item in enumerate(_list(data, "people"), start=1):
        where = f"people {index}"
        person = Person(_text(item, "name", where, required=True), _text(item, "name_zh", where),
                        _text(item, "organization", where))
        for number, entry in enumerate(_list(item, "titles", where), start=1):
            spot = f"{where}, title {number}"
            person.titles.append(Title(_text(entry, "title", spot, required=True),
                                       _text(entry, "title_zh", spot), _day(entry, "from", spot),
                                       _day(entry, "to", spot)))
        register.people.append(person)
    for index, item in enumerate(_list(data, "organizations"), start=1):
        where = f"organizations {index}"
        register.organizations.append(Organization(
            _text(item, "name", where, required=True), _text(item, "name_zh", where),
            _texts(item, "short", where)))
    for index, item in enumerate(_list(data, "terms"), start=1):
        where = f"terms {index}"
        register.terms.append(Term(_text(item, "use", where, required=True),
                                   _texts(item, "not", where)))
    for index, item in enumerate(_list(data, "banned_phrases"), start=1):
        where = f"banned_phrases {index}"
        register.banned.append(BannedPhrase(_text(item, "phrase", where, required=True),
                                            _text(item, "use", where)))
    words = data.get("words", [])
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        raise RegisterError(N_('"words" in the register should be a list of words'))
    register.words = [w.strip() for w in words]
    places = data.get("places", [])
    if not isinstance(places, list) or not all(isinstance(w, str) and w.strip() and
                                               len(w) <= MAX_TEXT for w in places):
        raise RegisterError(N_('"places" in the register should be a list of place names'))
    register.places = [" ".join(w.split()) for w in places]
    if register.entries() > MAX_ENTRIES:
        raise RegisterError(N_("the register has more than {max} entries"), max=MAX_ENTRIES)
    return register


def _list(item: Json, key: str, where: str = "") -> list[Json]:
    value = item.get(key, []) if isinstance(item, dict) else None
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise RegisterError(N_('"{key}" in the register should be a list of entries{where}'),
                            key=key, where=f" ({where})" if where else "")
    return value


def _text(item: JsonObject, key: str, where: str, required: bool = False) -> str:
    value = item.get(key, "")
    if value is None:
        value = ""
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        raise RegisterError(N_('"{key}" of {where} in the register should be a short text'),
                            key=key, where=where)
    value = " ".join(value.split())
    if required and not value:
        raise RegisterError(N_('{where} in the register has no "{key}"'), key=key, where=where)
    return value


def _texts(item: JsonObject, key: str, where: str) -> list[str]:
    value = item.get(key, [])
    if isinstance(value, str):
        value = _split(value)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RegisterError(N_('"{key}" of {where} in the register should be a list of texts'),
                            key=key, where=where)
    return [" ".join(v.split()) for v in value if v.strip()]


def _day(item: JsonObject, key: str, where: str) -> date | None:
    value = item.get(key, "")
    if value in ("", None):
        return None
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise RegisterError(N_('"{key}" of {where} in the register should be a date such as '
                               "2026-07-01, not \"{value}\""),
                            key=key, where=where, value=str(value)[:40]) from None


# -- CSV --------------------------------------------------------------------------------


def register_from_csv(text: str) -> Register:
    """A register from a spreadsheet saved as CSV (docs/register.md): one row per title a
    person holds (rows of one name make one person), organisation, term, banned phrase or
    word. A row that cannot be read raises RegisterError naming its line."""
    import csv  # (a spreadsheet register is rare: not imported at every start)

    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [(h or "").strip().lower() for h in (reader.fieldnames or [])]
    if "kind" not in header or "name" not in header:
        raise RegisterError(N_('the spreadsheet has no "kind" and "name" columns in its first '
                               "row; its columns are {columns}"), columns=", ".join(CSV_COLUMNS))
    unknown = [column for column in header if column and column not in CSV_COLUMNS]
    if unknown:  # (a misspelt column's cells would be lost without a word)
        raise RegisterError(N_('the spreadsheet has a column "{column}" the register does not '
                               "know; its columns are {columns}"), column=unknown[0][:40],
                            columns=", ".join(CSV_COLUMNS))
    reader.fieldnames = header
    people: dict[str, JsonObject] = {}
    data: dict[str, list[Json]] = {"people": [], "organizations": [], "terms": [],
                                  "banned_phrases": []}
    words: list[str] = []
    places: list[str] = []
    for row in reader:
        line = reader.line_num
        cell = {k: (v or "").strip() for k, v in row.items() if isinstance(k, str)}
        kind = cell.get("kind", "").lower()
        name = cell.get("name", "")
        if not kind and not name:
            continue
        if kind not in KINDS:
            raise RegisterError(N_('line {line} of the spreadsheet has the kind "{kind}"; use '
                                   "one of {kinds}"), line=line, kind=kind[:30],
                                kinds=", ".join(KINDS))
        if not name:
            raise RegisterError(N_("line {line} of the spreadsheet has no name"), line=line)
        also = cell.get("also", "")
        if kind == "person":
            person = people.get(name)
            if person is None:
                person = people[name] = {"name": name, "name_zh": "", "organization": "",
                                         "titles": []}
                data["people"].append(person)
            person["name_zh"] = person["name_zh"] or cell.get("name_zh", "")
            person["organization"] = person["organization"] or cell.get("organization", "")
            for key in ("from", "to"):
                try:
                    _day(cell, key, "")
                except RegisterError:
                    raise RegisterError(N_('line {line} of the spreadsheet has "{value}" as a '
                                           "date; write dates such as 2026-07-01"),
                                        line=line, value=cell[key][:40]) from None
            if (cell.get("from") or cell.get("to")) and not cell.get("title"):
                raise RegisterError(N_("line {line} of the spreadsheet gives dates but no "
                                       "title"), line=line)
            if cell.get("title"):
                person["titles"].append({"title": cell["title"],
                                         "title_zh": cell.get("title_zh", ""),
                                         "from": cell.get("from", ""), "to": cell.get("to", "")})
        elif kind == "organization":
            data["organizations"].append({"name": name, "name_zh": cell.get("name_zh", ""),
                                          "short": also})
        elif kind == "term":
            data["terms"].append({"use": name, "not": also})
        elif kind == "banned":
            data["banned_phrases"].append({"phrase": name, "use": also})
        elif kind == "place":
            places.append(name)
        else:
            words.append(name)
    try:
        return register_from_json({**data, "words": words, "places": places})
    except RegisterError as exc:
        raise RegisterError(N_("the spreadsheet: {problem}"), problem=exc.message) from exc


def merge(base: Register, extra: Register) -> Register:
    """*base* with *extra*'s entries added (a person of the same name is replaced)."""
    names = {p.name for p in extra.people}
    return Register(
        people=[p for p in base.people if p.name not in names] + list(extra.people),
        organizations=base.organizations + extra.organizations,
        terms=base.terms + extra.terms, banned=base.banned + extra.banned,
        words=list(dict.fromkeys(base.words + extra.words)),
        places=list(dict.fromkeys(base.places + extra.places)))


def register_from_bytes(raw: bytes, suffix: str) -> Register:
    """A register from a file's bytes: a spreadsheet saved as CSV (UTF-8, or GB18030 as
    Excel saves it on a Chinese desktop) or JSON (the register alone, or a whole profile
    with its "names")."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = raw.decode("gb18030")
        except UnicodeDecodeError:
            raise RegisterError(N_("the file is neither UTF-8 nor GB18030 text")) from None
    if suffix.lower() == ".json":
        import json

        try:
            data = json.loads(text)
        except (json.JSONDecodeError, RecursionError) as exc:
            raise RegisterError(N_("the file is not valid JSON ({detail})"),
                                detail=json_reason(exc.msg) if isinstance(
                                    exc, json.JSONDecodeError) else str(exc)[:80]) from None
        if isinstance(data, dict) and "names" in data and "people" not in data:
            data = data["names"]
        return register_from_json(data)
    import csv

    try:
        return register_from_csv(text)
    except csv.Error as exc:
        raise RegisterError(N_("the spreadsheet cannot be read as CSV ({detail})"),
                            detail=str(exc)[:80]) from None


# -- rows (the register dialog's tables) ----------------------------------------------------

# Each table of the register dialog and its columns; a person has a row per title.
TABLES: dict[str, tuple[str, ...]] = {
    "people": ("name", "name_zh", "title", "title_zh", "from", "to", "organization"),
    "organizations": ("name", "name_zh", "short"),
    "terms": ("use", "not"),
    "places": ("name",),
    "words": ("word",),
    "banned": ("phrase", "use"),
}
# The tables' names as messages say them.
TABLE_NAMES = {"people": N_("People"), "organizations": N_("Organisations"),
               "terms": N_("Terms"), "places": N_("Places"), "words": N_("Words"),
               "banned": N_("Banned phrases")}
Rows = dict[str, list[list[str]]]


def register_rows(register: Register) -> Rows:
    """*register* as the dialog's tables: one row of texts per cell of TABLES."""
    people = []
    for person in register.people:
        titles: list[Title | None] = list(person.titles) or [None]
        for title in titles:
            people.append([person.name, person.name_zh,
                           title.title if title else "", title.title_zh if title else "",
                           title.start.isoformat() if title and title.start else "",
                           title.end.isoformat() if title and title.end else "",
                           person.organization])
    return {
        "people": people,
        "organizations": [[o.name, o.name_zh, "; ".join(o.short)]
                          for o in register.organizations],
        "terms": [[t.use, "; ".join(t.wrong)] for t in register.terms],
        "places": [[p] for p in register.places],
        "words": [[w] for w in register.words],
        "banned": [[b.phrase, b.use] for b in register.banned],
    }


def register_from_rows(rows: Rows) -> Register:
    """The register the dialog's tables hold (rows of one name make one person, their
    name in Chinese and organisation from the first row that has them). Empty rows are
    left out; RegisterError names the table and row of the first problem."""
    def cells(table: str) -> list[tuple[int, dict[str, str]]]:
        columns = TABLES[table]
        found = []
        for number, row in enumerate(rows.get(table, []), start=1):
            cell = {c: " ".join((row[i] if i < len(row) else "").split())
                    for i, c in enumerate(columns)}
            if any(cell.values()):
                found.append((number, cell))
        return found

    def problem(table: str, number: int, text: str, **args: object) -> RegisterError:
        return RegisterError(N_("row {row} of {table}: {problem}"), row=number,
                             table=TABLE_NAMES[table], problem=text, **args)

    people: dict[str, Person] = {}
    for number, cell in cells("people"):
        if not cell["name"]:
            raise problem("people", number, N_("there is no name"))
        person = people.setdefault(cell["name"], Person(cell["name"]))
        person.name_zh = person.name_zh or cell["name_zh"]
        person.organization = person.organization or cell["organization"]
        days: list[date | None] = []
        for key in ("from", "to"):
            try:
                days.append(date.fromisoformat(cell[key]) if cell[key] else None)
            except ValueError:
                raise problem("people", number, N_("write the date “{value}” as 2026-07-01"),
                              value=cell[key][:40]) from None
        if (days[0] or days[1]) and not cell["title"]:
            raise problem("people", number, N_("there are dates but no title"))
        if days[0] and days[1] and days[1] < days[0]:
            raise problem("people", number, N_("the title ends before it starts"))
        if cell["title"]:
            person.titles.append(Title(cell["title"], cell["title_zh"], days[0], days[1]))
    register = Register(people=list(people.values()))
    for number, cell in cells("organizations"):
        if not cell["name"]:
            raise problem("organizations", number, N_("there is no name"))
        register.organizations.append(Organization(cell["name"], cell["name_zh"],
                                                   _split(cell["short"])))
    for number, cell in cells("terms"):
        if not cell["use"]:
            raise problem("terms", number, N_("there is no right form"))
        register.terms.append(Term(cell["use"], _split(cell["not"])))
    for number, cell in cells("banned"):
        if not cell["phrase"]:
            raise problem("banned", number, N_("there is no phrase"))
        register.banned.append(BannedPhrase(cell["phrase"], cell["use"]))
    register.places = list(dict.fromkeys(cell["name"] for _, cell in cells("places")))
    register.words = list(dict.fromkeys(cell["word"] for _, cell in cells("words")))
    for table in TABLES:
        for number, cell in cells(table):
            if any(len(value) > MAX_TEXT for value in cell.values()):
                raise problem(table, number, N_("a cell is longer than {max} characters"),
                              max=MAX_TEXT)
    if register.entries() > MAX_ENTRIES:
        raise RegisterError(N_("the register has more than {max} entries"), max=MAX_ENTRIES)
    return register


def _split(text: str) -> list[str]:
    # Semicolons only: a name or an alias may hold a comma ("Calloway, Port of").
    return split_list(text, SEMICOLONS)


MAX_REGISTER_BYTES = 8 * 1024 * 1024


def read_register_file(path: Path) -> Register:
    """The register in a .csv or .json file; RegisterError says in one sentence why not.
    The one home of reading a register file: the register dialog's import and
    `releasedesk profile register` both come here, and both name the file themselves."""
    from .files import FileTooLarge, read_bounded

    try:
        raw = read_bounded(path, MAX_REGISTER_BYTES)
    except FileNotFoundError:
        raise RegisterError(N_("the file does not exist")) from None
    except FileTooLarge:
        raise RegisterError(N_("the file is larger than 8 MB")) from None
    except OSError as exc:  # the reason in the message's language (never English strerror)
        raise RegisterError(N_("the file cannot be read ({detail})"),
                            detail=os_reason(exc)) from None
    return register_from_bytes(raw, path.suffix)
