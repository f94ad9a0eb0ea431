"""The article's region of the page: the stretch where its prose is, and what lies outside it."""

from __future__ import annotations

import re
from collections import Counter

from cleaner import headline, prose
from cleaner.context import Context
from cleaner.model import Block
from cleaner.textutil import TITLE_RATIO, ends_sentence, title_case_ratio

# Without a headline, this many kept blocks right above the prose stay with it.
HEAD_WINDOW = 4
# An article has at least this much prose (in words of prose-class blocks).
ARTICLE_MIN_WORDS = 40
# Removals that mark the end of an article, and what each weighs against the prose after it.
END_MARKS = ("related.heading", "comments.", "chrome.copyright")
END_MARK_WORDS = 30.0
# In a thread of comments, the next comment's header comes within this many blocks, or its date
# of at least this many words.
THREAD_GAP = 12
DATED_WORDS = 3


def _weights(ctx: Context) -> list[float]:
    blocks, verdicts = ctx.blocks, ctx.verdicts
    lang = ctx.found["language"] = prose.page_language(blocks)  # the article's field, too
    # What an earlier filter removed is furniture, whatever its shape, and is weighed by its
    # length alone: only the kept blocks are measured. The heading of a list of other stories
    # or of the comments marks where an article ends, and weighs like a paragraph: only more
    # of the article beyond it carries the region across.
    weights = [0.0 if verdict is None else -END_MARK_WORDS if verdict.startswith(END_MARKS)
               else prose.furniture(block.words) for block, verdict in zip(blocks, verdicts)]
    kept = [i for i, verdict in enumerate(verdicts) if verdict is None]
    classify, weight = prose.classify, prose.weight
    for i, m in zip(kept, prose.measure(blocks, lang, kept, ctx.memo("region.said", _said))):
        weights[i] = weight(classify(m), m)
    return weights


def _said(ctx: Context) -> Counter[str]:
    return prose.said(ctx.blocks)


def _inside(ctx: Context) -> frozenset[int] | None:
    """The blocks of the article: its densest run of prose, and its head above.

    The headline finder picks the headline and dek above the prose; with them go the kicker
    and teasers right above the headline (recorded as such), and, between the head and the
    first paragraph of prose, what reads as prose (a dek under the byline, a lede cut short):
    share buttons, video players and links to the story in another language there are not the
    article's. The head is handed on in ``ctx.found``.
    Without a headline, the few kept blocks right above the prose stay.
    """
    if all(verdict is None for verdict in ctx.verdicts):
        # No furniture that any filter knows: the text is an article's own, and it all stays.
        return None
    weights = _weights(ctx)
    limit = _thread_start(ctx, weights)
    run = prose.densest_run(weights[:limit])
    titled = _titled_run(ctx, weights[:limit])
    if titled is not None and (run is None or not run[0] <= titled[0] <= run[1]):
        run = _joined(ctx, titled, run, weights)
    elif titled is not None and titled[1] < run[1] and _closed(ctx, titled[1], weights):
        # The article under the title's line ends where the readers' comments or the page's
        # rights begin, however much prose (an events calendar, a blog's teaser) follows.
        run = (run[0], titled[1], titled[2])
    if run is None:
        return None
    start, end, _ = run
    end = _section_after_tools(ctx, start, end)
    if _cut_short(ctx, end):
        end += 1
    end = _led_list_end(ctx, end)
    # Nothing after the prose that any filter knows for furniture: the article ends with a
    # list of its own (a schedule, results, a meal plan), not with a page's footer, which the
    # filters know, and the text runs to its end.
    tail = ctx.verdicts[end + 1:]
    if tail and all(verdict is None for verdict in tail):
        end = len(ctx.blocks) - 1
    head = headline.find_head(ctx.blocks, ctx.verdicts, ctx.options, start)
    bylined = _bylined_lead(ctx, weights, start, end, head)
    if bylined is not None:
        start, inner = bylined
        head = headline.find_head(ctx.blocks, ctx.verdicts, ctx.options, start)
        if head.headline is None or head.headline < inner:
            # The masthead above the menu again (its tagline, first on the page): the head is
            # the one over the byline.
            head = headline.Head(headline=inner)
    inside = set(range(start, end + 1))
    ctx.found["head"] = head
    if head.headline is None:
        kept = 0
        top = start
        while top > 0 and kept < HEAD_WINDOW:
            top -= 1
            kept += ctx.verdicts[top] is None
        inside.update(range(top, start))
        return frozenset(inside)
    if head.headline >= start:
        # The run opened with the head (a headline written as a sentence): what stood above
        # the headline in it is not the article's.
        inside.difference_update(range(start, head.headline))
    found = [i for i in (head.headline, head.dek) if i is not None]
    inside.update(found, head.above, head.bylines)
    # Between the head and the first paragraph of prose (in the run or above it), only what
    # reads as prose is the article's, a salutation or lead-in that opens it ("Dear Ms.
    # Okonjo,") and the start of its first sentence that a link cut off: "Leer en español"
    # and "Reporting from Port Saldana" among the byline, date and share buttons are not.
    top = max(found) + 1
    lead = next((i for i in range(max(top, start), end + 1) if weights[i] > 1), start)
    inside.difference_update(range(top, lead))
    # A list of other stories or a menu between the head and the prose ends the head: what
    # reads as prose above it is that list's ("1 Photo sparks theories 2 Aides left …").
    top = max([top, *(i + 1 for i in range(top, lead) if _list_mark(ctx.verdicts[i]))])
    leading = [i for i in range(top, lead) if weights[i] > 0 or _prose_line(ctx.blocks[i])
               or i + 1 == lead and ctx.blocks[i].text.endswith((",", ":"))
               or headline.cut_off(ctx.blocks, ctx.verdicts, i)]
    # A line the page says twice there is a gallery's caption, not the lede.
    said = ctx.memo("region.said", _said)
    inside.update(i for i in leading if said[ctx.blocks[i].lower] == 1)
    # A line built as the article's own lines are (a results roundup's "Harbor d. Gull Point
    # 70-44" over its first line of figures, as "Elsby d. Quillon 53-39" further down) is one.
    # Only lines with figures compare: a line of capitalised words alone is built like any
    # name, menu entry or label.
    gap = [i for i in range(top, lead) if i not in inside and ctx.verdicts[i] is None
           and any(map(str.isdigit, ctx.blocks[i].text))]
    if gap:
        shapes = {_shape(ctx.blocks[i].text) for i in range(lead, end + 1)
                  if ctx.verdicts[i] is None and ctx.blocks[i].words <= SHAPE_MAX_WORDS}
        inside.update(i for i in gap if _shape(ctx.blocks[i].text) in shapes)
    return frozenset(inside)


def _bylined_lead(ctx: Context, weights: list[float], start: int, end: int,
                  head: headline.Head) -> tuple[int, int] | None:
    """Where the prose starts under a headline and byline inside the run, with the headline's
    index, when the run's own start has no head of its own (no byline or date closes the
    nearest headline-shaped line, or the site's menu stands between it and the run, the
    masthead's): a weekly's church and club notes run into the story under "Fire company
    takes delivery of new tanker" / "By Janet Puckett". None when there is no such head."""
    blocks, verdicts = ctx.blocks, ctx.verdicts
    if head.headline is not None and head.closed and not headline.menu_between(
            verdicts, max(head.headline, head.dek or 0, *head.bylines), start):
        return None
    # The prose above the inner head is an article's worth (a column of notes, a list of
    # teasers), not a line between a headline and its byline (a fact check's claim).
    for i in range(start + 1, end - 1):
        if verdicts[i] is None and verdicts[i + 1] == "chrome.byline" and headline.headline_shaped(
                blocks[i]) and sum(w for w in weights[start:i] if w > 0) >= ARTICLE_MIN_WORDS:
            lead = next((j for j in range(i + 2, min(end + 1, i + 2 + HEAD_WINDOW)) if weights[j] > 1), None)
            if lead is not None and sum(w for w in weights[lead:end + 1] if w > 0) >= ARTICLE_MIN_WORDS:
                return lead, i
    return None


# Lines compared by their shape are at most this long: a score line, a list's entry.
SHAPE_MAX_WORDS = 12
_SHAPE_TOKEN = re.compile(r"[^\W\d_]+|\d+|\S")


def _shape(text: str) -> str:
    """A line's build: each word a class (capitalised, lower case, figure), its punctuation
    kept, runs of one class as one ("Elsby d. Quillon 53-39" and "Harbor d. Gull Point 70-44"
    are both "A a . A 9 - 9")."""
    out: list[str] = []
    for token in _SHAPE_TOKEN.findall(text):
        kind = ("9" if token.isdigit() else "A" if token[0].isupper() else "a"
                if token[0].isalpha() else token)
        if not out or out[-1] != kind or kind not in "9Aa":
            out.append(kind)
    return " ".join(out)


def _titled_run(ctx: Context, weights: list[float]) -> tuple[int, int, float] | None:
    """The run of prose right under the line the page's title repeats (a whole page's dump
    opens with its <title>: "Man stabs son of German president – The Post" over the menus, the
    article's "Man stabs son of German president" further down): the article is there, however
    much prose a footer or a sidebar holds elsewhere. None when no such line has an article's
    worth of prose under it within reach."""
    blocks, verdicts = ctx.blocks, ctx.verdicts
    if len(blocks) < 2:
        return None
    title = headline.TitleLine.of(blocks)
    if len(title.parts) < 2:
        return None
    best: tuple[int, int, float] | None = None
    for i in range(1, len(weights)):
        if verdicts[i] is not None or not title.repeats(i, blocks[i]):
            continue
        for start in _titled_starts(ctx, weights, i):
            run = _run_from(ctx, weights, start)
            if run[2] >= ARTICLE_MIN_WORDS and (best is None or run[2] > best[2]):
                best = run
    return best


def _titled_starts(ctx: Context, weights: list[float], title: int) -> list[int]:
    """Where the article's prose may start under the line the title repeats: the first prose
    within reach, and the first under the byline or date line within reach, when the page sets
    its dek and picture's caption above them and the story below ("Headline" / dek / caption /
    "Ana Ruiz" / "12 MAR 2026" / a row of share buttons / the story)."""
    verdicts = ctx.verdicts
    end = min(title + 1 + TITLED_REACH, len(weights))
    starts = [next((j for j in range(title + 1, end) if weights[j] > 0), None)]
    signed = next((j for j in range(title + 1, end) if verdicts[j] in _SIGNATURES), None)
    if signed is not None:
        starts.append(next((j for j in range(signed + 1, min(signed + 1 + TITLED_REACH,
                                                                len(weights)))
                            if weights[j] > 0), None))
    return [start for start in dict.fromkeys(starts) if start is not None]


_SIGNATURES = ("chrome.byline", "chrome.date_line")


def _run_from(ctx: Context, weights: list[float], start: int) -> tuple[int, int, float]:
    """The run of prose from ``start``: as far as its sum of weights grows, until it falls
    below nothing, or, once it holds an article's worth, to the start of the comments or the
    page's rights."""
    total = top = 0.0
    end = start
    verdicts = ctx.verdicts
    for j in range(start, len(weights)):
        if top >= ARTICLE_MIN_WORDS and _closes(verdicts[j]):
            break
        total += weights[j]
        if total > top:
            top, end = total, j
        elif total < 0:
            break
    return start, end, top


def _closed(ctx: Context, end: int, weights: list[float]) -> bool:
    """The comments or the page's rights begin right after ``end``, among the article's tools
    ("Print · Tell a friend · Comment on this story"), before any more prose: not after a
    thread of comments on a question, which its answers follow."""
    for j in range(end + 1, min(end + 1 + CLOSING_REACH, len(weights))):
        if _closes(ctx.verdicts[j]):
            return True
        if weights[j] > 0:
            return False
    return False


def _closes(verdict: str | None) -> bool:
    """The verdict marks the end of any article: the comments' heading or prompt, the page's
    copyright."""
    return verdict is not None and verdict.startswith(_CLOSERS)


_CLOSERS = ("comments.", "chrome.copyright")
# The comments' start stands within this many blocks of the article's last prose.
CLOSING_REACH = 10


def _joined(ctx: Context, titled: tuple[int, int, float], run: tuple[int, int, float] | None,
            weights: list[float]) -> tuple[int, int, float]:
    """The run under the title's line, joined to the densest run below it when the article
    goes on between them (a story whose code listings or score table split its prose: an
    article's worth of prose between, and no heading of other stories or of comments)."""
    if run is None or run[0] <= titled[1]:
        return titled
    between = range(titled[1] + 1, run[0])
    if sum(weights[i] for i in between if weights[i] > 0) < ARTICLE_MIN_WORDS or any(
            ctx.verdicts[i] is not None and ctx.verdicts[i].startswith(END_MARKS) for i in between):
        return titled
    return titled[0], run[1], titled[2] + run[2]


# The article's prose starts within this many blocks under the line the title repeats.
TITLED_REACH = 12


def _section_after_tools(ctx: Context, start: int, end: int) -> int:
    """Where the article ends when its tools close it ("Print this article" / "Email to a
    friend") and a section of the page's own follows under a heading in capitals
    ("CLASSIFIEDS", "LETTERS TO THE EDITOR", "BUSINESS BRIEFS"): its last line before the
    tools; else ``end``. A story's subhead stands among its paragraphs, not under its tools."""
    blocks, verdicts = ctx.blocks, ctx.verdicts
    tools = 0
    last = None  # the article's last kept line so far
    words = 0
    for i in range(start, end + 1):
        verdict = verdicts[i]
        if verdict is not None:
            tools += verdict.startswith(_TOOLS)
            continue
        block = blocks[i]
        if (tools >= SECTION_TOOLS and last is not None and words >= ARTICLE_MIN_WORDS
                and block.text.isupper() and block.words <= SECTION_HEADING_WORDS):
            return last
        tools = 0
        words += block.words
        # A tool's word no filter knew ("Print") is no line of the article's.
        if block.words > TOOL_WORDS:
            last = i
    return end


# The tools that close an article, at least this many in a row; the heading of the section after
# them is at most this long.
_TOOLS = ("chrome.page_tools", "share.", "comments.prompt", "address.link_out")
SECTION_TOOLS = 2
SECTION_HEADING_WORDS = 5
TOOL_WORDS = 2


def _led_list_end(ctx: Context, end: int) -> int:
    """The end of a list that the prose's last line leads into ("Dare to Play 3:" over its
    features, or a last paragraph ending in a colon), or ``end``: the items stand under the
    lead-in with nothing removed between, each a line in sentence case or holding a figure, as
    a story's own list is (a list of other stories' headlines is in Title Case)."""
    blocks, verdicts = ctx.blocks, ctx.verdicts
    # The last paragraph itself may lead in ("… Here is what the kit holds:"), or a short line
    # under it.
    lead = end if blocks[end].text.endswith(":") else end + 1
    if lead >= len(blocks) or verdicts[lead] is not None or not blocks[lead].text.endswith(":") or (
            lead > end and blocks[lead].words > LEAD_IN_MAX_WORDS):
        return end
    last = lead
    while last + 1 < len(blocks) and verdicts[last + 1] is None and _list_item(blocks[last + 1]):
        last += 1
    return last if last > lead else end


def _list_item(block: Block) -> bool:
    """An item of a story's own list: shorter than a paragraph, and in sentence case or
    holding a figure ("June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL")."""
    return block.words <= prose.LONG_WORDS and (
        title_case_ratio(block.text) < TITLE_RATIO or any(map(str.isdigit, block.text)))


# A line that leads into a list is at most this long.
LEAD_IN_MAX_WORDS = 8


def _list_mark(verdict: str | None) -> bool:
    return verdict is not None and verdict.startswith(END_MARKS + ("chrome.navigation",))


def _prose_line(block: Block) -> bool:
    """A line of prose whose sentence end is missing: long, and not shaped like a title."""
    return block.words >= prose.LONG_WORDS // 2 and not block.is_titleish


def _thread_start(ctx: Context, weights: list[float]) -> int:
    """Where the readers' comments begin: the first comment heading or header that follows an
    article's worth of prose and has another close after it (a thread's headers, or the dates
    of its comments, come every few blocks). Comments are prose too, and a thread can
    outweigh its article; a lone comment counter among the story's tools is not a thread."""
    verdicts = ctx.verdicts
    markers = [i for i, v in enumerate(verdicts) if v is not None and v.startswith("comments.")]
    best = run = 0.0
    at = 0
    for m in markers:
        for i in range(at, m):  # Kadane: the best run of prose before the marker
            run = max(run, 0.0) + weights[i]
            best = max(best, run)
        at = m
        # The next mark: another comment's header, or the date that heads a comment ("Gaye" /
        # "August 8, 2018 at 3:17 pm" / the comment; a figure alone is a ticker's).
        if best >= ARTICLE_MIN_WORDS and any(
                verdicts[j] is not None and verdicts[j].startswith("comments.")
                or verdicts[j] == "chrome.date_line" and ctx.blocks[j].words >= DATED_WORDS
                for j in range(m + 1, min(m + 1 + THREAD_GAP, len(verdicts)))):
            return m
    return len(weights)


def _cut_short(ctx: Context, end: int) -> bool:
    """The page ends right after the prose with a sentence cut off mid-way (a truncated
    download): it is the article's last paragraph, not furniture."""
    if end + 2 != len(ctx.blocks) or ctx.verdicts[end + 1] is not None:
        return False
    block = ctx.blocks[end + 1]
    return not ends_sentence(block.text) and title_case_ratio(block.text) < prose.FRAGMENT_TITLE_RATIO


# A line built like the furniture beside it is at most this long, and shares this many words
# with it at its start or end.
TEMPLATE_MAX_WORDS = 10
TEMPLATE_WORDS = 3
# Removals that stand beside lines of the article: the byline and date, photo credits.
_NOT_FURNITURE = ("chrome.byline", "chrome.date_line", "credits.", "headline.")


# A word or two between two pieces of one kind of furniture is theirs.
BETWEEN_MAX_WORDS = 2


def between(block: Block, ctx: Context) -> bool:
    """Drop a word or two between two pieces of the same furniture, which their filter did
    not know (jusText's context rule: a short block between two bad ones is bad). A
    headline between a menu and a breadcrumb is longer.

    Example: "More" between "Click to print (Opens in new window)" and "Click to share on
    LinkedIn (Opens in new window)".
    """
    # A page's own heading is no piece of furniture's: a subhead between an ad and an edit
    # link heads the section under it.
    if ends_sentence(block.text) or block.kind == "heading":
        return False
    i, verdicts = ctx.index, ctx.verdicts
    if i == 0 or i + 1 >= len(verdicts):
        return False
    above = verdicts[i - 1]
    return above is not None and above == verdicts[i + 1] and not above.startswith(_NOT_FURNITURE)


def templated(block: Block, ctx: Context) -> bool:
    """Drop a short line built like a piece of furniture right beside it, which that piece's
    filter did not know: the same words open or close both, as a site's template writes them.

    Example: "Submit to Stumbleupon (Opens in new window)" under "Click to share on Reddit
    (Opens in new window)".
    """
    if ends_sentence(block.text):  # before the tokens, which it spares most lines
        return False
    mine = block.tokens
    if len(mine) <= TEMPLATE_WORDS:
        return False
    for step in (-1, 1):
        for other, verdict in ctx.neighbours(step, 1):
            if verdict is None or verdict.startswith(_NOT_FURNITURE):
                continue
            theirs = other.tokens
            if len(theirs) > TEMPLATE_WORDS and (
                    theirs[-TEMPLATE_WORDS:] == mine[-TEMPLATE_WORDS:]
                    or theirs[:TEMPLATE_WORDS] == mine[:TEMPLATE_WORDS]):
                return True
    return False


def outside(block: Block, ctx: Context) -> bool:
    """Drop a block outside the article's region: the menus, teasers and footers of a page
    copied whole, above the article's head or below its last paragraph.

    Example: the "Most Read" list, the "About Us" / "Contact" lines and the copyright under
    the last paragraph of a whole-page dump.
    """
    inside = ctx.memo("region.inside", _inside)
    return inside is not None and ctx.index not in inside
