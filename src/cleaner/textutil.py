"""Small text measures shared by segmentation, filters and headline detection.

Every regular expression here is linear: no quantified group contains another quantifier that
can match the same characters.
"""

from __future__ import annotations

import re
import unicodedata

# Unicode spaces that scrapers leave in copied text; all become a plain space.
_ODD_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\x0b\x0c\x1c-\x1f]")
# Invisible characters with no meaning in prose. ZWJ/ZWNJ (U+200C/D) are kept: emoji and Indic
# scripts need them.
# Control characters too (NUL and the like), but not those that separate words.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad\x00-\x08\x0e-\x1b\x7f]")
_SPECIAL = re.compile(f"{_ODD_SPACES.pattern}|{_INVISIBLE.pattern}")
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
# Thai, Lao, Khmer and Burmese write no spaces between words either (a space parts phrases);
# their words run to about this many characters, vowel signs and tone marks included.
_UNSPACED = re.compile("[\u0e00-\u0eff\u1780-\u17ff\u1000-\u109f]")
UNSPACED_CHARS_PER_WORD = 4
# A sentence's end, and the first character after the space that follows it.
_SENTENCE_END = re.compile(r"[.!?…؟۔।॥։።။།។](?:[\"'”’)\]]?)(?=\s+(\S)|$)|[。！？]")
# An abbreviation is at most this long: the word before a full stop is read from this far back.
_ABBREVIATION_REACH = 8
# Words a full stop abbreviates, not ends: titles, months, "Inc.", "approx." (lower case;
# a single letter, an initial, is one too).
ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr prof gen gov sen rep lt col capt sgt cmdr adm rev hon pres supt "
    "jan feb mar apr jun jul aug sep sept oct nov dec mt ft vs etc inc ltd co corp "
    "approx dept univ ave blvd rd fig vol ca bzw nr".split())

# Words that stay lower-case in Title Case headlines (English and the main European languages).
SMALL_WORDS = frozenset(
    "a an the and or but nor of to in on at for by with from as vs via per into onto over off "
    "up out is are be its it his her de la le les du des et en el los las y del da do e o "
    "der die das und von zu im mit für auf am di il lo e".split()
)

# Full stops and question marks of Latin, Chinese and Japanese, Arabic and Urdu, the Indic
# scripts' danda, Armenian, Amharic, Burmese, Tibetan and Khmer.
TERMINAL = ".!?…。！？؟۔।॥։።။།។"
# A headline-shaped line is at most this many characters and words long.
TITLE_MAX_CHARS = 220
TITLE_MAX_WORDS = 20
# Share of capitalised words that makes a line Title Case.
TITLE_RATIO = 0.75
# Prose in a spaced script has a space every few characters; a longer stretch may be CJK.
CJK_CHARS_PER_SPACE = 12
# Closing quotes and brackets, Japanese and Chinese ones too: 「…です。」, （…）.
CLOSERS = "\"'”’»)]」』）"
# Closing marks (German closes „…“ and ‚…‘, and may quote »…«) and the spaces French sets
# before them: « jours. »
_CLOSING = CLOSERS + "“‘«" + " \t\u00a0\u202f"


def has_special(text: str) -> bool:
    """Whether the text holds an odd space or an invisible or control character (newlines and
    tabs are ordinary)."""
    return _SPECIAL.search(text) is not None


def clean_chars(text: str) -> str:
    """Odd spaces to plain ones, invisible characters dropped; newlines are left alone."""
    return _INVISIBLE.sub("", _ODD_SPACES.sub(" ", text))


def clean_line(line: str) -> str:
    """Odd spaces to plain ones, invisible characters dropped, ends stripped."""
    if line.isascii() and line.isprintable() or not has_special(line):
        return line.strip()  # no odd spaces, no invisible or control characters
    return clean_chars(line).strip()


def fold(text: str) -> str:
    """Whitespace runs to one space, ends stripped (no regex: this runs on every element)."""
    return " ".join(text.split())


def collapse(text: str) -> str:
    """Whitespace runs to one space, ends stripped: the form texts are compared in."""
    return fold(clean_line(text))


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def word_key(text: str | None) -> str:
    """The words of a text, case folded: the form headlines, titles and descriptions are
    compared in ("Council votes: what's next | The Ledger" as "council votes what s next the
    ledger")."""
    return " ".join(words(text.casefold())) if text else ""


_WORD_TOKEN = re.compile(r"[\w'’-]+")


def tokens(lower: str) -> tuple[str, ...]:
    """The words of a lower-cased text, with curly apostrophes made straight: "don't", "e-mail"."""
    return tuple(_WORD_TOKEN.findall(lower.replace("’", "'")))


def word_count(text: str) -> int:
    """Words, counting two CJK characters as one word so short CJK lines are not 'one word'.

    Space-separated text is counted by its spaces (fast, and what the length limits mean);
    text with few spaces for its length may be CJK and is counted character by character.
    """
    # Single-spaced text (what blocks mostly hold) is counted without splitting it.
    single = (text and text[0] != " " and text[-1] != " " and "  " not in text
              and "\t" not in text and "\n" not in text)
    spaced = text.count(" ") + 1 if single else len(text.split())
    if spaced * CJK_CHARS_PER_SPACE >= len(text):
        return spaced
    cjk = len(_CJK.findall(text))
    if cjk:
        return max(1, len(_WORD.findall(_CJK.sub(" ", text))) + cjk // 2)
    unspaced = len(_UNSPACED.findall(text))
    if unspaced:
        return max(1, len(_WORD.findall(_UNSPACED.sub(" ", text))) + unspaced // UNSPACED_CHARS_PER_WORD)
    return len(_WORD.findall(text))


def sentence_count(text: str) -> int:
    """Sentence ends in the text, at least 1 for any text with a word in it. A full stop after
    an initial or an abbreviation ("Patrick W. Carlineo Jr.", "Dr. Reyes"), or before a word
    in lower case, ends none."""
    ends = 0
    for match in _SENTENCE_END.finditer(text):
        at = match.start()
        if text[at] == ".":
            before = text[max(0, at - _ABBREVIATION_REACH):at]
            word = before.rsplit(None, 1)[-1].rsplit(".", 1)[-1] if before.strip() else ""
            if (len(word) == 1 and word.isalpha() or word.lower() in ABBREVIATIONS
                    or (match.group(1) or "").islower()):
                continue
        ends += 1
    stripped = text.rstrip(_CLOSING)
    if stripped and stripped[-1] not in TERMINAL:
        ends += 1
    return max(ends, 1 if _WORD.search(text) else 0)


# A wire's sign-off after a story's last sentence is at most this long, brackets included.
SIGN_OFF_CHARS = 14


def ends_sentence(text: str) -> bool:
    stripped = text.rstrip(_CLOSING)
    if stripped and stripped[-1] in TERMINAL:
        return True
    # A wire's sign-off in brackets after the last sentence: "… na sesji 27 listopada. (PAP)",
    # "(jk, ČTK)"; not a picture's credit ("(AP Photo/Jane Doe)" holds a slash).
    if text.endswith(")"):
        cut = text.rfind(" (", len(text) - SIGN_OFF_CHARS)
        return cut > 0 and text[cut - 1:cut] in TERMINAL and not any(
            mark in text[cut:] for mark in "/:")
    return False


def title_case_ratio(text: str) -> float:
    """Share of the significant words that start with a capital (or a digit)."""
    significant = upper = 0
    for word in _WORD.findall(text):
        if word.lower() not in SMALL_WORDS:
            significant += 1
            upper += word[0].isupper() or word[0].isdigit()
    return upper / significant if significant else 0.0


def is_cased(text: str) -> bool:
    """True when the text's letters have case (Latin, Cyrillic, Greek...), unlike CJK."""
    head = text[:200]
    if head and max(head) >= _MKHEDRULI[0]:  # rarely: a character as far on as Georgian's
        head = _GEORGIAN.sub("", head)
    return head.lower() != head.upper()


def lettered(text: str) -> bool:
    """A word of letters, the vowel signs of Indic, Thai or Khmer script among them (which
    ``str.isalpha`` does not count as letters): "Szerző", "எழுதியவர்"."""
    return bool(text) and all(ch.isalpha() or unicodedata.category(ch)[0] == "M" for ch in text)


def opens_lower(text: str) -> bool:
    """The text opens on a letter in lower case, as a sentence carried on does: not on a
    capital, nor in a script whose text has no capitals."""
    first = text[:1]
    # (Georgian's capitals are no lower case: only its everyday letters need asking.)
    return first.islower() and not _MKHEDRULI[0] <= first <= _MKHEDRULI[1]


# Georgian's letters (Mkhedruli) have capitals (Mtavruli) that its text does not use: it reads
# as a script without case, every line opening in "lower case".
_MKHEDRULI = ("\u10d0", "\u10ff")
_MTAVRULI = ("\u1c90", "\u1cbf")
_GEORGIAN = re.compile(f"[{_MKHEDRULI[0]}-{_MKHEDRULI[1]}{_MTAVRULI[0]}-{_MTAVRULI[1]}]")


def is_titleish(text: str, max_words: int = TITLE_MAX_WORDS, max_plain_words: int = 14,
                words: int | None = None) -> bool:
    """Shaped like a headline: short, and Title Case, or a phrase with no sentence end.

    ``words`` is the text's word count when the caller has it already.
    """
    if len(text) > TITLE_MAX_CHARS:
        return False
    n = word_count(text) if words is None else words
    if n == 0 or n > max_words:
        return False
    if text.rstrip()[-1] in ",;:":
        return False
    # A short phrase without a sentence end is one whatever its case (the cheaper test first).
    if n <= max_plain_words and not ends_sentence(text):
        return True
    return n >= 2 and is_cased(text) and title_case_ratio(text) >= TITLE_RATIO
