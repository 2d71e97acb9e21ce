"""The `releasedesk` command: export, check, new and import from a terminal; else the editor.

Nothing here imports Qt, so exports work on a machine without a display.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from . import __version__, document
from .errors import N_, ReleaseDeskError, counted
from .files import same_file
from .messages import say
from .model import KINDS, new_release

if TYPE_CHECKING:
    from .checks import Finding
    from .importing.report import ImportReport
    from .model import Release

READY = N_("Ready: no findings.")
NOT_EXPORTED = N_("releasedesk: not exported: {errors} found (--strict).")
INTERNAL_ERROR = N_("releasedesk: internal error ({kind}: {detail}); please report it.")
NO_EDITOR = N_("releasedesk: the editor cannot start ({reason}); the export, check and new "
               "commands still work (see 'releasedesk --help').")
SKIPPED = N_("releasedesk: skipped: {problem}")
# The import report as the command line prints it (the editor's panel shows the same words).
FOUND_HEADING = N_("Found:")
GUESSED_HEADING = N_("Guessed (please review):")
UNPLACED_HEADING = N_("Not placed (kept in the body):")
HOW = N_("({how})")
IMPORT_NOTE = N_("Note: {note}")
EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2

log = logging.getLogger("releasedesk")


def build_parser() -> argparse.ArgumentParser:
    from .cli_help import Parser
    from .render import FORMATS, KIND_FORMATS  # the formats (render/__init__.py)

    names = list(FORMATS)
    listed = f"{', '.join(names[:-1])} or {names[-1]}" if len(names) > 1 else names[0]
    parser = Parser(
        prog="releasedesk",
        description="Draft, check, clear and export press releases: HTML, DOCX, plain text, "
                    "PDF, e-mail and a verifiable package for the web team; import Word, "
                    "text, Markdown, HTML and e-mail drafts; sign-offs, history and "
                    "verification.",
        epilog="Exit codes: 0 ok, 1 check found errors (diff: content differs; verify: "
               "a file or sign-off fails), 2 bad input or usage.",
    )
    parser.add_argument("--version", action="version", version=f"ReleaseDesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    export = sub.add_parser("export", help=f"export a release to {listed}")
    export.add_argument("file", type=Path, help="the .release file")
    export.add_argument("-f", "--format", dest="formats", action="append",
                        choices=(*names, *KIND_FORMATS, "all"), metavar="FORMAT",
                        help=f"{', '.join(names)} or all; repeat for several (default: all); "
                             "all: every format but the package, which holds them all and "
                             "is asked for by name; "
                             + "; ".join(f"{f.name}: {f.description}"
                                         for f in FORMATS.values()))
    # (a string: Path would drop the trailing slash that says "a folder", _targets)
    export.add_argument("-o", "--output", metavar="PATH",
                        help="output file (one format) or folder (several), - for standard "
                             "output (one format); default: next to FILE")
    export.add_argument("--wrap", type=int, metavar="N",
                        help="wrap plain text at N columns (wide CJK characters count two)")
    export.add_argument("--strict", action="store_true",
                        help="refuse to export (exit 1, findings on stderr) when 'check' "
                             "finds errors")
    export.add_argument("--for-review", action="store_true",
                        help="write a .docx for a reviewer to mark up with track changes "
                             "(default name: FILE.review.docx); take it back with "
                             "'import REVIEWED.docx --onto FILE'")

    check = sub.add_parser("check", help="list readiness findings; exit 1 if any is an error")
    check.add_argument("file", type=Path, help="the .release file")
    check.add_argument("--json", action="store_true", help="print the findings as JSON")
    check.add_argument("--proof", action="store_true",
                       help="proofread instead: spelling, the office register of names, titles "
                            "and terms, dates and weekdays, numbers, Chinese usage and "
                            "punctuation; exit 1 if any is an error")

    new = sub.add_parser("new", help="write a starting release")
    new.add_argument("--profile", metavar="NAME",
                     help="take footer, boilerplate, contacts and conventions from this "
                          "house-style profile")
    new.add_argument("-o", "--output", type=Path, default=Path("untitled.release"),
                     metavar="FILE", help="where to write it (default: untitled.release)")
    new.add_argument("--force", action="store_true", help="overwrite an existing file")
    kind_help = "the kind of release: news (default), advisory, statement or correction " \
                "(an advisory's event exports for calendars with 'export -f ics')"
    new.add_argument("--type", dest="kind", choices=KINDS, metavar="KIND", help=kind_help)
    new.add_argument("--template", type=Path, metavar="FILE",
                     help="start from this release saved as a template (its kind and words; "
                          "the house style still gives footer, contacts and settings)")
    new.add_argument("--corrects", type=Path, metavar="ORIGINAL",
                     help="make a correction of the release ORIGINAL: linked to its file, "
                          "fingerprint and date")

    draft = sub.add_parser("import",
                           help="turn a draft (.docx, .txt, .md, .html, .eml) into a release")
    draft.add_argument("draft", type=Path, help="the draft: .docx, .txt, .md, .html or .eml")
    draft.add_argument("-o", "--output", type=Path, metavar="FILE",
                       help="the .release to write (default: next to the draft)")
    draft.add_argument("--profile", metavar="NAME",
                       help="the house style to import with (default: the installed one whose "
                            "footer the draft ends with, if any)")
    draft.add_argument("--force", action="store_true", help="overwrite an existing release")
    from .cli_review import add_import_options

    add_import_options(draft)

    profile = sub.add_parser("profile", help="list, show, import or export house-style profiles")
    actions = profile.add_subparsers(dest="profile_command", metavar="ACTION",
                                     parser_class=Parser, required=True)
    actions.add_parser("list", help="one profile name per line")
    show = actions.add_parser("show", help="print a profile as JSON")
    show.add_argument("name")
    load = actions.add_parser("import", help="install a profile file for this user")
    load.add_argument("file", type=Path)
    load.add_argument("--force", action="store_true",
                      help="replace a profile of the same name, yours or a built-in one")
    export = actions.add_parser("export", help="write a profile to a file to hand to colleagues")
    export.add_argument("name")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    register = actions.add_parser(
        "register", help="import the office register (names, titles with dates, terms) from "
                         "a spreadsheet saved as CSV, or JSON, into your profile")
    register.add_argument("name")
    register.add_argument("file", type=Path, help="the register: .csv or .json (docs/register.md)")
    register.add_argument("--replace", action="store_true",
                       help="replace the profile's register instead of adding to it")
    from . import cli_clearance, cli_photos, cli_show, cli_twins

    cli_clearance.add_commands(sub, Parser)

    cli_photos.add_parser(sub, Parser)
    cli_show.add_parser(sub, Parser)
    from . import cli_newsroom

    cli_newsroom.add_parser(sub, Parser)
    cli_twins.add_parser(sub, Parser)
    from .cli_review import add_parser as add_review

    add_review(sub, Parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args_list = sys.argv[1:] if argv is None else argv
    _printable_streams()
    if not args_list or (len(args_list) == 1 and args_list[0].endswith(document.SUFFIX)):
        return _open_editor(args_list)
    from .closed_pipe import outlive_closed_pipe

    outlive_closed_pipe()  # (`releasedesk check … | head`: no error when head has enough)
    from .cli_help import argparse_speaks, translate_parser

    with argparse_speaks():  # --help and usage errors in the user's language
        parser = build_parser()
        translate_parser(parser)
        args = parser.parse_args(args_list)
    from .log_file import logging_to_file

    with logging_to_file():  # (details go to the log file, never to the terminal)
        return _run(args, parser)


def _run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from .cli_help import argparse_speaks

    try:
        if args.command == "export":
            return _export(args)
        if args.command == "check":
            return _check(args)
        if args.command == "new":
            return _new(args)
        if args.command == "profile":
            return _profile(args)
        if args.command == "import":
            return _import(args)
        from . import cli_clearance

        if args.command in cli_clearance.COMMANDS:
            return cli_clearance.run(args)
        if args.command == "photo":
            from .cli_photos import run

            return run(args)
        if args.command == "review":
            from .cli_review import run as review

            return review(args)
        if args.command == "newsroom":
            from .cli_newsroom import run as newsroom

            return newsroom(args)
        if args.command == "show":
            from .cli_show import run as show

            return show(args)
        if args.command == "twin":
            from .cli_twins import run as twin

            return twin(args)
    except ReleaseDeskError as exc:
        from .messages import error_text

        print(f"releasedesk: {error_text(exc)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as exc:  # a bug: say so in one line, keep the traceback for --debug logs
        log.error("unexpected failure", exc_info=True)  # (the traceback: in the log file)
        detail = " ".join(str(exc).split())  # one line, whatever the exception says
        print(say(INTERNAL_ERROR, kind=exc.__class__.__name__, detail=detail),
              file=sys.stderr)
        return EXIT_BAD_INPUT
    with argparse_speaks():
        parser.print_help()
    return EXIT_BAD_INPUT


def _printable_streams() -> None:
    """Whatever a release holds (a lone surrogate a file escaped, say) prints: characters
    the terminal's encoding cannot carry are written as escapes, never as an error."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="backslashreplace")


EDITOR_USAGE = ("usage: releasedesk-editor [FILE.release]\n\nOpens the ReleaseDesk editor, on "
                "FILE.release if given. The terminal commands (export, check, import …) are "
                "'releasedesk --help'.")


def editor_main() -> int:
    """The editor's own entry point, installed as a GUI script (``releasedesk-editor``):
    on Windows it starts without a console window. Its arguments are release files."""
    args = sys.argv[1:]
    if any(a in ("-h", "--help") for a in args):
        from .cli_help import translator

        print(translator()(EDITOR_USAGE))
        return EXIT_OK
    if "--version" in args:
        print(f"releasedesk-editor {__version__}")
        return EXIT_OK
    return _open_editor([a for a in args if not a.startswith("-")])


def _open_editor(args: list[str]) -> int:
    from .editor import load_editor

    try:
        editor = load_editor()
    except ImportError as exc:  # Qt missing or broken: the terminal commands still work
        print(say(NO_EDITOR, reason=exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    return int(editor.run(args))


def _export(args: argparse.Namespace) -> int:
    from .exporting import write_exports
    from .render import FORMATS

    output: str | None = args.output
    if args.for_review:
        from .cli_review import export_for_review

        args.output = None if output is None else Path(output)
        return export_for_review(args)
    names = args.formats or ["all"]
    if "all" in names:
        names = [name for name in FORMATS if FORMATS[name].in_all or name in names]
    names = list(dict.fromkeys(names))
    if args.wrap is not None and args.wrap < 10:
        raise ReleaseDeskError(N_("--wrap needs a width of at least 10 columns."))
    release = document.load(args.file)
    if args.strict:
        errors = [f for f in _findings(release) if f.severity == "error"]
        if errors:
            _print_findings(errors, sys.stderr)
            print(say(NOT_EXPORTED, errors=counted(len(errors), N_("{n} error"),
                                                   N_("{n} errors"))), file=sys.stderr)
            return EXIT_FINDINGS
    if output == "-":
        return _export_to_stdout(release, names, args.wrap, args.file)
    written = []
    targets = _targets(args.file, output, names)
    for target in write_exports(release, targets, args.wrap, source=args.file):
        print(target)
        written.append(target)
    from .cli_clearance import note_unsigned

    note_unsigned(release, written)
    if "package" in targets:
        _note_versions_left_out(release, args.file)
    return EXIT_OK


def _note_versions_left_out(release: Release, source: Path) -> None:
    """Each language version the package left out, and why (on standard error)."""
    from .checks import held_back_finding
    from .exporting import versions_held_back
    from .messages import finding_parts

    for language, why in versions_held_back(release, source):
        print(f"releasedesk: {finding_parts(held_back_finding(language, why))[2]}",
              file=sys.stderr)


BINARY_SUFFIXES = (".docx", ".pdf", ".zip")


def _export_to_stdout(release: Release, names: list[str], wrap: int | None,
                      source: Path) -> int:
    """``-o -``: one format's bytes on standard output (a pipe or a redirection; text
    formats also to a terminal). Nothing else is written: no manifest, no photo folder."""
    from .exporting import render_exports, with_installed_policy
    from .render import format_of

    if len(names) != 1:
        raise ReleaseDeskError(N_("-o - writes one format to standard output; choose it "
                                  "with -f."))
    fmt = format_of(names[0])
    if fmt.suffix in BINARY_SUFFIXES and sys.stdout.isatty():
        raise ReleaseDeskError(N_("A {format} export is binary and would garble the terminal; "
                                  "redirect the output to a file or give a file name with "
                                  "-o."), format=fmt.name)
    exports, media = render_exports(with_installed_policy(release),
                                    {fmt.name: Path("release" + fmt.suffix)}, wrap, source)
    if media:
        raise ReleaseDeskError(N_("The {format} export of this release names its photos as "
                                  "files beside it; export to a folder with -o, not to "
                                  "standard output."), format=fmt.name)
    sys.stdout.flush()
    sys.stdout.buffer.write(next(iter(exports.values())))
    sys.stdout.buffer.flush()
    return EXIT_OK


def _targets(source: Path, output: str | None, names: list[str]) -> dict[str, Path]:
    """{format: path} of an export of *source* to -o *output* (as typed): one format to a
    file, or into a folder when *output* is one, ends in a slash or there are several."""
    from .exporting import targets_in

    stem = source.name[: -len(document.SUFFIX)] if source.name.endswith(document.SUFFIX) \
        else source.stem
    if output is None:
        folder = source.parent
    elif len(names) == 1 and not Path(output).is_dir() and not output.endswith(
            ("/", "\\")):
        return {names[0]: Path(output)}
    else:
        folder = Path(output)
        if not folder.exists():
            if not folder.parent.is_dir():
                raise ReleaseDeskError(N_(
                    "Could not write the exports: the folder {folder} does not exist."),
                    folder=str(folder.parent))
            try:
                folder.mkdir()
            except OSError as exc:
                from .errors import explain_os_error

                raise explain_os_error(exc, folder, N_("create the folder")) from exc
        elif not folder.is_dir():
            raise ReleaseDeskError(N_(
                "Could not write the exports: {folder} is a file; give a folder for "
                "several formats."), folder=str(folder))
    return targets_in(folder, stem, names)


def _findings(release: Release, path: Path | None = None) -> list[Finding]:
    from .checks import check
    from .profiles import ProfileStore

    profile = ProfileStore().find(release.profile) if release.profile else None
    return check(release, profile=profile, path=path)


def _print_findings(findings: list[Finding], stream: TextIO) -> None:
    from .messages import finding_parts
    from .render.text_writer import text_width

    def padded(text: str, width: int) -> str:  # (a Chinese character takes two columns)
        return text + " " * (width - text_width(text))

    rows = [finding_parts(f) for f in findings]
    widths = [max(7, *(text_width(severity) for severity, _, _ in rows)),
              max(text_width(field) for _, field, _ in rows)]
    for severity, field, message in rows:
        print(f"{padded(severity, widths[0])}  {padded(field, widths[1])}  {message}",
              file=stream)


def _check(args: argparse.Namespace) -> int:
    from .checks import has_errors

    if args.proof:
        from .cli_proof import print_proof
        from .profiles import ProfileStore

        release = document.load(args.file)
        profile = ProfileStore().find(release.profile) if release.profile else None
        return print_proof(release, profile, args.json)
    findings = _findings(document.load(args.file), args.file)
    if args.json:
        print(json.dumps([f.as_dict() for f in findings], ensure_ascii=False, indent=2))
    elif not findings:
        from .messages import tr

        print(tr(READY))
    else:
        _print_findings(findings, sys.stdout)
    return EXIT_FINDINGS if has_errors(findings) else EXIT_OK


def _new(args: argparse.Namespace) -> int:
    target: Path = args.output
    if target.exists() and not args.force:
        raise ReleaseDeskError(N_(
            "{target} already exists; choose another name or add --force to replace it."),
            target=str(target))
    from .house_setup import office_house
    from .profiles import ProfileStore, release_from_profile
    from .settings import load_settings

    store = ProfileStore()
    # Without --profile, the office's own house style, as File ▸ New and import take it:
    # the one a new release started from last, else the first of the user's own.
    house = store.get(args.profile) if args.profile else \
        office_house(store.load_all(), load_settings().last_profile)
    release = release_from_profile(house) if house is not None else new_release()
    if args.kind and args.template:
        raise ReleaseDeskError(N_("Give either --type or --template, not both: a template "
                                  "has a kind of its own."))
    if args.kind or args.template:
        from .templates import Template, from_template, start

        release = start(args.kind, release) if args.kind else \
            from_template(Template(args.template.name, "", args.template), release)
    if args.corrects:
        from .corrections import link_to_original

        if args.kind not in (None, "correction"):
            raise ReleaseDeskError(N_("--corrects makes a correction; leave out --type or "
                                      "give --type correction."))
        link_to_original(release, args.corrects, target)
    with _replacing(target, args.force):
        document.save(release, target)
    print(target)
    return EXIT_OK


@contextmanager
def _replacing(target: Path, force: bool) -> Iterator[None]:
    """Hold the lock of a release that --force replaces (nobody may be changing it), and
    check again under the lock that there is none when there was none before."""
    from .changing import changing

    existed = os.path.lexists(target)
    with changing(target):
        if not force and not existed and os.path.lexists(target):
            raise ReleaseDeskError(N_("{target} was made by another program meanwhile; choose "
                                      "another name or add --force to replace it."),
                                   target=str(target))
        yield


def _import(args: argparse.Namespace) -> int:
    from .importing import import_draft, reader_for
    from .profiles import ProfileStore

    source: Path = args.draft
    if args.onto is not None or args.list or args.accept_all:
        from .cli_review import import_review

        return import_review(args)
    reader_for(source)  # an unknown kind of file is refused before anything else
    target: Path = args.output or source.with_name(source.stem + document.SUFFIX)
    if same_file(target, source):
        raise ReleaseDeskError(N_("{target} is the draft being imported; choose another "
                                  "name for the release with -o."), target=str(target))
    if target.exists() and not args.force:
        raise ReleaseDeskError(N_(
            "{target} already exists; choose another name with -o or add --force to "
            "replace it."), target=str(target))
    store = ProfileStore()
    chosen = store.get(args.profile) if args.profile else None
    from .house_setup import office_house

    profiles = [] if chosen else store.load_all()
    release, report = import_draft(source, profile=chosen, profiles=profiles,
                                   house=office_house(profiles))
    with _replacing(target, args.force):
        document.save(release, target)
    print("\n".join(_report_lines(report)))
    print(target)
    return EXIT_OK


def _report_lines(report: ImportReport) -> list[str]:
    """The import report in the user's language: what was found, guessed and not placed."""
    from .importing.report import FIELD_LABELS, FOUND, GUESSED, UNPLACED
    from .messages import tr
    from .render.text_writer import text_width

    lines: list[str] = []
    for kind, title in ((FOUND, FOUND_HEADING), (GUESSED, GUESSED_HEADING),
                        (UNPLACED, UNPLACED_HEADING)):
        items = report.of_kind(kind)
        if not items:
            continue
        lines.append(say(title))
        labels = [tr(FIELD_LABELS.get(item.field, item.field)) for item in items]
        width = max(text_width(label) for label in labels)
        for item, label in zip(items, labels, strict=True):
            parts = [label + " " * (width - text_width(label))]
            if item.snippet:
                parts.append(f"“{item.snippet}”")
            if item.how:
                parts.append(say(HOW, how=tr(item.how)))
            lines.append(("  " + "  ".join(parts)).rstrip())
    lines.extend(say(IMPORT_NOTE, note=tr(note)) for note in report.notes)
    return lines


def _profile(args: argparse.Namespace) -> int:
    from .profiles import ProfileStore, dumps_profile

    store = ProfileStore()
    if args.profile_command == "list":
        names = store.names()
        from .messages import error_text

        for failure in store.failures:
            print(say(SKIPPED, problem=error_text(failure)), file=sys.stderr)
        print("\n".join(names))
        return EXIT_OK
    if args.profile_command == "show":
        sys.stdout.write(dumps_profile(store.get(args.name)).decode("utf-8"))
        return EXIT_OK
    if args.profile_command == "import":
        profile = store.import_file(args.file, replace=args.force)
        print(profile.name)
        return EXIT_OK
    if args.profile_command == "register":
        from .cli_proof import import_register

        print(import_register(args.name, args.file, args.replace))
        return EXIT_OK
    store.export(args.name, args.output)
    print(args.output)
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
