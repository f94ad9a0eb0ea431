"""Prompts to read or write comments."""

from __future__ import annotations

from cleaner import patterns
from cleaner.context import Context
from cleaner.model import Block



def prompt(block: Block, ctx: Context) -> bool:
    """Drop a comment counter or an invitation to comment.

    Example: "Comments (14)", "Join the conversation", "Leave a comment".
    """
    return patterns.COMMENT_PROMPT.match(block.lower) is not None


def policy(block: Block, ctx: Context) -> bool:
    """Drop the rules or invitation that come with a comment section.

    Example: "Comments are moderated and will appear after approval.", "We'd like to hear what
    you think about this article."
    """
    lower = block.lower
    return patterns.has_cue(lower, patterns.POLICY_CUE) and (
        patterns.COMMENT_POLICY.search(lower) is not None)
