"""Plain text to blocks.

Chunks are split on blank lines. Inside a chunk, lines that were hard-wrapped at a fixed width
are joined back into one paragraph; lines that are separate page elements (a consent line, then
"Thank You!", then a confirmation) become blocks of their own, of kind ``line``.
"""

from __future__ import annotations

from cleaner.model import Block
from cleaner.textutil import clean_line

# A hard-wrapped paragraph has every line but the last close to one width, and that width is
# a terminal's (at most this many characters).
WRAP_MAX_WIDTH = 100
# How far short of the widest line a wrapped line may end (the word that did not fit).
WRAP_SLACK = 25
# Lines shorter than this are never the wrapped part of a paragraph.
WRAP_MIN_LINE = 40


def split_chunks(text: str) -> list[list[str]]:
    """Non-empty chunks of cleaned lines, split on lines that are blank once cleaned."""
    chunks: list[list[str]] = []
    current: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = clean_line(raw)
        if line:
            current.append(line)
        elif current:
            chunks.append(current)
            current = []
    if current:
        chunks.append(current)
    return chunks


def join_wrapped(lines: list[str]) -> list[str]:
    """Join the lines of a chunk that are one hard-wrapped paragraph; keep the others apart."""
    if len(lines) == 1:
        return lines
    width = max(len(line) for line in lines)
    if width > WRAP_MAX_WIDTH:
        return lines
    floor = max(WRAP_MIN_LINE, width - WRAP_SLACK)
    pieces: list[str] = []
    current = lines[0]
    for prev, line in zip(lines, lines[1:]):
        if len(prev) >= floor:
            current = f"{current} {line}"
        else:
            pieces.append(current)
            current = line
    pieces.append(current)
    return pieces


def text_blocks(text: str) -> list[Block]:
    """The blocks of a plain-text page, in order."""
    blocks: list[Block] = []
    for chunk in split_chunks(text):
        pieces = join_wrapped(chunk)
        kind = "paragraph" if len(pieces) == 1 else "line"
        for piece in pieces:
            blocks.append(Block(piece, kind=kind, position=len(blocks)))
    return blocks
