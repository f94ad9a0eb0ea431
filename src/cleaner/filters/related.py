"""Links to other stories: "Read more" lines, "Related" headings and the teaser lists under them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleaner import patterns
from cleaner.context import Context
from cleaner.model import Block
from cleaner.textutil import (TITLE_MAX_WORDS, ends_sentence, lettered, opens_lower, title_case_ratio,
                              word_count)

# A teaser list under a "Related" heading has at most this many headlines; a kicker in capitals
# over a headline ("RANDY ANDY") is no entry of its own, and at most this short.
_LIST_MAX = 8
_KICKER_MAX_WORDS = 5
# A list's next kicker stands within this many lines.
_PAIR_AHEAD = 3
# A story's subhead is at most this long; a list's last line at least this share as long as
# the shortest entry above it is one of them.
_SUBHEAD_MAX_WORDS = 6
_LIKE_SHARE = 0.75
# A numbered entry of such a list is at most this long.
_ENTRY_MAX_WORDS = 20
# A list of teaser cards has at least this many; a card's summary is at most this long; between
# its headline and summary a date or byline may stand.
_CARDS_MIN = 2
SUMMARY_MAX_WORDS = 45
_SUMMARY_MAX_SENTENCES = 3
_CARD_META = ("chrome.date_line", "chrome.byline")
# A card's headline is often a link, removed as one before the card is seen whole.
_LINKED = "dom.link_list"
_WRITER_MAX_WORDS = 4
# A card's summary is at most this many times as long as the list's first.
_SUMMARY_SPREAD = 2
# A paragraph of the story is a sentence of this many words at least.
_PARAGRAPH_WORDS = 15
_LONG_PARAGRAPH_WORDS = 30
# Cards with no heading over them make a list from this many on; a section's word over a card's
# headline is at most this long.
_HEADLESS_MIN = 3
# A run this long is a list even when its cards carry no mark, if each is a news headline
# over a paragraph of summary: a story's own subheads (a listicle's "Climb the lighthouse") are
# shorter, and what they head runs on.
_UNMARKED_MIN = 5
_UNMARKED_TITLE_WORDS = 5
_SECTION_WORDS = 2
# A card's lines: dates or bylines, a section's word, its headline twice, its summary.
_CARD_MAX_LINES = 6
# A video's running time after its title.
_DURATION = re.compile(r"\(\d{1,2}:\d{2}(?::\d{2})?\)$")


def heading(block: Block, ctx: Context) -> bool:
    """Drop the heading of a related-stories box.

    Example: "Related", "More from The Harbor Ledger", "You might also like", "Lesen Sie auch".
    """
    # "You may also like..." ends in dots that are not a sentence's end.
    text = block.lower.rstrip(" .…:")
    # A label with text after its colon is a link ("Read more: …"), not a heading.
    return (":" not in text and not ends_sentence(text) and (
        patterns.RELATED_HEADING.match(text) is not None or patterns.NAMED_POLL.fullmatch(text) is not None)
        and not _menu_entry(block, ctx))


def _menu_entry(block: Block, ctx: Context) -> bool:
    """A word or two among the entries of a menu is one of them ("Makala" / "Video" /
    "Shows", "Travel" / "Most Popular" / "Odd News"), not a heading over the lines below it:
    the lines right above and the line right under it are a few words each, as no list of
    headlines is."""
    above = list(ctx.neighbours(-1, _MENU_ENTRIES))
    below = next(ctx.neighbours(1, 1), None)
    return block.words <= _MENU_ENTRY_WORDS and len(above) == _MENU_ENTRIES and below is not None and all(
        entry.words <= _MENU_ENTRY_WORDS and not ends_sentence(entry.text)
        for entry, _ in (*above, below))


# A menu's entries are a few words each; this many of them above a word make it one more.
_MENU_ENTRY_WORDS = 3
_MENU_ENTRIES = 3


def link(block: Block, ctx: Context) -> bool:
    """Drop a labelled link to another story.

    Example: "Read more: Council approves harbor dredging plan", "SEE ALSO: Ferry fares rise".
    """
    match = patterns.RELATED_LINK.match(block.lower)
    # "More — far more — will be needed": a dash after "More" in a sentence is prose.
    return match is not None and not (
        (match.group("sep") or "") in "—–--" and ends_sentence(block.text) and not match.group("sep2"))


_NUMBERED = re.compile(r"\d{1,2}[.)] \S")


def _listed(block: Block, heading: Block) -> bool:
    """Shaped like an entry of the heading's list: a headline, or a numbered line of its chunk
    ("2. Is a 50-year mortgage ever a good idea?")."""
    return _headline_like(block) or _dated(block) or (
        block.group == heading.group and block.words <= _ENTRY_MAX_WORDS
        and _NUMBERED.match(block.text) is not None)


def _dated(block: Block) -> bool:
    """An entry of a calendar, a summary's length at most."""
    return block.words <= SUMMARY_MAX_WORDS and _DATED_ENTRY.match(block.lower) is not None


# An entry of a calendar: its day, a dash, the event ("Oct. 14 — Garden club plant swap, 10
# a.m. …", "Sat., May 16 - Pancake breakfast …").
_DATED_ENTRY = re.compile(
    r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]{0,6}\.?,? )?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}(?:,? \d{4})? ?[-–—:] ")


def _headline_like(block: Block) -> bool:
    """A headline of a list: Title Case, or a phrase without a sentence's end (sentence-case
    headlines run longer than the short phrases ``is_titleish`` allows), or a question ("¿Cuánto
    cuesta el colectivo en otras ciudades?")."""
    return block.is_titleish or block.words <= TITLE_MAX_WORDS and (
        not ends_sentence(block.text) or block.text.endswith("?"))


def _kicker(block: Block, verdict: str | None) -> bool:
    return verdict is None and block.words <= _KICKER_MAX_WORDS and block.text.isupper()


def _paired(block: Block, listed: Sequence[tuple[Block, str | None]], ctx: Context) -> bool:
    """Whether the list the block stands in sets a kicker over each headline: two kickers or
    more among its lines above, the block and the few lines under it."""
    kickers = sum(_kicker(b, v) for b, v in listed) + _kicker(block, None)
    return kickers + sum(_kicker(b, v) for b, v in ctx.neighbours(1, _PAIR_AHEAD)) >= 2


def _under_heading(ctx: Context) -> set[int]:
    """The blocks within reach of a related-stories heading above them: ``_LIST_MAX`` entries,
    not counting the kickers over them."""
    reach: set[int] = set()
    blocks, verdicts = ctx.blocks, ctx.verdicts
    for h, verdict in enumerate(verdicts):
        if verdict != "related.heading":
            continue
        entries, i = 0, h + 1
        while i < len(blocks) and entries < _LIST_MAX:
            reach.add(i)
            entries += not _kicker(blocks[i], verdicts[i])
            i += 1
    return reach


def _card_lists(ctx: Context) -> frozenset[int]:
    """The lines of teaser cards under a related-stories heading: each card a headline, maybe
    a date, a byline or its writer's name alone, then a line of summary; two cards or more
    make a list. A headline under
    a "Related" box in the middle of a story is followed by the story's paragraphs, not by
    another headline and its summary."""
    found: set[int] = set()
    blocks, verdicts = ctx.blocks, ctx.verdicts
    for h, verdict in enumerate(verdicts):
        if verdict != "related.heading":
            continue
        cards: list[int] = []
        first_summary = 0  # words
        i = h + 1
        while True:
            title = i
            if title >= len(blocks) or verdicts[title] not in (None, _LINKED) or (
                    blocks[title].words > TITLE_MAX_WORDS):
                break
            # A card's headline may be its link, under a linked kicker ("Shopping").
            while title + 1 < len(blocks) and verdicts[title] == verdicts[title + 1] == _LINKED:
                title += 1
            card = [title]
            i = title + 1
            while i < len(blocks) and (
                    verdicts[i] is not None and verdicts[i].startswith(_CARD_META)
                    or verdicts[i] is None and len(card) == 1 and _writer(blocks[i])):
                if verdicts[i] is None:
                    card.append(i)
                i += 1
            # Under its writer's name, a headline may be a sentence ("I coached for 30 years.
            # Here's what changed."). A word or two is a button or a label ("Assine já" over
            # a paywall's pitch), not another story's headline.
            if not (_headline_like(blocks[title]) or len(card) > 1) or (
                    blocks[title].words <= _SECTION_WORDS):
                break
            if i >= len(blocks) or verdicts[i] is not None or not _summary(blocks[i]):
                break
            # A list's summaries are alike: one far longer than the first is the story's
            # paragraph under its subhead, where the story resumes after the box.
            if first_summary and blocks[i].words > _SUMMARY_SPREAD * first_summary:
                break
            # Nor is a "summary" that paragraphs carry on under a headline that is no link: the
            # story's lede under its headline and byline, after the box's last card.
            if verdicts[title] is None and _story_goes_on(blocks, verdicts, i + 1):
                break
            first_summary = first_summary or blocks[i].words
            cards += [*card, i]
            i += 1
        if len(cards) >= 2 * _CARDS_MIN:
            found.update(cards)
    return frozenset(found)


def headless_cards(block: Block, ctx: Context) -> bool:
    """Drop teaser cards of other stories that no heading introduces, told by what each card
    carries besides its headline and summary: a date or a byline, a section's word over it,
    or its headline said twice (the picture's text, then the link's).

    Example: "3 hours ago" / "Two hurt in Route 9 crash" / "Two people were taken to …", three
    cards in a row under the story.
    """
    return ctx.index in headless_card_lines(ctx)


def headless_card_lines(ctx: Context) -> frozenset[int]:
    """The page's lines that ``headless_cards`` removes, found once."""
    return ctx.memo("related.headless_cards", _headless_cards)


def _headless_cards(ctx: Context) -> frozenset[int]:
    """The lines of runs of ``_HEADLESS_MIN`` cards or more, each with its date, byline,
    section word or twice-said headline (a story's own list of subheads over short paragraphs
    carries none of these), or of ``_UNMARKED_MIN`` cards or more with or without them."""
    found: set[int] = set()
    blocks, verdicts = ctx.blocks, ctx.verdicts
    # Where the nearest line that may be a card's summary stands, from each line on: most lines
    # are too far from one to start a card.
    summary_at = [len(blocks)] * (len(blocks) + 1)
    for i in range(len(blocks) - 1, -1, -1):
        summary_at[i] = i if verdicts[i] is None and _card_summary(blocks[i]) else summary_at[i + 1]
    i = 0
    while i < len(blocks):
        if summary_at[i + 1] - i > _CARD_MAX_LINES:
            i = max(i + 1, summary_at[i + 1] - _CARD_MAX_LINES)
            continue
        cards: list[list[int]] = []
        marked = 0
        j = i
        while (card := _headless_card(blocks, verdicts, j)) is not None:
            # A "summary" that the paragraphs after it carry on is a story's lede, under its
            # headline and byline: the story, not one more card.
            if _story_goes_on(blocks, verdicts, card[1]):
                break
            if not card[2] and not _plain_card(blocks, card[0]):
                break
            cards.append(card[0])
            j, marked = card[1], marked + card[2]
        if len(cards) >= _UNMARKED_MIN or marked >= _HEADLESS_MIN:
            found.update(line for card in cards for line in card)
            i = j
        else:
            i += 1
    return frozenset(found)


def _plain_card(blocks: Sequence[Block], card: Sequence[int]) -> bool:
    """A card with no mark: a headline of a news story's length over a summary of a
    paragraph's ("Dunmore council delays vote on downtown parking meters" / "Merchants packed
    Monday's meeting to oppose …")."""
    title, summary = blocks[card[0]], blocks[card[-1]]
    return (len(card) == 2 and title.words >= _UNMARKED_TITLE_WORDS
            and summary.words >= _PARAGRAPH_WORDS)


def _story_goes_on(blocks: Sequence[Block], verdicts: Sequence[str | None], i: int) -> bool:
    """A paragraph of prose stands kept at ``i``, carrying on the line before it."""
    return i < len(blocks) and verdicts[i] is None and _paragraph(blocks[i])


def _headless_card(blocks: Sequence[Block], verdicts: Sequence[str | None], i: int
                   ) -> tuple[list[int], int, bool] | None:
    """The kept lines of one card that starts at ``i``, where the next may start, and whether
    it is marked as a card, if one starts there: [meta] [section word] headline [headline
    again] [meta] summary [link], marked by one of the bracketed parts, a video's running time
    after the headline, or the headline a link (removed as one: "Commissioners OK gravel for
    Township Road 40" over its summary)."""
    marked = False
    while i < len(blocks) and verdicts[i] is not None and verdicts[i].startswith(_CARD_META):
        i, marked = i + 1, True
    kept: list[int] = []
    if (i + 1 < len(blocks) and verdicts[i] is None and blocks[i].words <= _SECTION_WORDS
            and blocks[i].is_titleish and verdicts[i + 1] is None and blocks[i + 1].words > _SECTION_WORDS):
        kept.append(i)
        i, marked = i + 1, True
    # A card's headline that is a link to the story was removed as one: the link marks it.
    linked = i < len(blocks) and verdicts[i] == _LINKED
    if i >= len(blocks) or verdicts[i] is not None and not linked or not _card_title(blocks[i]):
        return None
    title = blocks[i].text
    if linked:
        marked = True
    else:
        kept.append(i)
    i += 1
    if _DURATION.search(title):  # a video's card: "Why the Canal Froze Over (3:12)"
        marked = True
    if i < len(blocks) and verdicts[i] is None and blocks[i].text == title:
        kept.append(i)
        i, marked = i + 1, True
    while i < len(blocks) and verdicts[i] is not None and verdicts[i].startswith(_CARD_META):
        i, marked = i + 1, True
    if i >= len(blocks) or verdicts[i] is not None or not _card_summary(blocks[i]):
        return None
    kept.append(i)
    i += 1
    # A link to the story under its summary marks the card too: "Full story »".
    while i < len(blocks) and verdicts[i] in _CARD_LINKS:
        i, marked = i + 1, True
    return kept, i, marked


# What a link to the story under a card's summary was removed as.
_CARD_LINKS = frozenset(("address.link_out", "related.link", "dom.link_list"))


def _card_summary(block: Block) -> bool:
    # The cheap tests first: this is asked of every kept line of the page.
    return block.words <= SUMMARY_MAX_WORDS and ends_sentence(block.text) and _summary(block)


def _card_title(block: Block) -> bool:
    """A card's headline: headline-shaped, and no question (an interview's) or lead-in."""
    return (block.words > _SECTION_WORDS and _headline_like(block)
            and not block.text.endswith(("?", ":")))


def _writer(block: Block) -> bool:
    """A writer's name alone on a card, between its headline and summary: "Dolores Vance"."""
    text = block.text
    return (2 <= block.words <= _WRITER_MAX_WORDS and not ends_sentence(text)
            and not any(ch.isdigit() for ch in text) and title_case_ratio(text) == 1.0)


def _summary(block: Block) -> bool:
    """The line of summary on a teaser card: a sentence or two, short."""
    return (not block.is_titleish and block.words <= SUMMARY_MAX_WORDS
            and block.sentences <= _SUMMARY_MAX_SENTENCES)


def teaser_list(block: Block, ctx: Context) -> bool:
    """Drop the headlines listed under a related-stories heading.

    A headline-shaped line is junk when only other such lines stand between it and a
    "Related"/"More from"/"Sponsored" heading above it. The last of them, right before prose,
    may instead be the subhead the story resumes with: it goes only when it stood together with
    the heading on the page (one chunk of lines, one HTML list).
    Teaser cards, each a headline with a line of summary under it, go together, summaries too.
    Example: "Ferry fares to rise in spring" two lines under "More from The Harbor Ledger".
    """
    if ctx.index in ctx.memo("related.cards", _card_lists):
        return True
    # Which heading is near is cheap to see; whether lines are headline-shaped is not.
    if ctx.index not in ctx.memo("related.under_heading", _under_heading):
        return False
    if _over_its_story(ctx):
        return False
    above = list(ctx.neighbours(-1, 2 * _LIST_MAX))
    reach = next((n for n, (_, v) in enumerate(above) if v == "related.heading"), None)
    heading = above[reach][0] if reach is not None else None
    if heading is None or not _listed(block, heading) or reach >= _LIST_MAX and (
            sum(not _kicker(b, v) for b, v in above[:reach]) >= _LIST_MAX):
        return False
    if any(v is None and not _listed(b, heading) for b, v in above[:reach]):
        return False
    # A calendar's entries are its own however the story goes on after them.
    if _dated(block):
        return True
    following = ctx.next_kept()
    # A heading that ends in a colon leads into the line right under it, over the story's
    # next paragraph: "Leggi anche:" / "Valdorsa, torna la corriera del mattino". So does one
    # amid the story over a single line longer than a subhead ("Lire aussi" / "Crues de
    # l'Ourthelette : les derniers riverains enfin indemnisés" / the story goes on).
    if (heading.group == block.group or block.link_density > 0.5
            or following is None or following.is_titleish
            or reach == 0 and _paragraph(following) and (
                heading.text.endswith(":") or block.words > _SUBHEAD_MAX_WORDS and _amid_story(ctx, reach))):
        return True
    # In a list of kickers over headlines, a line under a kicker is a teaser's headline, not
    # the story's subhead, and a kicker over a line that is no paragraph is the next teaser's.
    # One kicker is the story's own, over its headline right under the list.
    if (reach > 0 and _kicker(*above[0]) or _kicker(block, None) and not _paragraph(following)) \
            and _paired(block, above[:reach], ctx):
        return True
    # The list's entries above it: its headlines, and its labelled links ("Video: …").
    return _amid_story(ctx, reach) and _like_the_list(
        block, [b for b, v in above[:reach] if v is None or v == "related.link"])


def _over_its_story(ctx: Context) -> bool:
    """The line is a headline over its byline (and date) and the story under them, two
    paragraphs of prose at least: the list above it has ended ("Video:" / "Levee watch in
    Corliss Bend" / the story's headline / "By MARGARET HOLLOWAY, …" / the story)."""
    i, blocks, verdicts = ctx.index + 1, ctx.blocks, ctx.verdicts
    bylined = False
    while i < len(blocks) and verdicts[i] is not None and i - ctx.index <= _STORY_TOOLS:
        bylined = bylined or verdicts[i] == "chrome.byline"
        i += 1
    # A button's word or two that no filter knew may stand among the tools ("Recommend It:").
    kept = [j for j in range(i, min(len(blocks), i + _STORY_TOOLS))
            if verdicts[j] is None and blocks[j].words > _SECTION_WORDS][:2]
    return bylined and len(kept) == 2 and all(_paragraph(blocks[j]) for j in kept)


# Between a headline and its story stand its byline, date and tools: at most this many lines.
_STORY_TOOLS = 8


def _amid_story(ctx: Context, reach: int) -> bool:
    """The list's heading stands between two paragraphs of the story, not over its headline:
    a paragraph right above it, and no byline or date under the line (which closes a
    headline)."""
    above, below = ctx.index - reach - 2, ctx.index + 1
    return above >= 0 and ctx.verdicts[above] is None and _paragraph(ctx.blocks[above]) and not (
        below < len(ctx.blocks) and (ctx.verdicts[below] or "").startswith(_CARD_META))


def _like_the_list(block: Block, entries: Sequence[Block]) -> bool:
    """The last line of a list before the story resumes is one of its headlines, not the
    story's subhead, when it is longer than a subhead and about as long as the entries above
    it (three quarters of the shortest at least): "Vinobraní v Mělníku přilákalo rekordních 40
    tisíc návštěvníků" after two such headlines."""
    return (bool(entries) and block.words > _SUBHEAD_MAX_WORDS
            and block.words >= _LIKE_SHARE * min(entry.words for entry in entries))


# A link's label before its colon: one to three words of letters ("Loe ka", "BASAHIN"), the
# vowel signs of Thai, Khmer or Hindi among them (a regex's \w holds no combining mark); the
# colon as Khmer, Amharic and the fullwidth forms write it too.
_LABELLED = re.compile(r"([^\s\d:：፦៖]+(?: [^\s\d:：፦៖]+){0,2}) ?[:：፦៖] (\S.*)")
_COLONS = (": ", "： ", "፦ ", "៖ ")
# The headline after it is at least this long; the page sets the same label this many times.
_LABELLED_MIN_WORDS = 4
# An interview's "Q:" and "A:" are no labels of links.
_LABEL_MIN_CHARS = 3
_LABEL_REPEATS = 2
_LABEL_GROUP_MAX = 40
LABELLED_MAX_WORDS = 40


def _labelled_link(block: Block) -> tuple[str, str] | None:
    """The label and headline of a line shaped like a labelled link to another story: a
    headline after the label (no sentence's end, no second label), the label no person's name
    (a name's words are all capitalised; a label in capitals is no name)."""
    text = block.text
    if ends_sentence(text) or sum(map(text.count, _COLONS)) != 1:
        return None
    match = _LABELLED.fullmatch(text)
    if match is None:
        return None
    label, headline = match.groups()
    if not lettered(label.replace(" ", "")):
        return None
    # A headline opens in capitals where its script has them (Arabic, Thai and Persian do not).
    if len(label) < _LABEL_MIN_CHARS or word_count(headline) < _LABELLED_MIN_WORDS or (
            opens_lower(headline)) or (" " in label and not label.isupper()
                                        and all(w[:1].isupper() for w in label.split())):
        return None
    return label.casefold(), headline


def _labelled_links(ctx: Context) -> frozenset[int]:
    """The lines that link to other stories under a label the page repeats, in any language:
    "Loe ka: Võrumaa koolides algab uus toitlustushange" and, further down, "Loe ka: …".
    Only below the story's first paragraph: the page's own headline may carry a label its
    teasers share ("BREAKING: …"), and a headline the page says twice (its title, then its
    heading) is no link."""
    blocks, verdicts = ctx.blocks, ctx.verdicts
    start = next((i for i, (b, v) in enumerate(zip(blocks, verdicts))
                  if v is None and _paragraph(b)), len(blocks))
    found: dict[str, list[tuple[int, str]]] = {}
    for i in range(start + 1, len(blocks)):
        block = blocks[i]
        if verdicts[i] is None and block.words <= LABELLED_MAX_WORDS and any(
                map(block.text.__contains__, _COLONS)):
            link = _labelled_link(block)
            if link is not None:
                found.setdefault(link[0], []).append((i, link[1]))
    label_at = {i: label for label, links in found.items() for i, _ in links}
    lines: set[int] = set()
    for label, links in found.items():
        # A listing's fields stand next to other labelled lines ("Pros: …" / "Cons: …"); a
        # page of more lines under one label is a list of its own (and each is compared with
        # each below).
        if len(links) > _LABEL_GROUP_MAX or any(
                label_at.get(n, label) != label for i, _ in links for n in (i - 1, i + 1)):
            continue
        # Said once each: neither is the start of another ("… | World | News | Express").
        once = [(i, h) for i, h in links
                if not any(j != i and (g.startswith(h) or h.startswith(g)) for j, g in links)]
        if len(once) >= _LABEL_REPEATS:
            lines.update(i for i, _ in once)
    return frozenset(lines)


def labelled_links(ctx: Context) -> frozenset[int]:
    """The page's lines that ``labelled_link`` removes, found once."""
    return ctx.memo("related.labelled_links", _labelled_links)


def labelled_link(block: Block, ctx: Context) -> bool:
    """Drop links to other stories under a label the page sets two times or more, in a
    language the link patterns do not hold: a headline after a word or three and a colon.

    Example: "Lestu líka: Ný sundlaug opnar í Borgarnesi í vor", twice with other headlines.
    """
    return ctx.index in labelled_links(ctx)


def _paragraph(block: Block) -> bool:
    """A paragraph of prose: a sentence of some length, or a long line in a script that ends
    its sentences with no mark (Thai)."""
    return block.words >= _PARAGRAPH_WORDS and (ends_sentence(block.text)
                                                or block.words >= _LONG_PARAGRAPH_WORDS)


# A line's numbers that may each open a list's entry: a number of one or two digits on its own,
# and the first character of what follows it.
_ENTRY_NUMBER = re.compile(r"(?<!\S)(\d{1,2}) (\S)")
# Entries numbered one by one from 1 make a list from this many on.
_RUN_MIN = 3
NUMBERED_RUN_MAX_WORDS = 150


def numbered_run(block: Block, ctx: Context) -> bool:
    """Drop a numbered list of other stories run together on one line, as a "Most read" box's
    entries come out when its markup is lost: 1, 2, 3 … in order, each opening a headline.

    Example: "1 Ferry fares rise again 2 Council delays harbor vote 3 Storm closes the pier".
    """
    expected = 1
    for match in _ENTRY_NUMBER.finditer(block.text):
        opener = match.group(2)
        if int(match.group(1)) == expected and (opener.isupper() or opener.isdigit()
                                                 or opener in "\"'‘“"):
            expected += 1
    return expected > _RUN_MIN
