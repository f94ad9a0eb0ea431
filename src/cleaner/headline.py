"""Finding the headline and dek at the head of a plain-text article.

Above the article's first paragraph of prose stand the lines of its head, mixed with whatever
the page put there: the section label, teasers of other stories, the headline, the dek, the
byline and date (which the filters have already recognised), share buttons, a photo caption.
Every kept line above the prose that is shaped like a headline is a candidate, and each is
scored by what marks a headline (``_score``): it stands near the prose, a byline or date
follows it, the page's title (the first line of a crawler's dump) repeats it, and it is not a
label (a word or two, a section path, a line of names or digits) nor a sentence ending in a
full stop. The best is the headline.

The dek is the line right under the headline when it reads as a standfirst and a byline, date
or photo credit closes it: without that, a short line under the headline cannot be told from a
short first paragraph, and stays in the body. Only a date (or junk) may stand between headline
and dek. No dek is a valid answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from cleaner import patterns
from cleaner.model import Block
from cleaner.options import Options
from cleaner.textutil import TITLE_RATIO, ends_sentence, title_case_ratio, words

# Verdicts that mark the line between a head and the body.
HEAD_SEPARATORS = ("credits.", "chrome.byline", "chrome.date_line")

DEK_MAX_SENTENCES = 3
# A headline in sentence case may be up to two sentences of at most this many words.
HEADLINE_MAX_WORDS = 30
# Without the prose model's word, a block of prose is a sentence at least this long.
PROSE_MIN_WORDS = 15
# Candidates are looked for among this many blocks above the prose, and at most this many of
# them (the nearest).
HEAD_REACH = 60
HEAD_CANDIDATES = 12
# The first lines of the prose may be the head itself (a headline written as a sentence, a
# notice above it): this many are looked at, while they are short enough to be a dek.
OPENING_LINES = 3
# A headline-shaped line above the headline this short is a section label, not a teaser.
KICKER_MAX_WORDS = 3
# The scores: each candidate between a line and the prose costs it RANK_COST; a byline, date or
# credit right under it (or under its dek) gains SEPARATED, and the dek DEK_BELOW more; the
# page's title repeating it gains TITLED; the shape of a title gains SHAPE and a sentence's full
# stop costs as much; a label (or a line of names right above a byline or date) costs LABEL.
RANK_COST = 0.5
SEPARATOR_NEAR = 3
SEPARATED = 2.0
TITLED = 4.0
SHAPE = 1.5
LABEL = 3.0
DEK_BELOW = 1.0
# A line the title starts or ends with matches it when it is at least this long.
TITLE_MATCH_MIN_WORDS = 4
# A line of names is at most this long; it holds no digits and none of these.
NAMES_MAX_WORDS = 10
NOT_IN_NAMES = ":?!|\"“”‘’«»0123456789"
NAME_JOINERS = frozenset("and & und et y e de van von der da del la le di al bin".split())
# A line with more than one digit in this many characters is a date, a score or a price.
DIGIT_SHARE = 5
BREADCRUMB_MARKS = (">", "›", "»", "/")
MENU_MARKS = ("|", "·", "•")
TITLE_PUNCTUATION = "\"'“”‘’«»()[]:,.!?"
TITLE_SEPARATORS = re.compile(r" [|–—·•:-]{1,2} | ?[|] ?|_| :: ")

BYLINE_REASON = ("headline.byline", "author names under the headline")


@dataclass(frozen=True)
class Head:
    """Indices of the headline and dek blocks, of the lines of the head above the headline
    (kicker, teasers), and of lines of author names beside them that no byline filter knew."""

    headline: int | None = None
    dek: int | None = None
    above: tuple[int, ...] = ()
    bylines: tuple[int, ...] = ()


def _separator(verdict: str | None) -> bool:
    return verdict is not None and verdict.startswith(HEAD_SEPARATORS)


def _dek_shaped(block: Block, options: Options) -> bool:
    return (len(block.text) <= options.dek_max_chars and block.sentences <= DEK_MAX_SENTENCES
            and patterns.DATELINE.match(block.text) is None and not block.text.endswith(":"))


def _headline_shaped(block: Block) -> bool:
    text = block.text
    return ((block.is_titleish or block.words <= HEADLINE_MAX_WORDS and block.sentences <= 2)
            and text[-1] not in ",;" and patterns.DATELINE.match(text) is None)


def _names(block: Block) -> bool:
    """A line of people's names alone, a byline without its "By": "Tom Davies Associated Press",
    "Lisa Kaczke and Trevor J. Mitchell". Headlines say something: they have a verb and small
    words, or punctuation a name never has."""
    text = block.text
    if not 2 <= block.words <= NAMES_MAX_WORDS or any(ch in NOT_IN_NAMES for ch in text):
        return False
    return all(w[:1].isupper() or w in NAME_JOINERS for w in text.replace(",", " ").split())


def _path(block: Block) -> bool:
    """A section path or a menu row: "News > Business > Markets", "Road · Track · Gravel"."""
    text = block.text
    return any(f" {mark} " in text or text.startswith(mark) for mark in BREADCRUMB_MARKS) or sum(
        text.count(mark) for mark in MENU_MARKS) >= 2


def _label(block: Block) -> bool:
    """A word or two, a section path or a menu row, a lead-in ending in a colon, a line of
    digits: labels of the page, not a headline."""
    text = block.text
    return (block.words < KICKER_MAX_WORDS or _path(block) or text.endswith(":")
            or sum(map(str.isdigit, text)) * DIGIT_SHARE > len(text))


def _key(text: str) -> str:
    return " ".join(words(text.lower()))


@dataclass(frozen=True)
class _Title:
    """The page's first line read as its <title> (a crawler's dump opens with it): the whole,
    and the parts a site name may be cut from ("Council votes | The Ledger")."""

    whole: str
    parts: frozenset[str]

    @classmethod
    def of(cls, blocks: Sequence[Block]) -> _Title:
        first = blocks[0].lower if blocks else ""
        return cls(_key(first), frozenset(_key(p) for p in TITLE_SEPARATORS.split(first) if p))

    def repeats(self, i: int, block: Block) -> bool:
        # Most lines share not even their first word with the title: that is cheap to see.
        first = block.lower.split(None, 1)[0].strip(TITLE_PUNCTUATION) if block.lower else ""
        if i == 0 or not first or first not in self.whole:
            return False
        key = _key(block.text)
        long = key.count(" ") + 1 >= TITLE_MATCH_MIN_WORDS
        return (key in self.parts or key == self.whole
                or long and (self.whole.startswith(key) or self.whole.endswith(key)))


def _score(i: int, rank: int, blocks: Sequence[Block], verdicts: Sequence[str | None],
           title: _Title, options: Options) -> float:
    """How much a line of the head looks like the article's headline; ``rank`` counts the
    candidates between it and the prose."""
    block = blocks[i]
    score = -RANK_COST * rank
    following = _next_kept_or_separator(verdicts, i)
    dek = _dek(blocks, verdicts, i, options, set())
    if dek is not None:
        score += SEPARATED + DEK_BELOW
    elif following is not None and _separator(verdicts[following]):
        score += SEPARATED
    if title.repeats(i, block):
        score += TITLED
    if block.is_titleish:
        score += SHAPE
    elif block.text.rstrip().endswith("."):
        score -= SHAPE
    if _label(block) or _names(block) and following == i + 1 and _separator(verdicts[following]):
        score -= LABEL
    return score


def _closed(blocks: Sequence[Block], verdicts: Sequence[str | None], i: int,
            options: Options) -> bool:
    """A byline, date or credit comes right under the line, or under its dek."""
    following = _next_kept_or_separator(verdicts, i)
    return following is not None and _separator(verdicts[following]) or (
        _dek(blocks, verdicts, i, options, set()) is not None)


def _next_kept_or_separator(verdicts: Sequence[str | None], i: int) -> int | None:
    """The next block after ``i`` that is kept or a byline, date or credit: junk between (a
    share bar, "Listen to this article") is passed over."""
    return next((j for j in range(i + 1, len(verdicts))
                 if verdicts[j] is None or _separator(verdicts[j])), None)


def body_start(blocks: Sequence[Block], verdicts: Sequence[str | None]) -> int | None:
    """The first kept block of prose: a sentence of some length that is not a title."""
    return next((i for i, v in enumerate(verdicts) if v is None and blocks[i].words >= PROSE_MIN_WORDS
                 and ends_sentence(blocks[i].text) and not blocks[i].is_titleish), None)


def _dek(blocks: Sequence[Block], verdicts: Sequence[str | None], head: int, options: Options,
         bylines: set[int]) -> int | None:
    """The dek under the headline: the next kept line, shaped like a standfirst, with only a
    date or junk between, and closed by a byline, date or photo credit."""
    i = head + 1
    while i < len(blocks) and (verdicts[i] is not None or i in bylines):
        if _separator(verdicts[i]) and verdicts[i] != "chrome.date_line" and i not in bylines:
            return None
        i += 1
    if i >= len(blocks):
        return None
    block = blocks[i]
    # A dek is a sentence, maybe without its full stop; a second line in Title Case is a
    # headline, and the first a teaser or a kicker.
    if not _dek_shaped(block, options) or block.is_titleish and (
            block.words <= blocks[head].words or title_case_ratio(block.text) >= TITLE_RATIO):
        return None
    closing = next((j for j in range(i + 1, len(blocks)) if verdicts[j] is None or _separator(verdicts[j])),
                   None)
    return i if closing is not None and _separator(verdicts[closing]) else None


def find_head(blocks: Sequence[Block], verdicts: Sequence[str | None], options: Options,
              start: int | None = None) -> Head:
    """The head of the article whose prose begins at ``start`` (by default the first kept
    block of prose)."""
    if start is None:
        start = body_start(blocks, verdicts)
        if start is None:
            return Head()
    # A headline written as a sentence reads as prose, and may open the run of prose itself:
    # it does when a byline, date or credit closes it (or its dek), or the page's title is it.
    title = _Title.of(blocks)
    opening = []
    for i in [i for i in range(start, len(blocks)) if verdicts[i] is None][:OPENING_LINES]:
        if title.repeats(i, blocks[i]) or _closed(blocks, verdicts, i, options):
            opening.append(i)
        if not _dek_shaped(blocks[i], options):
            break
    reach = range(start - 1, max(-1, start - HEAD_REACH), -1)
    candidates = [i for i in [*reversed(opening), *reach]
                  if verdicts[i] is None and _headline_shaped(blocks[i])][:HEAD_CANDIDATES]
    scores = {i: _score(i, max(0, rank - len(opening)), blocks, verdicts, title, options)
              for rank, i in enumerate(candidates)}
    head = max(candidates, key=lambda i: (scores[i], i), default=None)
    if head is None or scores[head] <= 0:
        return Head()
    # A line of names between the headline and the byline or date is the byline's first line.
    bylines = {i for i in candidates if i > head and _names(blocks[i]) and any(
        _separator(v) for v in verdicts[i + 1:i + 1 + SEPARATOR_NEAR])}
    dek = _dek(blocks, verdicts, head, options, bylines)
    # The kicker and teasers stand right above the headline, with nothing but a date between.
    above: list[int] = []
    i = head - 1
    while i >= 0 and len(above) < KICKER_WINDOW and (i in scores or _separator(verdicts[i])):
        if i in scores:
            above.insert(0, i)
        i -= 1
    return Head(headline=head, dek=dek, above=tuple(above), bylines=tuple(sorted(bylines)))


# The lines of the head right above the headline that are recorded as its kicker or teasers.
KICKER_WINDOW = 3


def above_reason(block: Block) -> tuple[str, str]:
    """The removal a headline-shaped line above the headline is recorded as."""
    if block.words <= KICKER_MAX_WORDS:
        return "headline.kicker", "section label or kicker above the headline"
    return "headline.teaser", "headline of another story above the article's headline"
