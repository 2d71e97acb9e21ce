"""A damaged .release says what is wrong with it, not something near it (tester15, #4).

`"release_date": "2026-02-30"` said "should be a date … but it is text" (it is text; it
is no real date), a footer line `{"text": 5}` said "but it is an object" (the object is
right; its "text" is a number). The table: damaged fields → the words the sentence must
have and the misleading ones it must not, on load and in `releasedesk check`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from releasedesk import cli, document
from releasedesk.errors import FileFormatError

from conftest import SAMPLES

SAMPLE = SAMPLES / "tidewater-ferry-terminal.release"

# (field, value written, words the sentence has, words it must not have)
DAMAGE: list[tuple[str, object, list[str], list[str]]] = [
    *[("release_date", value, [f'holds "{value}"', "not a real date", "2026-11-25"],
       ["but it is text"])
      for value in ("2026-02-30", "2026-13-01", "2025-02-29", "2026-04-31", "0000-01-01",
                    "tomorrow", "25/11/2026", "2026-11-25 and more")],
    ("release_date", 20261125, ["should be text", "a number"], []),
    ("release_date", ["2026-11-25"], ["should be text", "a list"], []),
    *[("embargo_until", value, [f'holds "{value}"', "not a real date and time"],
       ["but it is text"])
      for value in ("2026-02-30T09:00:00+01:00", "2026-11-25T25:00:00+01:00",
                    "2026-11-25T09:61:00Z", "next Tuesday at nine")],
    ("embargo_until", "2026-11-25T09:00:00", ["has no time zone"], []),
    ("footer", [{"text": 5}], ['the field "text" of item 1 of "footer"', "a number"],
     ["but it is an object"]),
    ("footer", ["© 2026", {"text": "Club", "url": 7}],
     ['the field "url" of item 2 of "footer"', "a number"], ["but it is an object"]),
    ("footer", [{"text": ["a"]}], ['the field "text" of item 1', "a list"],
     ["but it is an object"]),
    ("footer", [{"text": None}], ['the field "text" of item 1', "null"],
     ["but it is an object"]),
    ("footer", [{"url": "https://glenrock.example"}], ['item 1 of "footer" has no "text"'],
     ["but it is an object"]),
    ("footer", [5], ['item 1 of "footer" should be text or', "a number"], []),
]
IDS = [f"{field}={json.dumps(value)}" for field, value, _, _ in DAMAGE]


def _damaged(tmp_path: Path, field: str, value: object) -> Path:
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    data[field] = value
    if field == "embargo_until":
        data["status"] = "embargoed"
    path = tmp_path / "damaged.release"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("field, value, has, has_not", DAMAGE, ids=IDS)
def test_the_sentence_says_what_is_wrong(tmp_path: Path, field: str, value: object,
                                         has: list[str], has_not: list[str],
                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = _damaged(tmp_path, field, value)
    with pytest.raises(FileFormatError) as refused:
        document.load(path)
    message = refused.value.message
    assert message.startswith("damaged.release is damaged:") and "\n" not in message
    for words in has:
        assert words in message, message
    for words in has_not:
        assert words not in message, message
    assert cli.main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_a_long_value_is_quoted_short(tmp_path: Path) -> None:
    path = _damaged(tmp_path, "release_date", "2026-02-30" + "x" * 500 + "\nline two")
    with pytest.raises(FileFormatError) as refused:
        document.load(path)
    assert "\n" not in refused.value.message and len(refused.value.message) < 200
