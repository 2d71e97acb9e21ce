"""The clearance commands of `releasedesk`: approve, status, diff, verify, history, keys, sheet.

cli.py registers them (add_commands) and hands them their arguments (run); nothing here
imports Qt. Exit codes as everywhere: 0 fine, 1 a difference or a failed check, 2 bad input.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from . import document
from .changing import changing
from .errors import N_, Phrase, ReleaseDeskError, counted
from .files import same_file
from .messages import error_text, listed, say, tr
from .model import Release
from .shown_time import minute

if TYPE_CHECKING:
    from .cli_help import Parser, SubCommands
    from .proofing.findings import ProofFinding
    from .workflow import ApprovalPolicy

EXIT_OK, EXIT_DIFFERS, EXIT_BAD_INPUT = 0, 1, 2
COMMANDS = ("approve", "status", "diff", "verify", "history", "keys", "sheet")


def add_commands(sub: SubCommands, parser_class: type[Parser]) -> None:
    approve = sub.add_parser("approve", help="sign off the release's current text")
    approve.add_argument("file", type=Path, help="the .release file")
    approve.add_argument("--by", required=True, metavar="NAME", help="who signs off")
    approve.add_argument("--role", default="", help='the role signing off ("Director")')
    approve.add_argument("--note", default="", help="a note kept with the sign-off")
    approve.add_argument("--override-note", default=None, metavar="NOTE",
                         help="sign off although the office register finds errors, saying "
                              "why (kept with the sign-off); without it such a sign-off is "
                              "refused (exit 1)")

    status = sub.add_parser("status", help="workflow status, fingerprint and sign-offs")
    status.add_argument("file", type=Path)
    status.add_argument("--set", dest="new_status", choices=("draft", "in-review", "published"),
                        help="move the release to draft, in review, or published")
    status.add_argument("--json", action="store_true", help="print the status as JSON")

    diff = sub.add_parser("diff", help="word-by-word differences of two releases' content; "
                                       "exit 0 same content, 1 different")
    diff.add_argument("old", type=Path)
    diff.add_argument("new", type=Path)

    verify = sub.add_parser("verify", help="check an export folder or package against its "
                                           "manifest; exit 0 intact and approved, 1 not")
    verify.add_argument("path", type=Path, help="export folder, its manifest.json, or package")
    verify.add_argument("--release", type=Path, metavar="FILE",
                        help="also check that this release is still what was exported "
                             "(default: the release named in the manifest, if beside it)")
    verify.add_argument("--key", metavar="KEY",
                        help='the office\'s public key ("ed25519:…", or a file holding it)')
    verify.add_argument("--profile", metavar="NAME",
                        help="take the public key from this installed house style")

    history = sub.add_parser("history", help="the content versions kept in a release")
    history.add_argument("file", type=Path)

    keys = sub.add_parser("keys", help="signing keys for export manifests")
    actions = keys.add_subparsers(dest="keys_command", metavar="ACTION",
                                  parser_class=parser_class, required=True)
    new = actions.add_parser("new", help="make a key pair; print the public key")
    new.add_argument("--profile", metavar="NAME",
                     help="put the public key into this house style (your copy of it)")
    actions.add_parser("list", help="the public keys whose private keys are here")

    sheet = sub.add_parser("sheet", help="write the sign-off sheet (DOCX or PDF)")
    sheet.add_argument("file", type=Path)
    sheet.add_argument("-o", "--output", type=Path, metavar="FILE",
                       help="FILE.docx or FILE.pdf (default: NAME.signoff.docx beside it)")


def run(args: argparse.Namespace) -> int:
    handler = {"approve": _approve, "status": _status, "diff": _diff, "verify": _verify,
               "history": _history, "keys": _keys, "sheet": _sheet}[args.command]
    return handler(args)


def _policy(release: Release) -> ApprovalPolicy:
    from .clearance.signoffs import effective_policy
    from .profiles import ProfileStore

    profile = ProfileStore().find(release.profile) if release.profile else None
    return effective_policy(release, profile.approval if profile is not None else None)


def _note_set_aside(release: Release) -> None:
    reason = release.clearance.set_aside_reason
    if reason is not None:
        print(say(NOTE, note=error_text(reason)), file=sys.stderr)


def note_unsigned(release: Release, written: list[Path]) -> None:
    """Say so when the house style signs manifests but this export could not be signed."""
    from .clearance.manifest import MANIFEST_NAME, SIGNATURE_NAME

    names = {path.name for path in written}
    if MANIFEST_NAME in names and SIGNATURE_NAME not in names and _policy(release).public_key:
        print(say(NOTE, note=say(UNSIGNED, manifest=MANIFEST_NAME)), file=sys.stderr)


def _approve(args: argparse.Namespace) -> int:
    from .clearance.signoffs import report, sign_off, who

    override = args.override_note
    if override is not None and not override.strip():
        raise ReleaseDeskError(N_("--override-note needs a reason, such as \"Title confirmed "
                                  "with the Mayor's office\"."))
    with changing(args.file):
        release = document.load(args.file)
        _note_set_aside(release)
        policy = _policy(release)
        note = args.note
        errors = _register_errors(release)
        if errors and override is None:
            print(say(REGISTER_REFUSED, errors=_errors(len(errors))), file=sys.stderr)
            for item in errors[:10]:
                print(f"  {item.where}: {_finding_message(item)}", file=sys.stderr)
            return EXIT_DIFFERS
        if errors:
            from .proofing.gate import override_note

            note = override_note(note, override, errors)
        signed = sign_off(release, args.by, args.role, note, policy=policy)
        document.save(release, args.file, in_place=True)
    state = report(release, policy)
    print(tr(SIGNED).format(who=who(signed), at=minute(signed.at),
                            fingerprint=signed.fingerprint))
    if state.missing:
        print(tr(STATUS_WAITING).format(status=tr(state.label),
                                        roles=listed(state.missing)))
    else:
        print(tr(STATUS).format(status=tr(state.label)))
    if errors:
        print(say(REGISTER_OVERRIDDEN, errors=counted(len(errors), N_("{n} register error"),
                                                      N_("{n} register errors"))))
    return EXIT_OK


def _finding_message(item: ProofFinding) -> str:
    """A proofing finding's sentence in the user's language (English when untranslated)."""
    from .proofing.findings import TEMPLATES

    try:
        return tr(TEMPLATES[item.code], context="Findings").format(**dict(item.args))
    except (KeyError, IndexError, ValueError):
        return str(item.message)


def _register_errors(release: Release) -> list[ProofFinding]:
    """The office register's errors in *release* (its installed house style's register)."""
    from .profiles import ProfileStore
    from .proofing.gate import register_errors

    profile = ProfileStore().find(release.profile) if release.profile else None
    return register_errors(release, profile)


# The status lines, in the user's language (messages.py reads the translations).
SIGNED = N_("Signed off by {who} at {at} ({fingerprint})")
REGISTER_REFUSED = N_("releasedesk: not signed off: the office register finds {errors} "
                      "in this release. Correct them (releasedesk check --proof), or sign off "
                      "with --override-note TEXT saying why.")
REGISTER_OVERRIDDEN = N_("Signed off over {errors}; the override note is kept "
                         "with the sign-off.")
STATUS = N_("Status: {status}")
STATUS_WAITING = N_("Status: {status}; still waiting for: {roles}")
FINGERPRINT = N_("Fingerprint: {fingerprint}")
REQUIRED = N_("Required sign-offs: {roles}")
SIGNED_THIS = N_("  signed off by {who}, {at} (this text){note}")
SIGNED_EARLIER = N_("  signed off by {who}, {at} (earlier text){note}")
WAITING = N_("Waiting for: {roles}")
CHANGED_SINCE = N_("Changed since {who} approved it on {at}.")
SAME_CONTENT = N_("Same content.")
NO_VERSIONS = N_("No versions kept yet: the history starts with the next save.")
SIGNED_BY = N_("signed off by {who}")
NOTE = N_("releasedesk: note: {note}")
UNSIGNED = N_("{manifest} is not signed: this computer has no private key for the house "
              "style's public key (releasedesk keys list).")
EARLIER_RULES = N_("{who} approved it on {at} with an earlier ReleaseDesk, whose approvals "
                   "did not cover everything that prints; ask for a new sign-off.")
VERIFY_FAILED = N_("FAILED  {problem}")
VERIFY_NOTE = N_("note    {note}")
VERIFIED_SIGNED = N_("OK      {count} files match {manifest}, signed with the office's key; "
                     "the release was approved ({fingerprint}).")
VERIFIED_UNSIGNED = N_("OK      {count} files match {manifest}, which says the release was "
                       "approved ({fingerprint}); it is not signed, so it does not prove who "
                       "wrote it.")


def _errors(number: int) -> Phrase:
    return counted(number, N_("{n} error"), N_("{n} errors"))


KEY_IN_PROFILE = N_("The public key is now in the house style {name} ({path}); hand that "
                    "profile to the web team.")


def _status(args: argparse.Namespace) -> int:
    from .clearance.signoffs import report, set_status, who
    from .field_rules import escaped

    if args.new_status:
        with changing(args.file):
            release = document.load(args.file)
            _note_set_aside(release)
            set_status(release, args.new_status.replace("-", "_"), policy=_policy(release))
            document.save(release, args.file, in_place=True)
    else:
        release = document.load(args.file)
        _note_set_aside(release)
    state = report(release, _policy(release))
    signoffs = [{"name": s.name, "role": s.role, "at": s.at.isoformat(), "note": s.note,
                 "current": s.fingerprint == state.fingerprint}
                for s in release.clearance.signoffs]
    if args.json:
        print(json.dumps({"status": state.status, "fingerprint": state.fingerprint,
                          "required": list(state.required), "missing": list(state.missing),
                          "signoffs": signoffs}, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(tr(STATUS).format(status=tr(state.label)))
    print(tr(FINGERPRINT).format(fingerprint=state.fingerprint))
    if state.required:
        print(tr(REQUIRED).format(roles=listed(state.required)))
    for s, info in zip(release.clearance.signoffs, signoffs, strict=True):
        note = f" — {escaped(s.note)}" if s.note else ""
        line = SIGNED_THIS if info["current"] else SIGNED_EARLIER
        print(tr(line).format(who=who(s), at=minute(s.at), note=note))
    if state.missing:
        print(tr(WAITING).format(roles=listed(state.missing)))
    stale = state.changed_since
    if stale is not None and stale in state.earlier_rules:
        print(say(EARLIER_RULES, who=who(stale), at=minute(stale.at)))
    elif stale is not None:
        print(tr(CHANGED_SINCE).format(who=who(stale), at=minute(stale.at)))
    return EXIT_OK


def _diff(args: argparse.Namespace) -> int:
    from .clearance.fingerprint import canonical_content
    from .clearance.wordiff import compare, format_text

    old, new = document.load(args.old), document.load(args.new)
    changes = compare(canonical_content(old), canonical_content(new))
    if not changes:
        print(tr(SAME_CONTENT))
        return EXIT_OK
    sys.stdout.write(f"--- {args.old}\n+++ {args.new}\n{format_text(changes, translate=tr)}")
    return EXIT_DIFFERS


def _verify(args: argparse.Namespace) -> int:
    from .clearance.manifest import MANIFEST_NAME
    from .clearance.verify import check_release, verify

    key = _trusted_key(args)
    verdict = verify(args.path, key)
    release_path = args.release
    if release_path is None:
        named = verdict.manifest["release"].get("file")
        folder = args.path.parent if args.path.name == MANIFEST_NAME else args.path
        if isinstance(named, str) and named and "/" not in named and folder.is_dir() \
                and (folder / named).is_file():
            release_path = folder / named
    if release_path is not None:
        check_release(verdict, document.load(release_path), release_path.name)
    for problem in verdict.problems:
        print(say(VERIFY_FAILED, problem=error_text(problem)))
    for note in verdict.notes:
        print(say(VERIFY_NOTE, note=error_text(note)))
    if verdict.ok:
        print(say(VERIFIED_SIGNED if key else VERIFIED_UNSIGNED, count=verdict.checked,
                  manifest=MANIFEST_NAME, fingerprint=verdict.fingerprint))
        return EXIT_OK
    return EXIT_DIFFERS


def _trusted_key(args: argparse.Namespace) -> str:
    from .clearance.keys import parse_public_key
    from .profiles import ProfileStore

    if args.key:
        text = args.key
        if not text.startswith("ed25519:") and Path(text).is_file():
            text = Path(text).read_text("utf-8").strip()
        parse_public_key(text)
        return str(text)
    if args.profile:
        key = ProfileStore().get(args.profile).approval.public_key
        if not key:
            raise ReleaseDeskError(N_('The house style "{name}" has no public key; ask the '
                                      "office for it."), name=args.profile)
        return key
    return ""


def _history(args: argparse.Namespace) -> int:
    from .clearance.history import HistoryDamaged, versions
    from .clearance.signoffs import who
    from .field_rules import escaped

    release = document.load(args.file)
    _note_set_aside(release)
    try:
        full = versions(release.clearance.history)
    except HistoryDamaged as exc:  # (cannot happen after load: it was checked there)
        raise ReleaseDeskError(exc.template, **exc.arguments) from exc
    if not full:
        print(tr(NO_VERSIONS))
    signers: dict[str, list[str]] = {}
    for s in release.clearance.signoffs:
        signers.setdefault(s.fingerprint, []).append(who(s))
    for number, (version, content) in enumerate(full, start=1):
        signed = signers.get(version.fingerprint)
        tail = "  " + tr(SIGNED_BY).format(who=listed(tuple(signed))) if signed else ""
        if version.note:
            tail += f"  ({escaped(version.note)})"
        print(f"{number:>3}  {minute(version.saved)}  "
              f"{version.fingerprint[:19]}  {escaped(content['headline'][:50])}{tail}")
    return EXIT_OK


def _keys(args: argparse.Namespace) -> int:
    from .clearance.keys import list_keys, new_key

    if args.keys_command == "list":
        for key in list_keys():
            print(key)
        return EXIT_OK
    if args.profile:
        from .profiles import ProfileStore

        store = ProfileStore()
        profile = store.get(args.profile)
        public = new_key()
        profile.approval.public_key = public
        target = store.save(profile)
        print(public)
        print(say(KEY_IN_PROFILE, name=profile.name, path=target), file=sys.stderr)
        return EXIT_OK
    print(new_key())
    return EXIT_OK


def _sheet(args: argparse.Namespace) -> int:
    from .atomic import write_atomic
    from .clearance.sheet import render_sheet

    release = document.load(args.file)
    _note_set_aside(release)
    target = args.output
    if target is None:
        stem = args.file.name.removesuffix(document.SUFFIX)
        target = args.file.with_name(f"{stem}.signoff.docx")
    if same_file(target, args.file):
        raise ReleaseDeskError(N_("{target} is the release file itself; choose another name "
                                  "for the sign-off sheet."), target=str(target))
    kind = target.suffix.lower().lstrip(".")
    if kind not in ("docx", "pdf"):
        raise ReleaseDeskError(N_("The sign-off sheet is written as .docx or .pdf; name the "
                                  "file so."))
    write_atomic(target, render_sheet(release, _policy(release), kind),
                 action=N_("write the sign-off sheet"))
    print(target)
    return EXIT_OK
