"""One headless Chromium per test process, driven over --remote-debugging-pipe.

Starting Chromium costs about 0.6 s of processor time (browser, zygote, GPU and network
processes); the client tests opened about 33 pages, each in a Chromium of its own. Here one
browser runs for the whole session (per xdist worker) and each page gets what a fresh
profile gave it: a browser context of its own (no cache, cookies or storage shared with any
other page), disposed of once the page is read.

What a page is checked for is what ``chromium --dump-dom --virtual-time-budget=N`` and the
net log gave: the DOM once the page has had N ms of virtual time to run (paused while a
fetch is pending, as the command line's budget is), and every URL requested on the page's
behalf: the page's own requests and those of any frame or worker it starts (attached
before they run). Chromium's background requests are not the page's and are not seen.

The DevTools protocol on the pipe is JSON messages ended by NUL bytes: Chromium reads fd 3
and writes fd 4. Only the standard library is used. A browser that died or stopped
answering is started again, and the page tried once more.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from releasedesk.json_values import JsonObject

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


class BrowserGone(RuntimeError):
    """Chromium exited, closed its pipe or stopped answering."""


@dataclass
class Page:
    """What a page showed: its DOM, the URLs requested for it, and a screenshot if asked."""

    dom: str
    requests: list[str]
    screenshot: bytes | None = None


@dataclass
class _Open:
    """A page being read: its sessions (the page's and its frames' and workers') and what
    they requested."""

    sessions: set[str] = field(default_factory=set)
    requests: list[str] = field(default_factory=list)


class Chromium:
    """A headless Chromium kept running; ``page()`` opens one page in a fresh context."""

    def __init__(self, binary: str, profile: Path) -> None:
        self.binary = binary
        self.profile = profile
        self.starts = 0
        self._proc: subprocess.Popen[bytes] | None = None
        self._to = -1
        self._from = -1
        self._buffer = b""
        self._next_id = 0
        self._replies: dict[int, JsonObject] = {}
        self._events: list[JsonObject] = []
        self._open: _Open | None = None

    # -- the process ---------------------------------------------------------------------

    def start(self) -> None:
        commands_read, commands_write = os.pipe()
        replies_read, replies_write = os.pipe()
        # Bash puts the pipe ends where Chromium looks for them (fds 3 and 4), then becomes
        # the browser (the chromium launcher script execs the binary in turn). Its ends are
        # first moved above 9, clear of 3 and 4.
        ends = []
        for end in (commands_read, replies_write):
            ends.append(fcntl.fcntl(end, fcntl.F_DUPFD_CLOEXEC, 10))
            os.close(end)
        commands_read, replies_write = ends
        script = (f'exec "$0" "$@" 3<&{commands_read} 4>&{replies_write} '
                  f"{commands_read}<&- {replies_write}>&-")
        self._proc = subprocess.Popen(
            ["bash", "-c", script, self.binary, *FLAGS, f"--user-data-dir={self.profile}",
             "--remote-debugging-pipe", "about:blank"],
            pass_fds=(commands_read, replies_write), stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(commands_read)
        os.close(replies_write)
        self._to, self._from = commands_write, replies_read
        self._buffer = b""
        self._replies.clear()
        self._events.clear()
        self.starts += 1
        self.call("Target.setDiscoverTargets", {"discover": False})

    def close(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        with contextlib.suppress(BrowserGone):
            self._send("Browser.close", {})
        for fd in (self._to, self._from):
            with contextlib.suppress(OSError):
                os.close(fd)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

    def alive(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    # -- the protocol --------------------------------------------------------------------

    def _send(self, method: str, params: JsonObject, session: str | None = None) -> int:
        self._next_id += 1
        message: JsonObject = {"id": self._next_id, "method": method, "params": params}
        if session is not None:
            message["sessionId"] = session
        data = json.dumps(message).encode("utf-8") + b"\0"
        try:
            while data:
                data = data[os.write(self._to, data):]
        except OSError as error:
            raise BrowserGone(f"writing to Chromium: {error}") from error
        return self._next_id

    def _read_one(self, deadline: float) -> None:
        """Reads and handles the next message (a reply or an event)."""
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise BrowserGone("Chromium stopped answering")
            ready, _, _ = select.select([self._from], [], [], min(left, 1.0))
            if not ready:
                if not self.alive():
                    raise BrowserGone("Chromium exited")
                continue
            chunk = os.read(self._from, 1 << 20)
            if not chunk:
                raise BrowserGone("Chromium closed its pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        message = json.loads(raw)
        if "id" in message:
            self._replies[message["id"]] = message
        else:
            self._event(message)

    def _event(self, message: JsonObject) -> None:
        opened = self._open
        session = message.get("sessionId")
        method = message.get("method")
        params = message.get("params", {})
        if opened is None or session not in opened.sessions:
            return
        if method == "Network.requestWillBeSent":
            opened.requests.append(str(params["request"]["url"]))
        elif method == "Target.attachedToTarget":
            # A frame in a process of its own, or a worker: watched like the page, before it
            # runs (it waits for the debugger until told to go on).
            child = str(params["sessionId"])
            opened.sessions.add(child)
            self._watch(child)
            self._send("Runtime.runIfWaitingForDebugger", {}, child)
        else:
            self._events.append(message)

    def _watch(self, session: str) -> None:
        self._send("Network.enable", {}, session)
        self._send("Target.setAutoAttach", {"autoAttach": True, "waitForDebuggerOnStart": True,
                                            "flatten": True}, session)

    def call(self, method: str, params: JsonObject | None = None, session: str | None = None,
             timeout: float = 60.0) -> JsonObject:
        number = self._send(method, params or {}, session)
        deadline = time.monotonic() + timeout
        while number not in self._replies:
            self._read_one(deadline)
        reply = self._replies.pop(number)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        result: JsonObject = reply.get("result", {})
        return result

    def wait_for(self, method: str, session: str, timeout: float = 60.0) -> JsonObject:
        deadline = time.monotonic() + timeout
        while True:
            for number, event in enumerate(self._events):
                if event.get("method") == method and event.get("sessionId") == session:
                    del self._events[number]
                    params: JsonObject = event.get("params", {})
                    return params
            self._read_one(deadline)

    # -- pages ---------------------------------------------------------------------------

    def page(self, url: str, budget_ms: int, window: tuple[int, int] | None = None,
             screenshot: bool = False) -> Page:
        """*url* opened in a fresh context and given *budget_ms* of virtual time; a browser
        that has gone is started again and the page opened once more."""
        for attempt in (1, 2):
            if not self.alive():
                self.close()
                self.start()
            try:
                return self._page(url, budget_ms, window, screenshot)
            except BrowserGone:
                self.close()
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def _page(self, url: str, budget_ms: int, window: tuple[int, int] | None,
              screenshot: bool) -> Page:
        context = str(self.call("Target.createBrowserContext", {"disposeOnDetach": True})
                      ["browserContextId"])
        target_params: JsonObject = {"url": "about:blank", "browserContextId": context}
        if window is not None:
            target_params["width"], target_params["height"] = window
        target = str(self.call("Target.createTarget", target_params)["targetId"])
        session = str(self.call("Target.attachToTarget", {"targetId": target, "flatten": True})
                      ["sessionId"])
        self._open = _Open(sessions={session})
        self._events.clear()
        try:
            self.call("Page.enable", session=session)
            self._watch(session)
            self.call("Runtime.runIfWaitingForDebugger", session=session)
            if window is not None:
                self.call("Emulation.setDeviceMetricsOverride",
                          {"width": window[0], "height": window[1], "deviceScaleFactor": 1,
                           "mobile": False}, session)
            navigated = self.call("Page.navigate", {"url": url}, session)
            if "errorText" in navigated:
                raise RuntimeError(f"{url}: {navigated['errorText']}")
            self.wait_for("Page.loadEventFired", session)
            # Then, as the command line's --virtual-time-budget, the page's timers get
            # *budget_ms* of virtual time (standing still while a fetch is pending), and the
            # page is read once it is spent.
            self.call("Emulation.setVirtualTimePolicy",
                      {"policy": "pauseIfNetworkFetchesPending", "budget": budget_ms}, session)
            self.wait_for("Emulation.virtualTimeBudgetExpired", session)
            dom = self._evaluate(session, "(document.doctype ? new XMLSerializer()"
                                 ".serializeToString(document.doctype) : '') + "
                                 "document.documentElement.outerHTML")
            shot = None
            if screenshot:
                shot = base64.b64decode(str(self.call("Page.captureScreenshot",
                                                      {"format": "png"}, session)["data"]))
            # Requests already under way are reported before the page goes.
            self.call("Runtime.evaluate", {"expression": "0"}, session)
            return Page(dom, list(self._open.requests), shot)
        finally:
            self._open = None
            self._events.clear()
            if self.alive():
                self.call("Target.closeTarget", {"targetId": target})
                self.call("Target.disposeBrowserContext", {"browserContextId": context})

    def _evaluate(self, session: str, expression: str) -> str:
        result = self.call("Runtime.evaluate", {"expression": expression,
                                                "returnByValue": True}, session)
        assert "value" in result["result"], result
        return str(result["result"]["value"])

