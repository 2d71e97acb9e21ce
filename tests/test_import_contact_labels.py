"""A contact written on one line with labelled fields keeps its labels out of the name.

Found by the tester: Chinese releases write "联系人：王蕾　电话：0576-8888 1200　邮箱：…" on one
line, fields apart by full-width spaces; the labels landed in the contact's name
("王蕾　电话：　邮箱："), which every export then printed. The same held for English fields
apart by spaces ("Dana Whitlock  Phone: …  Email: …").
"""

from __future__ import annotations

import itertools

import pytest

from releasedesk.importing.contacts import LABEL, parse_contacts, parse_line

NAMES = ["王蕾", "区住建局办公室", "Dana Whitlock", "Tomasz Lerner"]
PHONE_LABELS = ["电话：", "联系电话：", "手机：", "Phone: ", "Tel. ", "Mobile: "]
MAIL_LABELS = ["邮箱：", "电子邮件：", "Email: ", "E-mail: ", None]
SEPARATORS = ["\u3000", "\u3000\u3000", "  ", " ", "\t"]


@pytest.mark.parametrize(("name", "phone_label", "mail_label", "separator"), list(
    itertools.product(NAMES, PHONE_LABELS, MAIL_LABELS, SEPARATORS)))
def test_labelled_fields_on_one_line_leave_the_name_alone(
        name: str, phone_label: str, mail_label: str | None, separator: str) -> None:
    line = f"{name}{separator}{phone_label}0576-8888 1200"
    if mail_label is not None:
        line += f"{separator}{mail_label}press@wenling.example"
    contact, consumed = parse_line(line)
    assert contact.name == name
    assert contact.phone == "0576-8888 1200"
    assert contact.email == ("press@wenling.example" if mail_label else "")
    assert not contact.role and not contact.organization
    assert phone_label.strip() in consumed


@pytest.mark.parametrize(("line", "name"), [
    ("王\u3000蕾", "王\u3000蕾"),  # a two-character name spaced out to align: one name
    ("Calloway Press Office: 555-0100", "Calloway Press Office:"),  # an office, not a label
    ("Peter West, NSF, (703) 292-7761, pwest@nsf.example", "Peter West"),
])
def test_lines_without_labels_ahead_split_as_before(line: str, name: str) -> None:
    contact, _ = parse_line(line)
    assert contact.name == name


def test_every_label_split_before_is_a_label_the_block_reader_takes() -> None:
    for label in ("phone", "telephone", "tel", "mobile", "cell", "fax", "email", "e-mail",
                  "联系电话", "办公电话", "电话", "手机", "传真", "电子邮件", "电子邮箱", "邮箱"):
        assert LABEL.match(label + "："), label


@pytest.mark.parametrize(("lines", "names"), [
    (["王蕾\u3000电话：0576-8888 1200"], ["王蕾"]),
    (["区住建局办公室\u3000联系电话：0576-8888 1200\u3000邮箱：press@wenling.example"],
     ["区住建局办公室"]),
    (["Dana Whitlock  Phone: 555-0100  Email: dana@calloway.example"], ["Dana Whitlock"]),
    (["Dana Whitlock", "Press Officer  Phone: 555-0100"], ["Dana Whitlock"]),
    (["王蕾\u3000电话：0576-8888 1200", "陈晓峰\u3000电话：0576-8888 1201"], ["王蕾", "陈晓峰"]),
])
def test_a_block_of_contacts_keeps_labels_out_of_names(lines: list[str], names: list[str]
                                                       ) -> None:
    contacts, _ = parse_contacts(lines)
    assert [contact.name for contact in contacts] == names
    assert all(contact.phone for contact in contacts)
    for contact in contacts:
        for field in (contact.name, contact.role, contact.organization):
            assert not any(label in field for label in ("电话", "邮箱", "Phone", "Email"))
