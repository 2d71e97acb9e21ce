"""The one exception the user ever sees: a sentence saying what happened and what to do."""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

from .files import NotRegularFile


def N_(text: str) -> str:
    """Marks an English message for translation, without importing Qt.

    The Qt-free core speaks English; tools/translations.py tells pyside6-lupdate to
    collect N_("…") like QT_TR_NOOP, and the editor shows the translated text.
    """
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a word for translation in a named context, without importing Qt (lupdate reads it).

    The editor shows it with QCoreApplication.translate(context, text).
    """
    return text


# Arguments whose values are themselves marked words ("save", "a list") and are
# translated along with the template.
TRANSLATED_ARGS = frozenset({"action", "expected", "found", "problem"})


class ReleaseDeskError(Exception):
    """A failure explained in one sentence fit to show a communications officer.

    *template* is English with ``{placeholders}`` filled from *args*; the editor shows
    the translated template with the same arguments.
    """

    def __init__(self, template: str, /, **args: object) -> None:
        message = template.format(**resolve(args)) if args else template
        super().__init__(message)
        self.message = message
        self.template = template
        self.arguments = args

    def translated(self, tr: Callable[[str], str]) -> str:
        """The sentence with its template (and the arguments that are marked words)
        translated by *tr*; English when a translation breaks a placeholder."""
        args = dict(self.arguments)
        for key in TRANSLATED_ARGS & args.keys():
            if isinstance(args[key], str):
                args[key] = tr(str(args[key]))
        try:
            return tr(self.template).format(**resolve(args)) if args else tr(self.template)
        except (KeyError, IndexError, ValueError):
            return self.message


def resolve(args: dict[str, object]) -> dict[str, object]:
    """Fill the placeholders of arguments that are themselves templates ("problem")."""
    return {key: value.format(**args) if key in TRANSLATED_ARGS and isinstance(value, str)
            and "{" in value else value for key, value in args.items()}


def explain_os_error(exc: OSError, path: Path, action: str) -> ReleaseDeskError:
    """Turn an OSError from reading or writing *path* into one clear sentence.

    *action* is a marked verb phrase such as ``N_("save")`` or ``N_("write the export")``.
    """
    where = str(path)
    if exc.errno == errno.ENOSPC or exc.errno == errno.EDQUOT:
        return ReleaseDeskError(N_(
            "Could not {action} {where}: the disk is full. "
            "Free some space or choose another folder; the previous file is unchanged."),
            action=action, where=where)
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ReleaseDeskError(N_(
            "Could not {action} {where}: permission denied. "
            "Choose a folder you can write to; the previous file is unchanged."),
            action=action, where=where)
    if isinstance(exc, FileNotFoundError):
        return ReleaseDeskError(N_(
            "Could not {action} {where}: the folder does not exist. Choose an existing folder."),
            action=action, where=where)
    if isinstance(exc, IsADirectoryError):
        return ReleaseDeskError(N_(
            "Could not {action} {where}: that is a folder, not a file. Choose a file name."),
            action=action, where=where)
    if isinstance(exc, NotRegularFile):
        return ReleaseDeskError(N_(
            "Could not {action} {where}: it is a pipe, device or socket, not a regular file; "
            "choose a file."), action=action, where=where)
    if exc.errno == errno.ENAMETOOLONG:
        return ReleaseDeskError(N_("Could not {action} {where}: the file name is too long."),
                                action=action, where=where)
    reason = exc.strerror or exc.__class__.__name__
    return ReleaseDeskError(N_("Could not {action} {where}: {reason}."),
                            action=action, where=where, reason=reason)


class FileFormatError(ReleaseDeskError):
    """The file is not a release this version can read; the message says why.

    (Here, not in document.py, so the modules document.py reads with — container.py,
    clearance/storage.py — can raise it without importing it.)
    """

    @property
    def damaged(self) -> bool:
        """The content is broken (as opposed to: too new, too large, missing)."""
        return any(mark in self.template for mark in (
            "is damaged", "is not a ReleaseDesk release", "no valid format version",
            "is incomplete"))
