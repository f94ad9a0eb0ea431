"""Headless Chromium for the tests: open a file:// page and ask it questions through the DevTools
protocol, and take screenshots.

The protocol runs over a pipe (``--remote-debugging-pipe``: Chromium reads commands on its file
descriptor 3 and answers on 4, each message JSON ended by a NUL byte), so no port is opened and
no client library is needed. Chromium runs with the flags this machine's probe uses: without
the background-networking ones it tries to reach Google's hosts at every start.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
WINDOW = (1280, 1600)
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync")

needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed: apt-get install chromium (.ci/run "
                             "installs it when missing)")


def _command(profile: Path, *args: str) -> list[str]:
    assert CHROMIUM is not None
    return [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args]


def screenshot(url: str, png: Path, profile: Path) -> None:
    """The top of the page as ``png``, the size of a browser window."""
    window = f"--window-size={WINDOW[0]},{WINDOW[1]}"
    subprocess.run(_command(profile, f"--screenshot={png}", window, "--hide-scrollbars", url),
                   check=True, capture_output=True, timeout=60)


class Page:
    """One page open in a headless Chromium, for ``evaluate`` to ask it questions.

    Used as a context manager, which ends the browser it started.
    """

    def __init__(self, url: str, profile: Path, timeout: float = 30) -> None:
        self.url, self.timeout = url, timeout
        commands, self._to_browser = os.pipe()
        self._from_browser, answers = os.pipe()

        def on_3_and_4() -> None:  # in the child: the pipe ends where Chromium looks for them
            high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (commands, answers)]
            os.dup2(high[0], 3)
            os.dup2(high[1], 4)

        self.process = subprocess.Popen(
            _command(profile, "--remote-debugging-pipe", f"--window-size={WINDOW[0]},{WINDOW[1]}",
                     url), preexec_fn=on_3_and_4,
            pass_fds=(3, 4), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(commands)
        os.close(answers)
        self._buffer = b""
        self._next_id = 0
        self._session = ""
        try:
            self._attach()
        except BaseException:
            self.__exit__()
            raise

    def __enter__(self) -> Page:
        return self

    def __exit__(self, *_: object) -> None:
        self.process.kill()
        self.process.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (JSON-like values only)."""
        answer = self._call("Runtime.evaluate", {"expression": expression,
                                                 "returnByValue": True}, self._session)
        if "exceptionDetails" in answer:
            raise AssertionError(f"{expression!r} threw: {answer['exceptionDetails']}")
        return answer["result"].get("value")

    def screenshot(self, selector: str, png: Path, max_height: int = 1200) -> None:
        """The element ``selector`` finds as ``png``, wherever it is on the page (a screenshot
        from the command line shows only the top: scrolled to an anchor, it comes out blank)."""
        x, y, width, height = self.evaluate(f"""(() => {{
            const box = document.querySelector({json.dumps(selector)}).getBoundingClientRect();
            return [box.left + scrollX, box.top + scrollY, box.width, box.height]; }})()""")
        clip = {"x": x, "y": y, "width": width, "height": min(height, max_height), "scale": 1}
        shot = self._call("Page.captureScreenshot", {"format": "png", "clip": clip,
                                                     "captureBeyondViewport": True},
                          self._session)
        png.write_bytes(base64.b64decode(shot["data"]))

    def _attach(self) -> None:
        """Attach to the tab showing our page, then wait until it has loaded."""
        deadline = time.monotonic() + self.timeout
        while True:
            tabs = [t for t in self._call("Target.getTargets")["targetInfos"]
                    if t["type"] == "page" and t["url"] == self.url]
            if tabs:
                break
            self._wait_a_little(deadline)
        self._session = self._call("Target.attachToTarget", {"targetId": tabs[0]["targetId"],
                                                             "flatten": True})["sessionId"]
        # The tab shows an empty document, already complete, before it starts on ours.
        loaded = f"document.URL === {json.dumps(self.url)} && document.readyState === 'complete'"
        while not self.evaluate(loaded):
            self._wait_a_little(deadline)

    def _wait_a_little(self, deadline: float) -> None:
        if time.monotonic() > deadline:
            raise TimeoutError(f"Chromium did not open {self.url} in {self.timeout} s")
        time.sleep(0.05)

    def _call(self, method: str, params: dict[str, Any] | None = None,
              session: str = "") -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode("utf-8") + b"\0")
        while True:  # events and other answers may come first: skip them
            answer = self._read()
            if answer.get("id") == self._next_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer["result"]

    def _read(self) -> dict[str, Any]:
        deadline = time.monotonic() + self.timeout
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_browser], [], [], left)[0]:
                raise TimeoutError(f"Chromium did not answer in {self.timeout} s")
            chunk = os.read(self._from_browser, 1 << 16)
            if not chunk:
                raise EOFError(f"Chromium exited (status {self.process.poll()})")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)
