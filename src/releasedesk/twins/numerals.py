"""Numbers as English and Chinese texts write them, read as exact decimals.

"32,000", "3.2万", "三万二千", "两百", "二〇二六", "3.2 million" all read as the number they
are; nothing here knows about units, money or dates (facts.py does).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

ZH_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
ZH_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
ZH_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
ZH_NUMERAL_CHARS = "".join(ZH_DIGITS) + "".join(ZH_SMALL_UNITS) + "".join(ZH_BIG_UNITS)
_WIDE_DIGITS = {ord(c): ord("0") + i for i, c in enumerate("０１２３４５６７８９")}
EN_SCALES = {"thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
EN_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "dozen": 12,
}


def arabic(text: str) -> Decimal | None:
    """Digits as written in English or Chinese text ("32,000", "3.2", "１２"), or None."""
    cleaned = text.replace(",", "").replace("，", "").replace(" ", "")
    cleaned = cleaned.translate(_WIDE_DIGITS)
    cleaned = cleaned.replace("．", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def chinese(text: str) -> Decimal | None:
    """A number in Chinese numerals (两百, 三万二千, 十二, 二〇二六 digit by digit), or None."""
    if not text or any(c not in ZH_NUMERAL_CHARS for c in text):
        return None
    if not any(c in ZH_SMALL_UNITS or c in ZH_BIG_UNITS for c in text):
        # 二〇二六: digit by digit
        return Decimal("".join(str(ZH_DIGITS[c]) for c in text))
    return Decimal(_grouped(text))


def _grouped(text: str) -> int:
    for char in ("亿", "万"):
        if char in text:
            high, low = text.split(char, 1)
            unit = ZH_BIG_UNITS[char]
            return (_grouped(high) if high else 1) * unit + _rest(low, unit // 10)
    return _small(text)


def _rest(text: str, place: int) -> int:
    """What follows a big unit: 两万五 (a lone digit: the next place down), 三万零五十."""
    if len(text) == 1 and text in ZH_DIGITS:
        return ZH_DIGITS[text] * place
    return _grouped(text.lstrip("零〇○")) if text.strip("零〇○") else 0


def _small(text: str) -> int:
    total = 0
    digit: int | None = None
    previous = ""
    for char in text:
        if char in ZH_DIGITS:
            digit = ZH_DIGITS[char] if digit is None or ZH_DIGITS[char] else digit
            if ZH_DIGITS[char] == 0:
                digit = None
        else:
            total += (1 if digit is None else digit) * ZH_SMALL_UNITS[char]
            digit = None
        previous = char
    if digit is not None:
        # 二百五: a lone digit after 百 or 千 is the next place down (250, 2,500)
        unit = ZH_SMALL_UNITS.get(text[-2], 10) if len(text) >= 2 else 10
        total += digit * (unit // 10) if len(text) >= 2 and text[-2] in ZH_SMALL_UNITS \
            and unit > 10 else digit
    del previous
    return total


def scaled(value: Decimal, scale: str) -> Decimal:
    """*value* times a scale word (万, 亿, thousand, million, billion)."""
    factor = ZH_BIG_UNITS.get(scale) or EN_SCALES.get(scale.lower(), 1)
    return value * factor


def plain(value: Decimal) -> str:
    """A decimal as one canonical text: 32000, 3.5, 0.25 (never 3.20E+4)."""
    text = format(value.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def to_chinese(number: int) -> str:
    """An integer in Chinese numerals (for tests and samples): 200 → 二百, 32000 → 三万二千."""
    if number == 0:
        return "零"
    digits = "零一二三四五六七八九"

    def below_10k(n: int) -> str:
        out = ""
        zero = False
        for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = n // value % 10
            if d:
                if zero and out:
                    out += "零"
                out += digits[d] + unit
                zero = False
            else:
                zero = True
        return out

    parts: list[str] = []
    groups = []
    while number:
        groups.append(number % 10_000)
        number //= 10_000
    units = ["", "万", "亿", "万亿"]
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            if parts and parts[-1] != "零":
                parts.append("零")
            continue
        if parts and group < 1000 and parts[-1] != "零":
            parts.append("零")
        parts.append(below_10k(group) + units[index])
    text = "".join(parts).rstrip("零")
    return text
