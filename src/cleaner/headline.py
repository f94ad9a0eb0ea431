"""Finding the headline and dek at the head of a plain-text page.

The head of a copied page is a stack of headline-shaped lines (teasers of other stories, section
labels, the masthead, and last the article's own headline), then the dek, then the byline, date
or photo credit, then the body. When a byline, date or photo credit closes the head, the
lines above it are the head: the last is the dek when it reads as prose, the one before it the
headline, and anything higher is teasers and section labels. Some sites put the date between
headline and dek; a dek that a credit or byline closes at once is taken from below the date. Without such a separator the
headline is the last headline-shaped line before the first line of prose, and the dek cannot be
told from a short lede, so it stays in the body.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cleaner import patterns
from cleaner.model import Block
from cleaner.options import Options
from cleaner.textutil import ends_sentence

# Verdicts that mark the line between a dek and the body.
HEAD_SEPARATORS = ("credits.", "chrome.byline", "chrome.date_line")

# A head (teasers, kicker, headline, dek) above the first byline or credit has at most this many
# blocks; more, and the page starts with something else.
HEAD_MAX_BLOCKS = 6
DEK_MAX_SENTENCES = 3
# A headline in sentence case may be up to two sentences of at most this many words.
HEADLINE_MAX_WORDS = 30

# A headline-shaped line above the headline this short is a section label, not a teaser.
KICKER_MAX_WORDS = 3


@dataclass(frozen=True)
class Head:
    """Indices of the headline and dek blocks, and of the headline-shaped lines above them."""

    headline: int | None = None
    dek: int | None = None
    above: tuple[int, ...] = ()


def _is_separator(verdict: str | None) -> bool:
    return verdict is not None and verdict.startswith(HEAD_SEPARATORS)


def _dek_shaped(block: Block, options: Options) -> bool:
    return (len(block.text) <= options.dek_max_chars and block.sentences <= DEK_MAX_SENTENCES
            and patterns.DATELINE.match(block.text) is None)


def _headline_shaped(block: Block) -> bool:
    return (block.is_titleish or block.words <= HEADLINE_MAX_WORDS and block.sentences <= 2) and (
        patterns.DATELINE.match(block.text) is None)


def _head_zone(blocks: Sequence[Block], verdicts: Sequence[str | None],
               options: Options) -> tuple[list[int], int] | None:
    """The kept blocks above the first byline, date or credit, if they are all short enough to
    be the head of the page, with the index of that separator; None when prose comes first or
    no separator is found."""
    zone: list[int] = []
    for i, verdict in enumerate(verdicts):
        if verdict is None:
            if not _dek_shaped(blocks[i], options) or len(zone) == HEAD_MAX_BLOCKS:
                # Prose before any separator: the page opens with its body.
                return None
            zone.append(i)
        elif zone and _is_separator(verdict):
            # "Research | Feb. 2, 2026" over the headline: a date under section labels only is
            # the kicker's, and the head goes on below it.
            if verdict == "chrome.date_line" and all(
                    blocks[j].words <= KICKER_MAX_WORDS for j in zone):
                continue
            return zone, i
        # Other junk (a share bar, "Listen to this article") may stand between headline and dek.
    return None


def _dek_after_date(blocks: Sequence[Block], verdicts: Sequence[str | None], start: int,
                    options: Options) -> int | None:
    """A dek set under the headline's date line: "Headline" / "Feb. 2, 2026" / dek / credit.

    Only a date may stand between headline and dek, and a photo credit or byline must close the
    dek at once: a short first paragraph under a byline is the body's lede.
    """
    i = start
    while i < len(blocks) and verdicts[i] is not None:
        if _is_separator(verdicts[i]) and verdicts[i] != "chrome.date_line":
            return None
        i += 1
    closing = verdicts[i + 1] if i + 1 < len(blocks) else None
    if not _is_separator(closing) or closing == "chrome.date_line":
        return None
    block = blocks[i]
    return i if _dek_shaped(block, options) and not block.is_titleish else None


def find_head(blocks: Sequence[Block], verdicts: Sequence[str | None], options: Options) -> Head:
    found = _head_zone(blocks, verdicts, options)
    if found:
        zone, end = found
        last = blocks[zone[-1]]
        # A line that ends a sentence is itself the dek, above the date.
        dek = (_dek_after_date(blocks, verdicts, end, options)
               if _headline_shaped(last) and not ends_sentence(last.text) else None)
        if dek is not None:
            return Head(headline=zone[-1], dek=dek, above=tuple(zone[:-1]))
        if len(zone) >= 2 and not last.is_titleish and _headline_shaped(blocks[zone[-2]]):
            return Head(headline=zone[-2], dek=zone[-1], above=tuple(zone[:-2]))
        if _headline_shaped(last):
            return Head(headline=zone[-1], above=tuple(zone[:-1]))
    # No byline or credit marks the head: the headline is the last of the headline-shaped
    # lines that open the page, and nothing tells a dek from a short lede.
    kept = [i for i, v in enumerate(verdicts) if v is None]
    run: list[int] = []
    for i in kept:
        if not blocks[i].is_titleish:
            break
        run.append(i)
    if not run or len(run) == len(kept):
        return Head()
    return Head(headline=run[-1], above=tuple(run[:-1]))


def above_reason(block: Block) -> tuple[str, str]:
    """The removal a headline-shaped line above the headline is recorded as."""
    if block.words <= KICKER_MAX_WORDS:
        return "headline.kicker", "section label or kicker above the headline"
    return "headline.teaser", "headline of another story above the article's headline"
