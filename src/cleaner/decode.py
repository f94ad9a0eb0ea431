"""Bytes to text: by byte-order mark, then the page's declared charset, then detection."""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# <meta charset="x">, <meta http-equiv="Content-Type" content="text/html; charset=x">, and the
# XML declaration, read from the head of the page only.
_DECLARED = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-z0-9_:.-]{1,40})|<\?xml[^>]{0,100}?encoding\s*=\s*["']([a-z0-9_:.-]{1,40})""",
    re.IGNORECASE,
)
_HEAD_BYTES = 8192
_DETECT_BYTES = 65536
# Browsers read these labels as windows-1252 (WHATWG Encoding Standard); so do we.
_AS_CP1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii", "l1"}


def declared_charset(data: bytes) -> str | None:
    """The charset the page declares in its head, as a Python codec name, or None."""
    match = _DECLARED.search(data[:_HEAD_BYTES])
    if not match:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii").lower()
    if label in _AS_CP1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:_DETECT_BYTES]).best()
    return best.encoding if best else None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode and say which encoding was used. Never raises: the last resort replaces bytes."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, "replace"), encoding
    tried: list[str] = []
    for encoding in (declared_charset(data), "utf-8"):
        if encoding and encoding not in tried:
            tried.append(encoding)
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                pass
    detected = _detect(data)
    if detected and detected not in tried:
        try:
            return data.decode(detected), detected
        except (UnicodeDecodeError, LookupError):
            pass
    # Pages that are almost UTF-8 beat any single-byte guess.
    return data.decode("utf-8", "replace"), "utf-8"
