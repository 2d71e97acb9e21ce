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
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

from .errors import Phrase, ReleaseDeskError
from .language_tag import is_chinese

if TYPE_CHECKING:
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


def listed(items: tuple[str, ...] | list[str]) -> str:
    """Items joined as the user's language lists them ("a, b" or "a、b")."""
    return ("、" if language() == "zh_CN" else ", ").join(items)


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SEVERITIES = {"error": "Error", "warning": "Warning", "note": "Note"}


def finding_parts(finding: Finding, code: str | None = None) -> tuple[str, str, str]:
    """(severity, field, message) of a readiness finding in the user's language, from the
    same translations the editor's Readiness panel shows (English when untranslated)."""
    from .checks import TEMPLATES
    from .fields import field

    language_code = language() if code is None else code
    if language_code == "en":
        return finding.severity, finding.field, finding.message
    template = tr(TEMPLATES[finding.code], language_code, "Findings")
    args = {key: value.translated(lambda text: tr(text, language_code))
            if isinstance(value, Phrase) else value for key, value in dict(finding.args).items()}
    if "weekday_index" in args:
        day = _WEEKDAYS[int(str(args["weekday_index"]))]
        args["weekday"] = tr(day, language_code, "ReadinessPanel")
    try:
        message = template.format(**args)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        message = finding.message
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
    from .fields import field
    from .proofing.findings import TEMPLATES

    language_code = language() if code is None else code
    if language_code == "en":
        return finding.severity, finding.where, finding.message
    args = dict(finding.args)
    if "weekday_index" in args:
        day = _WEEKDAYS[int(str(args["weekday_index"]))]
        args["weekday"] = tr(day, language_code, "ReadinessPanel")
    try:
        message = tr(TEMPLATES[finding.code], language_code, "Findings").format(**args)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        message = finding.message
    severity = tr(_SEVERITIES.get(finding.severity, finding.severity), language_code,
                  "ReadinessPanel")
    spec = field(finding.field)
    where = tr(spec.label, language_code) if spec is not None else finding.field
    if finding.part and finding.part != finding.field:
        where += f"（{finding.part}）"
    return severity, where, message
