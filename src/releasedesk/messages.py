"""The command line's messages in the user's language, without Qt.

The editor loads the compiled translations with QTranslator. The command line must not
import Qt, so it reads the same translations from their source, the .ts file that ships
beside the .qm. It reads only the messages the Qt-free core marks with N_() (lupdate
files them under the empty context). The language comes from the environment, as gettext
reads it: LANGUAGE, then LC_ALL, LC_MESSAGES, LANG. RELEASEDESK_LANGUAGE overrides it
("en" or "zh_CN").
"""

from __future__ import annotations

import functools
import logging
import os
from typing import TYPE_CHECKING

from .errors import QT_TRANSLATE_NOOP, Phrase, ReleaseDeskError
from .language_tag import is_chinese

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from .checks import Finding
    from .proofing.findings import ProofFinding
from .resources import resources_dir

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN",)


def language(environ: dict[str, str] | None = None) -> str:
    """"zh_CN" when the environment asks for Chinese, else "en"."""
    env = os.environ if environ is None else environ
    for name in ("RELEASEDESK_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            first = value.split(":")[0]  # LANGUAGE may list several: the first wins
            return "zh_CN" if is_chinese(first) else "en"
    return "en"


@functools.cache
def catalogue(code: str, context: str = "") -> dict[str, str]:
    """{English template: translation} of the messages filed under *context* (the core's
    N_() messages: the empty one) in *code* ({} if none)."""
    if code not in LANGUAGES:
        return {}
    import xml.etree.ElementTree as ET  # (only a Chinese interface reads a catalogue: ~2 ms)

    source = resources_dir() / "translations" / f"releasedesk_{code}.ts"
    try:
        root = ET.parse(source).getroot()
    except (OSError, ET.ParseError) as exc:
        log.warning("no translations for %s: %s", code, exc)
        return {}
    found: dict[str, str] = {}
    for context_node in root.iter("context"):
        if context_node.findtext("name", "") != context:
            continue
        for message in context_node.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete",
                                                                    "vanished"):
                continue
            found[message.findtext("source", "")] = translation.text or ""
    return found


def tr(text: str, code: str | None = None, context: str = "") -> str:
    """*text* (an N_() template, or one the editor files under *context*) in the user's
    language; itself when untranslated."""
    return catalogue(language() if code is None else code, context).get(text) or text


def say(template: str, /, **args: object) -> str:
    """An N_() template of the command line's output filled with *args*, in the user's
    language (arguments that are Phrases translated too); English when a translation
    breaks a placeholder."""
    code = language()
    words = {key: value.translated(lambda text: tr(text, code)) if isinstance(value, Phrase)
             else value for key, value in args.items()}
    try:
        return tr(template, code).format(**words)
    except (KeyError, IndexError, ValueError):
        return template.format(**{key: str(value) for key, value in args.items()})


def listed(items: tuple[str, ...] | list[str], code: str | None = None) -> str:
    """Items joined as the user's language (or *code*'s) lists them ("a, b" or "a、b")."""
    return ("、" if is_chinese(language() if code is None else code) else ", ").join(items)


# The weekday a finding may name ({weekday}), filed under the Readiness panel's words.
_WEEKDAYS = (QT_TRANSLATE_NOOP("ReadinessPanel", "Monday"),
             QT_TRANSLATE_NOOP("ReadinessPanel", "Tuesday"),
             QT_TRANSLATE_NOOP("ReadinessPanel", "Wednesday"),
             QT_TRANSLATE_NOOP("ReadinessPanel", "Thursday"),
             QT_TRANSLATE_NOOP("ReadinessPanel", "Friday"),
             QT_TRANSLATE_NOOP("ReadinessPanel", "Saturday"),
             QT_TRANSLATE_NOOP("ReadinessPanel", "Sunday"))
_SEVERITIES = {"error": "Error", "warning": "Warning", "note": "Note"}


def finding_sentence(template: str, args: Mapping[str, object], english: str,
                     translate: Callable[[str, str], str]) -> str:
    """A finding's sentence (a readiness check's, proofing's) in the language *translate*
    speaks (``translate(text, context)``): its N_ *template* translated and filled with
    *args*, a Phrase among them translated too, a {weekday} (and a relative day's
    {right} when it is a weekday) in words of that language. The English
    *english* when a translation breaks a placeholder. The editor's panels and the
    command line say findings through here."""
    filled = {key: value.translated(lambda text: translate(text, ""))
              if isinstance(value, Phrase) else value for key, value in args.items()}
    if "weekday_index" in filled:
        filled["weekday"] = translate(_WEEKDAYS[int(str(filled["weekday_index"]))],
                                      "ReadinessPanel")
    if "right_weekday_index" in filled:  # (a relative day's right weekday)
        filled["right"] = translate(_WEEKDAYS[int(str(filled["right_weekday_index"]))],
                                    "ReadinessPanel")
    try:
        return translate(template, "Findings").format(**filled)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return english


def finding_parts(finding: Finding, code: str | None = None) -> tuple[str, str, str]:
    """(severity, field, message) of a readiness finding in the user's language, from the
    same translations the editor's Readiness panel shows (English when untranslated)."""
    from .checks import TEMPLATES

    language_code = language() if code is None else code
    if language_code == "en":
        return finding.severity, finding.field, finding.message
    return _finding_words(finding, TEMPLATES, language_code)


def _finding_words(finding: Finding | ProofFinding, templates: Mapping[str, str],
                   language_code: str) -> tuple[str, str, str]:
    """(severity, field, sentence) of a readiness or proofing finding in *language_code*,
    its sentence from *templates* (its kind's)."""
    from .fields import field

    message = finding_sentence(templates[finding.code], dict(finding.args), finding.message,
                               lambda text, context: tr(text, language_code, context))
    severity = tr(_SEVERITIES.get(finding.severity, finding.severity), language_code,
                  "ReadinessPanel")
    spec = field(finding.field)
    name = tr(spec.label, language_code) if spec is not None else finding.field
    return severity, name, message


def error_text(error: ReleaseDeskError, code: str | None = None) -> str:
    """The error's sentence in the user's language."""
    return error.translated(lambda text: tr(text, code))


def proof_parts(finding: ProofFinding, code: str | None = None) -> tuple[str, str, str]:
    """(severity, where, message) of a proofing finding in the user's language, from the
    translations the editor's Proofing panel shows (English when untranslated)."""
    from .proofing.findings import TEMPLATES

    language_code = language() if code is None else code
    if language_code == "en":
        return finding.severity, finding.where, finding.message
    severity, where, message = _finding_words(finding, TEMPLATES, language_code)
    if finding.part and finding.part != finding.field:
        where += f"（{finding.part}）"
    return severity, where, message


def sentences(*parts: str) -> str:
    """Sentences one after another: a space after an English full stop, none after a
    Chinese one (。！？)."""
    out = ""
    for part in parts:
        if out and part:
            out += "" if out.endswith(("。", "！", "？", "）")) else " "
        out += part
    return out
