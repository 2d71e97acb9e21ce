"""The preview keeps neither the whole web page nor the plain text once Qt has the page's
blocks (issue 26, the 20k-word peak): a render's result lets both go and writes them again
from the release it laid out when asked (a test, the Word page, the Plain text tab first
shown). Written again, they are the characters the render wrote, for generated releases
(every kind of body block, portals, advisories, footers, a house style's approval policy)
and the corpus (photos, Chinese, the 20k-word release); a preview pane lets them go as it
shows each result, keeps the text from the Plain text tab's first show on, and shows and
reports the same content either way."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from releasedesk.gui.preview.preview_pane import (
    TEXT,
    WEB,
    WORD,
    PreviewPane,
    PreviewResult,
    render_preview,
)
from releasedesk.model import Release
from releasedesk.profiles import Profile
from releasedesk.workflow import ApprovalPolicy
from test_preview_units import preview_releases

from corpus import corpus

POLICIES = (None, ApprovalPolicy(signoffs=["legal"], required=True),
            ApprovalPolicy(signoffs=["comms", "legal"]))


def written(result: PreviewResult) -> tuple[str, str, str, str]:
    """What a result holds whole: the web page, the text, the Word page and its blocks."""
    return result.web, result.text, result.word, result.word_units.flat


def assert_written_again(release: Release, profile: Profile | None = None) -> None:
    result = render_preview(release, profile=profile)
    assert result.kept_web is not None and result.kept_text is not None  # (as rendered)
    before = written(result)
    result.let_go(text=False)
    assert result.kept_web is None and result.kept_text == before[1]
    result.let_go()
    assert result.kept_web is None and result.kept_text is None
    assert written(result) == before
    # A fresh render's result lets them go alike (its Word blocks made after, not before).
    fresh = render_preview(release, profile=profile)
    fresh.let_go()
    assert fresh.word_units.flat == before[3]
    assert (fresh.web, fresh.text, fresh.word) == before[:3]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(preview_releases(), st.sampled_from(POLICIES))
def test_a_let_go_page_and_text_are_written_again_the_same(
        release: Release, policy: ApprovalPolicy | None) -> None:
    assert_written_again(release, None if policy is None else
                         Profile(name="house", approval=policy))


def test_the_corpus_page_and_text_are_written_again_the_same() -> None:
    for release in corpus().values():
        assert_written_again(release)


def test_a_pane_keeps_no_whole_page_and_the_text_once_its_tab_shows(qtbot: QtBot) -> None:
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.resize(700, 600)
    pane.show()
    releases = list(corpus().values())
    for generation, release in enumerate(releases, start=1):
        expected = written(render_preview(release))
        result = render_preview(release, generation)
        pane.show_result(result)
        text_shown = generation > len(releases) // 2  # (its tab first shown halfway)
        assert result.kept_web is None
        assert (result.kept_text is not None) == text_shown, release.headline
        if pane.currentIndex() == WEB:  # (only the tab on screen is given each result)
            # What Qt holds is the page's blocks, its whole HTML kept by no one.
            assert pane.web_patcher.html() == result.web_units.flat
        assert pane.content(WEB) == expected[0]
        assert pane.content(TEXT) == expected[1]
        assert pane.content(WORD) == expected[2]
        if generation == len(releases) // 2:
            pane.setCurrentIndex(TEXT)  # the Plain text tab first shown: the text written again
            assert pane.text.toPlainText() == expected[1]
    assert pane.text.toPlainText() == written(render_preview(releases[-1]))[1]
    pane.setCurrentIndex(WORD)
    assert pane.word_patcher is not None
    assert pane.word_patcher.html() == written(render_preview(releases[-1]))[3]
