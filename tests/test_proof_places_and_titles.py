"""Two rules: a dateline city the register's places do not list (a warning, with the
nearest place when there is one), and a document's title written without 《》 where the
sentence makes it a title. Clean forms raise nothing."""

from __future__ import annotations

from datetime import date

import pytest

from releasedesk.profiles import Profile
from releasedesk.proofing.chinese import check_book_titles
from releasedesk.proofing.engine import proof
from releasedesk.proofing.places import Places
from releasedesk.register import Register

from helpers import make_release

PLACES = Places(["Port Calloway", "Fernhollow", "Stratford-upon-Avon", "卡洛威", "范霍洛区"])


@pytest.mark.parametrize("dateline", [
    "PORT CALLOWAY", "Port Calloway", "PORT CALLOWAY, Wash.", "port calloway —",
    "FERNHOLLOW (Reuters)", "Stratford-upon-Avon", "STRATFORD-UPON-AVON, England",
    "卡洛威", "范霍洛区，", "  Fernhollow  ", "", "   ",
])
def test_a_known_city_raises_nothing(dateline: str) -> None:
    assert PLACES.check_dateline("dateline", dateline) == []


@pytest.mark.parametrize(("dateline", "found", "use"), [
    ("PORT CALOWAY", "PORT CALOWAY", "PORT CALLOWAY"),
    ("Fernhollo, Ore.", "Fernhollo", "Fernhollow"),
    ("Stratford-upon-Avin — ", "Stratford-upon-Avin", "Stratford-upon-Avon"),
    ("NORTHGATE", "NORTHGATE", ""),
    ("范霍洛县", "范霍洛县", "范霍洛区"),
    ("卡洛维", "卡洛维", "卡洛威"),
    ("北京", "北京", ""),
])
def test_an_unknown_city_is_a_warning_with_the_nearest_place(dateline: str, found: str,
                                                             use: str) -> None:
    (item,) = PLACES.check_dateline("dateline", dateline)
    assert item.severity == "warning" and item.kind == "dateline-place"
    assert dateline[item.start:item.end] == found
    assert item.suggestion == use
    assert ("did you mean" in item.message) == bool(use)


def test_a_register_without_places_checks_no_dateline() -> None:
    assert Places([]).check_dateline("dateline", "ANYWHERE") == []
    release = make_release(dateline="NOWHERESVILLE")
    assert not [f for f in proof(release, Profile(name="h", names=Register(words=["x"])))
                if f.kind == "dateline-place"]


def test_the_whole_release_checks_its_dateline_against_the_house_register() -> None:
    profile = Profile(name="h", names=Register(places=["Port Calloway"]))
    release = make_release(dateline="PORT CALOWAY", release_date=date(2026, 11, 25))
    (item,) = [f for f in proof(release, profile) if f.kind == "dateline-place"]
    assert (item.field, item.start, item.end, item.suggestion) == ("dateline", 0, 12,
                                                                   "PORT CALLOWAY")
    # A place of the register is spelt right wherever it stands.
    release.body = "Ferries leave Port Calloway hourly."
    assert not [f for f in proof(release, profile) if f.kind == "spelling" and f.field == "body"]


@pytest.mark.parametrize("text", [
    "根据《卡洛威港管理条例》第十条，",
    "印发《卡洛威港管理办法》的通知",
    "《关于印发〈范霍洛夜市管理办法〉的通知》",
    "《关于印发范霍洛夜市管理办法的通知》",  # a title inside a title: left alone
    "根据该条例，", "落实好各项管理规定", "严格执行相关条例", "制定了配套的实施办法",
    "市民可通过港务局网站查阅条例全文", "印发了工作方案", "按照上述规定做好衔接",
    "Under the Harbour Regulations, ferries dock at fixed berths.",
])
def test_no_alarm_where_the_title_is_marked_or_no_title_stands(text: str) -> None:
    assert check_book_titles("body", text) == []


@pytest.mark.parametrize(("text", "title"), [
    ("市政府近日印发卡洛威港管理办法的通知。", "卡洛威港管理办法"),
    ("区政府印发了关于加强夜市管理的意见的通知", "关于加强夜市管理的意见"),
    ("根据卡洛威港港口管理条例第十二条", "卡洛威港港口管理条例"),
    ("市人大常委会审议通过卡洛威市港区环境保护条例。", "卡洛威市港区环境保护条例"),
    ("近日出台的范霍洛夜市管理暂行规定明确", "范霍洛夜市管理暂行规定"),
])
def test_a_title_without_its_marks_is_found_with_them_suggested(text: str, title: str) -> None:
    (item,) = check_book_titles("body", text)
    assert text[item.start:item.end] == title
    assert item.suggestion == f"《{title}》"
