"""Sign-offs, the status they give, the history kept inside the release, and the file."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from releasedesk import document
from releasedesk.clearance import history, signoffs
from releasedesk.clearance.fingerprint import canonical_content, fingerprint
from releasedesk.clearance.wordiff import compare, format_text
from releasedesk.document import FileFormatError
from releasedesk.errors import ReleaseDeskError
from releasedesk.workflow import ApprovalPolicy

from helpers import make_release

T0 = datetime(2026, 11, 30, 14, 5, tzinfo=UTC)
BOARD = ApprovalPolicy(signoffs=["Reviewer", "Director"], required=True)


def test_status_follows_the_signoffs_and_the_text() -> None:
    release = make_release()
    assert signoffs.report(release, BOARD).status == "draft"
    signoffs.sign_off(release, "Ada Brill", "Reviewer", now=T0, policy=BOARD)
    state = signoffs.report(release)
    assert (state.status, state.missing) == ("in_review", ("Director",))
    signoffs.sign_off(release, "Li", "director", "Cleared", now=T0 + timedelta(minutes=5))
    assert signoffs.report(release).status == "approved"
    release.body += " One more sentence."
    state = signoffs.report(release)
    assert state.status == "in_review"
    assert state.changed_since is not None and state.changed_since.name == "Li"
    release.body = release.body.removesuffix(" One more sentence.")
    assert signoffs.report(release).status == "approved"  # the approved text is back


def test_published_holds_only_for_the_published_text() -> None:
    release = make_release()
    with pytest.raises(ReleaseDeskError, match="Only an approved release"):
        signoffs.set_status(release, "published")
    signoffs.sign_off(release, "Ada Brill", now=T0)
    assert signoffs.set_status(release, "published", now=T0).status == "published"
    release.headline += "!"
    assert signoffs.report(release).status == "in_review"


def test_bad_signers_and_a_clock_set_back_are_one_sentence() -> None:
    release = make_release()
    with pytest.raises(ReleaseDeskError, match="needs the name"):
        signoffs.sign_off(release, "  ")
    with pytest.raises(ReleaseDeskError, match="control characters"):
        signoffs.sign_off(release, "Ada\x1b[31m")
    signoffs.sign_off(release, "Ada", now=T0)
    with pytest.raises(ReleaseDeskError, match="clock says") as caught:
        signoffs.sign_off(release, "Li", now=T0 - timedelta(days=2))
    assert "\n" not in caught.value.message
    assert len(release.clearance.signoffs) == 1


def test_workflow_and_history_survive_the_file(tmp_path: Path) -> None:
    release = make_release()
    path = tmp_path / "story.release"
    document.save(release, path)
    signoffs.sign_off(release, "Ada Brill", "Reviewer", "Fine by me", policy=BOARD)
    release.headline = "Northgate Library Opens Late on Saturdays"
    document.save(release, path)
    loaded = document.load(path)
    assert loaded.clearance == release.clearance
    assert document.dumps(loaded) == document.dumps(release)
    assert [v.fingerprint for v, _ in history.versions(loaded.clearance.history)][1] == \
        loaded.clearance.signoffs[0].fingerprint


def test_a_release_without_clearance_writes_no_new_keys() -> None:
    data = json.loads(document.dumps(make_release()))
    assert not {"workflow", "history", "history_set_aside"} & set(data)


@pytest.mark.parametrize(("workflow", "needle"), [
    ("open", '"workflow" should be an object'),
    ({"status": "cleared"}, 'the workflow status "cleared"'),
    ({"signoffs": {}}, '"signoffs" should be a list'),
    ({"signoffs": [{"name": "", "at": "2026-11-30T14:05:00+00:00",
                    "fingerprint": "sha256:" + "0" * 64}]}, "sign-off 1 names nobody"),
    ({"signoffs": [{"name": "Li", "at": "2026-11-30T14:05:00",
                    "fingerprint": "sha256:" + "0" * 64}]}, "sign-off 1 has no valid time"),
    ({"signoffs": [{"name": "Li", "at": "2026-11-30T14:05:00+00:00",
                    "fingerprint": "md5:00"}]}, "sign-off 1 has no valid fingerprint"),
    ({"policy": {"signoffs": "Director"}}, '"signoffs" should be a list of role names'),
    ({"policy": {"public_key": "ed25519:abc"}}, '"public_key" is not an Ed25519 public key'),
])
def test_a_damaged_workflow_is_one_sentence(workflow: object, needle: str) -> None:
    data = json.loads(document.dumps(make_release()))
    data["workflow"] = workflow
    with pytest.raises(FileFormatError) as caught:
        document.loads(json.dumps(data).encode())
    assert needle in caught.value.message and "\n" not in caught.value.message


@pytest.mark.parametrize("damage", ["not a list", "bad time", "wrong fingerprint",
                                    "broken patch", "missing field"])
def test_a_damaged_history_is_set_aside_and_the_release_opens(tmp_path: Path,
                                                               damage: str) -> None:
    release = make_release()
    release.clearance.history = []
    history.record_version(release, T0)
    release.body = "A new first paragraph.\n\n" + release.body
    history.record_version(release, T0 + timedelta(hours=1))
    data = json.loads(document.dumps(release))
    if damage == "not a list":
        data["history"] = {"versions": 2}
    elif damage == "bad time":
        data["history"][1]["saved"] = "yesterday"
    elif damage == "wrong fingerprint":
        data["history"][0]["content"]["headline"] += " (edited by hand)"
    elif damage == "broken patch":
        data["history"][1]["delta"]["body"]["patch"] = [[5, 1, []]]
    else:
        del data["history"][0]["content"]["footer"]
    path = tmp_path / "damaged.release"
    path.write_text(json.dumps(data), "utf-8")
    loaded = document.load(path)
    assert loaded.body == release.body  # the release itself opens whole
    assert loaded.clearance.history == []
    reason = loaded.clearance.set_aside_reason
    assert reason is not None and "history of damaged.release is damaged" in reason.message
    assert "set aside" in reason.message and "\n" not in reason.message
    document.save(loaded, path)  # kept verbatim, never silently destroyed
    again = json.loads(path.read_text("utf-8"))
    assert again["history_set_aside"] == data["history"]
    assert len(again["history"]) == 1


def test_history_keeps_versions_compactly_and_restores_them() -> None:
    release = make_release()
    texts = [release.body + f"\n\nUpdate {n}: more hours." for n in range(6)]
    for number, body in enumerate(texts):
        release.body = body
        history.record_version(release, T0 + timedelta(minutes=number))
    full = history.versions(release.clearance.history)
    assert [content["body"] for _, content in full] == list(reversed(texts))
    older = release.clearance.history[1]
    assert older.content is None and set(older.delta or {}) == {"body", "printed"}
    history.restore(release, full[3][1])
    assert release.body == texts[2]
    assert fingerprint(release) == full[3][0].fingerprint


def test_saving_the_same_content_adds_no_version(tmp_path: Path) -> None:
    release = make_release()
    path = tmp_path / "a.release"
    for _ in range(3):
        document.save(release, path)
    assert len(document.load(path).clearance.history) == 1


def test_pruning_keeps_signed_versions_and_the_limits() -> None:
    release = make_release()
    for number in range(12):
        release.headline = f"Headline {number}"
        history.record_version(release, T0 + timedelta(minutes=number))
        if number == 1:
            signoffs.sign_off(release, "Ada", now=T0 + timedelta(minutes=number))
    pruned = history.prune(release.clearance.history,
                           {s.fingerprint for s in release.clearance.signoffs}, max_versions=5)
    headlines = [content["headline"] for _, content in history.versions(pruned)]
    assert headlines == ["Headline 11", "Headline 10", "Headline 9", "Headline 8",
                         "Headline 1"]
    small = history.prune(pruned, set(), max_versions=40, max_bytes=1)
    assert len(small) == 1 and small[0].content is not None


def test_word_diff_names_the_changed_words() -> None:
    old = make_release()
    new = make_release(headline=old.headline.replace("Weekend", "Evening"))
    new.body = new.body.replace("Saturday hours run to 8 p.m.", "Saturday hours run to 9 p.m.")
    new.contacts[0].phone = "+1 555 0100 999"
    changes = compare(canonical_content(old), canonical_content(new))
    text = format_text(changes)
    assert "Headline\n    Northgate Library Extends [-Weekend-]{+Evening+} Opening" in text
    assert "[-8-]{+9+}" in text and "Media contact 1" in text
    assert compare(canonical_content(old), canonical_content(make_release())) == []


def test_word_diff_counts_chinese_characters_one_by_one() -> None:
    old = make_release(language="zh-CN", body="夜市今天开幕。")
    new = make_release(language="zh-CN", body="夜市明天开幕。")
    (change,) = compare(canonical_content(old), canonical_content(new))
    assert change.label() == "Body, paragraph 1"
    assert [(p.kind, p.text) for p in change.pieces] == [
        ("same", "夜市"), ("removed", "今"), ("added", "明"), ("same", "天开幕。")]


@pytest.mark.parametrize(("approval", "needle"), [
    ([], '"approval" should be an object'),
    ({"signoffs": ["Director", ""]}, '"signoffs" should be a list of role names'),
    ({"signoffs": ["Director"], "required": "yes"}, '"required" should be true or false'),
    ({"public_key": "ssh-ed25519 AAAA"}, '"public_key" is not an Ed25519 public key'),
])
def test_a_profile_with_a_bad_approval_policy_is_one_sentence(approval: object,
                                                              needle: str) -> None:
    from releasedesk.profiles import ProfileError, ProfileStore, profile_from_dict, profile_to_dict

    data = profile_to_dict(ProfileStore().get("calloway-wire"))
    data["approval"] = approval
    with pytest.raises(ProfileError) as caught:
        profile_from_dict(data, "house.json")
    assert caught.value.message.startswith("The profile house.json is damaged: ")
    assert needle in caught.value.message


def test_a_profile_policy_round_trips_and_reaches_new_releases() -> None:
    from releasedesk.profiles import (
        ProfileStore,
        profile_from_dict,
        profile_to_dict,
        release_from_profile,
    )

    data = profile_to_dict(ProfileStore().get("calloway-wire"))
    assert "approval" not in data  # a house style without a policy writes none
    data["approval"] = {"signoffs": ["Reviewer", "Director"]}
    profile = profile_from_dict(data, "house.json")
    assert profile.approval == BOARD  # required defaults to true when roles are named
    assert profile_from_dict(profile_to_dict(profile), "again.json") == profile
    release = release_from_profile(profile)
    assert release.clearance.policy == BOARD
    assert document.loads(document.dumps(release)).clearance.policy == BOARD


def test_clocks_set_wrong_are_said_in_readiness() -> None:
    from releasedesk.checks import check

    release = make_release()
    history.record_version(release, T0)
    release.headline += " Again"
    history.record_version(release, T0 - timedelta(days=3))  # saved on a clock set back
    signoffs.sign_off(release, "Li", "Director", now=T0 + timedelta(days=400))
    codes = {f.code: f.message for f in check(release, now=T0)}
    assert codes["history_clock"].startswith("A version of this release was saved on "
                                             "2026-11-27T14:05+00:00, before the version")
    assert codes["signoff_future"] == ("The sign-off by Director Li is dated "
                                       "2028-01-04T14:05+00:00, later than now: a clock was "
                                       "set wrong.")


def test_exports_carry_status_and_fingerprint_as_metadata() -> None:
    import io

    import docx

    from releasedesk.exporting import export_bytes

    release = make_release()
    signoffs.sign_off(release, "Li", "Director", now=T0)
    page = export_bytes(release, "html").decode()
    assert '<meta name="releasedesk-status" content="approved">' in page
    assert f'<meta name="releasedesk-fingerprint" content="{fingerprint(release)}">' in page
    body = page[page.index("<body>"):]
    assert "approved" not in body and "sha256" not in body  # not in the visible text
    props = docx.Document(io.BytesIO(export_bytes(release, "docx"))).core_properties
    assert (props.identifier, props.version) == (fingerprint(release), "approved")
