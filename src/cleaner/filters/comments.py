"""Prompts to read or write comments."""

from __future__ import annotations

from cleaner import patterns
from cleaner.context import Context
from cleaner.filters._shape import furniture
from cleaner.model import Block


def prompt(block: Block, ctx: Context) -> bool:
    """Drop a comment counter or an invitation to comment.

    Example: "Comments (14)", "Join the conversation", "Leave a comment".
    """
    return furniture(block, ctx, patterns.COMMENT_PROMPT) or bool(
        patterns.COMMENT_PHRASE.search(block.text))
