"""Cleaning never touches the network or the file system on a page's say-so.

A page full of external references (an external DTD, XML external entities, images, styles,
scripts, frames, a meta refresh, CSS @import, XInclude) is cleaned with two guards on:

* Python's socket layer is patched so that any connection or name lookup is recorded and fails;
* the references point at a canary server on the loopback interface, which counts connections
  from any layer, including libxml2's own C code that Python's socket module never sees.

The external entities also point at a local file holding a secret, which must not show up.
"""

from __future__ import annotations

import socket
import threading

import pytest

import cleaner


class Canary:
    """A TCP listener on 127.0.0.1 that counts the connections it is offered."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(0.05)
        self.port = self.server.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.server.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self.server.close()


@pytest.fixture
def canary():
    server = Canary()
    yield server
    server.close()


@pytest.fixture
def no_network(monkeypatch):
    """Record and refuse every connection and name lookup made through Python's socket module."""
    attempts: list[str] = []

    def refuse(what):
        def guard(*args, **kwargs):
            attempts.append(f"{what}{args[1:] if what.startswith('socket.') else args}")
            raise OSError(f"network use in a test: {what}")
        return guard

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket.socket, "sendto", refuse("socket.sendto"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", refuse("gethostbyname"))
    return attempts


LEDE = ("The Bayport council voted 6-1 on Tuesday to dredge the harbor, ending a two-year "
        "dispute over who pays for the work.")
COST = "Residents said the plan would cost about $22 million over five years, and most agree."
SECRET = "TOP-SECRET-CONTENTS-OF-A-LOCAL-FILE"


def hostile_page(port: int, secret_path: str) -> str:
    local = f"http://127.0.0.1:{port}"
    remote = "http://attacker.invalid"
    return f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "{local}/xhtml1-strict.dtd" [
  <!ENTITY xxe SYSTEM "file://{secret_path}">
  <!ENTITY remote SYSTEM "{local}/entity">
  <!ENTITY far SYSTEM "{remote}/entity">
  <!ENTITY % param SYSTEM "{local}/param.dtd">
  %param;
]>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:xi="http://www.w3.org/2001/XInclude">
<head>
  <meta charset="utf-8">
  <meta http-equiv="refresh" content="0; url={local}/refresh">
  <base href="{local}/base/">
  <title>Harbor Plan Wins Approval | The Ledger</title>
  <link rel="stylesheet" href="{local}/style.css">
  <link rel="preload" href="{remote}/font.woff2" as="font">
  <link rel="dns-prefetch" href="{remote}">
  <script src="{local}/app.js"></script>
  <script type="application/ld+json" src="{local}/ld.json"></script>
  <style>@import url("{local}/import.css"); body {{ background: url({remote}/bg.png); }}</style>
</head>
<body>
  <article>
    <h1>Harbor Plan Wins Approval</h1>
    <p>{LEDE} &xxe; &remote; &far;</p>
    <img src="{local}/photo.jpg" srcset="{remote}/photo-2x.jpg 2x" alt="The harbor">
    <iframe src="{local}/frame.html"></iframe>
    <object data="{local}/movie.swf"></object><embed src="{remote}/clip.swf">
    <video poster="{local}/poster.jpg"><source src="{remote}/clip.mp4"></video>
    <svg><image href="{local}/vector.png"/><use href="{remote}/sprite.svg#icon"/></svg>
    <xi:include href="{local}/include.xml" parse="text"/>
    <xi:include href="file://{secret_path}" parse="text"/>
    <p>{COST}</p>
    <form action="{local}/submit"><input type="image" src="{local}/button.png"></form>
  </article>
</body>
</html>"""


def test_the_guards_catch_a_connection(no_network, canary):
    """Self-check: the socket guard refuses and records, and the canary counts a raw connect."""
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", canary.port), timeout=1)
    with pytest.raises(OSError):
        socket.getaddrinfo("attacker.invalid", 80)
    assert len(no_network) == 2
    # A connection the guard does not see (as from C code) still reaches the canary.
    raw = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        socket.socket.__mro__[1].connect(raw, ("127.0.0.1", canary.port))
    finally:
        raw.close()
    for _ in range(100):
        if canary.connections:
            break
        threading.Event().wait(0.01)
    assert canary.connections == 1


@pytest.mark.parametrize("as_bytes", [False, True], ids=["str", "bytes"])
@pytest.mark.parametrize("entry", ["clean", "clean_html"])
def test_external_references_are_never_fetched(no_network, canary, tmp_path, entry, as_bytes):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    source = hostile_page(canary.port, str(secret))
    if as_bytes:
        source = source.encode("utf-8")
    article = getattr(cleaner, entry)(source, url=f"http://127.0.0.1:{canary.port}/page")
    threading.Event().wait(0.1)  # let any connection made reach the canary's count
    assert no_network == [], no_network
    assert canary.connections == 0
    text = " ".join([article.headline or "", article.dek or "", *article.paragraphs,
                     *(r.text for r in article.removed)])
    assert SECRET not in text
    assert "attacker" not in text and "127.0.0.1" not in text
    # And the article itself came through (the entity references stay unresolved text).
    assert article.headline == "Harbor Plan Wins Approval"
    assert LEDE in article.body and COST in article.body, article.paragraphs


def test_plain_text_with_urls_is_not_fetched(no_network, canary):
    local = f"http://127.0.0.1:{canary.port}"
    text = (f"Harbor Plan Wins Approval\n\n{LEDE}\n\nRead more: {local}/next\n\n"
            f"{local}/image.jpg\n\n{COST}\n\n<!ENTITY xxe SYSTEM \"{local}/x\">")
    article = cleaner.clean(text, url=f"{local}/page")
    threading.Event().wait(0.1)
    assert no_network == [] and canary.connections == 0
    assert LEDE in article.paragraphs and COST in article.paragraphs
