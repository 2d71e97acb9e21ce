"""The clearance records in the .release file: validated on read, written only when used.

Three top-level keys, all optional (docs/file-format.md): "workflow" (status, policy
snapshot, sign-offs, publication), "history" (content versions) and, after a damaged
history was found, "history_set_aside" (that history, verbatim). A release without
clearance writes none of them, so its file is byte for byte what it was before.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Protocol

from ..errors import N_, ReleaseDeskError
from ..field_rules import split_list
from ..json_values import Json, JsonObject
from ..patterns import compiled
from ..workflow import WORKFLOW_STATUSES, ApprovalPolicy, Clearance, Published, SignOff, Version
from .history import HistoryDamaged, version_to_json, versions


class PolicyFailure(Protocol):
    """Makes the error a damaged approval policy raises: its problem and the problem's
    values (the file or house style it names is the caller's)."""

    def __call__(self, problem: str, **args: object) -> Exception: ...

KEYS = ("workflow", "history", "history_set_aside")
DAMAGED = N_("{name} is damaged: {problem}.")
_FINGERPRINT = compiled(r"^sha256:[0-9a-f]{64}$")
_WORKFLOW_KNOWN = ("status", "policy", "signoffs", "published")


def _damaged(name: str, problem: str, **args: object) -> ReleaseDeskError:
    from ..errors import FileFormatError

    return FileFormatError(DAMAGED, name=name, problem=problem, **args)


def read_clearance(data: JsonObject, name: str) -> Clearance:
    """The clearance in a decoded release object; one sentence for the first problem.

    A damaged history does not stop the release: it is set aside, with the reason.
    """
    clearance = Clearance()
    workflow = data.get("workflow")
    if workflow is not None:
        _read_workflow(workflow, name, clearance)
    if "history_set_aside" in data:
        clearance.set_aside = data["history_set_aside"]
    raw = data.get("history")
    if raw is not None:
        try:
            clearance.history = read_history(raw)
        except HistoryDamaged as exc:
            clearance.history = []
            clearance.set_aside = raw
            clearance.set_aside_reason = ReleaseDeskError(
                N_("The history of {name} is damaged ({problem}); it was set aside, and a "
                   "new history starts with the next save."),
                name=name, problem=exc.template, **exc.arguments)
    return clearance


def _read_workflow(workflow: Json, name: str, clearance: Clearance) -> None:
    if not isinstance(workflow, dict):
        raise _damaged(name, N_('"workflow" should be an object'))
    status = workflow.get("status", "draft")
    if status not in WORKFLOW_STATUSES:
        raise _damaged(name, N_('the workflow status "{value}" is not one of {options}'),
                       value=str(status)[:40], options=", ".join(WORKFLOW_STATUSES))
    clearance.status = status
    clearance.policy = read_policy(workflow.get("policy"),
                                   lambda problem, **args: _damaged(name, problem, **args))
    items = workflow.get("signoffs", [])
    if not isinstance(items, list):
        raise _damaged(name, N_('"signoffs" should be a list'))
    clearance.signoffs = [_signoff(item, index + 1, name) for index, item in enumerate(items)]
    published = workflow.get("published")
    if published is not None:
        if not isinstance(published, dict):
            raise _damaged(name, N_('"published" should be an object'))
        clearance.published = Published(
            _moment(published.get("at"), lambda: _damaged(
                name, N_('"published" has no valid time'))),
            _fingerprint(published.get("fingerprint"), lambda: _damaged(
                name, N_('"published" has no valid fingerprint'))))
    clearance.extra = {k: v for k, v in workflow.items() if k not in _WORKFLOW_KNOWN}


def _signoff(item: Json, number: int, name: str) -> SignOff:
    if not isinstance(item, dict):
        raise _damaged(name, N_("sign-off {item} should be an object"), item=number)
    texts = {}
    for key in ("name", "role", "note"):
        value = item.get(key, "")
        if not isinstance(value, str):
            raise _damaged(name, N_('the "{key}" of sign-off {item} should be text'),
                           key=key, item=number)
        texts[key] = value
    if not texts["name"].strip():
        raise _damaged(name, N_("sign-off {item} names nobody"), item=number)
    at = _moment(item.get("at"), lambda: _damaged(
        name, N_("sign-off {item} has no valid time (a date and time with its UTC offset)"),
        item=number))
    signed = _fingerprint(item.get("fingerprint"), lambda: _damaged(
        name, N_("sign-off {item} has no valid fingerprint"), item=number))
    return SignOff(texts["name"], texts["role"], at, signed, texts["note"])


def _moment(value: Json, fail: Callable[[], Exception]) -> datetime:
    if not isinstance(value, str):
        raise fail()
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise fail() from exc
    if moment.tzinfo is None:
        raise fail()
    return moment


def _fingerprint(value: Json, fail: Callable[[], Exception]) -> str:
    if not isinstance(value, str) or not _FINGERPRINT.match(value):
        raise fail()
    return value


def read_policy(value: Json, fail: PolicyFailure) -> ApprovalPolicy:
    """An approval policy object (profile "approval", release "workflow.policy").

    *fail(problem, **args)* makes the error to raise.
    """
    policy = ApprovalPolicy()
    if value is None:
        return policy
    if not isinstance(value, dict):
        raise fail(N_('"approval" should be an object'))
    signoffs = value.get("signoffs", [])
    if not isinstance(signoffs, list) or not all(
            isinstance(r, str) and r.strip() and len(r) <= 120 for r in signoffs):
        raise fail(N_('"signoffs" should be a list of role names, such as "Director"'))
    # A role written "审核，主任" (a list typed into one entry) is the two roles it names.
    policy.signoffs = list(dict.fromkeys(role for entry in signoffs
                                         for role in split_list(entry)))
    required = value.get("required", bool(signoffs))
    if not isinstance(required, bool):
        raise fail(N_('"required" should be true or false'))
    policy.required = required
    key = value.get("public_key", "")
    if not isinstance(key, str):
        raise fail(N_('"public_key" should be text such as "ed25519:…"'))
    if key:
        from .keys import KeyProblem, parse_public_key

        try:
            parse_public_key(key)
        except KeyProblem as exc:
            raise fail(N_('"public_key" is not an Ed25519 public key ("ed25519:" and 44 '
                          "characters of base64)")) from exc
    policy.public_key = key
    return policy


def policy_to_json(policy: ApprovalPolicy, with_key: bool = True) -> JsonObject:
    data: JsonObject = {"signoffs": list(policy.signoffs), "required": policy.required}
    if with_key and policy.public_key:
        data["public_key"] = policy.public_key
    return data


def _same(error: Exception) -> Exception:
    return error


def read_history(raw: Json) -> list[Version]:
    """Versions from the file; raises HistoryDamaged (with the problem) when unusable."""
    if not isinstance(raw, list):
        raise HistoryDamaged(N_("it is not a list"))
    history: list[Version] = []
    for index, item in enumerate(raw):
        number = index + 1
        bad = HistoryDamaged(N_("version {number} is incomplete"), number=number)
        if not isinstance(item, dict):
            raise bad
        saved = _moment(item.get("saved"), partial(_same, bad))
        signed = _fingerprint(item.get("fingerprint"), partial(_same, bad))
        content, delta = item.get("content"), item.get("delta")
        if (index == 0 and not isinstance(content, dict)) or \
                (index > 0 and not isinstance(delta, dict)):
            raise bad
        digest, note = item.get("digest", ""), item.get("note", "")
        if not isinstance(digest, str) or not isinstance(note, str):
            raise bad
        history.append(Version(saved, signed, content if index == 0 else None,
                               delta if index > 0 else None, digest, note))
    versions(history)  # every version must rebuild to its fingerprint
    return history


def clearance_to_json(clearance: Clearance) -> JsonObject:
    """The top-level keys for the file ({} for a release that never used clearance)."""
    data: JsonObject = {}
    if not clearance.is_empty():
        workflow: JsonObject = {"status": clearance.status}
        if not clearance.policy.is_empty():
            workflow["policy"] = policy_to_json(clearance.policy, with_key=False)
        workflow["signoffs"] = [
            {"name": s.name, "role": s.role, "at": s.at.isoformat(), "fingerprint": s.fingerprint,
             "note": s.note} for s in clearance.signoffs]
        workflow["published"] = None if clearance.published is None else {
            "at": clearance.published.at.isoformat(),
            "fingerprint": clearance.published.fingerprint}
        # what the file held that this version does not read, never in a known key's place
        data["workflow"] = {**workflow, **{k: v for k, v in clearance.extra.items()
                                           if k not in _WORKFLOW_KNOWN}}
    if clearance.history:
        data["history"] = [version_to_json(v) for v in clearance.history]
    if clearance.set_aside is not None:
        data["history_set_aside"] = clearance.set_aside
    return data
