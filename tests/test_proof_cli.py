"""`releasedesk check --proof` (exit 1 on errors) and `releasedesk profile register` (a
register imported from a spreadsheet), as a person at a terminal uses them; the register's
files read and refused."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from releasedesk import document
from releasedesk.profiles import (
    Profile,
    ProfileError,
    dumps_profile,
    profile_from_bytes,
)
from releasedesk.register import (
    CSV_COLUMNS,
    Register,
    register_from_bytes,
    register_from_csv,
    register_from_json,
    register_to_json,
)

from helpers import make_release
from proof_score import corpus_register
from test_cli import run

HEADER = ",".join(CSV_COLUMNS)


def _fifty_people() -> str:
    rows = [HEADER]
    for number in range(50):
        name = f"Person{chr(65 + number % 26)}{'abcdefghij'[number // 26]}son Example"
        rows.append(f"person,{name},,Director,局长,2020-01-01,,Example Office,")
    rows.append("person,Li Mingyuan,李明远,Deputy Mayor,副市长,2022-01-10,2026-06-30,City,")
    rows.append("person,Li Mingyuan,,Mayor,市长,2026-07-01,,,")
    rows.append("organization,Calloway Harbour Authority,卡洛威港务局,,,,,,the Authority")
    rows.append("term,Port Calloway,,,,,,,Port of Calloway;Calloway Port")
    rows.append("banned,world-class,,,,,,,leading")
    rows.append("word,Calloway,,,,,,,")
    rows.append("place,PORT CALLOWAY,,,,,,,")
    rows.append("place,卡洛威,,,,,,,")
    return "\n".join(rows) + "\n"


def test_a_spreadsheet_of_fifty_names_with_a_title_change_imports_and_catches_mistakes(
        tmp_path: Path) -> None:
    sheet = tmp_path / "names.csv"
    sheet.write_text(_fifty_people(), encoding="utf-8")
    profile = tmp_path / "office.json"
    profile.write_bytes(dumps_profile(Profile(name="office", organization="City")))
    assert run("profile", "import", profile).returncode == 0
    result = run("profile", "register", "office", sheet)
    assert result.returncode == 0, result.stderr
    assert "51 people, 1 organisation, 1 term, 1 banned phrase, 1 word, 2 places" \
        in result.stdout
    shown = json.loads(run("profile", "show", "office").stdout)
    li = next(p for p in shown["names"]["people"] if p["name"] == "Li Mingyuan")
    assert [t["title"] for t in li["titles"]] == ["Deputy Mayor", "Mayor"]
    assert li["name_zh"] == "李明远"

    release = make_release(profile="office", release_date=date(2026, 11, 25),
                           body="Deputy Mayor Li Mingyuan opened the Port of Calloway hall. "
                                "Mayor Li Mingyaun spoke, and Director Persona Example.")
    target = tmp_path / "r.release"
    document.save(release, target)
    result = run("check", "--proof", target)
    assert result.returncode == 1, result
    assert "on 2026-11-25 Li Mingyuan is Mayor, not Deputy Mayor" in result.stdout
    assert "“Mingyaun” is close to the register's “Mingyuan”" in result.stdout
    assert "The register writes “Port Calloway”, not “Port of Calloway”" in result.stdout
    assert "→ Mayor" in result.stdout and "body 1:1 " in result.stdout
    # The readiness check counts the register's errors too.
    readiness = run("check", target)
    assert readiness.returncode == 1
    assert "Deputy Mayor" in readiness.stdout

    as_json = json.loads(run("check", "--proof", "--json", target).stdout)
    title = next(f for f in as_json if f["class"] == "register-title")
    assert (title["field"], title["start"], title["severity"]) == ("body", 0, "error")
    body = release.body
    assert body[title["start"]:title["end"]] == "Deputy Mayor Li Mingyuan"

    # Replacing the register with an empty one turns the errors off.
    empty = tmp_path / "empty.json"
    empty.write_text("{}", encoding="utf-8")
    assert run("profile", "register", "office", empty, "--replace").returncode == 0
    result = run("check", "--proof", target)
    assert result.returncode == 0, result
    assert "register" not in result.stdout and "Port Calloway" not in result.stdout


def test_check_proof_exits_0_on_warnings_only_and_says_when_clean(tmp_path: Path) -> None:
    # The house style's organisation is spelt its own way ("Northgate"): never flagged.
    profile = tmp_path / "library.json"
    profile.write_bytes(dumps_profile(Profile(name="library",
                                              organization="Northgate Library Trust")))
    assert run("profile", "import", profile).returncode == 0
    target = tmp_path / "w.release"
    document.save(make_release(body="Passengers recieve a text on the day.",
                               profile="library"), target)
    result = run("check", "--proof", target)
    assert result.returncode == 0, result
    assert "“recieve” is not in the American English dictionary. → receive" in result.stdout
    document.save(make_release(body="Passengers receive a text on the day.",
                               profile="library"), target)
    result = run("check", "--proof", target)
    assert (result.returncode, result.stdout.strip()) == (0, "Proofing found nothing to correct.")


@pytest.mark.parametrize(("content", "needle"), [
    ("kind,name\nperson,\n", "line 2 of the spreadsheet has no name"),
    ("kind,name\nrobot,Ada\n", 'has the kind "robot"'),
    ("name,title\nAda,Mayor\n", 'no "kind" and "name" columns'),
    ("kind,name,title,from\nperson,Ada,Mayor,yesterday\n", "write dates such as 2026-07-01"),
    ("kind,name,from\nperson,Ada,2026-01-01\n", "line 2 of the spreadsheet gives dates but no "),
    ("kind,name\nperson,\"" + "a" * 140_000 + "\"\n", "cannot be read as CSV"),
    # tester14: a misspelt column was left out without a word (its cells lost)
    ("kind,name,wrong\nterm,Port Calloway,Port of Calloway\n",
     'has a column "wrong" the register does not know; its columns are ' + ", ".join(CSV_COLUMNS)),
    ("kind,name,Title_ZH,titel\nperson,Ada,,Mayor\n", 'a column "titel"'),
    ("notes,kind,name\n,place,Port Calloway\n", 'a column "notes"'),
])
def test_a_bad_spreadsheet_is_one_sentence_and_changes_nothing(
        tmp_path: Path, content: str, needle: str) -> None:
    profile = tmp_path / "office.json"
    profile.write_bytes(dumps_profile(Profile(name="office")))
    assert run("profile", "import", profile).returncode == 0
    sheet = tmp_path / "bad.csv"
    sheet.write_text(content, encoding="utf-8")
    before = run("profile", "show", "office").stdout
    result = run("profile", "register", "office", sheet)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert needle in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert run("profile", "show", "office").stdout == before


def _missing(folder: Path) -> Path:
    return folder / "nope.csv"


def _folder(folder: Path) -> Path:
    (folder / "names.csv").mkdir()
    return folder / "names.csv"


def _too_large(folder: Path) -> Path:
    path = folder / "huge.csv"
    path.write_bytes(HEADER.encode() + b"\n" + b"," * (8 * 1024 * 1024))
    return path


def _damaged(folder: Path) -> Path:
    path = folder / "names.json"
    path.write_text("{not json", encoding="utf-8")
    return path


@pytest.mark.parametrize(("make", "english", "chinese"), [
    (_missing, "the file does not exist", "文件不存在"),
    (_folder, "the file cannot be read (Is a directory)", "无法读取文件（这是文件夹，不是文件）"),
    (_too_large, "the file is larger than 8 MB", "文件超过 8 MB"),
    (_damaged, "was not imported: ", "未导入："),
], ids=["missing", "folder", "too large", "damaged"])
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_register_file_that_cannot_be_read_is_one_sentence_naming_it_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make: Callable[[Path], Path],
        english: str, chinese: str, language: str) -> None:
    """`profile register` reads the file as the register dialog does (one home,
    register.read_register_file): one line in the user's language, the file named once,
    the profile as it was."""
    profile = tmp_path / "office.json"
    profile.write_bytes(dumps_profile(Profile(name="office")))
    assert run("profile", "import", profile).returncode == 0
    before = run("profile", "show", "office").stdout
    source = make(tmp_path)
    monkeypatch.setenv("RELEASEDESK_LANGUAGE", language)
    result = run("profile", "register", "office", source)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    line = result.stderr.strip()
    assert len(line.splitlines()) == 1 and line.count(str(source)) == 1, line
    assert (english if language == "en" else chinese) in line
    if language == "zh_CN":
        assert "file" not in line.replace(str(source), "")
    monkeypatch.delenv("RELEASEDESK_LANGUAGE")
    assert run("profile", "show", "office").stdout == before


def test_excel_chinese_csv_in_gb18030_is_read() -> None:
    text = f"{HEADER}\nperson,Wang Jianhua,王建华,Director,局长,2025-05-01,,交通局,\n"
    register = register_from_bytes(text.encode("gb18030"), ".csv")
    assert register.people[0].name_zh == "王建华"
    assert register.people[0].organization == "交通局"


def test_a_whole_profile_file_gives_its_register() -> None:
    data = {"format": "releasedesk-profile", "names": register_to_json(corpus_register())}
    register = register_from_bytes(json.dumps(data).encode(), ".json")
    assert register == corpus_register()


_texts = st.text(st.characters(blacklist_categories=["Cs", "Cc"]), min_size=1, max_size=30)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(_texts, _texts, st.dates(date(2000, 1, 1), date(2030, 1, 1))),
                max_size=5), st.lists(_texts, max_size=5))
def test_a_register_survives_the_profile_file(people: list[tuple[str, str, date]],
                                              words: list[str]) -> None:
    data = {"people": [{"name": n, "titles": [{"title": t, "from": d.isoformat()}]}
                       for n, t, d in people if n.strip() and t.strip()],
            "words": [w for w in words if w.strip()]}
    register = register_from_json(data)
    profile = Profile(name="p", names=register)
    again = profile_from_bytes(dumps_profile(profile), "p.json")
    assert again.names == register


@pytest.mark.parametrize(("names", "needle"), [
    ([], "should be an object"),
    ({"people": {}}, '"people" in the register should be a list'),
    ({"people": [{"name": ""}]}, 'has no "name"'),
    ({"people": [{"name": "A", "titles": [{"title": "B", "to": "soon"}]}]}, "a date such as"),
    ({"terms": [{"use": 5}]}, "should be a short text"),
    ({"words": [""]}, '"words" in the register should be a list of words'),
])
def test_a_damaged_register_makes_a_damaged_profile(names: object, needle: str) -> None:
    data = {"format": "releasedesk-profile", "version": 1, "name": "p", "names": names}
    with pytest.raises(ProfileError, match="is damaged") as caught:
        profile_from_bytes(json.dumps(data).encode(), "p.json")
    assert needle in str(caught.value)


def test_an_empty_register_writes_nothing_into_the_profile() -> None:
    assert b'"names"' not in dumps_profile(Profile(name="p"))
    assert register_from_csv(HEADER + "\n") == Register()


def test_check_proof_spells_the_editors_personal_words_right(tmp_path: Path) -> None:
    from releasedesk.settings import Settings, save_settings

    target = tmp_path / "w.release"
    document.save(make_release(body="Passengers board at Brackwater quay."), target)
    result = run("check", "--proof", target)
    assert "“Brackwater” is not in" in result.stdout
    save_settings(Settings(personal_words=["Brackwater", "Northgate"]))  # (the test's own home)
    result = run("check", "--proof", target)
    assert (result.returncode, result.stdout.strip()) == (0, "Proofing found nothing to correct.")


@pytest.mark.parametrize("columns", [
    CSV_COLUMNS, ("kind", "name"), ("Name", "KIND", "also"), (" kind ", "name", "also", ""),
    ("kind", "name", "from", "to", "title"),
])
def test_every_column_the_register_knows_is_taken_in_any_order_and_case(
        tmp_path: Path, columns: tuple[str, ...]) -> None:
    """A blank column (a spreadsheet's trailing comma) is no unknown column."""
    profile = tmp_path / "office.json"
    profile.write_bytes(dumps_profile(Profile(name="office")))
    assert run("profile", "import", profile).returncode == 0
    sheet = tmp_path / "names.csv"
    cells = {"kind": "place", "name": "Port Calloway"}
    row = ",".join(cells.get(c.strip().lower(), "") for c in columns)
    sheet.write_text(",".join(columns) + "\n" + row + "\n", encoding="utf-8")
    result = run("profile", "register", "office", sheet)
    assert result.returncode == 0, result.stderr
    assert "1 place," in result.stdout or result.stdout.rstrip().endswith("1 place")
