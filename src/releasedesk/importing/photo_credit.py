"""A photo's credit where a draft writes it into the caption: the forms newsrooms use in
English and in Chinese, each split off the caption into the photo's credit field.

English puts the credit after the caption ("Caption text. Photo: Jane Doe", "… (Photo by
Jane Doe)", "… Credit: Kestrel Valley Water Board", "… © Jane Doe") or alone on the line
under the picture ("Photo: Jane Doe"). Chinese papers and portals put it at the end,
labelled ("摄影：张三", "图片来源：…", "供图：…") or with 摄 after the name ("（张三 摄）",
"新华社记者 张三 摄"), or write "张三供图".

A line that is only "Photo: …" is a credit when what follows reads as a name (a few
capitalised words, an agency, "Agency/Name"), and a labelled caption otherwise ("Photo:
Walkers on the new path"). Nothing here guesses a credit from an unlabelled name.
"""

from __future__ import annotations

import re

_NAME_WORD = re.compile(r"(?:[A-Z][\w'’.-]*|[A-Z]{2,}|of|the|and|de|van|von|da|di|&)$")
_NAME_END = re.compile(r"[.!?。！？]$")
# A label in front of a caption ("Photo: …", "图：…"): not the caption's words.
CAPTION_LABEL = re.compile(r"^\s*(?:photo|picture|caption|pictured|图片?|照片|图注)\s*[:：]\s*",
                           re.IGNORECASE)
_PHOTO_WORD = r"(?:Photo(?:graph)?|Picture|Image)s?"
_CREDIT_WORD = r"(?:(?:Photo|Image|Picture)\s+)?[Cc]redits?"
_AFTER = r"(?:^|(?<=[.!?。])\s*|\s+(?=\())"  # a credit after the caption's sentence, or "("
_ZH_NAME = r"[^\s。，、；！？：:（）()]{1,16}"
_FORM_PATTERNS = (
    # English: "… Credit: Jane Doe", "… Photo credit: Jane Doe" (after any word)
    ("en credit", rf"(?:^|\s+)\(?{_CREDIT_WORD}\s*[:：]\s*(?P<credit>[^()]+?)\)?\s*$"),
    # English: "Caption text. Photo: Jane Doe", "… (Photo: Jane Doe)"
    ("en photo label", rf"{_AFTER}\(?{_PHOTO_WORD}\s*[:：]\s*(?P<credit>[^()]+?)\)?\s*$"),
    # English: "… Photo by Jane Doe", "… (Photo courtesy of the Water Board)"
    ("en by", rf"{_AFTER}\(?{_PHOTO_WORD}\s+(?:by|courtesy(?:\s+of)?)\s+"
              r"(?P<credit>[^()]+?)\)?\s*$"),
    # English: "… © Jane Doe"
    ("en copyright", r"(?:^|\s*)\(?©\s*(?P<credit>[^()©]+?)\)?\s*$"),
    # Chinese labels: "摄影：张三", "（图片来源：芬霍洛区融媒体中心）", "供图：…", "图源：…"
    ("zh label", r"[（(]?(?:摄影|摄像|图片来源|图片提供|图源|供图)\s*[:：]\s*"
                 r"(?P<credit>[^（）()]+?)[）)]?\s*$"),
    # Chinese: "（张三 摄）", "（新华社记者 张三 摄）", "（张三摄）"
    ("zh 摄 in brackets", r"[（(]\s*(?P<credit>[^（）()]{1,40}?)\s*摄\s*[）)]\s*$"),
    # Chinese: "图为……。记者 张三 摄" (after the sentence, or alone on the line), or
    # "……。张三摄" (a name of two to four characters: "正在拍摄" is no credit)
    ("zh 摄", rf"(?:^|(?<=[。！？.!?])|\s+)(?P<credit>(?:\S{{0,8}}?(?:记者|通讯员)\s*)?"
             rf"{_ZH_NAME})\s+摄\s*$"),
    ("zh name摄", r"(?:^|(?<=[。！？.!?])|\s+)(?P<credit>[\u4e00-\u9fff·]{2,4})(?<!拍)摄\s*$"),
    # Chinese: "（芬霍洛区教育局供图）", "张三供图"
    ("zh 供图 in brackets", r"[（(]\s*(?P<credit>[^（）()]{1,40}?)\s*供图\s*[）)]\s*$"),
    ("zh 供图", rf"(?:^|(?<=[。！？.!?])|\s+)(?P<credit>{_ZH_NAME})\s*供图\s*$"),
)
# Each form: a pattern over the caption's end whose group "credit" is the credit; the
# caption is the text before the match. The first that matches wins.
FORMS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern)) for name, pattern in _FORM_PATTERNS)
_BARE = re.compile(rf"^\(?{_PHOTO_WORD}\s*[:：]\s*(?P<credit>.+?)\)?\s*$")


def split_credit(text: str) -> tuple[str, str]:
    """*text* (a caption as a draft wrote it, on one line) as (caption, credit), a caption
    label in front taken off; credit "" when the caption states none."""
    text = text.strip()
    bare = _BARE.match(text)
    if bare and reads_as_name(bare.group("credit")):  # "Photo: Jane Doe" alone: a credit
        return "", bare.group("credit").strip()
    text = CAPTION_LABEL.sub("", text, count=1)
    for _, pattern in FORMS:
        found = pattern.search(text)
        credit = found.group("credit").strip().rstrip("。") if found else ""
        if found and credit and len(credit) <= 80:
            return text[:found.start()].strip(), credit
    return text, ""


def reads_as_name(text: str) -> bool:
    """A person's or an organisation's name, not a sentence: up to six words, each
    capitalised (or "of", "the", "&" …), or an agency and a name ("Reuters/Jane Doe")."""
    text = text.strip()
    if not text or _NAME_END.search(text):
        return False
    words = text.replace("/", " ").split()
    return len(words) <= 6 and all(_NAME_WORD.match(word.strip(",")) for word in words)
