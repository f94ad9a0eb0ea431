"""Shape tests the filter families share: is this block short enough to be page furniture."""

from __future__ import annotations

import re

from cleaner.context import Context
from cleaner.model import Block


def furniture(block: Block, ctx: Context, pattern: re.Pattern[str]) -> bool:
    """The pattern matches the block's start (the pipeline only asks of short enough blocks)."""
    return pattern.match(block.lower) is not None
