"""The dateline's city against the register's places: when the office lists the places it
writes from, a dateline naming another (a misspelling, a neighbouring town) is worth a
look. A register without places checks nothing."""

from __future__ import annotations

import re

from .findings import DATELINE_PLACE, WARNING, ProofFinding, finding
from .text import has_cjk

# The city ends at the first comma, dash or opening bracket ("PORT CALLOWAY, Wash. —").
_CITY = re.compile(r"\s*([^,，、;；(（—–]+?)\s*(?=$|[,，、;；(（—–]|\s-\s)")


def _key(place: str) -> str:
    return " ".join(place.replace("．", ".").split()).casefold()


class Places:
    """The register's places, ready for look-ups (any case: datelines are often capitals)."""

    def __init__(self, places: list[str]) -> None:
        self.names = list(places)
        self.keys = {_key(p): p for p in places}

    def check_dateline(self, field: str, text: str) -> list[ProofFinding]:
        if not self.keys:
            return []
        match = _CITY.match(text)
        if match is None or not match.group(1).strip():
            return []
        city = match.group(1)
        if _key(city) in self.keys:
            return []
        # A Chinese place name is two to four characters: one wrong is a third of it.
        cutoff = 0.6 if has_cjk(city) else 0.75
        import difflib  # (only for a dateline the register does not list: not in every
        # editor's proofing thread, where it held ~0.2 MiB for the session)

        near = difflib.get_close_matches(_key(city), list(self.keys), n=1, cutoff=cutoff)
        start, end = match.start(1), match.end(1)
        if near:
            use = self.keys[near[0]]
            if city.isupper():
                use = use.upper()  # a dateline in capitals keeps its capitals
            return [finding(field, start, end, DATELINE_PLACE, WARNING, "dateline_place_near",
                            use, found=city, use=use)]
        return [finding(field, start, end, DATELINE_PLACE, WARNING, "dateline_place",
                        found=city)]
