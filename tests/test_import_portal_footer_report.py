"""The import report names a standard footer only when the release has one.

Found by the tester: a Chinese draft ending in its portal's footer (主办单位 … 网站标识码 …
ICP备案号) was reported as "Standard footer (guessed): 主办单位：…", while all of those lines
went into the house style's portal footer and the release's standard footer stayed empty
(readiness then said so as an error, contradicting the report).
"""

from __future__ import annotations

import pytest

from releasedesk.importing import READERS, import_bytes

HEAD = ("温岭区多措并举保障冬季供暖\n\n来源：温岭区住房和城乡建设局　发布时间：2026-12-01 10:30\n\n"
        "记者从区住建局获悉，今年冬季全区集中供暖面积达到一千二百万平方米，比去年增加百分之八。\n\n"
        "联系人：王蕾　电话：0576-8888 1200\n\n")
PORTAL = ["主办单位：温岭区人民政府办公室　网站标识码：0000000099　浙ICP备00000000号",
          "主办单位：温岭区人民政府办公室\n网站标识码：0000000099\n浙ICP备00000000号",
          "网站标识码：0000000099　浙ICP备00000000号"]
COPYRIGHT = "版权所有 © 2026 温岭区人民政府"


def imported(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    release, report = import_bytes(text.encode(), "draft.txt", READERS["txt"])
    return ([line.text for line in release.footer],
            [(item.field, item.snippet) for item in report.items])


@pytest.mark.parametrize("portal", PORTAL)
def test_a_portal_footer_alone_is_not_reported_as_the_standard_footer(portal: str) -> None:
    footer, items = imported(HEAD + portal + "\n")
    assert footer == []
    assert not any(field == "footer" for field, _ in items)
    assert any(field == "conventions" and "0000000099" in snippet for field, snippet in items)


@pytest.mark.parametrize("portal", PORTAL)
def test_a_standard_footer_beside_the_portal_s_is_still_reported(portal: str) -> None:
    footer, items = imported(HEAD + COPYRIGHT + "\n" + portal + "\n")
    assert footer == [COPYRIGHT]
    assert any(field == "footer" for field, _ in items)
