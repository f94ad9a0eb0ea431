"""The prose model: what article text looks like, block by block, and where the article is.

Article prose is made of sentences: lines of many words that end with a full stop, rich in the
small words of the page's language (jusText's stop words). Page furniture is not: menus and
labels are a word or two, teasers and headlines have no final full stop, link lists are link
text, legal rows are cut by separators, and a site repeats its menus at the top and bottom of
the page. The model works in jusText's two passes, on blocks of text from plain text or HTML
alike:

1. ``measure`` each block and ``classify`` it on its own: ``GOOD`` (prose), ``NEAR`` (prose-like
   but short or thin), ``SHORT`` (too short to tell) or ``BAD`` (furniture by its shape);
2. weigh every block by its class (``weight``: prose counts for its words, furniture against)
   and take the ``densest_run``: the stretch of the page where prose outweighs everything else
   most. A short line between paragraphs, a subhead, an ad label in the middle of the body stay
   inside it; the menus above and the lists, comments and footers below fall outside.

Blocks that an earlier filter removed count as furniture, so what the phrase filters know
sharpens the region, and the region catches what no phrase names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from cleaner import language
from cleaner.model import Block
from cleaner.textutil import ends_sentence

GOOD, NEAR, SHORT, BAD = "good", "near", "short", "bad"

# Below this many words a block is too short to judge by its words alone.
SHORT_WORDS = 6
# A block this long is prose by its length, even without a sentence end (a paragraph copied
# without its last full stop, or cut by a renderer).
LONG_WORDS = 30
# Stop-word shares (jusText's defaults are 0.30 and 0.32 over characters; lines of text need a
# little less): at or above HIGH a sentence is prose, between LOW and HIGH it is near.
STOP_LOW = 0.18
STOP_HIGH = 0.28
# In a language without a stop list (CJK), a sentence this long is prose.
UNLISTED_PROSE_WORDS = 12
# More link text than this, without a sentence end, is a link list (HTML only).
LINK_LIST = 0.5
# Separators that join the items of a menu or a row of legal links.
SEPARATORS = "|·•»›"
_SEPARATOR = re.compile(f"[{re.escape(SEPARATORS)}]")
SEPARATED = 2
# A line that the page repeats is a menu entry or a label, up to this long; a longer one is a
# caption or a blurb shown twice.
REPEATED_MAX_WORDS = 20
# A sentence cut off is in sentence case: fewer of its words are capitalised than this.
FRAGMENT_TITLE_RATIO = 0.6
# How much one block of furniture weighs against the prose: a fixed cost, and a part of its
# length (a long teaser weighs more than a one-word label).
BAD_COST = 2.0
BAD_PER_WORD = 0.5
BAD_MAX_WORDS = 20


class Measure(NamedTuple):
    """What the model reads off one block (a tuple: one is made for every block of a page)."""

    words: int
    stop_share: float | None  # None when the page's language has no stop list
    sentence: bool
    link_density: float
    separators: int
    repeated: bool


def page_language(blocks: Sequence[Block]) -> language.Language | None:
    """The page's language, judged on its longer blocks (prose, where there is any)."""
    sample: list[str] = []
    total = 0
    for block in blocks:
        if block.words >= SHORT_WORDS:
            sample.append(block.lower)
            total += block.words
            if total >= language.SAMPLE_TOKENS:
                break
    return language.guess(" ".join(sample))


def measure(blocks: Sequence[Block], lang: language.Language | None,
            indices: Iterable[int] | None = None, counts: Counter[str] | None = None
            ) -> list[Measure]:
    """The measures of the blocks at ``indices`` (by default every block), in that order. A
    line is repeated if the page holds it twice, whether or not that copy is measured;
    ``counts`` are the page's lines counted (``said``), when the caller has them already."""
    if counts is None:
        counts = said(blocks)
    stop_share = lang.stop_share if lang is not None else None
    out = []
    for block in blocks if indices is None else map(blocks.__getitem__, indices):
        text = block.text
        words = block.words
        sentence = ends_sentence(text)
        long = words >= LONG_WORDS
        # The stop words decide only between prose and near-prose; the separators only for
        # lines that are not sentences. (Positional: a NamedTuple is made faster so.)
        out.append(Measure(
            words,
            (stop_share(block.lower) if stop_share is not None and words >= SHORT_WORDS
             and (sentence or long) else None),
            sentence,
            block.link_density,
            0 if sentence or long else len(_SEPARATOR.findall(text)),
            counts[block.lower] > 1,
        ))
    return out


def said(blocks: Sequence[Block]) -> Counter[str]:
    """How often the page says each of its lines (lower-cased)."""
    return Counter(block.lower for block in blocks)


def classify(m: Measure) -> str:
    """The block's class by its own measures, before its neighbours are looked at.

    Example: "Council approves the harbor plan after a long night of debate." is GOOD;
    "Home" is SHORT; "Privacy Policy | Terms | Cookie Settings" is BAD.
    """
    if m.link_density > LINK_LIST and not m.sentence:
        return BAD
    if m.repeated and m.words <= REPEATED_MAX_WORDS or m.separators >= SEPARATED and not m.sentence:
        return BAD
    if m.words < SHORT_WORDS:
        return SHORT
    if not m.sentence and m.words < LONG_WORDS:
        # A headline, a teaser, a label: no sentence end. Short ones may be a subhead.
        return SHORT if m.words < 2 * SHORT_WORDS else BAD
    if m.stop_share is None:
        return GOOD if m.words >= UNLISTED_PROSE_WORDS else NEAR
    if m.stop_share >= STOP_HIGH:
        return GOOD if m.words >= 2 * SHORT_WORDS or m.sentence and m.words >= LONG_WORDS else NEAR
    if m.stop_share >= STOP_LOW or m.sentence and m.words >= 2 * SHORT_WORDS:
        return NEAR
    return BAD


def weight(cls: str, m: Measure) -> float:
    """What a block adds to the article's region: prose its words, furniture a cost. A
    paragraph the page says twice adds nothing: a gallery's caption on each slide, a teaser's
    blurb in two lists (an article does not repeat its paragraphs)."""
    if m.repeated and cls in (GOOD, NEAR):
        return 0.0
    if cls == GOOD:
        return float(m.words)
    if cls == NEAR:
        return m.words / 2
    if cls == SHORT:
        return 1.0 if m.sentence else -1.0
    return furniture(m.words)


def furniture(words: int) -> float:
    """What a block of furniture of this many words weighs: a fixed cost and a part of its
    length, whatever its other measures."""
    return -(BAD_COST + BAD_PER_WORD * min(words, BAD_MAX_WORDS))


def densest_run(weights: Sequence[float]) -> tuple[int, int, float] | None:
    """The stretch ``[start, end]`` with the largest sum of weights (Kadane) and that sum, or
    None when no block weighs anything. Of two stretches that weigh the same, the longer: a
    last short paragraph after an ad label stays."""
    best = 0.0
    best_span: tuple[int, int] | None = None
    total = 0.0
    start = 0
    for i, w in enumerate(weights):
        if total <= 0:
            total, start = w, i
        else:
            total += w
        if total > best or total == best and best_span is not None and start == best_span[0]:
            best, best_span = total, (start, i)
    return (*best_span, best) if best_span is not None else None
