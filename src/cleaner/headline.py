"""Finding the headline and dek at the head of a plain-text page.

The head of a copied page is a stack of headline-shaped lines (teasers of other stories, section
labels, the masthead, and last the article's own headline), then the dek, then the byline, date
or photo credit, then the body. The headline is the last headline-shaped line before the first
line of prose. The dek is the prose line right after it, when it is short and a byline, date or
credit sets it apart from the body; with nothing setting it apart it cannot be told from a short
lede, and stays in the body.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cleaner import patterns
from cleaner.model import Block
from cleaner.options import Options

# Verdicts that mark the line between a dek and the body.
HEAD_SEPARATORS = ("credits.", "chrome.byline", "chrome.date_line", "chrome.page_tools", "share.")

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
    return (len(block.text) <= options.dek_max_chars and block.sentences <= 2
            and patterns.DATELINE.match(block.text) is None)


def find_head(blocks: Sequence[Block], verdicts: Sequence[str | None], options: Options) -> Head:
    kept = [i for i, v in enumerate(verdicts) if v is None]
    run: list[int] = []
    for i in kept:
        if not blocks[i].is_titleish:
            break
        run.append(i)
    if not run or len(run) == len(kept):
        return Head()
    headline = run[-1]
    after = kept[len(run):]
    dek = None
    if len(after) >= 2 and _dek_shaped(blocks[after[0]], options):
        between = range(after[0] + 1, after[1])
        if any(_is_separator(verdicts[j]) for j in between):
            dek = after[0]
    return Head(headline=headline, dek=dek, above=tuple(run[:-1]))


def above_reason(block: Block) -> tuple[str, str]:
    """The removal a headline-shaped line above the headline is recorded as."""
    if block.words <= KICKER_MAX_WORDS:
        return "headline.kicker", "section label or kicker above the headline"
    return "headline.teaser", "headline of another story above the article's headline"
