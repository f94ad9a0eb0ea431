"""Prompts to read or write comments."""

from __future__ import annotations

from cleaner import patterns
from cleaner.context import Context
from cleaner.model import Block
from cleaner.textutil import SMALL_WORDS, words

# A reader comment's header names one writer: its name part has at most this many words
# before a date, and a body line that introduces a quote ("The council said:") has small words.
_AUTHOR_NAME_WORDS = 4
AUTHOR_LINE_MAX_WORDS = 16
# A thread has at least this many comments with a header.
_THREAD = 2

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


def _author_shaped(block: Block) -> bool:
    if ":" not in block.text:
        return False
    dated = patterns.COMMENT_AUTHOR_DATED.match(block.lower)
    if dated is not None:
        name = dated.group("name")
    elif block.text.endswith(":") and patterns.COMMENT_AUTHOR.match(block.lower) is not None:
        name = block.lower.split(" on ", 1)[0].rsplit(" ", 1)[0]
    else:
        return False
    return len(name.split()) <= _AUTHOR_NAME_WORDS and not any(
        w in SMALL_WORDS for w in words(name))


def _authors(ctx: Context) -> int:
    return sum(1 for b in ctx.blocks if b.words <= AUTHOR_LINE_MAX_WORDS and _author_shaped(b))


def _signed(ctx: Context) -> int:
    return sum(1 for b in ctx.blocks if patterns.COMMENT_SIGNED.match(b.text) is not None)


def signed(block: Block, ctx: Context) -> bool:
    """Drop a reader's comment that opens with its writer and date, in a thread of them.

    Two or more make a thread: one such line may be a story's ("The report (May 2008): …").
    Example: "Papé48 (14/10/2008 à 07h12) : Après la poste et la gendarmerie, c'est l'école."
    """
    return patterns.COMMENT_SIGNED.match(block.text) is not None and (
        ctx.memo("comments.signed", _signed) >= _THREAD)


def author_line(block: Block, ctx: Context) -> bool:
    """Drop the line that heads a reader comment with its writer's name.

    A comment's header is a bare name, often a user name, with a verb and maybe the date,
    and a thread has several; a story's line that introduces a quote names its speaker with
    small words around it ("In a statement, the council said:"), once.
    Example: "thelastfan says:", "Ana Ruiz on May 4, 2025 at 6:34 pm said:", "PKfan wrote:
    3/11/2009 8:13 PM".
    """
    return _author_shaped(block) and ctx.memo("comments.authors", _authors) >= _THREAD
