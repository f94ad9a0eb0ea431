"""Which language a page is in, told by its stop words, and that language's stop list.

jusText (installed with trafilatura) ships stop-word lists for 100 languages, one file each. A
page's language is the one whose stop words its text uses most: reliable on a few hundred
words of prose, and needs no model. The lists of the commonest languages of the news are
tried first; only a page none of them fits has all hundred read (once, into one index from
word to the languages that use it, which takes a quarter of a second).

>>> guess("the council voted on the plan and the mayor said that it would pass").name
'English'
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from operator import methodcaller

# Edge punctuation stripped from a token before it is looked up ("said," → "said").
PUNCTUATION = ".,;:!?\"'()[]{}“”„‘’«»‹›—–-…*/"
_STRIP = methodcaller("strip", PUNCTUATION)
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


@dataclass(frozen=True)
class Language:
    """A language named as jusText names it, with its stop words (lower case)."""

    name: str
    stopwords: frozenset[str]

    def stop_share(self, lower: str) -> float:
        """Share of the whitespace tokens of a lower-cased text that are stop words, their
        edge punctuation stripped ("said," is "said"; "l'" of a list is "l")."""
        tokens = lower.split()
        if not tokens:
            return 0.0
        # Both loops run in C: this is measured on every sentence of every page.
        return sum(map(self._stripped.__contains__, map(_STRIP, tokens))) / len(tokens)

    @cached_property
    def _stripped(self) -> frozenset[str]:
        return frozenset(word.strip(PUNCTUATION) for word in self.stopwords) | self.stopwords


_lock = threading.Lock()
_lists: dict[str, frozenset[str]] = {}
_index: dict[str, tuple[int, ...]] = {}
_names: list[str] = []
_languages: dict[str, Language] = {}


def _load() -> None:
    """Read every jusText stop list once, and index words by the languages using them."""
    import justext

    with _lock:
        if _index:
            return
        by_word: dict[str, list[int]] = {}
        for n, name in enumerate(sorted(justext.get_stoplists())):
            words = _lists.get(name) or justext.get_stoplist(name)
            _names.append(name)
            _lists[name] = words
            for word in words:
                by_word.setdefault(word, []).append(n)
        _index.update((word, tuple(langs)) for word, langs in by_word.items())


def stoplist(name: str) -> Language:
    """The stop list of one language by jusText's name for it ("English", "German"); one
    object per language, so what it derives from its list is derived once."""
    lang = _languages.get(name)
    if lang is None:
        words = _lists.get(name)
        if words is None:
            import justext

            with _lock:
                words = _lists[name] = justext.get_stoplist(name)
        lang = _languages.setdefault(name, Language(name, words))
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
    sample = list(map(_STRIP, text.lower().split(maxsplit=SAMPLE_TOKENS)[:SAMPLE_TOKENS]))
    common = _common(sample)
    if common is not None:
        return common
    if not _index:
        _load()
    hits: Counter[int] = Counter()
    for token, count in Counter(sample).items():
        for n in _index.get(token, ()):
            hits[n] += count
    if not hits:
        return None
    best, count = max(hits.items(), key=lambda kv: (kv[1], -len(_lists[_names[kv[0]]])))
    if count < MIN_HITS:
        return None
    return stoplist(_names[best])
