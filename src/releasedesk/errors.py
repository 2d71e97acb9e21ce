"""The one exception the user ever sees: a sentence saying what happened and what to do."""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

from .files import NotRegularFile, StandardStream, is_a_file


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


class Phrase(str):
    """A marked phrase given as an argument (the operating system's reason, another error's
    sentence): it reads as its English text, and `ReleaseDeskError.translated` translates
    it with the template, whatever the argument is called. Its own placeholders are filled
    from *args*, as an error's are."""

    args: dict[str, object]
    template: str

    def __new__(cls, template: str, /, **args: object) -> Phrase:
        phrase = super().__new__(cls, template.format(**resolve(args)) if args else template)
        phrase.template = template
        phrase.args = args
        return phrase

    @classmethod
    def of(cls, error: ReleaseDeskError) -> Phrase:
        """An error's sentence, to quote in another's and be translated with it."""
        return cls(error.template, **error.arguments)

    def translated(self, tr: Callable[[str], str]) -> str:
        return _filled(self.template, self.args, tr, str(self))


def counted(number: int, one: str, many: str) -> Phrase:
    """*number* with its noun, for the core's sentences (Qt's plurals are the editor's):
    the N_() template *one* ("{n} link") for 1, *many* ("{n} links") for any other number;
    a Phrase, so it is translated with the sentence it is put in."""
    return Phrase(one if number == 1 else many, n=number)


def _filled(template: str, arguments: dict[str, object], tr: Callable[[str], str],
            english: str) -> str:
    """*template* translated by *tr* and filled with *arguments* (the Phrases and marked
    words among them translated too); *english* when a translation breaks a placeholder."""
    if not arguments:
        return tr(template)
    args = dict(arguments)
    phrases: dict[str, object] = {}
    for key, value in args.items():
        if isinstance(value, Phrase):
            phrases[key] = value.translated(tr)
        elif key in TRANSLATED_ARGS and isinstance(value, str):
            args[key] = tr(value)
    try:
        return tr(template).format(**{**resolve(args), **phrases})
    except (KeyError, IndexError, ValueError):
        return english


# What the operating system says, errno by errno, in words a translator can translate (the
# English is what Linux says, so English sentences read as they always did). One table for
# every message that quotes an OSError: the command line's and the editor's.
OS_REASONS: dict[int, str] = {
    errno.EPERM: N_("Operation not permitted"),
    errno.ENOENT: N_("No such file or directory"),
    errno.EIO: N_("Input/output error"),
    errno.ENXIO: N_("No such device or address"),
    errno.EBADF: N_("Bad file descriptor"),
    errno.EAGAIN: N_("Resource temporarily unavailable"),
    errno.ENOMEM: N_("Cannot allocate memory"),
    errno.EACCES: N_("Permission denied"),
    errno.EBUSY: N_("Device or resource busy"),
    errno.EEXIST: N_("File exists"),
    errno.EXDEV: N_("Invalid cross-device link"),
    errno.ENODEV: N_("No such device"),
    errno.ENOTDIR: N_("Not a directory"),
    errno.EISDIR: N_("Is a directory"),
    errno.EINVAL: N_("Invalid argument"),
    errno.ENFILE: N_("Too many open files in system"),
    errno.EMFILE: N_("Too many open files"),
    errno.ETXTBSY: N_("Text file busy"),
    errno.EFBIG: N_("File too large"),
    errno.ENOSPC: N_("No space left on device"),
    errno.ESPIPE: N_("Illegal seek"),
    errno.EROFS: N_("Read-only file system"),
    errno.EMLINK: N_("Too many links"),
    errno.EPIPE: N_("Broken pipe"),
    errno.ENAMETOOLONG: N_("File name too long"),
    errno.ENOTEMPTY: N_("Directory not empty"),
    errno.ELOOP: N_("Too many levels of symbolic links"),
    errno.EDQUOT: N_("Disk quota exceeded"),
    errno.ESTALE: N_("Stale file handle"),
    errno.ETIMEDOUT: N_("Connection timed out"),
    errno.ECONNREFUSED: N_("Connection refused"),
    errno.EHOSTUNREACH: N_("No route to host"),
    errno.ENOTSUP: N_("Operation not supported"),
}
OTHER_OS_ERROR = N_("system error {number}")
NO_OS_REASON = N_("the system gave no reason")


def os_reason(exc: BaseException) -> Phrase:
    """Why the operating system refused, as a phrase every message can quote: translated
    where the message is (never the English strerror inside a Chinese sentence)."""
    number = getattr(exc, "errno", None)
    if isinstance(number, int) and number in OS_REASONS:
        return Phrase(OS_REASONS[number])
    if isinstance(number, int):
        return Phrase(OTHER_OS_ERROR, number=number)
    if isinstance(exc, NotRegularFile):
        return Phrase(N_("not a regular file"))
    return Phrase(NO_OS_REASON)


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
        return _filled(self.template, self.arguments, tr, self.message)


def resolve(args: dict[str, object]) -> dict[str, object]:
    """Fill the placeholders of arguments that are themselves templates ("problem")."""
    return {key: value.format(**args) if key in TRANSLATED_ARGS and isinstance(value, str)
            and not isinstance(value, Phrase) and "{" in value else value
            for key, value in args.items()}


# The actions that only read (explain_os_error's *action*): a refusal to read is no reason
# to choose another folder to write to.
_READING = frozenset({N_("open"), N_("read"), N_("read the draft"), N_("read the photo"),
                      N_("read the logo"), N_("read the profile")})



# A write refused, by why (a read-only disk, or no permission) and whether a previous file
# was there and is kept.
_WRITE_REFUSED: dict[tuple[str, bool], str] = {
    ("read-only", True): N_(
        "Could not {action} {where}: the folder is on a read-only disk. "
        "Choose a folder you can write to; the previous file is unchanged."),
    ("read-only", False): N_(
        "Could not {action} {where}: the folder is on a read-only disk. "
        "Choose a folder you can write to; nothing was written."),
    ("denied", True): N_(
        "Could not {action} {where}: permission denied. "
        "Choose a folder you can write to; the previous file is unchanged."),
    ("denied", False): N_(
        "Could not {action} {where}: permission denied. "
        "Choose a folder you can write to; nothing was written."),
}

def explain_os_error(exc: OSError, path: Path, action: str) -> ReleaseDeskError:
    """Turn an OSError from reading or writing *path* into one clear sentence.

    *action* is a marked verb phrase such as ``N_("save")`` or ``N_("write the export")``.
    """
    where = str(path)
    reading = action in _READING
    # (a write that fails leaves the file as it was: said only where there was one)
    kept = not reading and is_a_file(path)
    if (exc.errno == errno.ENOSPC or exc.errno == errno.EDQUOT) and kept:
        return ReleaseDeskError(N_(
            "Could not {action} {where}: the disk is full. "
            "Free some space or choose another folder; the previous file is unchanged."),
            action=action, where=where)
    if exc.errno == errno.ENOSPC or exc.errno == errno.EDQUOT:
        return ReleaseDeskError(N_(
            "Could not {action} {where}: the disk is full. "
            "Free some space or choose another folder; nothing was written."),
            action=action, where=where)
    if exc.errno == errno.EROFS and not reading:
        # (no permission to ask for: the folder's disk, or its mount, takes no writes)
        return ReleaseDeskError(_WRITE_REFUSED["read-only", bool(kept)], action=action,
                                where=where)
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        if reading:
            return ReleaseDeskError(N_(
                "Could not {action} {where}: permission denied. Ask for permission to read "
                "it, or copy it to a folder of your own and open the copy."),
                action=action, where=where)
        return ReleaseDeskError(_WRITE_REFUSED["denied", bool(kept)], action=action,
                                where=where)
    if isinstance(exc, FileNotFoundError):
        return ReleaseDeskError(N_(
            "Could not {action} {where}: the folder does not exist. Choose an existing folder."),
            action=action, where=where)
    if isinstance(exc, IsADirectoryError):
        return ReleaseDeskError(N_(
            "Could not {action} {where}: that is a folder, not a file. Choose a file name."),
            action=action, where=where)
    if isinstance(exc, StandardStream):
        return ReleaseDeskError(N_(
            "Could not {action} {where}: it names one of the program's streams, not a file; "
            "use -o - to write to standard output."), action=action, where=where)
    if isinstance(exc, NotRegularFile):
        return ReleaseDeskError(N_(
            "Could not {action} {where}: it is a pipe, device or socket, not a regular file; "
            "choose a file."), action=action, where=where)
    if exc.errno == errno.ENAMETOOLONG:
        return ReleaseDeskError(N_("Could not {action} {where}: the file name is too long."),
                                action=action, where=where)
    reason = os_reason(exc)
    return ReleaseDeskError(N_("Could not {action} {where}: {reason}."),
                            action=action, where=where, reason=reason)


# What Python's JSON reader says of a damaged file (json.JSONDecodeError.msg), marked so a
# Chinese sentence does not quote it in English.
JSON_REASONS = (
    N_("Expecting value"), N_("Expecting property name enclosed in double quotes"),
    N_("Expecting ',' delimiter"), N_("Expecting ':' delimiter"), N_("Extra data"),
    "Unterminated string starting at", "Invalid control character at",
    N_("Invalid \\escape"), N_("Invalid \\uXXXX escape"),
)


# Two of the reader's messages end in "at", its position following; the sentence gives the
# line and column itself, so they are worded whole.
_WHOLE = {"Unterminated string starting at": N_("Unterminated string, no closing quote"),
          "Invalid control character at": N_("Invalid control character in a string")}


def json_reason(message: str) -> str:
    """A JSON reader's message as a phrase that is translated with its sentence."""
    return Phrase(_WHOLE.get(message, message)) if message in JSON_REASONS else message


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
