"""Phone numbers' and e-mail addresses' link targets (whether they are well-formed is
field_rules's: one rule for the editor, the files, the checks and the writers)."""

from __future__ import annotations

from ..field_rules import PHONE_EXTENSION, email_is_valid, phone_is_valid


def email_href(email: str) -> str | None:
    email = email.strip()
    return f"mailto:{email}" if email_is_valid(email) else None


def phone_href(phone: str) -> str | None:
    """A tel: URI (RFC 3966 global form where the number starts with +); None if malformed."""
    if not phone_is_valid(phone):
        return None
    main = PHONE_EXTENSION.split(phone.strip())[0]
    digits = "".join(c for c in main if c.isdigit())
    return f"tel:+{digits}" if main.startswith("+") else f"tel:{digits}"


def contact_detail(role: str, organization: str, separator: str) -> str:
    """A contact's second line: role and organisation, joined as the language joins them."""
    return separator.join(x for x in (role, organization) if x)
