"""Telling an HTML page from plain text."""

from __future__ import annotations

import codecs
import re

_HEAD = 4096
_START = re.compile(r"\s*(?:<!--.{0,2000}?-->\s*)?<(?:!doctype\s+html|html|\?xml)\b", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(
    r"</?(?:html|head|body|div|p|article|section|main|meta|title|span|br|h[1-6]|table|ul|ol|li|a|img|"
    r"script|style|header|footer|nav|figure|blockquote|em|strong|b|i)\b[^<>]{0,500}>",
    re.IGNORECASE,
)


_BINARY_PROBE = 8192
# Control bytes (NUL and the like, not tab, line breaks or form feed) that no text holds.
_CONTROL_BYTES = bytes([*range(0, 9), 11, *range(14, 32), 127])
# Share of the probe that may be control bytes: a stray NUL in a page is damage to clean
# around; random or compressed data has about one byte in ten.
_BINARY_SHARE = 0.05
_BINARY_MIN = 64
# Share of control bytes past which even valid UTF-8 is not text.
_UTF8_BINARY_SHARE = 0.25


def looks_binary(data: bytes | bytearray | memoryview, encoding: str) -> bool:
    """True for bytes that were never text (an image, an archive, a PDF): many control bytes.

    UTF-16 and UTF-32 text is full of NUL bytes, and is text.
    """
    if encoding.startswith(("utf-16", "utf-32")):
        return False
    probe = bytes(data[:_BINARY_PROBE])
    if len(probe) < _BINARY_MIN:  # too little to tell: a few stray bytes are cleaned as text
        return False
    controls = len(probe) - len(probe.translate(None, _CONTROL_BYTES))
    if controls <= _BINARY_SHARE * len(probe):
        return False
    # Valid UTF-8 is text with damage in it, unless it is mostly control bytes: images and
    # archives are never valid UTF-8 for long.
    return controls > _UTF8_BINARY_SHARE * len(probe) or not _valid_utf8(probe)


def _valid_utf8(probe: bytes) -> bool:
    try:
        codecs.getincrementaldecoder("utf-8")().decode(probe, final=False)  # may end mid-character
    except UnicodeDecodeError:
        return False
    return True


def looks_like_html(text: str) -> bool:
    """True when the text opens like an HTML document or has several HTML tags near its start,
    that close an element or stand on more than one line: a blog's comment form in text lists
    the tags a comment may use on one line ("You may use these HTML tags: <a href=""> <b> …")."""
    head = text[:_HEAD]
    if _START.match(head):
        return True
    tags = list(_TAG.finditer(head))
    if len(tags) < 3:
        return False
    return any(tag.group().startswith("</") for tag in tags) or (
        "\n" in head[tags[0].start():tags[-1].start()])
