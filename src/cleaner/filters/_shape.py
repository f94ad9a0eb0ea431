"""Shape tests the filter families share: is this block short enough to be page furniture."""

from __future__ import annotations

import re

from cleaner.context import Context
from cleaner.model import Block


def furniture(block: Block, ctx: Context, pattern: re.Pattern[str]) -> bool:
    """The block is short enough to be page furniture and the pattern matches its start."""
    return block.words <= ctx.options.furniture_max_words and pattern.match(block.text) is not None
