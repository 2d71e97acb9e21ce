"""The command line's help and usage errors in the user's language.

`releasedesk --help` is built by argparse from our help texts and argparse's own words
("usage:", "options", "invalid choice: …"). Both are translated here from one catalogue
per language, `resources/translations/cli_help_<code>.json` ({English: translation}),
which a translator edits like the .ts files. The language is the command line's
(messages.language). A text the catalogue lacks stays English; the test suite walks every
parser and fails on any text without a translation, so a new option cannot slip through.
"""

from __future__ import annotations

import argparse
import functools
import json
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import NoReturn, TypeAlias

from .messages import LANGUAGES, language
from .resources import resources_dir

# The table each command module adds its sub-commands to, as argparse types it.
SubCommands: TypeAlias = "argparse._SubParsersAction[Parser]"


class Parser(argparse.ArgumentParser):
    """argparse, but usage errors exit 2 with one line, as every other bad input does."""

    def format_help(self) -> str:
        """argparse's help, its section headings ending as its usage line does: argparse
        writes "位置参数:" with an ASCII colon after a translated heading, beside "用法：" (the
        usage word is translated whole, its colon with it)."""
        text = super().format_help()
        usage = argparse._("usage: ").strip()  # type: ignore[attr-defined]  # gettext hook
        colon = usage[-1:] if usage else ":"
        if colon in ("", ":"):
            return text
        for group in self._action_groups:
            if group.title:
                text = text.replace(f"\n{group.title}:\n", f"\n{group.title}{colon}\n")
        return text

    def error(self, message: str) -> NoReturn:
        line = translator()(USAGE_ERROR).format(message=message)
        self.exit(2, f"releasedesk: {line}\n")  # 2: bad input or usage, as in cli.py


log = logging.getLogger(__name__)


# What argparse itself says while it parses and prints help (Python 3.11's gettext
# messages), and our own frame around a usage error.
ARGPARSE_WORDS = (
    "usage: ", "positional arguments", "options", "show this help message and exit",
    "show program's version number and exit", "argument %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)", "invalid %(type)s value: %(value)r",
    "unrecognized arguments: %s", "the following arguments are required: %s",
    "one of the arguments %s is required", "not allowed with argument %s",
    "expected one argument", "expected at most one argument", "expected at least one argument",
    "ambiguous option: %(option)s could match %(matches)s", "ignored explicit argument %r",
    "can't open '%(filename)s': %(error)s",
)
USAGE_ERROR = "{message} (see 'releasedesk --help')"


@functools.cache
def catalogue(code: str) -> dict[str, str]:
    """{English: translation} for *code* ({} for English or when the file is unreadable)."""
    if code not in LANGUAGES:
        return {}
    path = resources_dir() / "translations" / f"cli_help_{code}.json"
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("no command-line help translations for %s: %s", code, exc)
        return {}
    if not isinstance(found, dict):
        return {}
    return {k: v for k, v in found.items() if isinstance(k, str) and isinstance(v, str) and v}


def translator(code: str | None = None) -> Callable[[str], str]:
    words = catalogue(language() if code is None else code)
    return lambda text: words.get(text, text)


@contextmanager
def argparse_speaks(code: str | None = None) -> Iterator[None]:
    """argparse's own words in the user's language while the block runs (building the
    parser, parsing, printing help). argparse looks its gettext function up as the module
    global `_` each time it speaks, so the block swaps that function and puts it back."""
    words = catalogue(language() if code is None else code)
    if not words:
        yield
        return
    # argparse's gettext hook is a private module global, not in its stubs
    original = argparse._  # type: ignore[attr-defined]  # private: see above

    def speak(text: str) -> str:
        return words.get(text) or original(text)

    argparse._ = speak  # type: ignore[attr-defined]  # private gettext hook
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]  # private gettext hook


def help_texts(parser: argparse.ArgumentParser) -> Iterator[tuple[object, str, str]]:
    """(owner, attribute, text) of every text of ours that --help prints, sub-commands
    included: descriptions, epilogs, each option's help, each sub-command's one-liner."""
    for attribute in ("description", "epilog"):
        text = getattr(parser, attribute)
        if text:
            yield parser, attribute, text
    for group in parser._action_groups:
        if group.title:
            yield group, "title", group.title
        if group.description:
            yield group, "description", group.description
    for action in parser._actions:
        if action.help and action.help is not argparse.SUPPRESS:
            yield action, "help", action.help
        placeholder = shown_metavar(action)
        if placeholder:
            yield action, "metavar", placeholder
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if choice.help:
                    yield choice, "help", choice.help
            seen: set[int] = set()
            for child in action.choices.values():
                if id(child) not in seen:  # aliases name one parser several times
                    seen.add(id(child))
                    yield from help_texts(child)


def shown_metavar(action: argparse.Action) -> str:
    """The word --help shows for the value *action* takes ("FILE", "COMMAND", a positional's
    name), when it is a word to translate (not a one-letter N, not a list of choices)."""
    if action.nargs == 0 or action.metavar is argparse.SUPPRESS:
        return ""
    if isinstance(action.metavar, str):
        shown = action.metavar
    elif action.metavar is None and action.choices is None:
        shown = action.dest if not action.option_strings else action.dest.upper()
    else:
        return ""
    return shown if len(shown) > 1 else ""


def translate_parser(parser: argparse.ArgumentParser, code: str | None = None) -> None:
    """Every help text of *parser* in the user's language (English where untranslated)."""
    words = catalogue(language() if code is None else code)
    if not words:
        return
    for owner, attribute, text in list(help_texts(parser)):
        if text in words:
            setattr(owner, attribute, words[text])
