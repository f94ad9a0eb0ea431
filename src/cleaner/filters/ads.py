"""Advertisement slots and their labels."""

from __future__ import annotations

from cleaner import patterns
from cleaner.context import Context
from cleaner.model import Block


def slot(block: Block, ctx: Context) -> bool:
    """Drop the label an ad slot leaves in the text.

    Example: "Advertisement", "Story continues below advertisement", "Anzeige".
    """
    return patterns.AD_SLOT.match(block.lower) is not None
