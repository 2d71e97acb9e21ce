"""The fields a reviewer marks up, each with its key, its label and how its text is read and
put back: the field map of the review trip.

A slot is one piece of text of a release: the headline, the body, a contact's phone, a
photo's caption. Its key names it in the document sent for review (the hidden bookmark
``_rd_<key>`` wraps its paragraphs) and in every suggestion read back. A *block* slot
(the body, About) is Markdown: its paragraphs are the text's blank-line-separated parts
and a line break inside one is a line break in Word; a *line* slot is one paragraph.
``str.split`` and ``str.join`` on the blank line undo each other, so the way back is exact
for any text.
"""

from __future__ import annotations

import re
from hashlib import sha256

from ..body.safety import clean_line, clean_text
from ..field_rules import one_line, split_list
from ..kinds import shows
from ..language_tag import is_chinese
from ..model import Contact, Release
from ..records import record

BOOKMARK_PREFIX = "_rd_"  # a leading underscore hides a bookmark in Word's list
LABEL_PREFIX = "_rdl_"  # the label paragraph before a field: text of no field
LINE, BLOCK, LIST = "line", "block", "list"
PARAGRAPH_BREAK = "\n\n"
# What XML 1.0 cannot hold: written as U+FFFD (and compared so on the way back).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")

_CONTACT_PARTS = (("name", "Name", "姓名"), ("role", "Title", "职务"),
                  ("organization", "Organisation", "单位"), ("phone", "Phone", "电话"),
                  ("email", "E-mail", "电子邮件"))
_PHOTO_PARTS = (("caption", "Caption", "图片说明"), ("credit", "Credit", "图片来源"),
                ("alt", "Alt text", "替代文字"))
_LABELS = {"headline": ("Headline", "标题"), "subheadline": ("Subheadline", "副标题"),
           "dateline": ("Dateline", "电头"), "organization": ("Organisation", "发布单位"),
           "body": ("Body", "正文"), "boilerplate": ("About", "机构简介"),
           "keywords": ("Keywords", "关键词"), "contact": ("Media contact", "媒体联系人"),
           "photo": ("Photo", "图片"),
           # A kind's one-line fields (kinds.py): an advisory's event, a statement's author.
           "event_what": ("Event", "活动内容"), "event_place": ("Venue", "活动地点"),
           "event_address": ("Address", "地址"), "statement_by": ("Statement by", "声明人"),
           "statement_title": ("Their title", "声明人职务"),
           # A portal's lines that print (the Chinese portal edition): 引题 above the title,
           # 来源 under it, 作者 and 责任编辑 after the body, 摘要.
           "lead_in": ("Lead-in", "引题"), "source": ("Source", "来源"),
           "author": ("Author", "作者"), "responsible_editor": ("Responsible editor", "责任编辑"),
           "summary": ("Summary", "摘要")}
_KIND_LINES = ("event_what", "event_place", "event_address", "statement_by",
               "statement_title")


@record(frozen=True)
class Slot:
    key: str  # "headline", "body", "contact_0_phone", "photo_1_caption"
    kind: str  # LINE, BLOCK or LIST (keywords: one line, split at commas on the way back)
    label: str  # English; label_zh for a Chinese release
    label_zh: str
    group: str = ""  # "contact_0" for the parts of one contact: one label for them

    @property
    def bookmark(self) -> str:
        return BOOKMARK_PREFIX + self.key

    def labelled(self, language: str) -> str:
        return self.label_zh if is_chinese(language) else self.label


def slots(release: Release) -> list[Slot]:
    """The slots of *release* in the order a reviewer reads them."""
    out = _set_lines(release, ("lead_in",))
    out += [Slot(name, LINE, *_LABELS[name]) for name in ("headline", "subheadline",
                                                            "dateline", "organization")]
    out += _set_lines(release, ("source",))
    out += [Slot(name, LINE, *_LABELS[name]) for name in _KIND_LINES if shows(release, name)]
    out.append(Slot("body", BLOCK, *_LABELS["body"]))
    out += _set_lines(release, ("author", "responsible_editor", "summary"))
    for number in range(len(release.contacts)):
        for part, english, chinese in _CONTACT_PARTS:
            out.append(Slot(f"contact_{number}_{part}", LINE, english, chinese,
                            group=f"contact_{number}"))
    out.append(Slot("boilerplate", BLOCK, *_LABELS["boilerplate"]))
    if _keywords_survive(release.keywords):
        out.append(Slot("keywords", LIST, *_LABELS["keywords"]))
    for number in range(len(release.photos)):
        for part, english, chinese in _PHOTO_PARTS:
            out.append(Slot(f"photo_{number}_{part}", LINE, english, chinese,
                            group=f"photo_{number}"))
    return out


def _set_lines(release: Release, names: tuple[str, ...]) -> list[Slot]:
    """The portal's lines that *release* has set: they print, so they go for review."""
    return [Slot(name, LINE, *_LABELS[name]) for name in names if getattr(release, name)]


def group_label(group: str, language: str) -> str:
    """"Media contact 2" / "媒体联系人 2" for the group "contact_1"."""
    kind, number = group.rsplit("_", 1)
    english, chinese = _LABELS[kind]
    word = chinese if is_chinese(language) else english
    return f"{word} {int(number) + 1}"


def slots_label(key: str, language: str = "en") -> str:
    """How a suggestion that spans fields names them: "Headline, Body" (*key* holds the
    fields' keys joined by commas, as suggestions.py joins them)."""
    return ", ".join(slot_label(part, language) for part in key.split(",")) if key else \
        slot_label("", language)


def slot_label(key: str, language: str = "en") -> str:
    """How a suggestion names its field: "Headline", "Media contact 2: Phone"."""
    if not key:
        return "(no field)" if not is_chinese(language) else "（不属于任何字段）"
    if key in _LABELS:
        return _LABELS[key][1 if is_chinese(language) else 0]
    group, _, part = key.rpartition("_")
    parts = _CONTACT_PARTS if group.startswith("contact_") else _PHOTO_PARTS
    names = next((p for p in parts if p[0] == part), (part, part, part))
    chinese = is_chinese(language)
    return f"{group_label(group, language)}: {names[2] if chinese else names[1]}"


def _keywords_survive(keywords: list[str]) -> bool:
    """Keywords go for review only when their one line splits back into them exactly."""
    return split_list(", ".join(keywords)) == list(keywords)


def xml_safe(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def get(release: Release, key: str) -> str:
    """The text of slot *key* in *release*, as the document sent for review holds it."""
    return xml_safe(_raw(release, key))


def _raw(release: Release, key: str) -> str:
    if key == "keywords":
        return ", ".join(release.keywords)
    if key.startswith(("contact_", "photo_")):
        kind, number, part = key.split("_", 2)
        items: list[object] = list(release.contacts if kind == "contact" else release.photos)
        index = int(number)
        return str(getattr(items[index], part)) if index < len(items) else ""
    return str(getattr(release, key))


def put(release: Release, key: str, text: str) -> None:
    """Set slot *key* of *release* to *text*, cleaned as a paste into the form is (no
    control character, no bidi override); a line slot made one line, without a tab (Word's
    tab in a phone number is a gap, not a character of it), keywords split."""
    if key in ("body", "boilerplate"):
        setattr(release, key, clean_text(text))
        return
    line = line_text(text)
    if key == "keywords":
        release.keywords = split_list(line)
        return
    if key.startswith(("contact_", "photo_")):
        kind, number, part = key.split("_", 2)
        index = int(number)
        if kind == "contact":
            while len(release.contacts) <= index:
                release.contacts.append(Contact())
            setattr(release.contacts[index], part, line)
        elif index < len(release.photos):  # (a photo removed since the review: nothing)
            setattr(release.photos[index], part, line if part != "alt" else
                    clean_line(text).replace("\t", " "))
        return
    setattr(release, key, line)


def line_text(text: str) -> str:
    """*text* as a one-line slot holds it: clean_line's characters, each line break and
    tab a space."""
    return one_line(clean_line(text)).replace("\t", " ")


def kind_of(key: str) -> str:
    if key in ("body", "boilerplate"):
        return BLOCK
    return LIST if key == "keywords" else LINE


def paragraphs_of(text: str, kind: str) -> list[str]:
    """The paragraphs slot text is written as (a line slot: one)."""
    return text.split(PARAGRAPH_BREAK) if kind == BLOCK else [text]


def separator(kind: str) -> str:
    """What joins a slot's paragraphs when a reviewer made several of one."""
    return PARAGRAPH_BREAK if kind == BLOCK else " "


def digest(text: str) -> str:
    """A short fingerprint of one slot's text as sent (kept in the document's properties,
    so that an edit made without track changes is told from a change made to the release
    since it was sent)."""
    return sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]
