"""A list typed on one line splits at every separator offices write: "审核，主任",
"审核、主任" and "审核；主任" are two roles, as "Legal, Director" is. Every list field ×
every separator: sign-off roles (house style dialog and files), e-mail recipients,
keywords (the form, HTML and Word drafts)."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from releasedesk.clearance.signoffs import report, sign_off
from releasedesk.clearance.storage import read_policy
from releasedesk.field_rules import LIST_SEPARATORS, split_list
from releasedesk.importing import READERS, import_bytes
from releasedesk.model import Release

SEPARATORS = [*LIST_SEPARATORS, ", ", " ， ", "、 "]
item = st.text(st.characters(exclude_characters=LIST_SEPARATORS, exclude_categories=["Cs"]),
               min_size=1, max_size=8).filter(lambda text: text.strip() == text and text)


def test_every_separator_offices_write_is_known() -> None:
    assert set(LIST_SEPARATORS) == {",", ";", "，", "；", "、"}


@given(st.lists(item, min_size=1, max_size=6), st.lists(st.sampled_from(SEPARATORS),
                                                         min_size=6, max_size=6))
def test_any_items_joined_by_any_separators_split_back(items: list[str],
                                                       separators: list[str]) -> None:
    text = items[0] + "".join(sep + part for sep, part in zip(separators, items[1:],
                                                              strict=False))
    assert split_list(text) == items


@pytest.mark.parametrize("separator", SEPARATORS)
def test_two_roles_need_two_sign_offs_whatever_separates_them(separator: str) -> None:
    def fail(problem: str, **args: object) -> Exception:
        return ValueError(problem)

    policy = read_policy({"signoffs": [f"审核{separator}主任"]}, fail)
    assert policy.signoffs == ["审核", "主任"]
    release = Release(headline="夜市开放", body="夜市将于十二月开放。")
    sign_off(release, "王敏", "审核", policy=policy)
    state = report(release, policy)
    assert not state.approved and state.missing == ("主任",)
    sign_off(release, "李强", "主任", policy=policy)
    assert report(release, policy).approved


@pytest.mark.parametrize("separator", SEPARATORS)
def test_the_house_style_dialog_splits_roles_and_recipients(qtbot: QtBot, separator: str) -> None:
    from releasedesk.gui.dialogs.house_style import HouseStyleDialog
    from releasedesk.profiles import ProfileStore

    from gui_helpers import FakePrompts

    dialog = HouseStyleDialog(ProfileStore(), FakePrompts())
    qtbot.addWidget(dialog)
    dialog.signoffs.setText(f"初审{separator}复审{separator}终审")
    dialog.mail_to.setText(f"desk@a.example{separator}web@a.example")
    profile = dialog.edited_profile()
    policy = profile.approval
    assert policy.signoffs == ["初审", "复审", "终审"]
    assert profile.conventions.mail_to == ["desk@a.example", "web@a.example"]


@pytest.mark.parametrize("separator", SEPARATORS)
def test_the_forms_keywords_split_at_any_separator(qtbot: QtBot, separator: str) -> None:
    from releasedesk.gui.form.release_form import ReleaseForm

    form = ReleaseForm()
    qtbot.addWidget(form)
    form.keywords.textEdited.emit(f"港口{separator}渡轮")
    assert form.release.keywords == ["港口", "渡轮"]


@pytest.mark.parametrize("separator", SEPARATORS)
def test_imported_keywords_split_at_any_separator(separator: str) -> None:
    page = (f'<html lang="zh-CN"><head><meta name="keywords" content="港口{separator}渡轮">'
            "</head><body><h1>渡轮码头开放</h1><p>码头今天开放。</p></body></html>")
    from_html, _ = import_bytes(page.encode(), "page.html", READERS["html"])
    assert from_html.keywords == ["港口", "渡轮"]
    document = docx.Document()
    document.add_heading("渡轮码头开放", 0)
    document.add_paragraph("码头今天开放。")
    document.core_properties.keywords = f"港口{separator}渡轮"
    buffer = io.BytesIO()
    document.save(buffer)
    from_word, _ = import_bytes(buffer.getvalue(), "draft.docx", READERS["docx"])
    assert from_word.keywords == ["港口", "渡轮"]


def test_a_role_that_is_only_separators_is_refused(tmp_path: Path) -> None:
    def fail(problem: str, **args: object) -> Exception:
        return ValueError(problem)

    assert read_policy({"signoffs": ["审核，", "，主任"]}, fail).signoffs == ["审核", "主任"]
    assert read_policy({"signoffs": ["Legal; Legal"]}, fail).signoffs == ["Legal"]
