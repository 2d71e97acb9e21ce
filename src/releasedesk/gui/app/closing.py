"""Closing the window: with unsaved changes the close waits for the user's answer.

The close event is ignored while the question shows (window-modal, no nested event loop);
the answer closes the window again (Save, once saved, or Discard) or keeps it (Cancel).
Told to close again meanwhile, the window asks nothing more; an answer about a release no
longer shown (another one was opened meanwhile) is dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from ..dialogs.prompts import Choice

if TYPE_CHECKING:
    from ..dialogs.prompts import Prompts
    from .document_manager import DocumentManager


class Closing(Protocol):
    """What closing needs of the main window (which imports this module)."""

    manager: DocumentManager
    prompts: Prompts
    let_go_of: bool  # the release was let go: the window may close
    asking_to_close: bool  # the question about unsaved changes is showing

    def close(self) -> bool: ...


def let_go(window: Closing) -> bool:
    """Whether *window*'s release is let go (lock released, recovery copy dropped), so the
    window may close now; False while the user is being asked."""
    if window.let_go_of:
        return True
    if window.asking_to_close:
        return False
    manager = window.manager
    if not manager.modified:
        manager.close(discarded=True)
        window.let_go_of = True
        return True
    asking = [True]  # (a test's scripted answer comes before the question returns)

    def go() -> None:
        manager.close(discarded=True)
        window.let_go_of = True
        if not asking[0]:
            window.close()

    def act(choice: Choice) -> None:
        if choice is Choice.SAVE:
            manager.save(go)
        elif choice is Choice.DISCARD:
            go()

    about_this_release = manager.while_open(act)

    def answered(choice: Choice) -> None:
        window.asking_to_close = False
        about_this_release(choice)

    window.asking_to_close = True
    window.prompts.unsaved_changes(manager.display_name, answered)
    asking[0] = False
    return window.let_go_of
