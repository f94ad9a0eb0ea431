"""What newsrooms append after the body: provenance lines, credits of the desk, author bios."""

from __future__ import annotations

from itertools import islice

from cleaner import patterns
from cleaner.context import Context
from cleaner.model import Block

# An author bio stands among the last few kept blocks of the page.
_BIO_TAIL = 3


def provenance(block: Block, ctx: Context) -> bool:
    """Drop a line saying where the article first ran or who reported and edited it.

    Example: "This article originally appeared in The Bayport Review.",
    "Reporting by Maya Chen; Editing by Tom Ruiz".
    """
    return block.words <= 60 and patterns.TRAILER.match(block.text) is not None


def author_bio(block: Block, ctx: Context) -> bool:
    """Drop the author's bio at the end of an article.

    Only near the end: the same shape in the middle of a story is reporting about someone.
    Example: "Maya Chen is a senior reporter covering city hall for The Harbor Ledger."
    """
    if block.words > 70 or block.sentences > 3 or patterns.AUTHOR_BIO.match(block.text) is None:
        return False
    return sum(1 for _ in islice(ctx.kept_neighbours(1), _BIO_TAIL)) < _BIO_TAIL
