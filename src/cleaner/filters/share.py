"""Share and follow prompts."""

from __future__ import annotations

from cleaner import patterns
from cleaner.context import Context
from cleaner.model import Block
from cleaner.textutil import words


def prompt(block: Block, ctx: Context) -> bool:
    """Drop a prompt to share the article or follow the outlet.

    Example: "Share this article", "Follow us on Instagram", "Copy link".
    """
    return patterns.SHARE_PROMPT.match(block.lower) is not None


def service_row(block: Block, ctx: Context) -> bool:
    """Drop a row of share buttons, which copies as a line of service names.

    Example: "Facebook Twitter Email Print", "Share · WhatsApp · Copy link".
    """
    parts = block.lower.split(None, 1)
    first = parts[0].strip(".,:;·|•-–—") if parts else ""
    if first not in patterns.SHARE_WORDS:
        return False
    tokens = words(block.lower)
    return bool(tokens) and all(t in patterns.SHARE_WORDS for t in tokens) and (
        len(tokens) >= 2 or tokens[0] in {"share", "teilen", "partager", "compartir", "condividi"})
