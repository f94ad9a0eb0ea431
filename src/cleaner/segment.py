"""Plain text to blocks.

Chunks are split on blank lines. Inside a chunk, lines that were hard-wrapped at a fixed width
are joined back into one paragraph; lines that are separate page elements (a consent line, then
"Thank You!", then a confirmation) become blocks of their own, of kind ``line``.
"""

from __future__ import annotations

import re

from cleaner.model import Block
from cleaner.textutil import (SMALL_WORDS, TITLE_RATIO, clean_chars, ends_sentence, has_special,
                              lettered, opens_lower, title_case_ratio)

# A hard-wrapped paragraph has every line but the last close to one width, and that width is
# a terminal's (at most this many characters).
WRAP_MAX_WIDTH = 100
# In a wrapped text every line but the last ends within this many characters of the widest.
WRAP_BAND = 14
# Lines shorter than this are never the wrapped part of a paragraph.
WRAP_MIN_LINE = 40
# The full stops of Chinese and Japanese, bare or inside a closing quotation mark.
_CJK_STOPS = ("。", "！", "？", "。”", "。」", "！”", "！」", "？”", "？」", "。』")
_CJK_LAST = frozenset(stop[-1] for stop in _CJK_STOPS)
# A whole text was wrapped at one width when at least this many of its lines, and this share of
# its long lines, end near that width.
WRAPPED_PAGE_LINES = 5
WRAPPED_PAGE_SHARE = 0.3


def split_chunks(text: str) -> list[list[str]]:
    """Non-empty chunks of cleaned lines, split on lines that are blank once cleaned."""
    chunks: list[list[str]] = []
    current: list[str] = []
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Odd spaces and invisible characters go in one pass over the whole text, not line by line.
    if has_special(text):
        text = clean_chars(text)
    for line in map(str.strip, text.split("\n")):  # stripped in C
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
    if _bylined(line) or _icon(line):
        return False
    return (not line[:1].isupper() and not line[:1].isdigit()) or prev.endswith(",") or (
        last_word in SMALL_WORDS and last_word not in PHRASE_END_WORDS)


# A line cut at an inline element has at least this many words before the cut.
BROKEN_MIN_WORDS = 3
# More lines than this in one chunk are a page copied without blank lines, not a box of them.
GROUP_MAX_LINES = 12
# A byline may open in lower case ("di Giulia Ferrandi", "por Ana Ruiz"): never a sentence's rest.
BYLINE_WORDS = ("by ", "di ", "por ", "par ", "von ", "door ", "de ")
BYLINE_MAX_WORDS = 7
# Small words that may close a phrase, and so end a line that is not cut: "paying for it",
# "set up". The others (the, of, and, …) at a line's end carry its sentence on.
PHRASE_END_WORDS = frozenset("it her up out off over on in".split())
# A line opening with one of these carries on the line before it: a scraper broke the sentence
# at a link or an emphasis ("said the" / "Harbor Authority" / ", which ...").
_CARRIES_ON = ",.;:)]’”%"
_DASHES = ("– ", "— ")


def _broken(prev: str, line: str) -> bool:
    """The line is the rest of a sentence that a scraper cut at an inline element: the previous
    line is a sentence begun and not ended, and this one opens in lower case or with
    punctuation. Two words ("View Comments" / "powered by Disqus") are a label, not a
    sentence begun; an icon's name ("chevron_left Browse All Posts") opens a button."""
    # A row of links set apart by bars ("E-mail | Print | Comment") is no sentence begun.
    return (_rest(line) and prev.count(" ") >= BROKEN_MIN_WORDS - 1 and not ends_sentence(prev)
            and " | " not in prev)


def _icon(line: str) -> bool:
    """The line opens with an icon's name, which an icon font draws: "chevron_left"."""
    return "_" in line.split(" ", 1)[0]


def _bylined(line: str) -> bool:
    """A byline that opens in lower case, never the rest of a sentence: "di Giulia Ferrandi",
    "por Ana Ruiz" (but "by the council on Tuesday." carries a sentence on)."""
    parts = line.split()
    return (line.startswith(BYLINE_WORDS) and len(parts) <= BYLINE_MAX_WORDS
            and parts[1][:1].isupper() and not ends_sentence(line))


def _label_opens(line: str) -> bool:
    """The line opens with a capitalised label and its colon ("Posted: 6:12 PM CST", "VIDEO:
    Water pours into shops"): a new element of the page, which a wrapped sentence's next
    line does not open with."""
    first = line.split(" ", 1)[0]
    return len(first) > 2 and first[-1] == ":" and first[0].isupper() and first[:-1].isalpha()


def _both_titles(prev: str, line: str) -> bool:
    """Two Title Case lines are two headlines, however evenly wide."""
    return title_case_ratio(prev) >= TITLE_RATIO and title_case_ratio(line) >= TITLE_RATIO


def page_width(chunks: list[list[str]]) -> int | None:
    """The width the whole text was hard-wrapped at, if it was: many of its lines end within a
    word's length of one width, a terminal's at most. A page copied from a browser has no such
    width: its lines are as long as their paragraphs."""
    lengths = [len(line) for chunk in chunks if len(chunk) > 1 for line in chunk]
    if not lengths:
        return None
    width = max(lengths)
    if width > WRAP_MAX_WIDTH:
        return None
    near = sum(1 for n in lengths if n >= width - WRAP_BAND)
    long = sum(1 for n in lengths if n >= WRAP_MIN_LINE)
    return width if near >= WRAPPED_PAGE_LINES and near >= WRAPPED_PAGE_SHARE * long else None


def join_wrapped(lines: list[str], wrapped_at: int | None = None) -> list[str]:
    """Join the lines of a chunk that are one hard-wrapped paragraph; keep the others apart.

    A line was wrapped when the next line's first word would not have fit on it (the line plus
    that word is wider than the widest line), and either the chunk is a block of evenly wide
    lines, or the next line visibly carries on the sentence, or the whole page was wrapped at
    that width (``wrapped_at``: then a short line before a long word was wrapped too, and a
    caption's credit on the next line is the caption's). A stack of teaser headlines, or a
    consent line and "Thank You!", fails every test.
    """
    if len(lines) == 1:
        return lines
    width = max(map(len, lines))
    if wrapped_at is not None and len(lines) < 3:
        width = wrapped_at  # two lines tell no width of their own; the page's holds
    narrow = width <= WRAP_MAX_WIDTH
    uniform = wrapped_at is not None or narrow and _uniform(lines, width)
    pieces: list[str] = []
    current = [lines[0]]  # the lines of the paragraph being joined, joined once at its end
    linked = False  # the line last joined was a link's text inside a sentence
    for k, line in enumerate(lines[1:], 1):
        prev = lines[k - 1]
        if len(current[-1]) == 1 and current[-1].isupper() and opens_lower(line):
            # A drop cap on a line of its own opens the paragraph under it: "T" / "he city of
            # Port Orlen …" (joined as lines are, the text as the page gives it).
            current.append(line)
            continue
        # The next line's first word is read only where a line could have been wrapped.
        fits = (narrow and len(prev) >= WRAP_MIN_LINE
                and len(prev) + 1 + len(line.split(" ", 1)[0]) > width)
        link = k + 1 < len(lines) and _rest(lines[k + 1]) and (
            _linked(current[-1], line) or len(current) == 1 and _opening(current[0], line, lines[k + 1]))
        # A line of Chinese or Japanese ends its paragraph at its full stop: those scripts
        # write no spaces, so every line's "first word" is all of it and seems not to fit.
        if not (prev[-1:] in _CJK_LAST and prev.endswith(_CJK_STOPS)) and (
                link or fits and (uniform and not _both_titles(prev, line) and not _label_opens(line)
                                  or _continues(prev, line))
                or _broken(current[-1], line) or linked and _rest(line)):
            current.append(line)
            linked = link
        else:
            pieces.append(" ".join(current))
            current = [line]
            linked = False
    pieces.append(" ".join(current))
    return pieces


def _rest(line: str) -> bool:
    """The line carries a sentence on: it opens in lower case, with punctuation (not a menu's
    "::" separator alone) or with a dash before words in lower case ("– und die reichen …")."""
    return (line[0].islower() and opens_lower(line) or line[0] in _CARRIES_ON and line.strip(":")
            or line[:2] in _DASHES and opens_lower(line[2:]) or _PARTY.match(line) is not None) \
        and not _bylined(line) and not _icon(line) and _STAMP.match(line) is None


# A time stamp in lower case opens a line of its own, never a sentence's rest: "updated 6:48
# p.m. ET, Thurs., April 9, 2009".
_STAMP = re.compile(r"(?:last )?(?:updated|posted|published|modified)\b[^0-9\n]{0,12}\d")


# A name's bracketed party and place, then the sentence going on: "(D-Ashby), would raise …".
_PARTY = re.compile(r"\([^()]{1,30}\),? [a-z]")
# A title before a name ends a line cut at the name's link, not a sentence: "sponsored by Sen."
# / "Marjorie Tellefsen" / "(D-Ashby), would …".
TITLES = frozenset("Sen. Rep. Gov. Lt. Gen. Dr. Mr. Mrs. Ms. Sgt. Col. Capt. Prof. Rev. Del. "
                   "Atty. Supt. Maj. Cmdr. Adm. Insp. Det. Cpl. Pvt. Pres.".split())


def _linked(prev: str, line: str) -> bool:
    """The line is a link's text (a name, a few words) that a scraper cut out of the sentence
    around it, when the next line carries the sentence on (``_rest``): "… under a bill the" /
    "Kansas House" / "approved Tuesday, …"."""
    # A headline over its byline is no sentence begun; a line ending on a title before a name
    # ("sponsored by Sen.") is one, whatever its capitals, and so is one ending on a word that
    # leads into the next ("part of the" / "Broadband Canada" / "program, will go …"), however
    # short.
    last = prev.rsplit(" ", 1)[-1]
    titled = last in TITLES
    leading = last.lower() in _LEADING_WORDS
    # A link's text opens with a letter, or after a leading word with a figure ("the" /
    # "1.8-degree rise" / "in the inlet's …"; a figure alone after prose is a count).
    return (line.count(" ") < LINK_MAX_WORDS and (line[0].isalpha() or leading and line[0].isdigit())
            and prev.count(" ") >= (BROKEN_MIN_WORDS if leading else LINKED_MIN_WORDS) - 1
            and not ends_sentence(line) and not _bylined(line)
            and (titled or leading or not ends_sentence(prev) and title_case_ratio(prev) < TITLE_RATIO))


def _opening(prev: str, line: str, rest: str) -> bool:
    """The previous line is a sentence's first word or two, cut off from the link's text that
    carries it on, and the sentence goes on under it at some length: "The" / "river forecast
    center" / "said the river was expected to peak …", "The" / "National Weather Service" /
    "has issued …" (not a heading over tags in lower case: "Topics" / "banks" / "money"), its
    words of letters alone (not "Comments (2)")."""
    return (prev.count(" ") < OPENING_MAX_WORDS and prev[:1].isupper()
            and lettered(prev.replace(" ", "").replace("’", "").replace("'", ""))
            and (_rest(line) or line.count(" ") < LINK_MAX_WORDS and not ends_sentence(line))
            and not _bylined(prev) and rest.count(" ") >= LINKED_MIN_WORDS - 1
            and (ends_sentence(rest) or rest.count(" ") >= 2 * LINKED_MIN_WORDS))


# A sentence's opening words before a link are at most this many.
OPENING_MAX_WORDS = 2
# Words a sentence does not end on: the rest of it follows.
_LEADING_WORDS = (SMALL_WORDS - PHRASE_END_WORDS) | {"whose", "which"}
# A link cut out of a sentence is at most this many words, a name's ("Kansas Association of
# School Boards"; a figure is a count's, "3.409" / "letture"), after a sentence begun of at
# least this many.
LINK_MAX_WORDS = 6
LINKED_MIN_WORDS = 6


# Plain text has no DOM hints: a text block's classes and containers.
_NO_HINTS: frozenset[str] = frozenset()


def text_blocks(text: str) -> list[Block]:
    """The blocks of a plain-text page, in order."""
    blocks: list[Block] = []
    chunks = split_chunks(text)
    wrapped_at = page_width(chunks)
    group = 0
    for chunk in chunks:
        # Most chunks are a line of their own: nothing to join.
        pieces = chunk if len(chunk) == 1 else join_wrapped(chunk, wrapped_at)
        kind = "paragraph" if len(pieces) == 1 else "line"
        # A page copied without blank lines is one chunk: its lines did not stand together.
        together = len(pieces) <= GROUP_MAX_LINES
        for piece in pieces:
            # Every argument given in order: keywords and defaults cost a sixth more a block.
            blocks.append(Block(piece, kind, len(blocks), "", _NO_HINTS, _NO_HINTS, 0.0, group))
            group += not together
        group += together
    return blocks
