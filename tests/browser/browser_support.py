"""Headless Chromium for the review page tests, driven over the DevTools protocol.

Why no Playwright or Selenium: Chromium speaks its DevTools protocol over a pair of pipes
(`--remote-debugging-pipe`: commands in on fd 3, replies out on fd 4, each message JSON ended
by a NUL byte), so a hundred lines of standard library drive it with no websocket client, no
driver binary and no new dependency. Tests that need it skip, saying how to enable them, when
no Chromium is installed; `make test` installs Debian's `chromium` when run as root, as CI is.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import queue
import shutil
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-extensions",
    "--disable-sync",
    "--metrics-recording-only",
    "--no-default-browser-check",
    "--remote-debugging-pipe",
]
SKIP_REASON = (
    "headless Chromium not found: install Debian's `chromium` (`make test` does it when run "
    "as root, as CI does) or point TEARLINE_CHROMIUM at a Chromium binary"
)
TIMEOUT = 30.0


def chromium_path() -> str | None:
    """The Chromium to drive: $TEARLINE_CHROMIUM, else `chromium` on the PATH."""
    return os.environ.get("TEARLINE_CHROMIUM") or shutil.which("chromium")


class Browser:
    """One headless Chromium and its DevTools pipe; events are kept for the tests to read."""

    def __init__(self, executable: str, profile: Path) -> None:
        commands_r, self._commands_w = os.pipe()
        self._replies_r, replies_w = os.pipe()
        # Chromium expects the pipe on fds 3 and 4: move our ends above them first, so the
        # child's dup2 calls can never overwrite one end with the other.
        high = [fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 5) for fd in (commands_r, replies_w)]
        os.close(commands_r)
        os.close(replies_w)

        def wire() -> None:
            os.dup2(high[0], 3)
            os.dup2(high[1], 4)

        self.process = subprocess.Popen(
            [executable, *FLAGS, f"--user-data-dir={profile}"],
            preexec_fn=wire,  # wires fds 3 and 4 in the child, just before exec
            close_fds=False,  # only fds marked inheritable (stdio, 3 and 4) reach Chromium
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for fd in high:
            os.close(fd)
        self._next_id = 0
        self._replies: dict[int, queue.Queue[dict[str, Any]]] = {}
        self._lock = threading.Lock()
        self.events: list[dict[str, Any]] = []
        self._event_added = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        buffer = b""
        with os.fdopen(self._replies_r, "rb", buffering=0) as pipe:
            while chunk := pipe.read(65536):
                buffer += chunk
                while b"\0" in buffer:
                    raw, buffer = buffer.split(b"\0", 1)
                    message = json.loads(raw)
                    if "id" in message:
                        with self._lock:
                            box = self._replies.get(message["id"])
                        if box is not None:
                            box.put(message)
                    else:
                        with self._event_added:
                            self.events.append(message)
                            self._event_added.notify_all()

    def send(
        self, method: str, params: dict[str, Any] | None = None, session: str | None = None
    ) -> dict[str, Any]:
        """Run one protocol command and return its result; a protocol error fails the test."""
        with self._lock:
            self._next_id += 1
            ident = self._next_id
            box: queue.Queue[dict[str, Any]] = queue.Queue()
            self._replies[ident] = box
        message: dict[str, Any] = {"id": ident, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._commands_w, json.dumps(message).encode() + b"\0")
        try:
            reply = box.get(timeout=TIMEOUT)
        except queue.Empty:
            raise AssertionError(f"Chromium did not answer {method} in {TIMEOUT}s") from None
        if "error" in reply:
            raise AssertionError(f"{method} failed: {reply['error']}")
        result: dict[str, Any] = reply.get("result", {})
        return result

    def wait_for(
        self,
        method: str,
        match: Callable[[dict[str, Any]], bool] = lambda p: True,
        timeout: float = TIMEOUT,
        since: int = 0,
    ) -> dict[str, Any]:
        """The params of the first event `method` that matches, among the events from index
        `since` on (see `mark`) and those still to come."""
        deadline = time.monotonic() + timeout
        with self._event_added:
            while True:
                for event in self.events[since:]:
                    if event["method"] == method and match(event.get("params", {})):
                        params: dict[str, Any] = event.get("params", {})
                        return params
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no {method} event within {timeout}s")
                self._event_added.wait(left)

    def mark(self) -> int:
        """The index the next event will get: pass it to `wait_for(since=...)`."""
        with self._event_added:
            return len(self.events)

    def close(self) -> None:
        """Ask Chromium to quit, then make sure it did."""
        with contextlib.suppress(AssertionError, OSError):
            self.send("Browser.close")
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._commands_w)


class Page:
    """One tab, attached in flat mode so its commands and events carry a session id."""

    def __init__(self, browser: Browser, width: int = 1280, height: int = 900) -> None:
        self.browser = browser
        target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
        )
        for domain in ("Page", "Runtime", "Network", "Log"):
            self.send(f"{domain}.enable")

    def send(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        """A command for this tab."""
        return self.browser.send(method, params, self.session)

    def events(self, method: str) -> list[dict[str, Any]]:
        """The params of every `method` event this tab has sent so far."""
        return [
            e.get("params", {})
            for e in list(self.browser.events)
            if e["method"] == method and e.get("sessionId") == self.session
        ]

    def goto(self, url: str) -> None:
        """Navigate and wait until the page's script has marked it ready."""
        self.send("Page.navigate", {"url": url})
        deadline = time.monotonic() + TIMEOUT
        while self.evaluate("document.body && document.body.dataset.ready") != "1":
            if time.monotonic() > deadline:
                raise AssertionError("the review page never became ready")
            time.sleep(0.05)

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (promises are awaited)."""
        reply = self.send(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": True},
        )
        if "exceptionDetails" in reply:
            raise AssertionError(f"page script failed: {reply['exceptionDetails']}")
        return reply["result"].get("value")

    def center(self, selector: str) -> tuple[float, float]:
        """The viewport centre of the first element matching `selector`, scrolled into view."""
        box = self.evaluate(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
            " e.scrollIntoView({block: 'center'});"
            " const r = e.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2];"
            " })()"
        )
        return float(box[0]), float(box[1])

    def hover(self, selector: str) -> None:
        """Move the mouse over an element, as a user would."""
        x, y = self.center(selector)
        self.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})

    def click(self, selector: str) -> None:
        """A real left click on an element."""
        x, y = self.center(selector)
        self.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})
        for kind in ("mousePressed", "mouseReleased"):
            self.send(
                "Input.dispatchMouseEvent",
                {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1},
            )

    def press(self, key: str) -> None:
        """Type one printable key on the keyboard."""
        self.send("Input.dispatchKeyEvent", {"type": "keyDown", "key": key, "text": key})
        self.send("Input.dispatchKeyEvent", {"type": "keyUp", "key": key})

    def screenshot(self, path: Path) -> None:
        """Save what the tab shows as a PNG."""
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))

    def close(self) -> None:
        """Close the tab."""
        self.browser.send("Target.detachFromTarget", {"sessionId": self.session})


ROOT = Path(__file__).resolve().parents[2]
FLAGSHIP = ROOT / "samples" / "flagship.txt"
ARTIFACTS = ROOT / "test-artifacts"


def tearline(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the installed `tearline` entry point, as a user would."""
    executable = Path(os.environ.get("VIRTUAL_ENV", "")) / "bin" / "tearline"
    if not executable.exists():
        import sys

        executable = Path(sys.executable).parent / "tearline"
    return subprocess.run(
        [str(executable), *args], capture_output=True, text=True, timeout=120, check=False
    )


class ReviewPage:
    """The review page of the flagship report and the decisions it must show."""

    def __init__(self, path: Path, decisions: list[dict[str, Any]]) -> None:
        self.path = path
        self.url = path.as_uri()
        self.decisions = decisions

    @property
    def changes(self) -> list[dict[str, Any]]:
        """The decisions that change the text (every action but keep)."""
        return [d for d in self.decisions if d["action"] != "keep"]
