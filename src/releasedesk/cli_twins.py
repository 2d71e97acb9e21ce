"""`releasedesk twin`: make a linked language version of a release."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from . import document
from .changing import changing
from .errors import N_, ReleaseDeskError
from .field_rules import escaped, language_problem
from .language_tag import names_a_language

if TYPE_CHECKING:
    from .cli_help import Parser, SubCommands

COMMANDS = ("twin",)


def add_parser(sub: SubCommands, parser_class: type[Parser]) -> None:
    twin = sub.add_parser("twin", help="make a linked version of a release in another language")
    twin.add_argument("file", type=Path, help="the .release file to make a version of")
    twin.add_argument("--language", required=True, metavar="TAG",
                      help="the new version's language (zh-CN, en, fr …)")
    twin.add_argument("-o", "--output", type=Path, metavar="FILE",
                      help="where to write it (default: FILE with the language before .release)")
    twin.add_argument("--copy-text", action="store_true",
                      help="start from the source's text marked [TO TRANSLATE] instead of "
                           "empty text fields")
    twin.add_argument("--force", action="store_true", help="overwrite an existing file")


def default_output(source: Path, language: str) -> Path:
    """As the editor names it: ferry.release (or ferry.en.release) → ferry.zh-CN.release."""
    from .twins.making import default_path

    return default_path(source, language)


def run(args: argparse.Namespace) -> int:
    source_path: Path = args.file
    language = args.language.replace("_", "-")
    if language_problem(language) is not None or not names_a_language(language):
        raise ReleaseDeskError(N_('"{tag}" is not a language tag such as zh-CN or en.'),
                               tag=escaped(args.language))
    target: Path = args.output or default_output(source_path, language)
    twin_path = make_twin_file(source_path, language, target, args.copy_text, args.force)
    print(twin_path)
    return 0


def make_twin_file(source_path: Path, language: str, target: Path, copy_text: bool = False,
                   force: bool = False) -> Path:
    """Write the twin of *source_path* in *language* to *target* and record the link in both
    (the source is changed under its lock); ReleaseDeskError in one sentence otherwise."""
    from .language_tag import primary
    from .profiles import ProfileStore
    from .twins.making import link_twins, make_twin

    if target.exists() and target.resolve() == source_path.resolve():
        raise ReleaseDeskError(N_("{target} is the release itself; give the new version "
                                  "another name."), target=str(target))
    if target.exists() and not force:
        raise ReleaseDeskError(N_("{target} already exists; use --force to replace it."),
                               target=str(target))
    if not target.parent.is_dir():
        raise ReleaseDeskError(N_("The folder {folder} does not exist."),
                               folder=str(target.parent))
    with changing(source_path):
        source = document.load(source_path)
        if primary(source.language) == primary(language):
            raise ReleaseDeskError(N_("{name} is already in {language}; choose another "
                                      "language."), name=source_path.name,
                                   language=source.language)
        twin = make_twin(source, language, ProfileStore().load_all(), copy_text)
        link_twins(source, source_path, twin, target)
        document.save(twin, target)
        document.save(source, source_path, in_place=True)
    return target
