"""Telling an HTML page from plain text."""

from __future__ import annotations

import re

_HEAD = 4096
_START = re.compile(r"\s*(?:<!--.{0,2000}?-->\s*)?<(?:!doctype\s+html|html|\?xml)\b", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(
    r"</?(?:html|head|body|div|p|article|section|main|meta|title|span|br|h[1-6]|table|ul|ol|li|a|img|"
    r"script|style|header|footer|nav|figure|blockquote|em|strong|b|i)\b[^<>]{0,500}>",
    re.IGNORECASE,
)


def looks_like_html(text: str) -> bool:
    """True when the text opens like an HTML document or has several HTML tags near its start."""
    head = text[:_HEAD]
    if _START.match(head):
        return True
    return len(_TAG.findall(head)) >= 3
