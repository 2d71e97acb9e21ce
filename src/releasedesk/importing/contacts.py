"""Media contacts read from a draft: one block per contact, or one contact per line.

"Dana Whitlock / Press Officer, Calloway Harbour Authority / Phone: … / Email: …" on
separate lines, or "Peter West, NSF, (703) 292-7761, pwest@nsf.example" on one; the
e-mail address and phone number go into their own columns, their labels are dropped.
Agencies group two or three people in one block with slashes ("A Name / B Name",
"555-0100 / 555-0101"): one contact per name, phones and e-mails paired by position. A
block of lines holding several people one after another (name, title, phone, e-mail,
name, …) is split where a new name follows a finished contact.
"""

from __future__ import annotations

import re

from ..field_rules import EMAIL_IN_TEXT, PHONE_IN_CONTACT_LINE
from ..model import Contact

# "Phone:", "Tel.", "Mobile:", "电话：", "Email:", "E-mail:" and friends.
LABEL = re.compile(r"^\s*(?:phone|telephone|tel|mobile|cell|office|fax|direct|email|e-mail|mail|"
                   r"联系电话|办公电话|电话|手机|传真|电子邮件|电子邮箱|邮箱|邮件)\s*[.:：]?\s*",
                   re.IGNORECASE)
# Titles people hold: a value ending in one of these is a role, not an organisation.
_ROLE_WORDS = re.compile(
    r"\b(?:officer|manager|director|secretary|spokesperson|spokeswoman|spokesman|"
    r"coordinator|co-ordinator|assistant|editor|lead|head|chief|president|chair|chairman|"
    r"chairwoman|adviser|advisor|specialist|liaison|representative|writer|producer|"
    r"strategist|associate|executive|consultant|counsel|press secretary|curator|"
    r"scientist|engineer|researcher|professor)s?\b|负责人|主任|科长|处长|干事|记者|编辑",
    re.IGNORECASE)
_ORG_WORDS = re.compile(
    r"\b(?:authority|administration|agency|office|department|dept|ministry|council|"
    r"commission|university|college|school|institute|foundation|trust|association|society|"
    r"company|corporation|corp|inc|ltd|llc|plc|gmbh|group|bureau|service|services|centre|"
    r"center|board|city|county|district|government|library|museum|hospital|police|"
    r"partners|network|federation|union|committee|cooperative|co-operative|co-op|club|"
    r"festival|theatre|theater|orchestra|press office|newsroom|works|labs?)\b"
    r"|公署|政府|局|办公室|委员会|公司|大学|学院|中心|协会|基金会|研究所|医院", re.IGNORECASE)


def has_contact_detail(line: str) -> bool:
    return bool(EMAIL_IN_TEXT.search(line) or _phone(line))


def _phone(line: str) -> str:
    for match in PHONE_IN_CONTACT_LINE.finditer(line):
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
    for line in (part for whole in lines for part in _LABEL_AHEAD.split(whole)):
        label = LABEL.match(line)
        value = line[label.end():] if label else line
        if label and label.group(0).strip():
            consumed.append(label.group(0).strip())
        email = EMAIL_IN_TEXT.search(value)
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
        name, space, tail = contact.name.partition(" ")
        if space and _CJK_NAME.fullmatch(name) and _CJK.search(tail):
            # "何嘉宁 区图书馆宣传办公室": a Chinese name, then where the person works.
            contact.name = name
            rest.insert(0, tail.strip())
    if rest:
        _role_and_organization(contact, rest.pop(0), organization)
    if rest and not contact.organization:
        contact.organization = rest.pop(0)
    if rest:  # more lines than fields: nothing is dropped
        contact.role = ", ".join(x for x in (contact.role, *rest) if x)
    return contact, consumed


_CJK = re.compile(r"[\u3400-\u9fff]")
_CJK_NAME = re.compile(r"[\u3400-\u9fff·]{2,4}")


def parse_line(line: str, organization: str = "") -> tuple[Contact, list[str]]:
    """A contact written on one line: name, title, organisation, phone, e-mail by commas."""
    parts = [p.strip() for p in _split_fields(line) if p.strip()]
    if len(parts) <= 1:
        return parse_block([line], organization)
    contact, consumed = parse_block(parts, organization)
    words = [part for part in parts[1:] if not has_contact_detail(part)]
    if len(words) == 1 and contact.role == words[0] and not contact.organization and \
            not _ROLE_WORDS.search(words[0]):
        # "Peter West, NSF, …": on one line the lone word after the name is where the
        # person works, unless it is a title (or the organisation is already known).
        contact.organization, contact.role = contact.role, ""
    return contact, consumed


# A labelled phone number or address further along a line ("王蕾　电话：…　邮箱：…",
# "Dana Whitlock  Phone: …"): the line splits before it. Not "office", "direct" or "mail",
# which also end names ("Calloway Press Office: …").
_LABEL_AHEAD = re.compile(r"[\s\u3000]+(?=(?:phone|telephone|tel|mobile|cell|fax|email|e-mail|"
                          r"联系电话|办公电话|电话|手机|传真|电子邮件|电子邮箱|邮箱)\s*[.:：])",
                          re.IGNORECASE)


def _split_fields(line: str) -> list[str]:
    """Split at commas, semicolons and bars, but not inside a phone number's digits, and
    before a labelled phone number or address."""
    return [part for piece in re.split(r"\s*[;|]\s*|,\s+(?!\d{3}\b)|\s+[–—]\s+", line)
            for part in _LABEL_AHEAD.split(piece)]


def _role_and_organization(contact: Contact, line: str, organization: str) -> None:
    """ "Press Officer, Calloway Harbour Authority" (or "新闻官，卡洛韦港务局") → role and
    organisation.

    The title runs to the last comma-separated part that reads like one ("Head of
    Communications", "Club Secretary"), else to the last comma; what follows is the
    organisation. A line with neither a title nor an organisation's name at its end
    ("Headquarters, Washington", "Lanthorn Flight Center, Greenbelt, Md.") is the
    organisation whole, an office and its town; without a comma, a lone value is the
    organisation when it reads like one.
    """
    # (a Chinese release joins them with a full-width comma: 新闻官，卡洛韦港务局)
    sep = "，" if "，" in line and ", " not in line else ", "
    parts = line.split(sep)
    titled = [number for number, part in enumerate(parts) if _ROLE_WORDS.search(part)]
    if len(parts) > 1 and not titled and not _ORG_WORDS.search(parts[-1]):
        contact.organization = line.strip()  # an office and its town
    elif len(parts) > 1:
        cut = titled[-1] + 1 if titled and titled[-1] + 1 < len(parts) else len(parts) - 1
        contact.role = sep.join(parts[:cut]).strip()
        contact.organization = sep.join(parts[cut:]).strip()
    elif (organization and line.strip() == organization.strip()) or _ORG_WORDS.search(line):
        contact.organization = line.strip()
    else:
        contact.role = line.strip()


def is_one_per_line(lines: list[str]) -> bool:
    """Lines that are each a whole contact ("Name, Org, phone, e-mail", "王蕾　电话：…")."""
    return len(lines) >= 1 and all(
        has_contact_detail(line) and not LABEL.match(line)
        and (len([p for p in _split_fields(line) if p.strip()]) >= 3 or
             _LABEL_AHEAD.search(line) is not None) for line in lines)


_SLASH = re.compile(r"\s+/\s+|\s*／\s*")


def slash_groups(lines: list[str]) -> list[list[str]] | None:
    """A slash-grouped block ("A Name / B Name", "Headquarters, Washington",
    "555-0100 / 555-0101", "a@x.org / b@x.org") as one list of lines per person, or None.

    The first line names the people; a line split into as many parts gives each person
    their part, a line without a slash is shared by all, and a line split otherwise gives
    its parts in order (what is left over goes to the last person: nothing is dropped).
    """
    if len(lines) < 2:
        return None
    names = [part.strip() for part in _SLASH.split(lines[0])]
    if len(names) < 2 or any(not part or has_contact_detail(part) or len(part) > 60
                             or len(part.split()) > 6 for part in names):
        return None
    if not any(has_contact_detail(line) for line in lines[1:]):
        return None
    people: list[list[str]] = [[name] for name in names]
    for line in lines[1:]:
        parts = [part.strip() for part in _SLASH.split(line) if part.strip()]
        if len(parts) == 1:
            for person in people:
                person.append(parts[0])
            continue
        for number, part in enumerate(parts):
            people[min(number, len(people) - 1)].append(part)
    return people


def split_people(lines: list[str]) -> list[list[str]]:
    """The lines of a block, one list per person: a new person starts at a line with no
    phone or e-mail that follows a line with one, when more details follow it (a trailing
    address line stays with the person above)."""
    groups: list[list[str]] = [[]]
    detailed = [has_contact_detail(line) for line in lines]
    for number, line in enumerate(lines):
        current = groups[-1]
        starts = (current and not detailed[number] and detailed[number - 1]
                  and any(detailed[number + 1:]) and not LABEL.match(line))
        if starts:
            groups.append([])
        groups[-1].append(line)
    return [group for group in groups if group]


def parse_contacts(lines: list[str], organization: str = "") -> tuple[list[Contact], list[str]]:
    """Contacts from the lines of one block: slash-grouped, one per line, or one per
    person when several follow one another."""
    lines = [line for line in lines if line.strip()]
    if not lines:
        return [], []
    contacts: list[Contact] = []
    consumed: list[str] = []
    if is_one_per_line(lines):
        for line in lines:
            contact, labels = parse_line(line, organization)
            contacts.append(contact)
            consumed.extend(labels)
        return contacts, consumed
    groups = slash_groups(lines) or split_people(lines)
    for group in groups:
        contact, labels = parse_block(group, organization)
        consumed.extend(labels)
        if not contact.is_empty():
            contacts.append(contact)
    return contacts, consumed


def contact_words(contact: Contact) -> str:
    return " ".join((contact.name, contact.role, contact.organization, contact.phone,
                     contact.email))
