"""Chinese proofing: a curated list of 错别字, and punctuation by GB/T 15834.

Only high-precision rules: each wrong form below is wrong wherever it stands (or in the
context its pattern names), so clean press text raises no alarm. No word segmentation is
needed for them.
"""

from __future__ import annotations

import re

from .findings import WARNING, ZH_BOOK_TITLE, ZH_PUNCTUATION, ZH_TYPO, ProofFinding, finding
from .text import has_cjk, is_cjk

# wrong → right, wherever the wrong form stands.
TYPOS = {
    "再接再励": "再接再厉", "一愁莫展": "一筹莫展", "迫不急待": "迫不及待", "按步就班": "按部就班",
    "走头无路": "走投无路", "谈笑风声": "谈笑风生", "甘败下风": "甘拜下风", "穿流不息": "川流不息",
    "默守成规": "墨守成规", "世外桃园": "世外桃源", "一如继往": "一如既往", "不径而走": "不胫而走",
    "再所不惜": "在所不惜", "美仑美奂": "美轮美奂", "针贬": "针砭", "渡假": "度假", "布署": "部署",
    "关健": "关键", "震憾": "震撼", "松驰": "松弛", "寒喧": "寒暄", "座落": "坐落", "国藉": "国籍",
    "签定": "签订", "精萃": "精粹", "荟粹": "荟萃", "脉膊": "脉搏", "冒然": "贸然", "发韧": "发轫",
    "入场卷": "入场券", "优惠卷": "优惠券", "报筹": "报酬", "既使": "即使", "既便": "即便",
    "即然": "既然", "既将": "即将", "即往不咎": "既往不咎", "既日起": "即日起", "既时": "即时",
    "即定": "既定", "做为": "作为", "截至日期": "截止日期", "截至时间": "截止时间",
    "变的更": "变得更", "显的": "显得", "值的": "值得", "取的了": "取得了",
}
_TYPO = re.compile("|".join(sorted(map(re.escape, TYPOS), key=len, reverse=True)))
# 截止 (an end, no object) before a point in time means 截至 ("as of").
_JIEZHI = re.compile(r"截止(?:到)?(?=目前|今天|今日|当前|本[年月周]|\d|[一二三四五六七八九十]+月|"
                     r"年底|月底)")
# Adverbs that only modify verbs, then 的 before a verb: 地.
_DI = re.compile(r"(?:不断|逐步|稳步|切实|扎实|认真)的(?=(?:推进|落实|加强|提升|做好|开展|推动|"
                 r"完善|改善|解决)(?!作用|工作|者|中|力度))")

_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_FULL_TO_HALF = {"，": ",", "；": ";", "：": ":", "？": "?", "！": "!", "。": "."}
_DOUBLED = re.compile(r"([，。、；：？！])\1+|[，、；：][，。、；：]|。[，、；：]")
_PAIRS = {"（": "）", "《": "》", "“": "”", "【": "】", "「": "」"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}


def check_typos(field: str, text: str) -> list[ProofFinding]:
    findings = []
    for match in _TYPO.finditer(text):
        use = TYPOS[match.group(0)]
        findings.append(finding(field, match.start(), match.end(), ZH_TYPO, WARNING, "zh_typo",
                                use, found=match.group(0), use=use))
    if "截止" in text:
        for match in _JIEZHI.finditer(text):
            findings.append(finding(field, match.start(), match.end(), ZH_TYPO, WARNING,
                                    "zh_typo", "截至", found=match.group(0), use="截至"))
    if "的" in text:
        for match in _DI.finditer(text):
            use = match.group(0)[:-1] + "地"
            findings.append(finding(field, match.start(), match.end(), ZH_TYPO, WARNING,
                                    "zh_typo", use, found=match.group(0), use=use))
    return findings


_CANDIDATES = re.compile(r'[,;:?!()"，；：？！。]')


def check_punctuation(field: str, text: str) -> list[ProofFinding]:
    findings: list[ProofFinding] = []
    length = len(text)
    quotes = 0
    for match in _CANDIDATES.finditer(text):
        index = match.start()
        char = text[index]
        before = text[index - 1] if index else ""
        after = text[index + 1] if index + 1 < length else ""
        if char in _HALF_TO_FULL or char == '"':
            if not (is_cjk(before) or is_cjk(after)):
                continue
            if char == "(" and not (is_cjk(before) and is_cjk(after)):
                continue
            if char == ")" and not is_cjk(before):
                continue
            if char in ",;:?!" and not is_cjk(before):
                continue
            if char == '"':
                use = "“" if quotes % 2 == 0 else "”"
                quotes += 1
            else:
                use = _HALF_TO_FULL[char]
            findings.append(finding(field, index, index + 1, ZH_PUNCTUATION, WARNING,
                                    "zh_halfwidth", use, found=char, use=use))
        elif _latin(before) and (
                _latin(after) or (after == " " and _latin(text[index + 2:index + 3]))):
            use = _FULL_TO_HALF[char]
            findings.append(finding(field, index, index + 1, ZH_PUNCTUATION, WARNING,
                                    "zh_fullwidth", use, found=char, use=use))
    for match in _DOUBLED.finditer(text):
        findings.append(finding(field, match.start(), match.end(), ZH_PUNCTUATION, WARNING,
                                "zh_doubled", match.group(0)[0], found=match.group(0)))
    findings += _unbalanced(field, text)
    return findings


def _latin(char: str) -> bool:
    return char.isascii() and char.isalpha()


def _unbalanced(field: str, text: str) -> list[ProofFinding]:
    """Brackets and quotes opened and never closed (or closed and never opened), paragraph
    by paragraph, in paragraphs with Chinese in them."""
    findings: list[ProofFinding] = []
    offset = 0
    for paragraph in text.split("\n"):
        if not paragraph.isascii() and has_cjk(paragraph):
            stack: list[tuple[str, int]] = []
            for index, char in enumerate(paragraph):
                if char in _PAIRS:
                    stack.append((char, index))
                elif char in _CLOSERS:
                    if stack and stack[-1][0] == _CLOSERS[char]:
                        stack.pop()
                    else:
                        findings.append(finding(field, offset + index, offset + index + 1,
                                                ZH_PUNCTUATION, WARNING, "zh_unopened",
                                                found=char))
            for char, index in stack:
                findings.append(finding(field, offset + index, offset + index + 1,
                                        ZH_PUNCTUATION, WARNING, "zh_unclosed", _PAIRS[char],
                                        found=char))
        offset += len(paragraph) + 1
    return findings


# 书名号 (GB/T 15834 4.15): a document's title is written in 《》. Two patterns precise
# enough for press text: "印发X的通知" (X a document: 办法, 方案, 意见 …) and a regulation
# named after a verb of citing or making it ("根据卡洛威港管理条例"). A title already in 《》
# cannot match (the run of characters stops at 《); nor can "该条例", "各项管理规定".
_DOCUMENT = ("条例|管理办法|实施办法|暂行办法|办法|实施细则|细则|规定|实施方案|工作方案|"
             "行动方案|方案|意见|规划|纲要|决定")
_ISSUED = re.compile(r"印发(?:了)?(?P<t>(?:关于)?[\u4e00-\u9fff0-9]{2,40}?(?:" + _DOCUMENT +
                     r"))(?=的通知)")
_REGULATION = "条例|管理办法|实施办法|暂行办法|实施细则|管理规定|暂行规定"
_CITED = re.compile(r"(?:根据|依据|依照|按照|遵照|贯彻|落实|施行|执行|修订|制定|出台|颁布|"
                    r"通过了|审议通过)(?:了|的)?(?P<t>(?:(?!的)[\u4e00-\u9fff]){3,30}?(?:" +
                    _REGULATION + r"))")
_GENERIC = re.compile(r"各项|相关|有关|上述|该|本|此|这|好|等|和|及|与|其")


def check_book_titles(field: str, text: str) -> list[ProofFinding]:
    """Documents' titles written without 《》 where the sentence makes them titles."""
    if "印发" not in text and not any(s in text for s in ("条例", "办法", "规定", "细则")):
        return []
    findings = []
    seen: set[int] = set()
    for pattern in (_ISSUED, _CITED):
        for match in pattern.finditer(text):
            title = match.group("t")
            start = match.start("t")
            body = title[2:] if title.startswith("关于") else title
            if start in seen or _GENERIC.search(body[:-2]) or _inside_title(text, start):
                continue
            seen.add(start)
            use = f"《{title}》"
            findings.append(finding(field, start, match.end("t"), ZH_BOOK_TITLE, WARNING,
                                    "zh_book_title", use, found=title, use=use))
    return findings


def _inside_title(text: str, index: int) -> bool:
    """Whether *index* stands inside 《…》 (a title within a title takes 〈〉, not 《》: left
    alone rather than told the wrong mark)."""
    line_start = text.rfind("\n", 0, index) + 1
    before = text[line_start:index]
    return before.count("《") > before.count("》")
