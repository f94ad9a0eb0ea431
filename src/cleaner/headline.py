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
from functools import cached_property

from cleaner import bylines, lexicon, patterns
from cleaner.model import Block
from cleaner.options import Options
from cleaner.segment import PHRASE_END_WORDS
from cleaner.textutil import (CLOSERS, SMALL_WORDS, TITLE_MAX_WORDS, TITLE_RATIO, ends_sentence,
                              is_cased, lettered, opens_lower, title_case_ratio, word_key, words)

# Verdicts that mark the line between a head and the body.
HEAD_SEPARATORS = ("credits.", "chrome.byline", "chrome.date_line")

# A dek is a sentence or two: a paragraph of three over the byline is the body's first.
DEK_MAX_SENTENCES = 2
# At most this many lines (a date, a byline, share buttons) stand between headline and dek.
DEK_GAP = 4
# A dek without a full stop has at least this many words more than its headline.
DEK_LONGER_BY = 4
# A headline in sentence case may be up to two sentences of at most this many words.
HEADLINE_MAX_WORDS = 30
HEADLINE_MIN_WORDS = 2
_DIGITS = re.compile(r"\d+")
# The headline said again differs from it by at most this many characters (punctuation, a
# site's mark): only then are their words compared.
SAID_AGAIN_CHARS = 4
# A line of names in a script without capitals is at most this many words.
UNCASED_NAME_MAX_WORDS = 4
# A picture's caption between a dek and the byline is one sentence at most this long.
CAPTION_MAX_WORDS = 30
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
FIRST = 1.0
# The first line gains FIRST only this many blocks above the prose at most.
FIRST_REACH = 24
# A topic's name over the headline that holds it is at most this many words.
TOPIC_MAX_WORDS = 5
# Where nothing near the prose reads as a head, one is looked for among this many first lines.
TOP_HEAD_REACH = 8
SHORT = 1.0
# A line this long that a removed line names after its label and a colon (a share button's
# text) is the headline those tools name.
QUOTED_MIN_WORDS = 4
SEPARATED = 2.0
# The page's title repeating a line outweighs a dozen candidates between it and the prose (a
# list of dated teasers under the head).
TITLED = 6.0
SHAPE = 1.5
LABEL = 3.0
DEK_BELOW = 1.0
# A line of names is at most this long; it holds no digits and none of these.
NAMES_MAX_WORDS = 10
# A name alone, with its outlet or its role ("Tom Davies Associated Press", "Bruce Y. Lee
# Senior Contributor"), is at most this many words.
NAME_MAX_WORDS = 5
NAME_MIN_WORDS = 2
# A writer's name alone over the outlet's is at most this many words ("Bruce Y. Lee").
WRITER_MAX_WORDS = 3
NOT_IN_NAMES = ":?!|\"“”‘’«»0123456789"
# The place a writer files from, after a bar, is at most this many words.
PLACE_MAX_WORDS = 3
NAME_JOINERS = frozenset("and & und et y e de van von der da del la le di al bin".split())
# Words a headline in Title Case holds and a line of names does not: "Nollywood Actress, Kate
# Henshaw Is Looking Stunning In New Photos".
NOT_NAME_WORDS = frozenset("is are was were has have will says in on at to for with from into "
                           "after over as".split())
# A line with more than one digit in this many characters is a date, a score or a price.
DIGIT_SHARE = 5
BREADCRUMB_MARKS = (">", "›", "»", "/")
# A line opening with a list's mark is an item of a list, a note or a link, never a headline:
# "* Click the link for the full calendar", "• Read more".
ITEM_MARKS = ("*", "•", "▪", "■", "►")
_SPACED_MARKS = tuple(f" {mark} " for mark in BREADCRUMB_MARKS)
# A sentence cut at a link goes on after at most this many lines of link text, each this short.
CUT_LINK_LINES = 1
CUT_LINK_WORDS = 4
# What a sentence's rest may open with, besides a word in lower case.
CARRIES_ON = ",;:)"
# A line of a few words that opens with a verb asking the reader to act is a button: "Get short
# URL", "CLICK FOR FULL RESULTS".
BUTTON_WORDS = 5
# A few words in capitals are a section's name or a kicker ("AUTO NEWS", "BLACK DEATH FEARS").
SHOUTED_WORDS = 4
_BUTTON_VERBS = lexicon.merged(lexicon.READER_VERBS) | lexicon.merged(lexicon.BACK)
# Arrows that open a link to another page: "‹ Zurück zu allen Beiträgen", "« Previous post".
ARROWS = "‹«←<"
# A link on to another page ends with its arrow: "Full box score »", "More photos ›".
_ON_ARROWS = (" »", " ›", " →", " >>", " >")
# A line opening with one of these is a date line, however its date is glued together
# ("Published Wed, Nov 20 20194:29 AM ESTUpdated an hour ago"): never a headline.
_STAMP_WORDS = frozenset(
    "published updated posted modified veröffentlicht aktualisiert publié publicado "
    "actualizado pubblicato aggiornato atualizado gepubliceerd bijgewerkt".split())
MENU_MARKS = ("|", "·", "•")
QUESTION_MARKS = ("?", "？")
TITLE_MARKS = "|-–—:·•_»/"
TITLE_PUNCTUATION = "\"'“”‘’«»()[]:,.!?"
TITLE_SEPARATORS = re.compile(r" [|–—·•:-]{1,2} | ?[|] ?|_| :: |: ")

_HEAD_CLOSERS = ("chrome.byline", "chrome.date_line")

BYLINE_REASON = ("headline.byline", "author names under the headline")
REPEAT_REASON = ("headline.repeat", "the headline again, inside the body")


@dataclass(frozen=True)
class Head:
    """Indices of the headline and dek blocks, of the lines of the head above the headline
    (kicker, teasers), and of lines of author names beside them that no byline filter knew;
    and whether a byline, date or credit closes the head."""

    headline: int | None = None
    dek: int | None = None
    above: tuple[int, ...] = ()
    bylines: tuple[int, ...] = ()
    closed: bool = False


def _separator(verdict: str | None) -> bool:
    return verdict is not None and verdict.startswith(HEAD_SEPARATORS)


def _dek_shaped(block: Block, options: Options) -> bool:
    return (len(block.text) <= options.dek_max_chars and block.sentences <= DEK_MAX_SENTENCES
            and patterns.DATELINE.match(block.text) is None and not block.text.endswith(":"))


_LIST_VERDICTS = frozenset(("related.heading", "related.teaser_list"))


def menu_between(verdicts: Sequence[str | None], top: int, bottom: int) -> bool:
    """A site's menu stands between the lines: ``MENU_ENTRIES`` entries in a row (share buttons
    between a headline and its story alternate with their prompts), or a row of its links on
    one line ("Home | Local | State | Nation | Sports")."""
    row = 0
    for verdict in verdicts[top:bottom]:
        if verdict == "chrome.footer_line":
            return True
        row = row + 1 if verdict == "chrome.navigation" else 0
        if row >= MENU_ENTRIES:
            return True
    return False


MENU_ENTRIES = 5


def headline_shaped(block: Block) -> bool:
    """A line that may be a headline: a title, or a sentence or two; of two words at least
    (a word alone is a section's name: "Entertainment"), and not a fragment of a sentence."""
    text = block.text
    return block.words >= HEADLINE_MIN_WORDS and ((block.is_titleish or block.words <= HEADLINE_MAX_WORDS and block.sentences <= 2)
            and text[-1] not in ",;" and patterns.DATELINE.match(text) is None
            and not _fragment(text) and not _open_ended(text)
            and not any(map(block.lower.__contains__, _ADDRESS_MARKS))
            # A game's score over a sports story is its label: "Lakeport 2, Harbor City 4 - Final".
            and not (", " in text and patterns.SCORE_LINE.match(text)))


# A web address marks a line of contact details or a link, never a headline: "Tested by: Dana
# Whitlock RRP: £40 More info: www.tarnside.example".
_ADDRESS_MARKS = ("www.", "://")


def _open_ended(text: str) -> bool:
    """The line ends on a small word in lower case that leads on ("News provided by", "Photos
    of the"): a label over what follows, or a sentence cut off, never a headline ("Prices go
    up" may, and a Title Case one that "Swears By")."""
    last = text.rsplit(None, 1)[-1]
    return last.islower() and last in SMALL_WORDS and last not in PHRASE_END_WORDS


def _fragment(text: str) -> bool:
    """A piece of a sentence that a link or an emphasis cut out of its paragraph when the page
    was turned into lines: it opens on a word in lower case ("that topped estimates as revenue
    fell short"), as no headline does ("iPhone sales slow" opens on a capital's word)."""
    return opens_lower(text) and text[1:2].islower()


def cut_off(blocks: Sequence[Block], verdicts: Sequence[str | None], i: int) -> bool:
    """The line is the start of a sentence that a link cut off: the sentence goes on, in lower
    case, on the next line or on the one after a link's few words ("Shares of construction
    goods giant" / "Home Depot" / "are dropping in premarket trading …")."""
    for j in range(i, min(i + 1 + CUT_LINK_LINES, len(blocks) - 1)):
        if ends_sentence(blocks[j].text):
            return False
        rest = blocks[j + 1]
        if verdicts[j + 1] is None and (opens_lower(rest.text) or rest.text[:1] in CARRIES_ON) and (
                ends_sentence(rest.text) or rest.words > CUT_LINK_WORDS):
            return True
        if rest.words > CUT_LINK_WORDS:
            return False
    return False


def _section_word(block: Block, verdict: str | None) -> bool:
    """A kept word alone above the headline: its section's name ("Politics")."""
    return verdict is None and block.words < HEADLINE_MIN_WORDS


def _names(block: Block) -> bool:
    """A line of people's names alone, a byline without its "By": "Tom Davies Associated Press",
    "Lisa Kaczke and Trevor J. Mitchell". Headlines say something: they have a verb and small
    words, or punctuation a name never has."""
    text = block.text
    # A writer with the place they write from: "Lucía Ferrer Aldama | Montealbar".
    name, bar, place = text.partition(" | ")
    if bar and place and len(place.split()) <= PLACE_MAX_WORDS and place[:1].isupper():
        text = name
    # A field's label in a word of any language before them: "Szerző: Kovács Eszter".
    label, colon, names = text.partition(": ")
    if colon and lettered(label) and (label[:1].isupper() or not is_cased(label)):
        text = names
    # The names with the verb that says they wrote it: "Guðrún Helga Sigurðardóttir skrifar".
    names, _, verb = text.rpartition(" ")
    if verb in bylines.WRITES:
        text = names
    if not 2 <= len(text.split()) <= NAMES_MAX_WORDS or any(ch in NOT_IN_NAMES for ch in text):
        return False
    tokens = text.replace(",", " ").split()
    if not is_cased(text):
        # Without capitals a name is told by its length alone: "מאת נועה ברקוביץ" over the
        # date; a headline says more.
        return len(tokens) <= UNCASED_NAME_MAX_WORDS
    if not all(w[:1].isupper() or w in NAME_JOINERS for w in tokens) or any(
            w.lower() in NOT_NAME_WORDS for w in tokens):
        return False
    # A name alone (or with its outlet) is a few words; more, and nothing joins several
    # names: a headline in Title Case ("Jangan Membenci Satu Kaum Secara Berlebihan").
    return len(tokens) <= NAME_MAX_WORDS or _several(text) or any(w in NAME_JOINERS
                                                                   for w in tokens)


def _outlet_name(block: Block) -> bool:
    """A line that is an outlet's name: "The Kestrel Valley Courier", "Ashgrove Sentinel"."""
    words = block.lower.rsplit(None, 1)
    return bool(words) and words[-1] in bylines.OUTLET_WORDS


def _several(names: str) -> bool:
    """Names joined as a byline joins its writers: "Ana Reyes and Tom Lind", "Ana Reyes, Tom Lind"."""
    return " and " in names or ", " in names or " & " in names


def _path(block: Block) -> bool:
    """A section path or a menu row: "News > Business > Markets", "Road · Track · Gravel", or
    one whose separators the page's text lost: "Home News Business Local Business"."""
    text = block.text
    if "«" in text:
        # French and other languages set their quotes apart by spaces: « L'Écho national ».
        text = text.replace(" » ", " ")
    return text.startswith(BREADCRUMB_MARKS) or any(map(text.__contains__, _SPACED_MARKS)) or sum(
        map(text.count, MENU_MARKS)) >= 2 or block.words > 1 and all(
        word in patterns.SECTION_WORDS for word in block.lower.split())


def _label(block: Block, figures: bool = True) -> bool:
    """A word or two, a section path or a menu row, a list's item, a lead-in ending in a
    colon, a line of digits, a button or a link back, a date line's stamp, a line opening
    with a date in figures ("05/10/2018 - Publicado por: …") or a note under its label:
    labels of the page, not a headline."""
    text = block.text
    found = words(text)
    # A line of CJK is one run of word characters: its words are counted by its characters.
    lettered = (len(found) if is_cased(text) else block.words) - sum(map(str.isdigit, found))
    return (block.words < KICKER_MAX_WORDS or lettered < KICKER_MAX_WORDS - 1 or _path(block)
            or text.startswith(ITEM_MARKS)
            or text.endswith(":")
            or block.words <= SHOUTED_WORDS and text.isupper()
            or figures and sum(map(str.isdigit, text)) * DIGIT_SHARE > len(text)
            or block.words <= BUTTON_WORDS and _button(block.lower)
            or block.lower.split(None, 1)[0].rstrip(":") in _STAMP_WORDS
            or text[:1].isdigit() and patterns.FULL_DATE.match(text) is not None
            or _note(block))


def _button(lower: str) -> bool:
    """A few words asking the reader to act, or a link back or on: "Get short URL", "‹ Back to
    overview", "Full box score »"."""
    if lower.startswith(tuple(ARROWS)) or lower.endswith(_ON_ARROWS):
        return True
    first = lower.split(None, 1)
    return bool(first) and first[0] in _BUTTON_VERBS


# Articles a page's title may drop from the headline it repeats.
_ARTICLES = frozenset(("the", "a", "an"))


@dataclass(frozen=True)
class TitleLine:
    """The page's first line read as its <title> (a crawler's dump opens with it): the whole,
    and the parts a site name may be cut from ("Council votes | The Ledger")."""

    line: str
    whole: str
    parts: frozenset[str]

    @classmethod
    def of(cls, blocks: Sequence[Block]) -> TitleLine:
        first = blocks[0].lower if blocks else ""
        return cls(first, word_key(first),
                   frozenset(word_key(p) for p in TITLE_SEPARATORS.split(first) if p))

    def repeats(self, i: int, block: Block, exact: bool = True) -> bool:
        """The title is the line, or the line and a site's name ("Council votes | The Ledger",
        "The Ledger: Council votes"). Without ``exact``, only the latter."""
        # Most lines share not even their first word with the title: that is cheap to see.
        words_ = block.lower.split(None, 2)
        first = words_[0].strip(TITLE_PUNCTUATION) if words_ else ""
        if first in _ARTICLES and len(words_) > 1:
            first = words_[1].strip(TITLE_PUNCTUATION)  # a title may drop the line's "The"
        if i == 0 or not first or first not in self.whole:
            return False
        key = word_key(block.text)
        if key == self.whole:
            return exact
        article, _, rest = key.partition(" ")
        if len(self.parts) > 1 and (key in self.parts or article in _ARTICLES and rest in self.parts):
            return True
        # The line and the site's name, told by words alone (the title's quotes may be
        # straight where the page's are curly): "‘A’: b" in "'A': b | Site".
        if self.whole.startswith(key + " ") and self.whole[len(key) + 1:] in self.parts:
            return True
        if self.whole.endswith(" " + key) and self.whole[:-len(key) - 1] in self.parts:
            return True
        # "Council votes on the harbor plan: what comes next - The Ledger": the line, then a
        # separator and the site's name (or the other way round).
        line = block.lower.rstrip(TITLE_PUNCTUATION + " ")
        if line and self.line.startswith(line):
            return self.line[len(line):].lstrip()[:1] in TITLE_MARKS
        if line and self.line.endswith(line):
            return self.line[:-len(line)].rstrip()[-1:] in TITLE_MARKS
        return False


def body_start(blocks: Sequence[Block], verdicts: Sequence[str | None]) -> int | None:
    """The first kept block of prose: a sentence of some length that is not a title."""
    return next((i for i, v in enumerate(verdicts) if v is None and _prose(blocks[i])), None)


def _dek_phrase(block: Block, head: Block, known: bool = False) -> bool:
    """A dek without its full stop: a phrase in sentence case, clearly longer than the
    headline (unless the page names its headline). A second line in Title Case is a headline,
    and the first a teaser or a kicker."""
    return title_case_ratio(block.text) < TITLE_RATIO and (
        known or block.words >= head.words + DEK_LONGER_BY)


class _Head:
    """The head of one page being read: its blocks and verdicts, its title line, and the lines
    of names right above a byline or date there, which count as the byline's first line
    ("Tom Davies" / "Published May 4, 2025")."""

    def __init__(self, blocks: Sequence[Block], verdicts: Sequence[str | None],
                 options: Options, reach: Sequence[int], titled: bool, known: bool = False,
                 start: int | None = None) -> None:
        self.blocks, self.verdicts, self.options = blocks, verdicts, options
        self.known = known  # the headline is the page's word, not this reading's guess
        # A first line that opens the prose is the article's, not a title over the page.
        self.title = TitleLine.of(blocks) if titled else TitleLine("", "", frozenset())
        self._labels: dict[int, bool] = {}
        # The rights notice names the site: "Copyright © 2006 The Quillon Creek Ledger. All
        # rights reserved." A line of its name alone at the top is its masthead.
        self.owners = [f" {word_key(blocks[i].text)} " for i, v in enumerate(verdicts)
                       if v == "chrome.copyright"]
        # The page's first line: in a copy of the article's part of a page, its headline. In a
        # whole page's dump, far above the article, it is the page's <title>.
        # A section's name or a link back above it is a label of the page, not its first line.
        self.first = next((i for i, v in enumerate(verdicts)
                           if v is None and not self.label(i)), None)
        # The first line of a whole page's dump is its <title>, set apart from the article
        # where the site's name it holds stands on the page as a line of its own.
        # A site's menu between them sets the first line apart as the masthead's (its tagline).
        self.first_near = start is None or self.first is not None and (
            start - self.first <= FIRST_REACH) and not (self.first == 0 and self._site_titled()) and (
            not menu_between(verdicts, self.first, start))
        names = {i for i in reach if verdicts[i] is None and i + 1 < len(verdicts)
                 and _separator(verdicts[i + 1]) and _names(blocks[i])}
        # Several writers over their outlet: "Lisa Kaczke and Trevor J. Mitchell" / "Sioux
        # Falls Argus Leader" / the date.
        # A writer over the outlet's name: "Priya Raman" / "The Kestrel Valley Courier" / the
        # date (a headline stands above the writer).
        names.update(i - 1 for i in list(names) if i > 1 and verdicts[i - 1] is None
                     and _names(blocks[i - 1]) and (_several(blocks[i - 1].text) or (
                         _outlet_name(blocks[i]) and blocks[i - 1].words <= WRITER_MAX_WORDS)))
        self.names = frozenset(names)
        self._deks: dict[int, int | None] = {}
        self._top = len(blocks) if start is None else start

    @cached_property
    def quoted(self) -> frozenset[str]:
        """What the page's tools say of the article, removed above its prose: "Share All
        sharing options for: <headline>", "Email this story: <headline>". Read only when a
        candidate is scored: a dek under a headline the page names needs none of it."""
        blocks, verdicts = self.blocks, self.verdicts
        return frozenset(word_key(blocks[i].text.partition(": ")[2]) for i in range(self._top)
                         if verdicts[i] is not None and ": " in blocks[i].text
                         and blocks[i].words > QUOTED_MIN_WORDS)

    def _site_titled(self) -> bool:
        """The first line is a title with a site's name ("Sinkhole swallows three cars | News
        12 Lakeshore") whose short part is a line of its own on the page ("News 12 Lakeshore")."""
        names = {part for part in self.title.parts if len(part.split()) <= NAME_MAX_WORDS}
        if len(self.title.parts) < 2 or not names:
            return False
        return any(block.words <= NAME_MAX_WORDS and word_key(block.text) in names
                   for block in self.blocks[1:])

    def label(self, i: int) -> bool:
        """Whether line ``i`` is a label of the page (``_label``), read once: the first line,
        the scores and the deks ask it of the same lines."""
        found = self._labels.get(i)
        if found is None:
            found = self._labels[i] = _label(self.blocks[i]) or self.site_name(i)
        return found

    def site_name(self, i: int) -> bool:
        """The line is the name the page's rights notice gives its owner, or the motto right
        under that name at the text's top ("The Quillon Creek Ledger" / "Serving Quillon Creek
        and northern Vettel County since 1902"): the page's masthead."""
        if not self.owners:
            return False
        if self._owner(i):
            return True
        # A headline right under the name has its byline or date right under it.
        return (i > 0 and self.verdicts[i - 1] is None and self._owner(i - 1)
                and all(v is not None for v in self.verdicts[:i - 1])
                and not (i + 1 < len(self.verdicts) and _separator(self.verdicts[i + 1])))

    def _owner(self, i: int) -> bool:
        if not NAME_MIN_WORDS <= self.blocks[i].words <= NAME_MAX_WORDS:
            return False
        key = f" {word_key(self.blocks[i].text)} "
        return any(key in owner for owner in self.owners)

    def separator(self, i: int) -> bool:
        return _separator(self.verdicts[i]) or i in self.names

    def dek(self, head: int) -> int | None:
        """The dek under the headline: the next kept line, shaped like a standfirst, closed by
        a byline, date or photo credit. Between headline and dek only a date or junk may stand,
        or a byline when a date closes the dek ("Headline" / "By Ana Reyes" / dek / "May 4,
        2025"): a short line between a byline and a photo credit is the body's lede."""
        if head not in self._deks:  # scoring asks for each candidate's dek more than once
            self._deks[head] = self._dek(head)
        return self._deks[head]

    def _dek(self, head: int) -> int | None:
        blocks, verdicts = self.blocks, self.verdicts
        i = head + 1
        bylined = False
        # A word alone right under the headline is a label between it and its dek:
        # "Editorial", "Analysis".
        if i < len(blocks) and _section_word(blocks[i], verdicts[i]):
            i += 1
        pictured = False
        while i < len(blocks) and (verdicts[i] is not None or i in self.names):
            # A section path leads to the headline under it: "Home » Local News » Roads"
            # stands over a headline, never between one and its dek.
            if i - head > DEK_GAP or _path(blocks[i]):
                return None
            # A list of other stories between them: the line under it is the list's last (a
            # link alone, "Related: …", is no list).
            if verdicts[i] in _LIST_VERDICTS:
                return None
            if self.separator(i) and verdicts[i] != "chrome.date_line":
                if verdicts[i] is not None and verdicts[i].startswith("credits.") and (
                        pictured or verdicts[i] != "credits.credit_line"):
                    # A whole picture, its caption (or gallery counter) then its credit: a
                    # credit alone may stand over its caption, which is no dek.
                    pictured = True
                elif verdicts[i] != "chrome.byline" and i not in self.names:
                    return None
                else:
                    bylined = True
            i += 1
        if i >= len(blocks):
            return None
        block = blocks[i]
        # A line shaped like a title under a label of a few words or a section path is the
        # headline under its kicker ("Top Local Stories" / "Scientists spot water vapor …").
        # Right under the line the text opens with, a phrase in sentence case is its dek
        # whatever its length, and one in Title Case when longer than it (a magazine sets both
        # in Title Case): a teaser does not open an article's text.
        # So is one under the headline the page's title names.
        closing = self.following(i)
        # A section's label between the dek and the byline or date: "TRD NATIONAL /" (a field
        # and its value, "Rating: False", is the story's).
        if closing is not None and not self.separator(closing) and self.label(closing) and (
                ":" not in blocks[closing].text):
            after = self.following(closing)
            if after is not None and self.separator(after):
                closing = after
        if closing is None or pictured and verdicts[closing] not in _HEAD_CLOSERS:
            # A lead picture between the headline and the line: its credit may close the
            # headline, and the line be the lede; a byline or date under the line makes it
            # the dek (headline / picture / dek / byline).
            return None
        # A comment count may stand between them ("New, 15 comments"), as some templates set it.
        counted = all(verdicts[j] is not None and verdicts[j].startswith("comments.")
                      for j in range(head + 1, i))
        # So does a breadcrumb right over the headline ("News » Contract Packaging"; a menu's
        # row, "Front Page | Business | World", stands over anything).
        opens = self.known or head == self.first and counted and (
            self.first_near or self._opens_far(closing)) or self.title.repeats(head, blocks[head]) or (
            self._under_path(head))
        # The headline said again (a whole page's title line, then its heading) is no dek.
        if abs(len(block.text) - len(blocks[head].text)) <= SAID_AGAIN_CHARS and (
                word_key(block.text) == word_key(blocks[head].text)):
            return None
        # A wire's lede right under the line, its dateline first, sets the line apart from the
        # body: a press release's "Halvorsen Medical Receives FDA Clearance …" / "Palm-sized
        # CardiaLink device sends …" / "PORTLAND, Ore., May 4 /PRNewswire/ -- …".
        wired = not self.separator(closing) and patterns.DATELINE.match(blocks[closing].text) is not None
        if not _dek_shaped(block, self.options) or self.label(i) or _title_line(block) and (
                blocks[head].words <= KICKER_MAX_WORDS or _path(blocks[head])
                or not (opens and block.words > blocks[head].words
                        or _dek_phrase(block, blocks[head], opens or wired))):
            return None
        if verdicts[closing] == "chrome.date_line" and self._stamped(head, i, closing):
            return None
        if not self.separator(closing):
            # No byline under it, but the body opens right there with its dateline: "ELSBY,
            # Maine (AP) — …" is the lede, so the line above it is set apart from the body. Or
            # the lead picture's caption stands between it and the byline ("Headline" / dek /
            # "The disused tracks, photographed last week." / "Marta Ferrandi").
            lede = blocks[closing].text
            return i if not bylined and (patterns.DATELINE.match(lede) is not None
                                         or self._captioned(closing, block.words)) else None
        return i if not bylined or verdicts[closing] == "chrome.date_line" else None

    def _under_path(self, head: int) -> bool:
        """A breadcrumb stands right over the line, or over the section's word over it ("You
        are here: Home > News > Local News" / "Local News" / the headline)."""
        blocks = self.blocks

        def path(j: int) -> bool:
            return j >= 0 and any(map(blocks[j].text.__contains__, _SPACED_MARKS))

        return path(head - 1) or head > 1 and blocks[head - 1].words <= KICKER_MAX_WORDS and path(head - 2)

    def _stamped(self, head: int, i: int, closing: int) -> bool:
        """Line ``i`` is a live blog's entry: a time of the same shape stands over it and under
        it ("11:48 a.m." / the entry / "11:20 a.m."), as no dek is set."""
        above = next((j for j in range(i - 1, head, -1)
                      if self.verdicts[j] == "chrome.date_line"), None)
        return above is not None and _DIGITS.sub("0", self.blocks[above].text) == _DIGITS.sub(
            "0", self.blocks[closing].text)

    def _captioned(self, i: int, dek_words: int) -> bool:
        """Line ``i`` is a picture's caption over the byline or date: one whole sentence, shorter
        than the dek above it (a dek under its headline is longer), with a byline, date or
        credit right under it."""
        block = self.blocks[i]
        under = self.following(i)
        return (block.sentences == 1 and block.words < min(dek_words, CAPTION_MAX_WORDS + 1)
                and ends_sentence(block.text) and under is not None and self.separator(under)
                # A list's number alone ("0", "1") under a paragraph is no byline or date.
                and not self.blocks[under].text.isdigit())

    def _opens_far(self, closing: int) -> bool:
        """The text's first line opens the article however far above its prose (a video
        player or a signup box between) when its pair of lines is closed by a byline or date,
        and it is no page's <title> with the site's name."""
        return self.separator(closing) and not (self.first == 0 and self._site_titled())

    def following(self, i: int) -> int | None:
        """The next line after ``i`` that is kept or a byline, date or credit: junk between (a
        share bar, "Listen to this article") is passed over."""
        return next((j for j in range(i + 1, len(self.verdicts))
                     if self.verdicts[j] is None or self.separator(j)), None)

    def closed(self, i: int) -> bool:
        """A byline, date or credit comes right under the line, or under its dek."""
        following = self.following(i)
        return following is not None and self.separator(following) or self.dek(i) is not None

    def trail(self, i: int) -> bool:
        """The line is a section path that runs into the headline under it, its separators
        lost ("Home News Business News Ascom opens a plant" over "Ascom opens a plant"), or a
        topic's name that the headline under it holds ("Dancing With the Stars" over "James
        Van Der Beek eliminated from 'Dancing with the Stars' …")."""
        below = next((j for j in range(i + 1, len(self.verdicts)) if self.verdicts[j] is None),
                     None)
        if below is None:
            return False
        text, headline = self.blocks[i].text, self.blocks[below].text
        if len(text) > len(headline) and text.endswith(" " + headline):
            return True
        key, under = word_key(text), word_key(headline)
        return self.blocks[i].words <= TOPIC_MAX_WORDS and len(under) > len(key) and (
            f" {key} " in f" {under} ")

    def after_prose(self, i: int) -> bool:
        """A line of a few words whose nearest kept line above is a sentence of the body's
        kind: a headline opens the article, it does not stand in the middle of its prose."""
        above = next((j for j in range(i - 1, -1, -1) if self.verdicts[j] is None), None)
        if above is None:
            return False
        block = self.blocks[above]
        return (self.blocks[i].words <= KICKER_MAX_WORDS + 1 and not block.is_titleish
                and ends_sentence(block.text))

    def rival(self, i: int) -> bool:
        """The candidate may be a headline that stands nearer the prose than another's (a
        teaser's): not a label, nor a line of names."""
        return not (self.label(i) or i in self.names)

    def score(self, i: int, rank: int) -> float:
        """How much a line of the head looks like the article's headline; ``rank`` counts the
        candidates between it and the prose."""
        block = self.blocks[i]
        score = -RANK_COST * rank
        dek = self.dek(i)
        if dek is not None:
            score += SEPARATED + (0.0 if _label_over_headline(block, self.blocks[dek]) else DEK_BELOW)
        elif self.closed(i):
            score += SEPARATED
        # A line of names that is the whole first line is the outlet's name, the masthead's
        # set again under the byline ("Por ROSALBA MENDIETA" / "El Heraldo del Valle").
        if self.title.repeats(i, block) and not (
                i in self.names and word_key(block.text) == self.title.whole):
            score += TITLED
        if i == self.first and self.first_near:
            score += FIRST
        if block.words >= QUOTED_MIN_WORDS and word_key(block.text) in self.quoted:
            score += SEPARATED
        # A title's shape, or a sentence's full stop (a photo caption, the lede). A headline in
        # Title Case with a full stop is either.
        full_stop = block.text.rstrip().endswith(".")
        if (_title_line(block) or _phrase(block)) and not full_stop:
            score += SHAPE
        elif full_stop and not block.is_titleish:
            score -= SHAPE
        # A line of figures is a date or a score, unless a dek stands under it: a series'
        # name and its issue's date ("Morning Ledger 11.18.25" / "Markets get the jitters …").
        labelled = self.label(i) if dek is None else _label(block, figures=False) or self.site_name(i)
        if labelled or i in self.names or self.after_prose(i) or self.trail(i):
            score -= LABEL
        elif block.words <= KICKER_MAX_WORDS:
            score -= SHORT  # a site's or a section's name, more often than a headline
        return score


def _label_over_headline(block: Block, under: Block) -> bool:
    """A column's or a series' name of a few words in Title Case over a headline in sentence
    case, no full stop ("On the Waterfront" / "The last bait shop on Pier 7 has a few more
    seasons left in it"): the line under it is no dek but the headline."""
    return (block.words <= KICKER_MAX_WORDS + 1 and title_case_ratio(block.text) == 1.0
            and under.words >= LABELLED_HEADLINE_WORDS and not ends_sentence(under.text)
            and title_case_ratio(under.text) < TITLE_RATIO)


# A headline under a column's name is at least this long.
LABELLED_HEADLINE_WORDS = 8


def _note(block: Block) -> bool:
    """A note under its label, a sentence with its stop: "Editor's note: This is the second of
    three parts.", "CORRECTION: An earlier version …" (the article's, never its headline)."""
    label, colon, rest = block.text.partition(": ")
    # A labelled headline asks or cries ("Fact Check: Is an 'oxygen bar' … Rs 300?"); a note
    # states, with a full stop.
    return bool(colon) and len(label.split()) <= NOTE_LABEL_WORDS and rest.rstrip(CLOSERS).endswith(".")


# A note's label is at most this many words.
NOTE_LABEL_WORDS = 2


def _prose(block: Block) -> bool:
    """A paragraph of the body's kind: a sentence of some length that is not a title."""
    return block.words >= PROSE_MIN_WORDS and ends_sentence(block.text) and not block.is_titleish


def _phrase(block: Block) -> bool:
    """A headline in sentence case too long to pass for a title by its shape alone: up to
    ``TITLE_MAX_WORDS`` words with no sentence end ("UEFA Euro qualifying: tracking every
    team to clinch a spot as the last group ends")."""
    return block.words <= TITLE_MAX_WORDS and not ends_sentence(block.text) and (
        block.text[-1] not in ",;:")


def _title_line(block: Block) -> bool:
    """Shaped like a title, or a headline that asks, or that ends on a cry it quotes: "Markets
    on a high; time to be careful?", "Video shows the rescue: 'We got her!'" (a sentence that
    cries out unquoted is the page speaking)."""
    text = block.text
    return block.is_titleish or (text.endswith(QUESTION_MARKS) or text[-2:-1] == "!" and text[-1] in CLOSERS) and (
        KICKER_MAX_WORDS < block.words <= HEADLINE_MAX_WORDS)


def title_heading(blocks: Sequence[Block], head: Head) -> str | None:
    """The headline as the page's heading words it, when the line chosen is the page's title
    with the site's name ("Council votes on the harbor plan | The Ledger", the first line of a
    page's dump) and the page repeats the headline's part on a line of its own."""
    if head.headline != 0:
        return None
    title = TitleLine.of(blocks)
    if len(title.parts) < 2:
        return None
    repeats = [block for i, block in enumerate(blocks) if block.words >= HEADLINE_MIN_WORDS
               and title.repeats(i, block, exact=False)]
    if repeats:
        return max(repeats, key=lambda block: block.words).text
    return _without_wire(blocks)


def _without_wire(blocks: Sequence[Block]) -> str | None:
    """The headline without the agency that the story's dateline credits: "Miners strike
    over pension cuts - Reuters" over "SALTAMORA, March 11 (Reuters) - …"."""
    headline, bar, agency = blocks[0].text.rpartition(" - ")
    if not (bar and headline and 0 < len(agency.split()) <= NAME_MAX_WORDS):
        return None
    credit = f"({agency})"
    for block in blocks[1:WIRE_REACH]:
        if credit in block.text[:DATELINE_CHARS] and patterns.DATELINE.match(block.text):
            return headline
    return None


# The dateline that credits the agency opens one of this many first lines, within this many
# characters.
WIRE_REACH = 12
DATELINE_CHARS = 80


def dek_under(blocks: Sequence[Block], verdicts: Sequence[str | None], head: int,
              options: Options) -> int | None:
    """The dek under a headline the page itself names (not one guessed from the lines' shape):
    any standfirst-shaped line there in sentence case, closed by a byline, date or credit."""
    page = _Head(blocks, verdicts, options, range(head + 1, min(len(blocks), head + 1 + DEK_GAP)),
                 titled=False, known=True)
    return page.dek(head)


def find_head(blocks: Sequence[Block], verdicts: Sequence[str | None], options: Options,
              start: int | None = None) -> Head:
    """The head of the article whose prose begins at ``start`` (by default the first kept
    block of prose)."""
    end = start
    regioned = start is not None
    if start is None:
        start = body_start(blocks, verdicts)
        if start is None:
            # No prose at all (a calendar, a list of results): the head, if any, opens the
            # text, its headline closed by its byline or date.
            page = _Head(blocks, verdicts, options, (), titled=False)
            head = _top_head(page, len(blocks))
            return Head() if head is None else Head(headline=head, dek=page.dek(head))
        # Without the prose model's region, nothing above the head is known to be junk: the
        # head is among the lines shaped like titles that open the text.
        end = next((i for i in range(start) if verdicts[i] is None
                    and not _title_line(blocks[i])), start)
    # A headline written as a sentence may open the prose itself (unless prose stands above).
    kept = [i for i in range(start, len(blocks)) if verdicts[i] is None][:OPENING_LINES * (end == start)]
    reach = range(end - 1, max(-1, start - HEAD_REACH), -1)
    page = _Head(blocks, verdicts, options, [*kept, *reach], titled=start > 0, start=start)
    # It does when a byline, date or credit closes it (or its dek), or the page's title is it.
    opening = []
    titled = set()  # lines the page's title vouches for, whatever their shape
    paragraphs = 0
    for i in kept:
        # A copy of the first line further down is that line's: only a title with a site's name
        # vouches for a line of the prose.
        if page.title.repeats(i, blocks[i], exact=False):
            titled.add(i)
        # So does a byline, date or credit under it; or, for a line in a title's shape, being
        # the text's first line (an article copied from its top) or standing under a date (a
        # blog's post under its day: "Wednesday, April 16, 2008" / "What the council …").
        if i in titled or page.closed(i) or _title_line(blocks[i]) and (
                i == page.first or i > 0 and verdicts[i - 1] == "chrome.date_line"):
            opening.append(i)
        paragraphs += _prose(blocks[i])
        # Two paragraphs in, the article has begun: a line under them (a photo's caption over
        # its credit) is no headline.
        if paragraphs == 2 or not _dek_shaped(blocks[i], options):
            break
    # Each candidate between a line and the prose may be a teaser that stands nearer: a label
    # there (a date's stamp, "View author archive") or a line of names is no such rival, and
    # the nearest rivals are looked at.
    candidates: list[int] = []
    scores: dict[int, float] = {}
    rank = -len(opening)
    for i in [*reversed(opening), *reach]:
        if rank >= HEAD_CANDIDATES:
            break
        if verdicts[i] is None and (i in titled or headline_shaped(blocks[i])
                                    and not cut_off(blocks, verdicts, i)):
            candidates.append(i)
            scores[i] = page.score(i, max(0, rank))
            rank += page.rival(i)
    # The line the page's title repeats is a candidate however far above the prose it stands
    # (a menu of fifty lines between), scored as if halfway up the near ones.
    for i in range(start - 1, -1, -1):
        if i not in scores and verdicts[i] is None and page.title.repeats(i, blocks[i]) and (
                not page.label(i) and headline_shaped(blocks[i])):
            candidates.append(i)
            scores[i] = page.score(i, HEAD_CANDIDATES // 2)
    head = max(candidates, key=lambda i: (scores[i], i), default=None)
    if head is None or scores[head] <= 0:
        # Nothing near the prose reads as its head (a list of figures stands between): the
        # text's own head at its top, a headline closed by its byline or date, is the article's.
        head = _top_head(page, start)
        if head is None:
            return Head()
    # The kicker and teasers stand right above the headline, with nothing but a date between;
    # without a region, every line above the headline is the head's.
    window = KICKER_WINDOW if regioned else len(blocks)
    above: list[int] = []
    i = head - 1
    while i >= 0 and len(above) < window and (i in scores or _separator(verdicts[i])
                                               or _section_word(blocks[i], verdicts[i])):
        if verdicts[i] is None:
            above.insert(0, i)
        i -= 1
    bylines = tuple(sorted(i for i in page.names if i > head))
    dek = page.dek(head)
    return Head(headline=head, dek=dek, above=tuple(above), bylines=bylines,
                closed=dek is not None or page.closed(head))


def _top_head(page: _Head, start: int) -> int | None:
    """The first line near the top of the text shaped like a headline and closed by a byline,
    a date or a credit (under it or under its dek), if any."""
    if page.first is None:
        return None
    for i in range(page.first, min(start, page.first + TOP_HEAD_REACH)):
        block = page.blocks[i]
        if (page.verdicts[i] is None and headline_shaped(block) and not page.label(i)
                and not cut_off(page.blocks, page.verdicts, i) and page.closed(i)):
            return i
    return None


# The lines of the head right above the headline that are recorded as its kicker or teasers.
KICKER_WINDOW = 3


def repeats_headline(block: Block, headline: str) -> bool:
    """The block is the headline again, further down (a recipe card's title, a gallery's), which
    the body does not say twice. Its words and its sentences' ends are the headline's: a
    paragraph whose words only happen to be the headline's, in other sentences, is the body's
    own."""
    return abs(len(block.text) - len(headline)) <= REPEAT_SLACK and (
        _REPEAT_KEY.findall(block.text.casefold()) == _REPEAT_KEY.findall(headline.casefold()))


_REPEAT_KEY = re.compile(r"\w+|[.!?]")


# A repeat of the headline differs from it in its length by at most this many characters (its
# punctuation and spaces).
REPEAT_SLACK = 8


def above_reason(block: Block) -> tuple[str, str]:
    """The removal a headline-shaped line above the headline is recorded as."""
    if block.words <= KICKER_MAX_WORDS:
        return "headline.kicker", "section label or kicker above the headline"
    return "headline.teaser", "headline of another story above the article's headline"
