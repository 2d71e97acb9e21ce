"""Every background job of the editor, one way: work runs on a thread of one pool, and its
outcome comes back on the GUI thread as a signal. No caller waits in an event loop of its
own; a command that starts a job goes on in the job's `done` or `failed` handler.

- `Task`: one callable, once (an export, a folder listed, a review read). `start_task`
  makes one, connects the handlers and starts it.
- `Lane`: jobs of one kind, one at a time, in order (photos read) or latest-wins (the
  preview, proofing, recovery copies): a job asked for while one runs waits, replacing
  the job that was waiting, and a result older than one already delivered is dropped.

A job's exception is an outcome too: a ReleaseDeskError as it is, any other exception
logged with its traceback and handed on as one sentence. A job never outlives its
receiver unseen: the worker holds only a weak reference to the Task or Lane, so a window
closed (or deleted) while its job runs simply receives nothing (`detach`), and `wait_all`
lets the program finish the jobs running before it exits. Workers hand outcomes over
through a queue and a payload-free signal (Python objects in queued cross-thread signals
have crashed PySide6).
"""

from __future__ import annotations

import logging
import queue
import threading
import weakref
from collections import deque
from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtCore import QObject, QThreadPool, Signal
from shiboken6 import isValid

from ...errors import N_, ReleaseDeskError

log = logging.getLogger(__name__)

MAX_THREADS = 8  # the preview, proofing, autosave, photos and an export never queue
BUG = N_("That could not be finished because of an error inside ReleaseDesk ({kind}); "
         "details are in the log.")

R = TypeVar("R")
Work = Callable[[], object]
Executor = Callable[[Callable[[], None]], None]  # runs its argument on some thread, soon
Outcome = tuple[bool, object]  # (succeeded, the result or the ReleaseDeskError)


class Receiver(Protocol):
    def _receive(self, generation: int, outcome: Outcome) -> None: ...


def outcome_of(work: Work, name: str, bug: str = BUG) -> Outcome:
    """Run *work* here; its result, or its failure as a ReleaseDeskError (a bug logged with
    its traceback, and said in one sentence)."""
    try:
        return True, work()
    except ReleaseDeskError as exc:
        return False, exc
    except BaseException as exc:  # a bug: the traceback in the log, one sentence for the user
        log.exception("%s failed", name)
        return False, ReleaseDeskError(bug, kind=exc.__class__.__name__)


class _Dispatcher(QObject):
    """Lives on the GUI thread; workers queue outcomes and emit `ready` (no payload)."""

    ready = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.outcomes: queue.SimpleQueue[
            tuple[weakref.ref[Receiver], int, Outcome]] = queue.SimpleQueue()
        self.ready.connect(self.deliver)

    def post(self, receiver: weakref.ref[Receiver], generation: int, outcome: Outcome) -> None:
        self.outcomes.put((receiver, generation, outcome))
        self.ready.emit()

    def deliver(self) -> None:
        while True:
            try:
                receiver, generation, outcome = self.outcomes.get_nowait()
            except queue.Empty:
                return
            alive = receiver()
            # (a lane's Qt side goes with its parent window, though Python may still hold
            # the lane: emitting from it then raises "Signal source has been deleted")
            if alive is not None and isValid(alive):
                alive._receive(generation, outcome)
            elif not outcome[0]:
                log.info("a background job failed after its window closed: %s", outcome[1])


_state: dict[str, object] = {}
_live: set[Task] = set()  # started and not yet delivered: kept alive here, on the GUI thread
_lanes: weakref.WeakSet[Lane] = weakref.WeakSet()


def _dispatcher() -> _Dispatcher:
    found = _state.get("dispatcher")
    if not isinstance(found, _Dispatcher):
        found = _state["dispatcher"] = _Dispatcher()
    return found


def pool() -> QThreadPool:
    """The one pool every background job of the editor runs on."""
    found = _state.get("pool")
    if not isinstance(found, QThreadPool):
        found = QThreadPool()
        found.setMaxThreadCount(MAX_THREADS)
        _state["pool"] = found
    return found


def _run_in_pool(job: Callable[[], None]) -> None:
    pool().start(job)


def idle() -> bool:
    """No job is running, waiting or undelivered (tests wait for this)."""
    dispatcher = _state.get("dispatcher")
    return (not _live and not any(lane.busy for lane in _lanes)
            and (not isinstance(dispatcher, _Dispatcher) or dispatcher.outcomes.empty()))


def wait_all(timeout_ms: int = 60_000) -> bool:
    """Block until the running jobs finish (the program is exiting: an export half-written
    would be lost); their outcomes are not delivered. False on time-out."""
    found = _state.get("pool")
    return not isinstance(found, QThreadPool) or found.waitForDone(timeout_ms)


def detach_all(owner: QObject) -> None:
    """*owner* is closing: its tasks finish, and their outcomes go nowhere."""
    for task in list(_live):
        if task.owner is owner:
            task.detach()


class Task(QObject):
    """One callable run once off the GUI thread; `done(result)` or `failed(error)` (a
    ReleaseDeskError) follows on the GUI thread, unless the task was detached first."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, owner: QObject | None = None, name: str = "a task",
                 bug: str = BUG, executor: Executor | None = None) -> None:
        super().__init__()
        self._work: Work | None = work
        # (weakly: a window closed and freed is not kept for its task; no `destroyed`
        # connection either, which PySide6 can call while the owner is half freed)
        self._owner = weakref.ref(owner) if owner is not None else None
        self.name = name
        self.bug = bug
        self._executor = executor or _run_in_pool
        self.running = False
        self._detached = False

    @property
    def owner(self) -> QObject | None:
        return self._owner() if self._owner is not None else None

    @property
    def detached(self) -> bool:
        """Nothing will be delivered: detached, or the owner is gone."""
        if self._detached or self._owner is None:
            return self._detached
        owner = self._owner()
        return owner is None or not isValid(owner)

    def start(self) -> Task:
        work, self._work = self._work, None
        if work is None:
            raise RuntimeError("a task runs once")
        _live.add(self)
        self.running = True
        me: weakref.ref[Receiver] = weakref.ref(self)
        name, bug, dispatcher = self.name, self.bug, _dispatcher()
        self._executor(lambda: dispatcher.post(me, 0, outcome_of(work, name, bug)))
        return self

    def detach(self) -> None:
        """Deliver nothing: the task's receiver is gone or going."""
        self._detached = True

    def _receive(self, generation: int, outcome: Outcome) -> None:
        _live.discard(self)
        self.running = False
        succeeded, value = outcome
        if self.detached:
            if not succeeded:
                log.info("%s failed after its window closed: %s", self.name, value)
            return
        (self.done if succeeded else self.failed).emit(value)


def start_task(work: Callable[[], R], owner: QObject, done: Callable[[R], object],
               failed: Callable[[ReleaseDeskError], object], name: str,
               bug: str = BUG) -> Task:
    """Run *work* off the GUI thread; then *done* with its result or *failed* with its
    error, on the GUI thread, while *owner* is open."""
    task = Task(work, owner, name, bug)
    task.done.connect(done)
    task.failed.connect(failed)
    return task.start()


class LaneState:
    """Which job runs next, and which results are stale: the bookkeeping of a Lane, without
    threads (its caller holds the lane's lock). Jobs are numbered as they are asked for."""

    def __init__(self, latest_only: bool) -> None:
        self.latest_only = latest_only
        self.asked = 0  # the number of the newest job
        self.running: int | None = None
        self.waiting: deque[tuple[int, Work]] = deque()
        self.shown = 0  # the number of the newest result delivered

    def ask(self, work: Work) -> tuple[int, Work] | None:
        """Number *work*; the job to start now, or None when it waits its turn."""
        self.asked += 1
        job = (self.asked, work)
        if self.running is not None:
            if self.latest_only:
                self.waiting.clear()
            self.waiting.append(job)
            return None
        self.running = self.asked
        return job

    def finished(self) -> tuple[int, Work] | None:
        """The running job is done: the next one to start, if any."""
        self.running = None
        if not self.waiting:
            return None
        job = self.waiting.popleft()
        self.running = job[0]
        return job

    def fresh(self, generation: int) -> bool:
        """Deliver the result of job *generation*? Never one older than one shown."""
        if generation <= self.shown:
            return False
        self.shown = generation
        return True


class _LaneCore:
    """What a lane's workers hold: no Qt object, and the lane itself only weakly (a lane may
    go while its job runs; it must never be freed on a worker)."""

    def __init__(self, lane: Lane, name: str, latest_only: bool, executor: Executor,
                 post: Callable[[weakref.ref[Receiver], int, Outcome], None]) -> None:
        self.name = name
        self.state = LaneState(latest_only)
        self.lock = threading.Lock()
        self.idle = threading.Event()
        self.idle.set()
        self.executor = executor
        self.post = post
        self.lane: weakref.ref[Receiver] = weakref.ref(lane)

    def start(self, job: tuple[int, Work]) -> None:
        self.executor(lambda: self.run(*job))

    def run(self, number: int, work: Work) -> None:
        self.post(self.lane, number, outcome_of(work, self.name))
        with self.lock:
            following = self.state.finished()
            if following is None:
                self.idle.set()
        if following is not None:
            self.start(following)


class Lane(QObject):
    """Jobs of one kind run off the GUI thread one at a time (see LaneState): `done(result)`
    or `failed(error)` on the GUI thread for each job whose result is not stale."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, name: str, parent: QObject | None = None, latest_only: bool = True,
                 executor: Executor | None = None,
                 post: Callable[[weakref.ref[Receiver], int, Outcome], None] | None = None
                 ) -> None:
        super().__init__(parent)
        self._core = _LaneCore(self, name, latest_only, executor or _run_in_pool,
                               post or _dispatcher().post)
        self.state = self._core.state
        self._closed = False
        _lanes.add(self)

    @property
    def busy(self) -> bool:
        """A job runs or waits."""
        return not self._core.idle.is_set()

    def submit(self, work: Work) -> int:
        """Run *work* when the lane is free (latest-wins: instead of the job waiting); its
        number."""
        core = self._core
        with core.lock:
            job = core.state.ask(work)
            number = core.state.asked
            core.idle.clear()
        if job is not None:
            core.start(job)
        return number

    def run_here(self, work: Work) -> object:
        """Run *work* on this thread, now, as the newest job: `done` is emitted with its
        result (returned too) and results of older jobs still running are dropped. Its
        exception is raised, not emitted."""
        with self._core.lock:
            self.state.asked += 1
            number = self.state.asked
        result = work()
        if self.state.fresh(number) and not self._closed:
            self.done.emit(result)
        return result

    def wait(self, timeout: float = 30.0) -> bool:
        """Block until no job runs or waits (its result may be undelivered); False on
        time-out."""
        return self._core.idle.wait(timeout)

    def shutdown(self, timeout: float = 10.0) -> bool:
        """Drop the waiting jobs, wait for the running one and deliver nothing more (the
        window is closing)."""
        with self._core.lock:
            self._closed = True
            self.state.waiting.clear()
        return self.wait(timeout)

    def _receive(self, generation: int, outcome: Outcome) -> None:
        if self._closed or not self.state.fresh(generation):
            return
        succeeded, value = outcome
        (self.done if succeeded else self.failed).emit(value)
