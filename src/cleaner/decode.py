"""Bytes to text: by byte-order mark, then UTF-8 and the page's declared charset, then detection.

The declared charset is found by bs4's ``EncodingDetector``; the rest is written here because
bs4's ``UnicodeDammit``, tried on this module's tests, gets web pages wrong in ways this does not:
it reads a UTF-8 page with a few stray bytes as ISO-8859-10, misses UTF-16 without a byte-order
mark, and applies any codec a page declares (``unicode_escape``, ``utf-16`` in a meta tag, EBCDIC).

Only the encodings a browser would use for a web page are ever applied (the WHATWG Encoding
Standard's ASCII-compatible ones): a page that declares ``charset=rot13``, ``base64``,
``unicode_escape`` or ``utf-7`` is not decoded with that codec, which would crash or rewrite its
text. A page that is not valid in its declared charset nor in UTF-8 is read as windows-1252 (the
web's legacy default, and the usual truth behind a false ``charset=utf-8``) unless detection finds
a better fitting encoding. Decoding never raises.
"""

from __future__ import annotations

import codecs
import unicodedata

from bs4.dammit import EncodingDetector

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DETECT_BYTES = 65536
# Labels whose Python codec differs from what a browser does with them (WHATWG Encoding
# Standard): Latin-1 and ASCII are read as windows-1252, GBK as GB18030, and so on.
_WEB_ALIASES = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252",
    "us-ascii": "cp1252", "ascii": "cp1252", "l1": "cp1252", "iso8859-9": "cp1254",
    "gb2312": "gb18030", "gbk": "gb18030", "euc_kr": "cp949", "shift_jis": "cp932",
    "big5": "big5hkscs", "tis-620": "cp874", "iso8859-11": "cp874", "windows-874": "cp874",
    "x-mac-cyrillic": "mac-cyrillic", "windows-31j": "cp932", "x-sjis": "cp932",
    "utf-8-sig": "utf-8",
}
# The Python names of the encodings the web uses, all ASCII-compatible. A meta tag declaring
# UTF-16 or UTF-32 was read by an ASCII-compatible scan, so it is false: such labels are ignored.
_WEB_ENCODINGS = frozenset(
    "utf-8 cp866 iso8859-2 iso8859-3 iso8859-4 iso8859-5 iso8859-6 iso8859-7 iso8859-8 "
    "iso8859-10 iso8859-13 iso8859-14 iso8859-15 iso8859-16 koi8-r koi8-u mac-roman cp874 "
    "cp1250 cp1251 cp1252 cp1253 cp1254 cp1255 cp1256 cp1257 cp1258 mac-cyrillic gb18030 "
    "big5hkscs euc_jp iso2022_jp cp932 cp949".split())
# Single-byte encodings for Latin script: text in one of them often decodes without error in
# another, so detection's pick among them is weighed against windows-1252 (see _plausibility).
_LATIN_SINGLE_BYTE = frozenset(
    "cp1250 cp1252 cp1254 cp1257 cp1258 iso8859-2 iso8859-3 iso8859-4 iso8859-9 iso8859-10 "
    "iso8859-13 iso8859-14 iso8859-15 iso8859-16 mac-roman mac-latin2 mac-iceland mac-turkish "
    "mac-croatian mac-romanian cp437 cp850 cp852 cp857 cp858 cp860 cp861 cp863 cp865 hp-roman8 "
    "latin-1 iso8859-1".split())
# Detected encodings never taken: EBCDIC, and UTF-7 (which rewrites "+...-" runs of text).
_NEVER_DETECTED = frozenset("utf-7 cp037 cp273 cp424 cp500 cp875 cp1026 cp1140".split())
# Symbols that turn up in prose; other symbols, superscripts and controls in a decoding are the
# marks of the wrong code page (Polish ą read as windows-1252 gives ¹).
_PROSE_SYMBOLS = frozenset("©®™°×÷§¶€£¥¢$%&+<=>|~^`")


def _web_codec(label: str) -> str | None:
    """The Python codec a browser would use for this label, or None if it would use none."""
    label = label.strip().lower()
    name = _WEB_ALIASES.get(label)
    if name is None:
        try:
            name = codecs.lookup(label).name
        except (LookupError, ValueError):
            return None
        name = _WEB_ALIASES.get(name, name)
    return name if name in _WEB_ENCODINGS else None


def declared_charset(data: bytes) -> str | None:
    """The charset the page declares in its head, as a Python codec name, or None.

    None too for a label no browser would decode a page with (``rot13``, ``utf-7``, ``utf-16``
    in a meta tag): the page is then decoded as if it declared nothing.
    """
    # bs4 reads <meta charset>, <meta http-equiv="Content-Type"> and the XML declaration from
    # the head of the page, as a browser's prescan does.
    label = EncodingDetector.find_declared_encoding(data, is_html=True)
    return _web_codec(label) if label else None


def _detect(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:_DETECT_BYTES]).best()
    except Exception:  # noqa: BLE001 - detection is a hint; a failing detector gives none
        return None
    if best is None:
        return None
    try:
        return codecs.lookup(best.encoding).name
    except (LookupError, ValueError):
        return None


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeError, LookupError):
        return None


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: a byte that is not UTF-8 is read as windows-1252."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start:error.end]
    return bad.decode("cp1252", "replace"), error.end


codecs.register_error("cleaner-cp1252", _cp1252_fallback)


def _utf8_counts(data: bytes) -> tuple[int, int]:
    """How many valid non-ASCII UTF-8 characters the bytes hold, and how many invalid sequences."""
    text = data.decode("utf-8", "replace")
    real_replacements = data.count(b"\xef\xbf\xbd")
    bad = text.count("\ufffd") - real_replacements
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    return non_ascii - bad, bad


def _plausibility(text: str) -> int:
    """How many characters of the text look wrong for prose: stray controls and symbols."""
    wrong = 0
    for ch in text[:_DETECT_BYTES]:
        if ch < "\x80" or ch in _PROSE_SYMBOLS:
            continue
        category = unicodedata.category(ch)
        if category[0] not in "LPZ" and category not in ("Nd", "Sc", "Mn"):
            wrong += 1
    return wrong


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark, told by the zero high bytes of its ASCII characters:
    read as UTF-8 it would be text with a NUL between every two letters."""
    sample = data[:4096]
    half = len(sample) // 2
    if half < 4 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= 0.4 * half and even <= 0.02 * half:
        return "utf-16-le"
    if even >= 0.4 * half and odd <= 0.02 * half:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode and say which encoding was used. Never raises: the last resort replaces bytes."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, "replace"), encoding
    wide = _utf16_without_bom(data)
    if wide:
        return data.decode(wide, "replace"), wide
    declared = declared_charset(data)
    # Valid UTF-8 with non-ASCII text in it is UTF-8 whatever the page says: no legacy text
    # decodes as UTF-8 by chance, while "charset=iso-8859-1" on a UTF-8 page is common.
    # ISO-2022-JP is 7-bit and always valid UTF-8, so a page declaring it is taken at its word.
    order = (declared, "utf-8") if declared == "iso2022_jp" or data.isascii() else ("utf-8", declared)
    for encoding in order:
        if encoding:
            text = _try(data, encoding)
            if text is not None:
                return text, encoding
    good, bad = _utf8_counts(data)
    if good and good >= bad:
        # Invalid UTF-8 in an otherwise UTF-8 page (a pasted windows-1252 quote, a cut tail).
        return data.decode("utf-8", "cleaner-cp1252"), "utf-8"
    if declared and declared != "utf-8":
        # A legacy page with a few bytes its charset lacks: read as declared, like a browser.
        return data.decode(declared, "replace"), declared
    detected = _detect(data)
    if detected and detected not in _LATIN_SINGLE_BYTE and detected not in _NEVER_DETECTED:
        # Cyrillic, Greek, Hebrew, CJK...: a legacy code page of another script, which
        # windows-1252 would turn into Latin gibberish.
        text = _try(data, detected)
        if text is not None:
            return text, detected
    # Latin script in a legacy code page: windows-1252, the web's default, unless detection's
    # pick reads better. Detection tells Latin code pages apart poorly (French in windows-1252
    # comes back as windows-1250, "après" as "aprčs"), so only fewer stray symbols win: Polish
    # read as windows-1252 is full of ¹ and ³.
    # Where the page holds UTF-8 after all (a UTF-8 template around a legacy article), that part
    # is read as UTF-8: a windows-1252 text forms a valid UTF-8 sequence only by rare chance.
    fallback = data.decode("utf-8", "cleaner-cp1252") if good else data.decode("cp1252", "replace")
    if detected in _LATIN_SINGLE_BYTE and detected != "cp1252":
        text = _try(data, detected)
        if text is not None and _plausibility(text) < _plausibility(fallback):
            return text, detected
    return fallback, "utf-8" if good else "cp1252"


def fix_surrogates(text: str) -> str:
    """Text without lone surrogates, which no encoder accepts and the HTML parser drops with
    the paragraph around them: a pair written as two code points becomes its character, a lone
    one U+FFFD."""
    if text.isascii():
        return text
    try:
        # Five times faster than searching for them on a whole page, and UTF-16 faster still
        # than UTF-8 (which would refuse them alike).
        text.encode("utf-16-le")
        return text
    except UnicodeEncodeError:
        pass
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
