"""Share and follow prompts."""

from __future__ import annotations

import re

from cleaner import patterns
from cleaner.context import Context
from cleaner.model import Block
from cleaner.textutil import words


def prompt(block: Block, ctx: Context) -> bool:
    """Drop a prompt to share the article or follow the outlet.

    Example: "Share this article", "Follow us on Instagram", "Copy link".
    """
    return patterns.SHARE_PROMPT.match(block.lower) is not None


# How a row of share buttons opens: with a share word, a mark before it, or whitespace (which
# the split into words skips).
SERVICE_ROW_OPENS = (re.compile(
    r"[.,:;·|•\-–—\s]|" + "|".join(sorted(map(re.escape, patterns.SHARE_WORDS), key=len, reverse=True))),)


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
        # The services' names are the same in every language: "แชร์ข่าวนี้ Facebook LINE X
        # คัดลอกลิงก์" is a row of buttons whatever its own words.
        tokens = block.lower.split()
        named = sum(1 for token in tokens if token in patterns.SHARE_SERVICES)
        return named >= ROW_SERVICES and len(tokens) - named <= ROW_OTHER_WORDS
    if _button_row(block.lower):
        return True
    tokens = words(block.lower)
    # "Comment on this story" is made of share words, and asks for the readers' comments.
    if not _share_words(tokens) or tokens[0] in _COMMENT_WORDS and len(tokens) > 1:
        return False
    if len(tokens) >= 2 or tokens[0] in _SHARE_VERBS:
        return True
    # One service name ("LinkedIn") is a button when a share line stands beside it in its chunk.
    return any(other.group == block.group and _share_line(other)
               for step in (-1, 1) for other, _ in ctx.neighbours(step, 1))


# A row of buttons has at least this many items, and this share of them open with a share word.
ROW_MIN_ITEMS = 3
ROW_SHARE_NUM, ROW_SHARE_DEN = 2, 3
_SHARE_VERBS = frozenset(("share", "teilen", "partager", "compartir", "condividi"))
# A row opening with words of its own language holds one of these (``Filter.holds``).
SERVICE_CUES = ("facebook", "twitter", "whatsapp", "linkedin", "telegram", "pinterest", "reddit")
# A row of buttons in any language names at least this many services, with at most this many
# other words among them.
ROW_SERVICES = 2
ROW_OTHER_WORDS = 3
_COMMENT_WORDS = frozenset(("comment", "comments"))
_ROW_MARKS = re.compile(r"[·|•:]")


def _button_row(lower: str) -> bool:
    """Buttons set apart by dots or bars, each opening with a share word: "Share on Facebook ·
    Share on X · Email this editorial", "Compartir: Facebook · X · Copiar enlace", "Print |
    E-mail | Font size: A A A"."""
    items = [item.split() for item in _ROW_MARKS.split(lower)]
    items = [item for item in items if item]
    shared = sum(1 for item in items if item[0] in patterns.SHARE_WORDS or _size_control(item))
    return len(items) >= ROW_MIN_ITEMS and shared * ROW_SHARE_DEN >= len(items) * ROW_SHARE_NUM


def _size_control(item: list[str]) -> bool:
    """The text-size control among a page's tools: "Font size:" and its "A A A" buttons."""
    return item[:2] in (["font", "size"], ["text", "size"]) or all(len(word) == 1 for word in item)


def _share_words(tokens: list[str]) -> bool:
    return bool(tokens) and all(t in patterns.SHARE_WORDS for t in tokens)


def _share_line(block: Block) -> bool:
    return _share_words(words(block.lower)) or patterns.SHARE_PROMPT.match(block.lower) is not None
