"""Phone numbers and e-mail addresses: when they are well-formed, and their link targets."""

from __future__ import annotations

import re

# (No "=?" anywhere: mail programs would read what follows as an encoded word.)
_ADDRESS_CHAR = r"[^@\s<>()\[\],;:\"]"
_EMAIL = re.compile(rf"^(?!.*=\?){_ADDRESS_CHAR}+@{_ADDRESS_CHAR}+\.{_ADDRESS_CHAR}{{2,}}$")
_PHONE_CHARS = re.compile(r"^\+?[0-9 ().\-/]+(?:\s*(?:ext\.?|x)\s*[0-9]+)?$", re.IGNORECASE)


def email_is_valid(email: str) -> bool:
    """A plausible address, within RFC 5321's lengths (64 before the @, 254 in all)."""
    email = email.strip()
    return len(email) <= 254 and len(email.partition("@")[0]) <= 64 \
        and bool(_EMAIL.match(email))


def phone_is_valid(phone: str) -> bool:
    """Digits with the usual separators and an optional extension; at least six digits."""
    phone = phone.strip()
    return bool(_PHONE_CHARS.match(phone)) and sum(c.isdigit() for c in phone) >= 6


def email_href(email: str) -> str | None:
    email = email.strip()
    return f"mailto:{email}" if email_is_valid(email) else None


def phone_href(phone: str) -> str | None:
    """A tel: URI (RFC 3966 global form where the number starts with +); None if malformed."""
    if not phone_is_valid(phone):
        return None
    main = re.split(r"(?i)\s*(?:ext\.?|x)\s*", phone.strip())[0]
    digits = "".join(c for c in main if c.isdigit())
    return f"tel:+{digits}" if main.startswith("+") else f"tel:{digits}"
