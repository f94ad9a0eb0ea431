"""Subscription and paywall notices."""

from __future__ import annotations

from cleaner import patterns
from cleaner.context import Context
from cleaner.model import Block


def notice(block: Block, ctx: Context) -> bool:
    """Drop a notice that asks the reader to pay, subscribe or log in to read on.

    Example: "Subscribe to continue reading.", "You have 2 free articles remaining."
    """
    return patterns.PAYWALL.match(block.lower) is not None
