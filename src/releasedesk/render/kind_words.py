"""The words the kinds of release print (kinds.py), in the release's language: the kind's
name above the headline, the event block's labels, a statement's attribution and a
correction's note. Like render/words.py, they follow the release's language, not the UI's.
"""

from __future__ import annotations

from ..language_tag import is_chinese
from ..records import record


@record(frozen=True)
class KindWords:
    advisory: str
    statement: str
    correction: str
    event: str  # the event block's heading
    what: str
    when: str
    where: str
    map: str
    who: str
    attend: str
    stream: str
    until: str  # between the start and the end of the event
    statement_by: str  # with {name}
    statement_by_title: str  # with {name} and {title}
    corrects: str  # with {date}: the original's date
    corrects_undated: str


_ENGLISH = KindWords(
    advisory="MEDIA ADVISORY",
    statement="STATEMENT",
    correction="CORRECTION",
    event="Event details",
    what="What",
    when="When",
    where="Where",
    map="Map",
    who="Who",
    attend="How to attend",
    stream="Live stream",
    until=" – ",
    statement_by="Statement by {name}",
    statement_by_title="Statement by {name}, {title}",
    corrects="This release corrects the release of {date}.",
    corrects_undated="This release corrects an earlier release.",
)

_CHINESE = KindWords(
    advisory="采访通知",
    statement="声明",
    correction="更正",
    event="活动信息",
    what="活动",
    when="时间",
    where="地点",
    map="地图",
    who="出席人员",
    attend="采访报名",
    stream="直播",
    until="至",
    statement_by="{name}声明",
    statement_by_title="{title}{name}声明",
    corrects="本稿更正{date}发布的稿件。",
    corrects_undated="本稿更正此前发布的稿件。",
)


def kind_words(language: str) -> KindWords:
    """The kinds' words for a BCP 47 tag (Chinese for zh-*, else English)."""
    return _CHINESE if is_chinese(language) else _ENGLISH
