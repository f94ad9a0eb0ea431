"""Which language a page is in, told by its stop words, and that language's stop list.

jusText (installed with trafilatura) ships stop-word lists for 100 languages, one file each. A
page's language is the one whose stop words its text uses most: reliable on a few hundred
words of prose, and needs no model. The lists of the commonest languages of the news are
tried first; only a page none of them fits has all hundred read (once: a few hundredths of a
second) and tried in turn.

>>> guess("the council voted on the plan and the mayor said that it would pass").name
'English'
"""

from __future__ import annotations

import pkgutil
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from itertools import repeat

# Edge punctuation stripped from a token before it is looked up ("said," → "said").
PUNCTUATION = ".,;:!?\"'()[]{}“”„‘’«»‹›—–-…*/"
# The page's language is judged on at most this many tokens: enough for a clear winner.
SAMPLE_TOKENS = 200
# Fewer stop-word hits than this and no language is named: the text is too short, or in a
# language with no list (Chinese, Japanese).
MIN_HITS = 8
# Tried first; one of them is the page's language when this share of its words are its stop
# words (prose in a language has a third or more).
COMMON = ("English", "German", "French", "Spanish", "Italian", "Portuguese", "Dutch")
COMMON_SHARE = 0.25
# English, tried first, is taken at once at this share: the other lists share few of its words.
CLEAR_SHARE = 0.3


# The ISO 639 code of each of jusText's languages (639-1 where there is one, else 639-3): the
# codes a page's <html lang> is given in.
CODES = {
    "Afrikaans": "af", "Albanian": "sq", "Arabic": "ar", "Aragonese": "an", "Armenian": "hy",
    "Aromanian": "rup", "Asturian": "ast", "Azerbaijani": "az", "Basque": "eu", "Belarusian": "be",
    "Belarusian_Taraskievica": "be", "Bengali": "bn", "Bishnupriya_Manipuri": "bpy",
    "Bosnian": "bs", "Breton": "br", "Bulgarian": "bg", "Catalan": "ca", "Cebuano": "ceb",
    "Chuvash": "cv", "Croatian": "hr", "Czech": "cs", "Danish": "da", "Dutch": "nl",
    "English": "en", "Esperanto": "eo", "Estonian": "et", "Finnish": "fi", "French": "fr",
    "Galician": "gl", "Georgian": "ka", "German": "de", "Greek": "el", "Gujarati": "gu",
    "Haitian": "ht", "Hebrew": "he", "Hindi": "hi", "Hungarian": "hu", "Icelandic": "is",
    "Ido": "io", "Igbo": "ig", "Indonesian": "id", "Irish": "ga", "Italian": "it",
    "Javanese": "jv", "Kannada": "kn", "Kazakh": "kk", "Korean": "ko", "Kurdish": "ku",
    "Kyrgyz": "ky", "Latin": "la", "Latvian": "lv", "Lithuanian": "lt", "Lombard": "lmo",
    "Low_Saxon": "nds", "Luxembourgish": "lb", "Macedonian": "mk", "Malay": "ms",
    "Malayalam": "ml", "Maltese": "mt", "Marathi": "mr", "Neapolitan": "nap", "Nepali": "ne",
    "Newar": "new", "Norwegian_Bokmal": "nb", "Norwegian_Nynorsk": "nn", "Occitan": "oc",
    "Persian": "fa", "Piedmontese": "pms", "Polish": "pl", "Portuguese": "pt", "Quechua": "qu",
    "Romanian": "ro", "Russian": "ru", "Samogitian": "sgs", "Serbian": "sr",
    "Serbo_Croatian": "sh", "Sicilian": "scn", "Simple_English": "en", "Slovak": "sk",
    "Slovenian": "sl", "Spanish": "es", "Sundanese": "su", "Swahili": "sw", "Swedish": "sv",
    "Tagalog": "tl", "Tamil": "ta", "Telugu": "te", "Turkish": "tr", "Turkmen": "tk",
    "Ukrainian": "uk", "Urdu": "ur", "Uzbek": "uz", "Vietnamese": "vi", "Volapuk": "vo",
    "Walloon": "wa", "Waray_Waray": "war", "Welsh": "cy", "West_Frisian": "fy",
    "Western_Panjabi": "pnb", "Yoruba": "yo",
}


@dataclass(frozen=True)
class Language:
    """A language named as jusText names it, with its stop words (lower case)."""

    name: str
    stopwords: frozenset[str]

    @property
    def code(self) -> str | None:
        """Its ISO 639 code: "English" is en."""
        return CODES.get(self.name)

    def stop_share(self, lower: str) -> float:
        """Share of the whitespace tokens of a lower-cased text that are stop words, their
        edge punctuation stripped ("said," is "said"; "l'" of a list is "l")."""
        tokens = lower.split()
        if not tokens:
            return 0.0
        # Both loops run in C: this is measured on every sentence of every page.
        return sum(map(self._stripped.__contains__, _bare(tokens))) / len(tokens)

    @cached_property
    def _stripped(self) -> frozenset[str]:
        return frozenset(word.strip(PUNCTUATION) for word in self.stopwords) | self.stopwords


def _bare(tokens: list[str]) -> Iterator[str]:
    """The tokens with their edge punctuation stripped, lazily (str.strip called straight: a
    third faster than through operator.methodcaller)."""
    return map(str.strip, tokens, repeat(PUNCTUATION))


_lock = threading.RLock()  # _load reads each list through stoplist
_all: list[Language] = []
_languages: dict[str, Language] = {}


def _read(name: str) -> frozenset[str]:
    """jusText's stop list of a language, as ``justext.get_stoplist`` gives it, read in one
    pass over the file rather than a line at a time (twice as fast over all hundred)."""
    data = pkgutil.get_data("justext", f"stoplists/{name}.txt")
    if data is None:
        raise ValueError(f"no stop list for {name!r}")
    return frozenset(data.decode("utf-8").lower().splitlines())


def _load() -> None:
    """Read every jusText stop list once (a few hundredths of a second)."""
    import justext

    with _lock:
        if _all:
            return
        _all.extend(stoplist(name) for name in sorted(justext.get_stoplists()))


def stoplist(name: str) -> Language:
    """The stop list of one language by jusText's name for it ("English", "German"); one
    object per language, so what it derives from its list is derived once."""
    lang = _languages.get(name)
    if lang is None:
        with _lock:  # another thread may have read it meanwhile
            lang = _languages.get(name)
            if lang is None:
                lang = _languages[name] = Language(name, _read(name))
    return lang


def _common(tokens: list[str]) -> Language | None:
    """The commonest language whose stop words make a prose share of the tokens, if any."""
    best, hits = None, 0
    total = len(tokens)
    for name in COMMON:
        lang = stoplist(name)
        n = sum(map(lang.stopwords.__contains__, tokens))  # in C: this runs on every page
        if name == COMMON[0] and n >= CLEAR_SHARE * total:
            return lang  # most pages; no other list shares that many of its words
        if n > hits:
            best, hits = lang, n
    return best if hits >= MIN_HITS and hits >= COMMON_SHARE * total else None


def guess(text: str) -> Language | None:
    """The language whose stop words the text uses most, or None when too few are used.

    Ties go to the language with the shorter list: a word common to many lists says little,
    and a long list (Russian has 4,754 words) would win on chance hits.
    """
    sample = list(_bare(text.lower().split(maxsplit=SAMPLE_TOKENS)[:SAMPLE_TOKENS]))
    common = _common(sample)
    if common is not None:
        return common
    if not _all:
        _load()
    counts = Counter(sample)
    words = counts.keys()
    count, _, best = max(((sum(counts[word] for word in lang.stopwords.intersection(words)),
                           -len(lang.stopwords), lang) for lang in _all), key=lambda hit: hit[:2])
    return best if count >= MIN_HITS else None
