"""What newsrooms append after the body: provenance lines, credits of the desk, author bios."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cleaner import patterns
from cleaner.filters import address
from cleaner.context import Context
from cleaner.model import Block
from cleaner.textutil import TITLE_RATIO, title_case_ratio

# An author bio stands among the last few kept blocks of the page.
_BIO_TAIL = 3
# Under a byline, its sentence comes within this many lines (a date, a share bar between).
_BIO_GAP = 3
_BIO_VERBS = frozenset(
    "is was has writes covers lives teaches works served reports "
    "taught worked wrote covered spent joined retired studied lived "
    # The same in the other six languages: "Katharina Weßling ist Redakteurin im Ressort Politik."
    "ist war schreibt arbeitet lebt est était écrit travaille vit es fue escribe trabaja vive "
    "è era scrive lavora vive é foi escreve trabalha schrijft werkt woont".split())
# Splits "Maya Chen and Tom Ruiz, Staff Writers" into names (and a title, which never matches).
_NAME_SPLIT = re.compile(r",|\band\b|&|\|")


# The sender line of a wire release is at most this long.
RELEASE_SOURCE_WORDS = 12
# How every provenance line opens, or a word it holds (see provenance).
PROVENANCE_OPENS = (patterns.TRAILER, "source ", patterns.DESK_CREDIT)
PROVENANCE_CUES = (*patterns.PUBLISHED_CUE, "contributed")


def provenance(block: Block, ctx: Context) -> bool:
    """Drop a line saying where the article first ran or who reported and edited it, or who
    sent a press release and whom to call about it.

    Example: "This article originally appeared in The Bayport Review.",
    "Reporting by Maya Chen; Editing by Tom Ruiz", "Media Contact: Lena Marsh",
    "SOURCE Halvorsen Marine Robotics, Inc.".
    """
    lower = block.lower
    if lower.startswith(patterns.TRAILER_OPENERS) and patterns.TRAILER.match(lower):
        return True
    # A wire release's last line names who sent it, in capitals: "SOURCE Halvorsen Marine, Inc."
    if block.text.startswith("SOURCE ") and block.words <= RELEASE_SOURCE_WORDS:
        return True
    if (" by " in lower or "partnership" in lower) and patterns.has_cue(
            lower, patterns.PUBLISHED_CUE) and patterns.PUBLISHED_BY.search(lower):
        return True
    # "Reporting by the Gazette in 2019 found…" is a sentence; a desk credit is a line of names
    # (those before "contributed to this report": "Associated Press writer Lena Haskins in
    # Topeka").
    if lower.startswith(patterns.DESK_OPENERS) and patterns.DESK_CREDIT.match(lower) is not None:
        return title_case_ratio(block.text) >= CREDIT_TITLE_RATIO
    contributed = "contributed" in lower and patterns.CONTRIBUTED.search(lower)
    return bool(contributed) and title_case_ratio(block.text[:contributed.start()]) >= CREDIT_TITLE_RATIO


CREDIT_TITLE_RATIO = 0.6


def disclosure(block: Block, ctx: Context) -> bool:
    """Drop an affiliate, commerce or sponsorship disclosure.

    Example: "If you buy something through this post, we may earn a commission.", "This
    content was paid for by Velmora Bank. The Ledger's newsroom was not involved in its
    creation."
    """
    lower = block.lower
    return patterns.has_cue(lower, patterns.DISCLOSURE_CUE) and (
        patterns.DISCLOSURE.search(lower) is not None)


def disclaimer(block: Block, ctx: Context) -> bool:
    """Drop an opinion disclaimer: the views are the writers', not the outlet's.

    Example: "The views expressed in guest columns are those of the writers and do not
    necessarily reflect the views of the Sentinel."
    """
    lower = block.lower
    return patterns.has_cue(lower, patterns.DISCLAIMER_CUE) and (
        patterns.DISCLAIMER.search(lower) is not None)


def _byline_names(ctx: Context) -> Iterator[str]:
    """The author names the page's own byline lines give."""
    for block, verdict in zip(ctx.blocks, ctx.verdicts):
        if verdict == "chrome.byline":
            match = patterns.BYLINE.match(block.text)
            if match:
                yield from (n.strip() for n in _NAME_SPLIT.split(match.group("names")) if n.strip())


def _starts_with_author(block: Block, ctx: Context) -> bool:
    first = block.text.split(" ", 5)
    # A bio's verb follows a name of one to four words; most lines have none there at all.
    if not any(word in _BIO_VERBS for word in first[1:5]):
        return False
    return any(
        block.text.startswith(f"{name} ") and block.text[len(name) + 1:].split(" ", 1)[0] in _BIO_VERBS
        for name in _byline_names(ctx))


def _job_bio(block: Block) -> bool:
    """A sentence or three that names its subject's job: "Maya Chen is a senior reporter …"."""
    return (block.sentences <= 3 and not _quoted(block)
            and patterns.AUTHOR_BIO.match(block.lower) is not None)


def _bio_shaped(block: Block, ctx: Context) -> bool:
    return (patterns.AUTHOR_BIO.match(block.lower) is not None
            or _starts_with_author(block, ctx)) and block.sentences <= 3 and not _quoted(block)


def _quoted(block: Block) -> bool:
    """A paragraph that opens with a quotation is someone speaking: '"I know people are
    tired," Eggert told reporters.' names reporters, and is no bio."""
    return block.text[:1] in address.QUOTE_OPENERS


def _tail_bios(ctx: Context) -> frozenset[int]:
    """The bios at the page's end: bio-shaped kept blocks with fewer than ``_BIO_TAIL`` kept
    blocks after them, not counting other bios (so two bios at the end go together, and a
    second cleaning agrees). Found in one walk up from the page's end."""
    bios: set[int] = set()
    others = 0
    for i in range(len(ctx.blocks) - 1, -1, -1):
        if ctx.verdicts[i] is not None:
            continue
        if _bio_shaped(ctx.blocks[i], ctx):
            bios.add(i)
        else:
            others += 1
            if others == _BIO_TAIL:
                break
    return frozenset(bios)


# "<Name> is a …", "<Name> was an …": a sentence saying who someone is.
_WHO_IS = re.compile(r"(?:\S{1,30} ){1,3}(?:is|was) (?:a|an)\b")


def _bylined_bios(ctx: Context) -> frozenset[int]:
    """The line right under a byline (past a date or share buttons) that starts with a name
    the byline gave and names a job: the byline's own sentence ("Dana Whitlock is a reporter
    covering housing."), not the lede."""
    bios = set()
    verdicts = ctx.verdicts
    for i, verdict in enumerate(verdicts):
        if verdict != "chrome.byline":
            continue
        j = next((j for j in range(i + 1, min(i + 1 + _BIO_GAP, len(verdicts)))
                  if verdicts[j] is None), None)
        if j is None:
            continue
        block = ctx.blocks[j]
        # Both a name of the byline and a job: a lede may open on its writer's name. A guest
        # writer's job may be any: one sentence saying who the writer is will do ("Dana
        # Whitcombe is a nurse in the cardiac unit at St. Brendan's.").
        if (_job_bio(block) or block.sentences == 1 and _WHO_IS.match(block.lower) is not None) \
                and _starts_with_author(block, ctx):
            bios.add(j)
    return frozenset(bios)


def author_bio(block: Block, ctx: Context) -> bool:
    """Drop the author's bio at the end of an article, or right under its byline.

    A bio names a job ("is a senior reporter"), or starts with the name the byline gave. Only
    near the end, or as the byline's next line naming its writer: the same shape in the middle
    of a story is reporting about someone.
    Example: "Maya Chen is a senior reporter covering city hall for The Harbor Ledger."
    """
    return ctx.index in bios(ctx)


def bios(ctx: Context) -> frozenset[int]:
    """The page's lines that ``author_bio`` removes, found once."""
    return ctx.memo("trailers.bios", _bios)


def _bios(ctx: Context) -> frozenset[int]:
    found = _tail_bios(ctx) | _bylined_bios(ctx) | _headed_bios(ctx)
    return found | _named(ctx, found)


def _named(ctx: Context, bios: frozenset[int]) -> frozenset[int]:
    """The writer's name set over their bio, the name the bio opens with: "Renata Okafor" /
    "Renata Okafor covers environment and agriculture for The Meridian Ledger."."""
    blocks, verdicts = ctx.blocks, ctx.verdicts
    return frozenset(i - 1 for i in bios if i > 0 and verdicts[i - 1] is None
                     and blocks[i - 1].words <= BIO_NAME_MAX_WORDS
                     and blocks[i].text.startswith(blocks[i - 1].text + " "))


# A writer's name over their bio is at most this many words.
BIO_NAME_MAX_WORDS = 5


def _headed_bios(ctx: Context) -> frozenset[int]:
    """A writer's box wherever it stands (a columnist's, above the column): the heading
    "About <Name>" and, right under it, a bio that opens with that name ("About Imogen
    Farrell" / "Imogen Farrell is the Standard's political columnist.")."""
    boxes: set[int] = set()
    blocks, verdicts = ctx.blocks, ctx.verdicts
    # Most blocks are told at once, in one pass in C: they open with no "About".
    for i in [i for i, block in enumerate(blocks[:-1]) if block.lower.startswith(_ABOUT)]:
        name = _about_name(blocks[i])
        if name and verdicts[i] is None and verdicts[i + 1] is None:
            bio = blocks[i + 1]
            if bio.text.startswith(name + " ") and _job_bio(bio):
                boxes.update((i, i + 1))
    return frozenset(boxes)


def _about_name(block: Block) -> str | None:
    """The name an "About <Name>" heading gives, in Title Case: "About Kessling Ferry Works"."""
    lower = block.lower
    if block.words > ABOUT_MAX_WORDS or not lower.startswith(_ABOUT):
        return None
    name = next(block.text[len(a):] for a in _ABOUT if lower.startswith(a))
    # "About the University" over "Carrigan State University is …": the article goes.
    article, _, rest = name.partition(" ")
    if article.lower() in _THE and rest:
        name = rest
    return name if name and title_case_ratio(name) >= TITLE_RATIO else None


_THE = frozenset(("the", "die", "der", "das", "la", "le", "el", "il", "de", "het"))


# "About <Name>", in the seven languages, heads the organisation's boilerplate at the end of a
# press release; the heading is at most this many words, and the box this many kept blocks.
_ABOUT = ("about ", "über ", "à propos de ", "à propos d'", "acerca de ", "sobre ", "informazioni su ",
          "over ")
ABOUT_MAX_WORDS = 7
ABOUT_BOX_BLOCKS = 4
# A press release's end mark stands among this many last kept blocks (About, contacts and
# forward-looking statements after it).
END_MARK_BLOCKS = 12
# The paragraph under the heading names the organisation this early ("Founded in 2017 and
# headquartered in Kessling, Halvorsen Marine Robotics designs …").
ABOUT_NAME_REACH = 160


_END_MARK = re.compile(r"#{3}|# # #|-{1,2} ?(?:30|END|end) ?-{1,2}")


def _about_box(ctx: Context) -> frozenset[int]:
    """The heading "About <Name>" among the page's last kept blocks, when the paragraph under it
    names the organisation at its start, or a press release's end mark, and everything kept
    after it."""
    kept = [i for i, verdict in enumerate(ctx.verdicts) if verdict is None]
    # A press release ends at its end mark ("###", "-30-"): what follows is the boilerplate,
    # its "About", contacts and forward-looking statements together.
    marked = kept[-END_MARK_BLOCKS:]
    for n, i in enumerate(marked):
        if _END_MARK.fullmatch(ctx.blocks[i].text) is not None:
            return frozenset(marked[n:])
    tail = kept[-ABOUT_BOX_BLOCKS:]
    for n, i in enumerate(tail[:-1]):
        name = _about_name(ctx.blocks[i])
        if name and name in ctx.blocks[tail[n + 1]].text[:ABOUT_NAME_REACH]:
            return frozenset(tail[n:])
    return frozenset()


def about_box(block: Block, ctx: Context) -> bool:
    """Drop the boilerplate about the organisation that ends a press release: the heading
    "About <Name>" and the paragraphs under it, which name the organisation at their start;
    or, without the heading, a paragraph in which the page's owner (as its copyright line
    names it) describes itself.

    Example: "About Velmora Instruments" over "Velmora Instruments designs and builds flow
    meters for utilities in 19 countries." at the end of the page; "Velmora is a maker of flow
    meters …" on a page "© 2025 Velmora".
    """
    return ctx.index in ctx.memo("trailers.about_box", _about_box) or _self_profile(block, ctx)


# How an organisation's profile of itself goes on after its name.
_PROFILE = (" is a ", " is an ", " is the ", " is headquartered ", " is based ", " was founded ")


def _self_profile(block: Block, ctx: Context) -> bool:
    text = block.text
    return any(text.startswith(name) and text[len(name):].startswith(_PROFILE)
               for name in ctx.memo("address.outlets", address.outlets))


def republish(block: Block, ctx: Context) -> bool:
    """Drop a republishing licence box: its terms and its buttons.

    Example: "Other newsrooms are welcome to run this article at no charge under a Creative
    Commons licence.", "Republish this story", "Copy story HTML".
    """
    lower = block.lower
    return patterns.REPUBLISH.search(lower) is not None or (
        patterns.REPUBLISH_BUTTON.match(lower) is not None)


# The article's subheads: a headline (<h1>) over nothing is the page's only head, not a trailer.
_SUBHEADS = ("h2", "h3", "h4", "h5", "h6")
LAST_HEADING_MAX_WORDS = 20


def last_heading(block: Block, ctx: Context) -> bool:
    """Drop a subhead that nothing of the article follows: the heading of a section the
    filters removed whole (an encyclopedia's "References" over its notes, "Comments" over the
    thread). An article does not end on a heading.

    Example: "References" as the last line kept, its list of sources removed under it.
    """
    return (block.tag in _SUBHEADS and ctx.next_kept() is None
            and next(ctx.kept_neighbours(-1), None) is not None)
