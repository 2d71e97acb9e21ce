"""`releasedesk check --proof` and `releasedesk profile register`: proofing from a terminal."""

from __future__ import annotations

import json
from pathlib import Path

from .errors import N_, ReleaseDeskError, counted
from .messages import error_text, say
from .model import Release
from .profiles import Profile, ProfileStore
from .proofing.engine import proof, release_texts
from .proofing.findings import ERROR, ProofFinding
from .register import RegisterError, merge, read_register_file

NOTHING_TO_CORRECT = N_("Proofing found nothing to correct.")
REGISTER_SUMMARY = N_("{name}: {people}, {organizations}, {terms}, {banned}, {words}, {places}")
# (each count with its noun: "1 person", "2 people")
REGISTER_COUNTS = {
    "people": (N_("{n} person"), N_("{n} people")),
    "organizations": (N_("{n} organisation"), N_("{n} organisations")),
    "terms": (N_("{n} term"), N_("{n} terms")),
    "banned": (N_("{n} banned phrase"), N_("{n} banned phrases")),
    "words": (N_("{n} word"), N_("{n} words")),
    "places": (N_("{n} place"), N_("{n} places")),
}


def position(text: str, offset: int) -> str:
    """LINE:COLUMN (from 1) of *offset* in *text*."""
    before = text[:offset]
    line = before.count("\n") + 1
    return f"{line}:{offset - (before.rfind(chr(10)) + 1) + 1}"


def print_proof(release: Release, profile: Profile | None, as_json: bool) -> int:
    """Print every proofing finding; 1 when one is an error, else 0. Words the user added
    to the dictionary in the editor (their settings) are spelt right here too."""
    from .proofing.personal import drop_accepted
    from .settings import load_settings

    findings = drop_accepted(proof(release, profile, suggest=True),
                             frozenset(load_settings().personal_words))
    texts = {(part or field): text for field, part, text, _ in release_texts(release)}
    if as_json:
        print(json.dumps([f.as_dict() for f in findings], ensure_ascii=False, indent=2))
    elif not findings:
        print(say(NOTHING_TO_CORRECT))
    else:
        from .messages import proof_parts
        from .render.text_writer import text_width

        rows = []
        for f in findings:
            severity, name, message = proof_parts(f)
            rows.append((f, severity, f"{name} {position(texts.get(f.where, ''), f.start)}",
                         message))
        width = max(text_width(where) for _, _, where, _ in rows)
        severities = max(text_width(severity) for _, severity, _, _ in rows)
        for item, severity, where, message in rows:
            print(_line(item, _padded(severity, max(7, severities)), _padded(where, width),
                        message))
    return 1 if any(f.severity == ERROR for f in findings) else 0


def _padded(text: str, width: int) -> str:
    from .render.text_writer import text_width

    return text + " " * (width - text_width(text))


def _line(item: ProofFinding, severity: str, where: str, message: str) -> str:
    line = f"{severity}  {where}  {message}"
    if item.suggestion:
        line += f" → {item.suggestion}"
    return line


def import_register(name: str, source: Path, replace: bool) -> str:
    """Import a register file into the user's profile *name*; the one-line summary. The
    file is read as the register dialog reads it (register.read_register_file)."""
    store = ProfileStore()
    profile = store.get(name)
    try:
        register = read_register_file(source)
    except RegisterError as exc:
        raise ReleaseDeskError(N_("The register {path} was not imported: {problem}."),
                               path=str(source), problem=error_text(exc)) from exc
    profile.names = register if replace else merge(profile.names, register)
    store.save(profile)
    names = profile.names
    numbers = {"people": len(names.people), "organizations": len(names.organizations),
               "terms": len(names.terms), "banned": len(names.banned),
               "words": len(names.words), "places": len(names.places)}
    return say(REGISTER_SUMMARY, name=name, **{
        key: counted(number, *REGISTER_COUNTS[key]) for key, number in numbers.items()})
