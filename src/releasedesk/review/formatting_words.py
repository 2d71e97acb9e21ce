"""What a reviewer's formatting change did, in words of the reader's language.

The review reader records a formatting change by Word's own names for the properties
(``none → b``, ``b, i → i``, ``pStyle → pStyle, jc``): exact, and the same whatever the
interface. Shown to a person, each name is a word ("bold", "加粗"); a name without a word
here stays Word's. Word's complex-script twins (``bCs`` beside ``b``) say the same thing
once.
"""

from __future__ import annotations

from ..field_rules import split_list
from ..language_tag import is_chinese
from ..messages import listed

FORMATTING_KINDS = frozenset({"formatting", "paragraph formatting"})
_WORDS: dict[str, tuple[str, str]] = {
    "none": ("none", "无"),
    # characters (w:rPr)
    "b": ("bold", "加粗"), "bCs": ("bold", "加粗"),
    "i": ("italic", "倾斜"), "iCs": ("italic", "倾斜"),
    "u": ("underline", "下划线"), "strike": ("strikethrough", "删除线"),
    "dstrike": ("double strikethrough", "双删除线"),
    "sz": ("font size", "字号"), "szCs": ("font size", "字号"),
    "rFonts": ("font", "字体"), "color": ("font colour", "字体颜色"),
    "highlight": ("highlight", "突出显示"), "shd": ("shading", "底纹"),
    "vertAlign": ("superscript or subscript", "上标或下标"),
    "caps": ("all capitals", "全部大写"), "smallCaps": ("small capitals", "小型大写字母"),
    "em": ("emphasis mark", "着重号"), "rStyle": ("character style", "字符样式"),
    "lang": ("language", "语言"), "spacing": ("spacing", "间距"),
    "kern": ("kerning", "字距调整"), "position": ("raised or lowered", "位置提升或降低"),
    "vanish": ("hidden text", "隐藏文字"), "noProof": ("no proofing", "不检查拼写和语法"),
    "outline": ("outline", "空心"), "shadow": ("shadow", "阴影"),
    "emboss": ("emboss", "阳文"), "imprint": ("engrave", "阴文"),
    # paragraphs (w:pPr)
    "pStyle": ("paragraph style", "段落样式"), "jc": ("alignment", "对齐方式"),
    "ind": ("indent", "缩进"), "numPr": ("numbering", "编号"),
    "keepNext": ("keep with next", "与下段同页"), "keepLines": ("keep lines together",
                                                                "段中不分页"),
    "pageBreakBefore": ("page break before", "段前分页"),
    "outlineLvl": ("outline level", "大纲级别"), "pBdr": ("borders", "边框"),
    "tabs": ("tab stops", "制表位"), "widowControl": ("widow and orphan control",
                                                      "孤行控制"),
    "contextualSpacing": ("no space between paragraphs of the same style",
                          "相同样式的段落间不添加空格"),
    "snapToGrid": ("snap to grid", "对齐到网格"),
}
_ARROW = " → "


def formatting_words(detail: str, language: str) -> str:
    """*detail* (Word's names, "b, i → i") in words of *language* ("bold, italic →
    italic", "加粗、倾斜 → 倾斜")."""
    chinese = is_chinese(language)
    sides = []
    for side in detail.split(_ARROW):
        words: list[str] = []
        for name in split_list(side):
            word = _WORDS[name][chinese] if name in _WORDS else name
            if word not in words:
                words.append(word)
        sides.append(listed(words, language))
    return _ARROW.join(sides)
