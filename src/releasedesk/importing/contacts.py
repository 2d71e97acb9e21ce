"""Media contacts read from a draft: one block per contact, or one contact per line.

"Dana Whitlock / Press Officer, Calloway Harbour Authority / Phone: … / Email: …" on
separate lines, or "Peter West, NSF, (703) 292-7761, pwest@nsf.example" on one; the
e-mail address and phone number go into their own columns, their labels are dropped.
"""

from __future__ import annotations

import re

from ..model import Contact

EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
PHONE = re.compile(r"(?<![\w+])(?:\+|\(\d)?[\d(][\d\s().\-/]{5,}\d(?:\s*(?:ext\.?|x)\s*\d+)?",
                   re.IGNORECASE)
# "Phone:", "Tel.", "Mobile:", "电话：", "Email:", "E-mail:" and friends.
LABEL = re.compile(r"^\s*(?:phone|telephone|tel|mobile|cell|office|fax|direct|email|e-mail|mail|"
                   r"电话|手机|传真|电子邮件|邮箱|邮件)\s*[.:：]?\s*", re.IGNORECASE)
_ORG_WORDS = re.compile(
    r"\b(?:authority|administration|agency|office|department|dept|ministry|council|"
    r"commission|university|college|school|institute|foundation|trust|association|society|"
    r"company|corporation|corp|inc|ltd|llc|plc|gmbh|group|bureau|service|services|centre|"
    r"center|board|city|county|district|government|library|museum|hospital|police|"
    r"partners|network|federation|union|committee|cooperative|co-operative|co-op|club|"
    r"festival|theatre|theater|orchestra|press office|newsroom|works|labs?)\b"
    r"|公署|政府|局|办公室|委员会|公司|大学|学院|中心|协会|基金会|研究所|医院", re.IGNORECASE)


def has_contact_detail(line: str) -> bool:
    return bool(EMAIL.search(line) or _phone(line))


def _phone(line: str) -> str:
    for match in PHONE.finditer(line):
        found = match.group(0).strip(" .-/")
        if sum(c.isdigit() for c in found) >= 6 and not re.fullmatch(r"\d{4}[-/]\d{1,2}[-/]\d{1,2}",
                                                                       found):
            return found
    return ""


def parse_block(lines: list[str], organization: str = "") -> tuple[Contact, list[str]]:
    """One contact from its lines, and the labels consumed on the way."""
    contact = Contact()
    consumed: list[str] = []
    rest: list[str] = []
    for line in lines:
        label = LABEL.match(line)
        value = line[label.end():] if label else line
        if label and label.group(0).strip():
            consumed.append(label.group(0).strip())
        email = EMAIL.search(value)
        phone = _phone(value)
        if email and not contact.email:
            contact.email = email.group(0)
            value = (value[: email.start()] + value[email.end():])
        if phone and not contact.phone:
            contact.phone = phone
            value = value.replace(phone, "", 1)
        value = value.strip(" ,;|·•–—-")
        if value:
            rest.append(value)
    if rest:
        contact.name = rest.pop(0)
    if rest:
        _role_and_organization(contact, rest.pop(0), organization)
    if rest and not contact.organization:
        contact.organization = rest.pop(0)
    if rest:  # more lines than fields: nothing is dropped
        contact.role = ", ".join(x for x in (contact.role, *rest) if x)
    return contact, consumed


def parse_line(line: str, organization: str = "") -> tuple[Contact, list[str]]:
    """A contact written on one line: name, title, organisation, phone, e-mail by commas."""
    parts = [p.strip() for p in _split_fields(line) if p.strip()]
    return parse_block(parts, organization) if len(parts) > 1 else parse_block([line],
                                                                               organization)


def _split_fields(line: str) -> list[str]:
    """Split at commas, semicolons and bars, but not inside a phone number's digits."""
    return re.split(r"\s*[;|]\s*|,\s+(?!\d{3}\b)|\s+[–—]\s+", line)


def _role_and_organization(contact: Contact, line: str, organization: str) -> None:
    """ "Press Officer, Calloway Harbour Authority" → role and organisation.

    Split at the last comma (titles hold commas more often than organisation names);
    a lone value is the organisation when it reads like one.
    """
    head, comma, tail = line.rpartition(", ")
    if comma:
        contact.role, contact.organization = head.strip(), tail.strip()
    elif (organization and line.strip() == organization.strip()) or _ORG_WORDS.search(line):
        contact.organization = line.strip()
    else:
        contact.role = line.strip()


def is_one_per_line(lines: list[str]) -> bool:
    """Lines that are each a whole contact ("Name, Org, phone, e-mail")."""
    detailed = [line for line in lines if has_contact_detail(line) and "," in line]
    return len(detailed) == len(lines) and len(lines) >= 1 and all(
        len(_split_fields(line)) >= 3 for line in lines)


def parse_contacts(lines: list[str], organization: str = "") -> tuple[list[Contact], list[str]]:
    """Contacts from the lines of one block: one per line, or the block as one contact."""
    if not lines:
        return [], []
    if is_one_per_line(lines):
        contacts: list[Contact] = []
        consumed: list[str] = []
        for line in lines:
            contact, labels = parse_line(line, organization)
            contacts.append(contact)
            consumed.extend(labels)
        return contacts, consumed
    contact, consumed = parse_block(lines, organization)
    return ([contact] if not contact.is_empty() else []), consumed


def contact_words(contact: Contact) -> str:
    return " ".join((contact.name, contact.role, contact.organization, contact.phone,
                     contact.email))
