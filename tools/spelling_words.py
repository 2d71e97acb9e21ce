"""Build the spelling word stores: every word form a Hunspell dictionary accepts, listed once.

    python tools/spelling_words.py          # writes resources/dictionaries/<variant>.words
    python tools/spelling_words.py --check  # exit 1 if a .words file is not what this builds

Spelling checks words against these lists (`releasedesk.proofing.word_store`) instead of
loading libhunspell, which costs 6 MiB more held in memory; Hunspell (or spylls) is loaded
only when suggestions are asked for. The list is made here from the shipped `.dic` and `.aff`
by Hunspell's own rules for the parts of the affix language those files use: each entry and
each form its prefix and suffix flags make (with cross products), the hidden Title-case
entries Hunspell adds for mixed- and all-capital words with flags ("ACLU/M" → "Aclu's",
allowed only when the whole word is written in capitals), and the compound rules (ordinals:
21st, 112th) as one regular expression. An .aff that uses anything else is refused: the
store would no longer give Hunspell's verdicts. `tests/test_spelling_words.py` compares the
store's verdicts with libhunspell's on every form in several cases, the words of every
sample and test text, and generated misspellings.

The file: a few header lines, then for each section ("forms", and "hidden" for the hidden
twins) the count of lines and the CRC-32 of their deflated bytes, their first words, the deflated
size of each line, and the lines
(64 sorted words each, raw deflate: 0.35 MB for 1.2 MB of words). Its content is deterministic
(sorted; no dates), so `--check` and the tests compare the committed files' words with a
fresh build (the deflated bytes may differ between zlib builds).
"""

from __future__ import annotations

import hashlib
import re
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "dictionaries"
VARIANTS = ("en_US", "en_GB")
WORDS_PER_LINE = 64
FORMAT = "releasedesk-words 2"

# The .aff directives the store models; any other makes the build refuse the dictionary.
_SUPPORTED = frozenset({"SET", "TRY", "ICONV", "NOSUGGEST", "COMPOUNDMIN", "ONLYINCOMPOUND",
                        "COMPOUNDRULE", "WORDCHARS", "PFX", "SFX", "REP"})


class Unsupported(Exception):
    """The .aff or .dic uses something the word store does not model."""


@dataclass(frozen=True)
class Rule:
    strip: str
    add: str
    condition: re.Pattern[str]  # anchored at the word's start (PFX) or end (SFX)


@dataclass(frozen=True)
class Affix:
    prefix: bool
    cross: bool
    rules: tuple[Rule, ...]


@dataclass(frozen=True)
class Aff:
    affixes: dict[str, Affix]
    iconv: tuple[tuple[str, str], ...]
    onlyincompound: str
    compound_rules: tuple[str, ...]
    nosuggest: str


def parse_aff(text: str) -> Aff:
    affixes: dict[str, Affix] = {}
    iconv: list[tuple[str, str]] = []
    rules: list[str] = []
    settings: dict[str, str] = {}
    lines = [line.split() for line in text.splitlines()]
    index = 0
    while index < len(lines):
        parts = lines[index]
        index += 1
        if not parts or parts[0].startswith("#"):
            continue
        key = parts[0]
        if key not in _SUPPORTED:
            raise Unsupported(f"the .aff uses {key}, which the word store does not model")
        if key in ("PFX", "SFX"):
            flag, cross, count = parts[1], parts[2], int(parts[3])
            entries = []
            for entry in lines[index:index + count]:
                if entry[:2] != [key, flag] or len(entry) < 5:
                    raise Unsupported(f"a malformed {key} {flag} entry: {entry}")
                strip = "" if entry[2] == "0" else entry[2]
                add = "" if entry[3] == "0" else entry[3]
                if "/" in add:
                    raise Unsupported("an affix with continuation flags (twofold affixes)")
                condition = entry[4]
                pattern = ("^" + ("" if condition == "." else condition)) if key == "PFX" \
                    else (("" if condition == "." else condition) + "$")
                entries.append(Rule(strip, add, re.compile(pattern)))
            index += count
            if len(flag) != 1:
                raise Unsupported("a flag of more than one character (FLAG long/num/UTF-8)")
            affixes[flag] = Affix(key == "PFX", cross == "Y", tuple(entries))
        elif key == "ICONV":
            count = int(parts[1])
            for entry in lines[index:index + count]:
                if len(entry[1]) != 1 or "_" in entry[1] + entry[2]:
                    raise Unsupported("an ICONV pattern longer than one character")
                iconv.append((entry[1], entry[2]))
            index += count
        elif key == "COMPOUNDRULE":
            count = int(parts[1])
            rules.extend(entry[1] for entry in lines[index:index + count])
            index += count
        elif key == "REP":
            index += int(parts[1])
        else:
            settings[key] = parts[1] if len(parts) > 1 else ""
    if settings.get("SET", "UTF-8") != "UTF-8":
        raise Unsupported("a dictionary not in UTF-8")
    if rules and settings.get("COMPOUNDMIN") != "1":
        raise Unsupported("compound rules with COMPOUNDMIN other than 1")
    return Aff(affixes, tuple(iconv), settings.get("ONLYINCOMPOUND", ""), tuple(rules),
               settings.get("NOSUGGEST", ""))


def _captype_needs_hidden(word: str, flags: str) -> bool:
    """Whether Hunspell adds a hidden Title-case twin of *word* (HashMgr::
    add_hidden_capitalized_word): mixed capitals, or all capitals with affix flags."""
    caps = sum(c != c.lower() for c in word)
    neutral = sum(c.upper() == c.lower() for c in word)
    first = bool(caps) and word[0] != word[0].lower()
    if caps == 0 or (caps == 1 and first):
        return False  # NOCAP, INITCAP
    if caps == len(word) or caps + neutral == len(word):
        return bool(flags)  # ALLCAP: only with flags
    return True  # HUHINITCAP, HUHCAP


def _forms(root: str, flags: str, aff: Aff) -> set[str]:
    """*root* and every form its affix flags make, as Hunspell's affix checks accept them."""
    forms = {root}
    suffixed: list[tuple[str, bool]] = []
    for flag in flags:
        affix = aff.affixes.get(flag)
        if affix is None or affix.prefix:
            continue
        for rule in affix.rules:
            if len(root) > len(rule.strip) and root.endswith(rule.strip) \
                    and rule.condition.search(root):
                form = root[:len(root) - len(rule.strip)] + rule.add
                forms.add(form)
                suffixed.append((form, affix.cross))
    for flag in flags:
        affix = aff.affixes.get(flag)
        if affix is None or not affix.prefix:
            continue
        for rule in affix.rules:
            if len(root) > len(rule.strip) and root.startswith(rule.strip) \
                    and rule.condition.search(root):
                forms.add(rule.add + root[len(rule.strip):])
            if not affix.cross:
                continue
            for form, cross in suffixed:  # the prefix's condition is read on the suffixed form
                if cross and len(form) > len(rule.strip) and form.startswith(rule.strip) \
                        and rule.condition.search(form):
                    forms.add(rule.add + form[len(rule.strip):])
    return forms


def _compound_pattern(entries: list[tuple[str, str]], aff: Aff) -> str:
    """The compound rules as one regular expression over the words their flags mark."""
    if not aff.compound_rules:
        return ""
    alternatives = []
    for rule in aff.compound_rules:
        parts: list[str] = []
        needed = 0  # the parts a match has at least (a compound is two words or more)
        for char in rule:
            if char in "*?":
                if not parts:
                    raise Unsupported(f"a compound rule starting with {char}")
                parts[-1] += char
                needed -= 1
                continue
            marked = [(w, flags) for w, flags in entries if char in flags]
            if not marked:
                raise Unsupported(f"compound flag {char} marks no word")
            if any(f in aff.affixes for _, flags in marked for f in flags):
                raise Unsupported("a compound part with affix flags")
            words = sorted({w for w, _ in marked}, key=lambda w: (-len(w), w))
            parts.append("(?:" + "|".join(re.escape(w) for w in words) + ")")
            needed += 1
        if needed < 2:
            raise Unsupported(f"compound rule {rule} may match a single word")
        alternatives.append("".join(parts))
    return "(?:" + "|".join(alternatives) + ")"


def build(dic_text: str, aff_text: str) -> bytes:
    """The word store's text for one dictionary."""
    aff = parse_aff(aff_text)
    lines = dic_text.splitlines()
    entries: list[tuple[str, str]] = []
    for line in lines[1:]:
        if not line.strip():
            continue
        if "\t" in line or " " in line.strip():
            raise Unsupported("a .dic entry with morphological fields")
        word, _, flags = line.strip().partition("/")
        if "\\" in word:
            raise Unsupported("an escaped slash in a .dic word")
        entries.append((word, flags))
    forms: set[str] = set()
    hidden: set[str] = set()
    for word, flags in entries:
        if aff.onlyincompound and aff.onlyincompound in flags:
            if any(f in aff.affixes for f in flags):
                raise Unsupported("an ONLYINCOMPOUND word with affix flags")
        else:
            forms |= _forms(word, flags, aff)
    # Hunspell keeps a hidden twin only where no entry is spelt so (a real entry replaces it,
    # and a second twin of the same spelling is dropped: the first in the file stays).
    spellings = {word for word, _ in entries}
    for word, flags in entries:
        if _captype_needs_hidden(word, flags):
            twin = word.lower()
            twin = twin[:1].upper() + twin[1:]
            if twin not in spellings:
                spellings.add(twin)
                hidden |= _forms(twin, flags, aff)
    for form in forms | hidden:
        if not form.isascii() or " " in form or not form:
            raise Unsupported(f"a word form the store cannot hold: {form!r}")
    compound = _compound_pattern(entries, aff)
    digest = hashlib.sha256((aff_text + "\0" + dic_text).encode("utf-8")).hexdigest()
    head = [FORMAT, f"source {digest}"]
    head += [f"iconv {a} {b}" for a, b in aff.iconv]
    if compound:
        head.append(f"compound {compound}")
    out = [("\n".join(head) + "\n").encode("utf-8")]
    for name, words in (("forms", forms), ("hidden", hidden)):
        ordered = sorted(w.encode("ascii") for w in words)
        rows = [ordered[i:i + WORDS_PER_LINE] for i in range(0, len(ordered), WORDS_PER_LINE)]
        packed = [_deflate(b" " + b" ".join(row) + b" ") for row in rows]
        checksum = zlib.crc32(b"".join(packed))
        out.append(f"{name} {len(rows)} {checksum:08x}\n".encode("ascii"))
        out.append(b" ".join(row[0] for row in rows) + b"\n")
        out.append(" ".join(str(len(p)) for p in packed).encode("ascii") + b"\n")
        out += packed
    return b"".join(out)


def _deflate(data: bytes) -> bytes:
    """*data* as raw deflate (no header: each line is its own stream)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15, 9)
    return packer.compress(data) + packer.flush()


def build_variant(variant: str, folder: Path = FOLDER) -> bytes:
    return build((folder / f"{variant}.dic").read_text(encoding="utf-8"),
                 (folder / f"{variant}.aff").read_text(encoding="utf-8"))


def same_store(one: bytes, other: bytes) -> bool:
    """Whether two word stores hold the same header and words (their deflated bytes may
    differ between zlib builds)."""
    from releasedesk.proofing.word_store import WordStore

    first, second = WordStore(one), WordStore(other)
    return first.header == second.header and all(
        list(first.words(name)) == list(second.words(name)) for name in ("forms", "hidden"))


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for variant in VARIANTS:
        built = build_variant(variant)
        target = FOLDER / f"{variant}.words"
        if check:
            if not target.is_file() or not same_store(target.read_bytes(), built):
                stale.append(target.name)
        else:
            partial = target.with_suffix(".words.partial")
            partial.write_bytes(built)
            partial.replace(target)  # (a reader never sees half a file)
            print(f"{target}: {len(built):,} bytes")
    if stale:
        print("out of date (run python tools/spelling_words.py): " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
