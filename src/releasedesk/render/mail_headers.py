"""The e-mail export's headers: exactly the ones we write, each one line of literal text.

Python's e-mail package (3.11) decodes RFC 2047 encoded words in any value it is given, and
its folder writes what it decoded back out unencoded: a headline holding
``=?utf-8?q?=0D=0ABcc:_x@example.org?=`` became a real ``Bcc:`` header. So the message is
built with the standard library's ``policy.SMTP`` and header registry, with one change:
the Subject is a :class:`LiteralText` header, whose value is never decoded, and which is
folded by :class:`email.header.Header` — as encoded words whenever the text is not plain
short ASCII, or holds ``=?``, so a reader's client shows those characters as typed.
Addresses are :class:`email.headerregistry.Address` objects; an address that Python's
parser would decode (``=?`` inside it) or cannot parse is refused with one sentence.
"""

from __future__ import annotations

import re
import unicodedata
from email.header import Header
from email.headerregistry import Address, HeaderRegistry, UnstructuredHeader
from email.message import EmailMessage
from email.policy import SMTP, EmailPolicy
from typing import TYPE_CHECKING, TypeAlias

from ..errors import N_, ReleaseDeskError

if TYPE_CHECKING:  # (EmailMessage takes no parameters at run time)
    # A message as the writer builds it: headers read back as text, set from text or
    # addresses (the policy's registry makes each header's object).
    Mail: TypeAlias = EmailMessage[str, str | Address | list[Address]]

# A header line may be 78 characters long (RFC 5322 2.1.1); longer words are encoded.
MAX_LINE = 78
_SPACES = re.compile(r"\s+")


def header_text(text: str) -> str:
    """*text* as one line a header may carry: every line break, control character and
    broken surrogate a space, runs of white space one space, no space at either end."""
    kept = "".join(" " if _not_for_headers(ch) else ch for ch in text)
    return _SPACES.sub(" ", kept).strip()


def _not_for_headers(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp")


def _plain(text: str, name: str) -> bool:
    """Text that may stand in the header as it is: printable ASCII, nothing that looks
    like an encoded word, no word too long to fold onto a line of its own."""
    if not text.isascii() or "=?" in text or not text.isprintable():
        return False
    room = MAX_LINE - len(name) - 2
    return all(len(word) <= room for word in text.split(" "))


class LiteralText(UnstructuredHeader):
    """An unstructured header whose value is literal text, folded by email.header.Header.

    (The registry combines it with BaseHeader, which gives it ``name``.)
    """

    name: str

    @classmethod
    def parse(cls, value: str, kwds: dict[str, object]) -> None:
        kwds["decoded"] = header_text(str(value))
        kwds["parse_tree"] = None  # (only fold reads it, and fold below does not)
        kwds["defects"] = []

    def fold(self, *, policy: EmailPolicy) -> str:
        text = str(self)
        charset = "us-ascii" if _plain(text, self.name) else "utf-8"
        folded = Header(text, charset, maxlinelen=policy.max_line_length or MAX_LINE,
                        header_name=self.name).encode(linesep=policy.linesep)
        return f"{self.name}: {folded}{policy.linesep}"


def _registry() -> HeaderRegistry:
    registry = HeaderRegistry()
    # typeshed: the registry's classes are mixins it combines with BaseHeader itself
    registry.map_to_type("subject", LiteralText)  # type: ignore[arg-type]  # a mixin: see above
    return registry


def mail_policy() -> EmailPolicy[Mail]:
    """policy.SMTP with the Subject taken literally (a new one per message: no state is
    shared between exports running at once)."""
    return SMTP.clone(header_factory=_registry())


def mail_address(text: str) -> Address:
    """An address for From or To; ReleaseDeskError when it cannot be one, or when its
    characters could be read as an encoded word."""
    address = text.strip()
    if not address or "=?" in address or not address.isascii() \
            or header_text(address) != address:
        raise _refused(text)
    try:
        parsed = Address(addr_spec=address)
    except (ValueError, IndexError, TypeError) as exc:
        raise _refused(text) from exc
    if parsed.addr_spec != address:
        raise _refused(text)
    return parsed


def _refused(text: str) -> ReleaseDeskError:
    shown = header_text(text)[:60]
    return ReleaseDeskError(N_('"{address}" cannot be used as an e-mail address for the '
                               "message; correct it in the house style (E-mail)."),
                            address=shown)
