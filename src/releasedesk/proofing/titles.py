"""What counts as a title written next to a person's name, and when two titles are one.

A title is any title the register gives anyone (in any case), or a common office title
(the lists below): a core ("Mayor", "Librarian", 市长) with the qualifiers English puts
before it ("Deputy", "Chief", "County" … : "Chief Librarian", "Deputy County Executive")
and Chinese's 副 or 常务副. The register alone would miss a title it never names
("Mayor Ada Penrose" when the register knows her as Deputy Mayor, then County Executive);
the lists hold offices, not roles or descriptions ("Speaker", "Founder", "Head" are left
out: "Keynote Speaker Ada Penrose" is no claim about her office).

Before a name, a common title counts only capitalised as a title is written there ("Mayor
Ada Penrose"; "said Ada Penrose" and "the mayor Ada" are not titles); after the name and
its comma ("Ada Penrose, mayor of Calloway"), in any case. "Acting", "interim", "former"
are not qualifiers: they make the title another one, and the check leaves it alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_EN_CORES = (
    "Mayor", "Governor", "President", "Chair", "Chairman", "Chairwoman", "Chairperson",
    "Director", "Executive", "Officer", "Manager", "Minister", "Premier", "Secretary",
    "Commissioner", "Councillor", "Councilor", "Councilman", "Councilwoman",
    "Council Member", "Councilmember", "Alderman", "Alderwoman", "Senator", "Representative",
    "Congressman", "Congresswoman", "Assemblymember", "Assemblyman", "Assemblywoman",
    "Judge", "Justice", "Magistrate", "Sheriff", "Constable", "Superintendent", "Inspector",
    "Commander", "Chief", "Principal", "Dean", "Provost", "Chancellor", "Rector", "Professor",
    "Librarian", "Archivist", "Curator", "Treasurer", "Clerk", "Controller", "Comptroller",
    "Auditor", "Administrator", "Coordinator", "Spokesperson", "Spokesman", "Spokeswoman",
    "Ambassador", "Consul", "Trustee", "Supervisor", "Attorney", "Surgeon", "Registrar",
    "CEO", "CFO", "COO", "CTO")
# Words that make a core a longer title when written before it ("Chief Librarian").
_EN_QUALIFIERS = (
    "Deputy", "Vice", "Assistant", "Associate", "Senior", "Chief", "Executive", "Head",
    "Lead", "Principal", "General", "Managing", "First", "Lord", "Lieutenant", "Prime",
    "Under", "Co", "Regional", "County", "City", "Town", "State", "District", "National",
    "Police", "Fire", "Library", "Council", "Press", "Program", "Programme", "Project",
    "Operations", "Finance", "Financial", "Communications", "Medical", "Technical",
    "Information", "Public", "Foreign", "Home", "Health", "Education", "Transport")
# Words that, dropped from the front of a title, leave another office ("Deputy Mayor" is
# not "Mayor"; "Chief Librarian" is a librarian).
_EN_LOWER_RANK = frozenset({"deputy", "vice", "assistant", "associate", "acting", "interim",
                            "under", "lieutenant", "sub", "co", "junior", "honorary",
                            "former"})
_ZH_CORES = (
    "市长", "省长", "县长", "区长", "镇长", "乡长", "村长", "州长", "书记", "主任", "局长",
    "处长", "科长", "厅长", "部长", "司长", "署长", "主席", "总理", "院长", "校长", "馆长",
    "董事长", "总经理", "经理", "总裁", "总监", "秘书长", "会长", "理事长", "所长", "站长",
    "社长", "台长", "行长", "主编", "总编辑", "新闻发言人", "发言人", "教授", "检察长",
    "大使", "总领事", "领事", "委员", "主任委员", "监事长", "队长")
_ZH_LOWER_RANK = ("副", "代", "代理", "助理", "名誉", "荣誉", "前", "原")


def _alternation(items: Iterable[str]) -> str:
    return "|".join(map(re.escape, sorted({s for s in items if s}, key=len, reverse=True)))


def en_title(register_titles: Iterable[str], any_case: bool) -> str:
    """A regular expression (no groups) for an English title: one of *register_titles*
    (any case) or a common one, capitalised unless *any_case*."""
    common = (f"(?:(?:{_alternation(_EN_QUALIFIERS)})(?:[ ]+|-)){{0,3}}"
              f"(?:{_alternation(_EN_CORES)})(?:[ ]+General)?")
    if any_case:
        common = f"(?i:{common})"
    known = _alternation(register_titles)
    return f"(?:(?i:{known})|{common})" if known else f"(?:{common})"


def zh_title(register_titles: Iterable[str]) -> str:
    """A regular expression (no groups) for a Chinese title: one of *register_titles* or a
    common one, with 副 or 常务副 before it."""
    known = _alternation(register_titles)
    common = f"(?:常务)?副?(?:{_alternation(_ZH_CORES)})"
    return f"(?:{known}|{common})" if known else common


def is_capitalised(title: str) -> bool:
    """Whether every word of an English title starts with a capital ("Chief Librarian")."""
    return all(word[:1].isupper() for word in re.split(r"[ -]+", title) if word)


def _plain(title: str) -> str:
    return " ".join(title.replace("-", " ").split()).casefold()


def same_title(found: str, held: str, chinese: bool) -> bool:
    """Whether *found*, written next to a name, names the title *held*: the same words
    (case, hyphens and spaces aside), the title with its place after "of" ("Mayor" for
    "Mayor of Calloway"), or the title shortened from the front by words that keep the
    office ("Librarian" for "Chief Librarian", 书记 for 市委书记; not "Mayor" for "Deputy
    Mayor", nor 市长 for 副市长)."""
    found, held = _plain(found), _plain(held)
    if not found or not held:
        return False
    if found == held:
        return True
    if chinese:
        return held.endswith(found) and not held[:-len(found)].endswith(_ZH_LOWER_RANK)
    if held.startswith((found + " of ", found + " for ")):
        return True
    if held.endswith(" " + found):
        return not set(held[:-len(found)].split()) & _EN_LOWER_RANK
    return False


def lowered_like(held: str, found: str) -> str:
    """*held* as *found* is cased: lower case after a name ("mayor of …") when *found* is."""
    return held.lower() if found.islower() else held


# Words before a title that make it a past or other title ("former Mayor Li", "then-Mayor").
PAST = re.compile(r"(?:\b(?:former|then|ex|late|acting|interim|future|incoming|outgoing)"
                  r"[\s-]*|原|前|时任|代理|代)$", re.IGNORECASE)
# Between a name's comma and its title: "the", "the county's", "its new".
_GAP = (r"(?:(?:the|a|an|our|its|their|his|her|this)\s+)?(?:[^\W\d_][\w.-]*[’']s\s+)?"
        r"(?:(?:new|newly[\s-]appointed|current|incumbent|longtime|long-serving|sitting|"
        r"former|then|ex|late|acting|interim|future|incoming|outgoing)[\s-]+){0,2}")
# What may follow a title after a name: the clause's end, or its office's place.
_AFTER_END = r"(?=\s*(?:[,.;:!?)”\"]|\Z)|[ \t]*\n|\s+(?:of|for|at)\b)"


class Spot:
    """A title written next to a name: ``text[start:end]`` is both, ``text[title_start:
    title_end]`` the title."""

    __slots__ = ("chinese", "end", "gap", "name", "start", "title", "title_end",
                 "title_start")

    def __init__(self, start: int, end: int, title_start: int, title_end: int, title: str,
                 name: str, chinese: bool, gap: str = "") -> None:
        self.start, self.end, self.title_start, self.title_end = start, end, title_start, title_end
        self.title, self.name, self.chinese, self.gap = title, name, chinese, gap


class TitleFinder:
    """Finds titles next to the register's names: English names (full names and their
    first and last words) with a title before them, full names with a title after their
    comma; Chinese names with a title before or after them (a surname alone only with a
    title the register gives someone: 李市长)."""

    def __init__(self, names: Iterable[str], full_names: Iterable[str],
                 titles: Iterable[str], names_zh: Iterable[str], surnames_zh: Iterable[str],
                 titles_zh: Iterable[str]) -> None:
        self.full_names = set(full_names)
        self.titles_zh = set(titles_zh)
        self.surnames_zh = set(surnames_zh)
        titles = list(titles)
        listed = _alternation(names)
        self._names = re.compile(rf"\b(?:{listed})\b(?!-\w)") if listed else None
        self._before = re.compile(rf"\b(?P<title>{en_title(titles, False)})\s+\Z")
        self._after = re.compile(rf",\s+(?P<gap>{_GAP})(?P<title>{en_title(titles, True)})"
                                 rf"\b(?![-’'])(?!\s+(?:and|or)\b){_AFTER_END}",
                                 re.IGNORECASE)
        zh_listed = _alternation([*names_zh, *surnames_zh])
        self._names_zh = re.compile(zh_listed) if zh_listed else None
        self._before_zh = re.compile(rf"(?P<title>{zh_title(self.titles_zh)})\Z")
        common = [p + core for core in _ZH_CORES for p in ("", "副", "常务副")]
        self._after_zh = re.compile(_alternation([*self.titles_zh, *common]))

    def spots(self, text: str) -> list[Spot]:
        found: list[Spot] = []
        for match in self._names.finditer(text) if self._names is not None else ():
            start, end, name = match.start(), match.end(), match.group(0)
            before = self._before.search(text, max(0, start - 120), start)
            if before is not None and not PAST.search(text, max(0, before.start() - 12),
                                                      before.start()):
                found.append(Spot(before.start(), end, before.start(), before.end("title"),
                                  before.group("title"), name, False))
            after = self._after.match(text, end) if name in self.full_names else None
            if after is not None and not PAST.search(after.group("gap").strip()):
                found.append(Spot(start, after.end("title"), after.start("title"),
                                  after.end("title"), after.group("title"), name, False,
                                  after.group("gap")))
        if self._names_zh is None or text.isascii():
            return found
        for match in self._names_zh.finditer(text):
            start, end, name = match.start(), match.end(), match.group(0)
            surname = name in self.surnames_zh
            before = None if surname else self._before_zh.search(text, max(0, start - 12),
                                                                   start)
            if before is not None and not PAST.search(text, max(0, before.start() - 4),
                                                      before.start()):
                found.append(Spot(before.start(), end, before.start(), before.end(),
                                  before.group("title"), name, True))
            after = self._after_zh.match(text, end)
            if after is not None and (not surname or after.group(0) in self.titles_zh):
                found.append(Spot(start, after.end(), after.start(), after.end(),
                                  after.group(0), name, True))
        return found
