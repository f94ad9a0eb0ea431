"""Plain text to blocks.

Chunks are split on blank lines. Inside a chunk, lines that were hard-wrapped at a fixed width
are joined back into one paragraph; lines that are separate page elements (a consent line, then
"Thank You!", then a confirmation) become blocks of their own, of kind ``line``.
"""

from __future__ import annotations

from cleaner.model import Block
from cleaner.textutil import (SMALL_WORDS, TITLE_RATIO, clean_chars, ends_sentence, has_special,
                              title_case_ratio)

# A hard-wrapped paragraph has every line but the last close to one width, and that width is
# a terminal's (at most this many characters).
WRAP_MAX_WIDTH = 100
# In a wrapped text every line but the last ends within this many characters of the widest.
WRAP_BAND = 14
# Lines shorter than this are never the wrapped part of a paragraph.
WRAP_MIN_LINE = 40


def split_chunks(text: str) -> list[list[str]]:
    """Non-empty chunks of cleaned lines, split on lines that are blank once cleaned."""
    chunks: list[list[str]] = []
    current: list[str] = []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Odd spaces and invisible characters go in one pass over the whole text, not line by line.
    if has_special(text):
        text = clean_chars(text)
    for raw in text.split("\n"):
        line = raw.strip()
        if line:
            current.append(line)
        elif current:
            chunks.append(current)
            current = []
    if current:
        chunks.append(current)
    return chunks


def _uniform(lines: list[str], width: int) -> bool:
    """Three or more lines, all but the last within a word's length of the widest: a wrapped text."""
    return len(lines) >= 3 and all(len(line) >= width - WRAP_BAND for line in lines[:-1])


def _continues(prev: str, line: str) -> bool:
    """The line carries on the previous one's sentence, which a new page element would not."""
    last_word = prev.rsplit(" ", 1)[-1].lower()
    return (not line[:1].isupper() and not line[:1].isdigit()) or prev.endswith(",") or (
        last_word in SMALL_WORDS)


# A line cut at an inline element has at least this many words before the cut.
BROKEN_MIN_WORDS = 3
# A line opening with one of these carries on the line before it: a scraper broke the sentence
# at a link or an emphasis ("said the" / "Harbor Authority" / ", which ...").
_CARRIES_ON = ",.;:)]’”%"


def _broken(prev: str, line: str) -> bool:
    """The line is the rest of a sentence that a scraper cut at an inline element: the previous
    line is a sentence begun and not ended, and this one opens in lower case or with
    punctuation. Two words ("View Comments" / "powered by Disqus") are a label, not a
    sentence begun."""
    first = line[0]
    return (first.islower() or first in _CARRIES_ON) and prev.count(" ") >= BROKEN_MIN_WORDS - 1 and (
        not ends_sentence(prev))


def _both_titles(prev: str, line: str) -> bool:
    """Two Title Case lines are two headlines, however evenly wide."""
    return title_case_ratio(prev) >= TITLE_RATIO and title_case_ratio(line) >= TITLE_RATIO


def join_wrapped(lines: list[str]) -> list[str]:
    """Join the lines of a chunk that are one hard-wrapped paragraph; keep the others apart.

    A line was wrapped when the next line's first word would not have fit on it (the line plus
    that word is wider than the widest line of the chunk), and either the chunk is a block of
    evenly wide lines or the next line visibly carries on the sentence. A stack of teaser
    headlines, or a consent line and "Thank You!", fails one test or the other.
    """
    if len(lines) == 1:
        return lines
    width = max(len(line) for line in lines)
    uniform = width <= WRAP_MAX_WIDTH and _uniform(lines, width)
    pieces: list[str] = []
    current = [lines[0]]  # the lines of the paragraph being joined, joined once at its end
    for prev, line in zip(lines, lines[1:]):
        next_word = line.split(" ", 1)[0]
        fits = (width <= WRAP_MAX_WIDTH and len(prev) >= WRAP_MIN_LINE
                and len(prev) + 1 + len(next_word) > width)
        if fits and (uniform and not _both_titles(prev, line) or _continues(prev, line)) or (
                _broken(current[-1], line)):
            current.append(line)
        else:
            pieces.append(" ".join(current))
            current = [line]
    pieces.append(" ".join(current))
    return pieces


def text_blocks(text: str) -> list[Block]:
    """The blocks of a plain-text page, in order."""
    blocks: list[Block] = []
    for group, chunk in enumerate(split_chunks(text)):
        pieces = join_wrapped(chunk)
        kind = "paragraph" if len(pieces) == 1 else "line"
        for piece in pieces:
            blocks.append(Block(piece, kind=kind, position=len(blocks), group=group))
    return blocks
