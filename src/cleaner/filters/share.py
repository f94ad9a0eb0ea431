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

    A lone service name is a button only beside another share line of its chunk: "X" or
    "Threads" alone is a word of the article.
    Example: "Facebook Twitter Email Print", "Share · WhatsApp · Copy link", "Share this post" /
    "LinkedIn" / "Bluesky".
    """
    parts = block.lower.split(None, 1)
    first = parts[0].strip(".,:;·|•-–—") if parts else ""
    if first not in patterns.SHARE_WORDS:
        return False
    tokens = words(block.lower)
    if not _share_words(tokens):
        return False
    if len(tokens) >= 2 or tokens[0] in _SHARE_VERBS:
        return True
    # One service name ("LinkedIn") is a button when a share line stands beside it in its chunk.
    return any(other.group == block.group and _share_line(other)
               for step in (-1, 1) for other, _ in ctx.neighbours(step, 1))


_SHARE_VERBS = frozenset(("share", "teilen", "partager", "compartir", "condividi"))


def _share_words(tokens: list[str]) -> bool:
    return bool(tokens) and all(t in patterns.SHARE_WORDS for t in tokens)


def _share_line(block: Block) -> bool:
    return _share_words(words(block.lower)) or patterns.SHARE_PROMPT.match(block.lower) is not None
