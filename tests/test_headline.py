"""Headline and dek of a plain-text page, found through ``cleaner.clean_text``."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

import cleaner
from cleaner import Options, Pipeline, headline
from cleaner.segment import text_blocks

HEADLINE = "Harbor Board Votes to Dredge the Old North Channel"
DEK = ("The state will pay for the work, which is due to start in September and should reopen "
       "the passage to the two marinas at its far end.")
TEASER = "Ferry Fares Keep Climbing, and Commuters Are Fed Up"
BYLINE = "By Nadia Kwan"
DATE = "March 4, 2025"
CREDIT = "Lena Marsh/The Elsby Gazette"

BODY = (
    "The harbor board voted 5-2 on Tuesday night to dredge the old north channel, ending a "
    "fight over the silted-up passage that has dragged on for the better part of a decade and "
    "cost two marinas most of their summer traffic.",
    "Board members who voted no said the plan leaves too little money for the seawall along "
    "Water Street, which flooded twice last winter and sent a foot of seawater into the "
    "basements of the shops below it.",
    "“We cannot keep choosing between the channel and the wall,” said Ana Reyes, one of the "
    "two members who voted against the plan.",
    "The board meets again on April 1.",
)
SHORT_LEDE = "The harbor board voted 5-2 on Tuesday to dredge the old north channel."
STAT_LINES = tuple(line for name, figures in (
    ("Ana Reyes", "12 votes (3 absent)."), ("Tom Lind", "9 votes (1 absent)."),
    ("Ke Wen-Li", "No votes recorded."), ("Dana Ruiz", "4 votes (2 absent)."),
    ("Eli Varga", "7 votes (0 absent)."), ("Mara Osei", "2 votes (5 absent).")) for line in (name, figures))
TOPIC_HEADLINE = ("Harbor master eliminated from 'Dancing With the Stars' after a week of "
                  "storm duty")
CRY_HEADLINE = "Harbor board votes to dredge the old channel: 'We got our harbor back!'"
QUESTION_HEADLINE = "Can the harbor board afford to dredge the old north channel at last?"
CUT_LEDE = ("Shares of the ferry operator", "Elsby Lines",
            "fell 4% on Tuesday after the harbor board voted to dredge the old north channel, "
            "which its rivals' boats use.")
SENTENCE_HEADLINE = "Harbor board votes to dredge the old channel. The marinas are relieved."
WIRE_LEDE = ("ELSBY HARBOR, Maine (AP) — The harbor board voted Tuesday to dredge the old north "
             "channel.")


def page(*head: str, body: tuple[str, ...] = BODY) -> str:
    return "\n\n".join([*head, *body])


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    headline: str | None
    dek: str | None
    body: tuple[str, ...] = BODY
    # (filter, text) of the removals recorded for lines above the headline
    above: tuple[tuple[str, str], ...] = field(default=())


CASES = [
    Case("dek-set-apart-by-byline", page(HEADLINE, DEK, BYLINE), HEADLINE, DEK),
    Case("dek-set-apart-by-date", page(HEADLINE, DEK, DATE), HEADLINE, DEK),
    Case("dek-set-apart-by-photo-credit", page(HEADLINE, DEK, CREDIT), HEADLINE, DEK),
    Case("dek-then-credit-byline-date", page(HEADLINE, DEK, CREDIT, BYLINE, DATE), HEADLINE, DEK),
    Case("teaser-above-headline", page(TEASER, HEADLINE, DEK, CREDIT), HEADLINE, DEK,
         above=(("headline.teaser", TEASER),)),
    Case("section-label-above-headline", page("Politics", HEADLINE, BYLINE), HEADLINE, None,
         above=(("headline.kicker", "Politics"),)),
    Case("section-label-above-headline-and-dek", page("Local News", HEADLINE, DEK, BYLINE),
         HEADLINE, DEK, above=(("headline.kicker", "Local News"),)),
    Case("kicker-and-teaser-above", page("Opinion", TEASER, HEADLINE, DEK, BYLINE), HEADLINE, DEK,
         above=(("headline.kicker", "Opinion"), ("headline.teaser", TEASER))),
    Case("no-dek-when-byline-follows-headline", page(HEADLINE, BYLINE, DATE), HEADLINE, None),
    Case("short-lede-after-byline-is-body", page(HEADLINE, BYLINE, body=(SHORT_LEDE, *BODY)),
         HEADLINE, None, body=(SHORT_LEDE, *BODY)),
    Case("no-separator-short-lede-stays-in-body", page(HEADLINE, body=(SHORT_LEDE, *BODY)),
         HEADLINE, None, body=(SHORT_LEDE, *BODY)),
    Case("no-headline-when-prose-comes-first", page(), None, None),
    Case("no-headline-prose-first-then-byline", page(body=(BODY[0], BYLINE, *BODY[1:])), None,
         None),
    Case("dateline-not-taken-as-dek", page(HEADLINE, WIRE_LEDE, DATE, body=BODY[1:]), HEADLINE,
         None, body=(WIRE_LEDE, *BODY[1:])),
    Case("dateline-after-byline-is-body", page(HEADLINE, BYLINE, body=(WIRE_LEDE, *BODY[1:])),
         HEADLINE, None, body=(WIRE_LEDE, *BODY[1:])),
    Case("sentence-case-headline-with-period", page(SENTENCE_HEADLINE, DEK, BYLINE),
         SENTENCE_HEADLINE, DEK),
    Case("junk-between-headline-and-dek", page(HEADLINE, "Share this article", DEK, BYLINE),
         HEADLINE, DEK),
    Case("date-and-read-time-under-headline", page(HEADLINE, DEK, BYLINE, DATE, "6 min read"),
         HEADLINE, DEK),
    Case("dek-under-the-date", page("Harbor", SENTENCE_HEADLINE.rstrip("."), DATE, DEK, CREDIT,
                                     BYLINE),
         SENTENCE_HEADLINE.rstrip("."), DEK, above=(("headline.kicker", "Harbor"),)),
    # Between the head and the body, a sentence over a photo credit is the lead picture's
    # caption: neither the dek nor the body.
    Case("sentence-over-credit-under-date-and-byline-is-a-caption",
         page(HEADLINE, DATE, BYLINE, body=(SHORT_LEDE, CREDIT, *BODY)), HEADLINE, None,
         body=BODY),
    # An article copied from its top, under a question for a headline: nothing else says
    # which line it is (no byline, no title line, and the question reads as prose).
    Case("question-on-the-first-line-over-prose",
         page(QUESTION_HEADLINE, "Skip ad", body=BODY), QUESTION_HEADLINE, None),
    # A topic's name over the headline that holds it is a label, and the headline no dek.
    Case("topic-name-over-the-headline-that-holds-it",
         page("Dancing With the Stars", DATE, TOPIC_HEADLINE, BYLINE), TOPIC_HEADLINE, None,
         above=(("headline.teaser", "Dancing With the Stars"),)),
    # A first paragraph cut at its links into lines, the first of them short: not headlines.
    Case("lede-cut-at-links-under-the-head",
         page(HEADLINE, BYLINE, DATE, body=(*CUT_LEDE, *BODY[1:])), HEADLINE, None,
         body=(*CUT_LEDE, *BODY[1:])),
    Case("date-under-section-label", page("Research | March 4, 2025", "Politics", DATE, HEADLINE,
                                          DEK, BYLINE),
         HEADLINE, DEK, above=(("headline.kicker", "Politics"),)),
]


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_headline_and_dek(c: Case):
    article = cleaner.clean_text(c.text)
    assert (article.headline, article.dek) == (c.headline, c.dek)
    assert list(article.paragraphs) == list(c.body)


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_lines_above_headline_are_recorded(c: Case):
    article = cleaner.clean_text(c.text)
    recorded = [(r.filter, r.text) for r in article.removed if r.filter.startswith("headline.")]
    assert recorded == list(c.above)
    for _, text in c.above:
        assert text not in article.paragraphs


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_headline_and_dek_not_repeated_in_body(c: Case):
    article = cleaner.clean_text(c.text)
    assert article.headline not in article.paragraphs
    assert article.dek not in article.paragraphs
    assert all(r.text != article.headline and r.text != article.dek for r in article.removed)


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_headline_source(c: Case):
    article = cleaner.clean_text(c.text)
    assert article.headline_source == ("text" if c.headline else None)


def test_the_headline_said_twice_is_no_dek_of_its_own():
    """A whole page sets its headline twice, a path's last link and then the heading, over the
    byline: the copy is no dek."""
    said = "Harbor board votes to dredge the old north channel after a decade of delay"
    blocks = text_blocks("\n\n".join([said, said, BYLINE, DATE, BODY[0]]))
    verdicts = [None, None, "chrome.byline", "chrome.date_line", None]
    assert headline.dek_under(blocks, verdicts, 0, Options()) is None


def test_kicker_and_teaser_reasons():
    article = cleaner.clean_text(page("Opinion", TEASER, HEADLINE, DEK, BYLINE))
    reasons = {r.filter: r.reason for r in article.removed}
    assert "kicker" in reasons["headline.kicker"]
    assert "another story" in reasons["headline.teaser"]


def test_dek_longer_than_option_is_body():
    text = page(HEADLINE, DEK, BYLINE)
    article = Pipeline.default(Options(dek_max_chars=len(DEK) - 1)).clean_text(text)
    assert article.dek is None
    assert DEK in article.paragraphs


def test_dek_at_option_limit_is_dek():
    text = page(HEADLINE, DEK, BYLINE)
    article = Pipeline.default(Options(dek_max_chars=len(DEK))).clean_text(text)
    assert article.dek == DEK


def test_headline_between_a_menu_and_a_breadcrumb():
    """A headline between menu entries and a breadcrumb is not furniture sandwiched by them."""
    text = page("Home", "News", "Sports", HEADLINE, "News > Harbor", BYLINE, DATE)
    assert cleaner.clean_text(text).headline == HEADLINE


def test_a_word_alone_is_no_headline():
    """A section's name over the headline is its kicker, however the lines below it read."""
    article = cleaner.clean_text(page("Entertainment", SENTENCE_HEADLINE, DATE, BYLINE))
    assert article.headline == SENTENCE_HEADLINE


def test_a_headline_under_a_label_of_a_few_words_is_not_its_dek():
    """A title-shaped line under a three-word label is the headline, the label its kicker."""
    sentence_case = "Scientists spot water vapor over the ice of a distant moon"
    article = cleaner.clean_text(page("Top Local Stories", sentence_case, CREDIT, BYLINE, DATE))
    assert (article.headline, article.dek) == (sentence_case, None)
    assert any(r.filter == "headline.kicker" and r.text == "Top Local Stories"
               for r in article.removed)


def test_a_first_line_question_over_prose_is_the_headline():
    """An article copied from its headline down, with no byline: a question heads it."""
    question = "Dredging the old channel: will the marinas come back?"
    article = cleaner.clean_text(page(question))
    assert article.headline == question
    assert list(article.paragraphs) == list(BODY)
    # A body whose first paragraph is a sentence keeps it.
    assert cleaner.clean_text(page()).headline is None


def test_a_title_line_chosen_as_headline_gives_the_pages_heading():
    """A dump's first line is the page's <title>: chosen as the headline, it gives the words of
    the page's own heading, without the site's name, when the page repeats them."""
    from cleaner.headline import Head, title_heading
    from cleaner.segment import text_blocks

    for title in (f"{HEADLINE} | The Elsby Gazette", f"The Elsby Gazette: {HEADLINE}"):
        blocks = text_blocks(page(title, "The Elsby Gazette", "Home", HEADLINE.upper()))
        assert title_heading(blocks, Head(headline=0)) == HEADLINE.upper()
        assert title_heading(blocks, Head(headline=3)) is None
    # Without a repeat there is nothing to read the headline's words from.
    assert title_heading(text_blocks(page(f"{HEADLINE} | The Elsby Gazette")), Head(0)) is None


def test_writers_over_their_outlet_are_not_the_headline():
    """A byline without "By": the writers' names, their outlet's name under them, the date."""
    writers = "Nadia Kwan and Tom Lind"
    article = cleaner.clean_text(page(HEADLINE, writers, "The Elsby Gazette", DATE))
    assert article.headline == HEADLINE
    assert {r.text for r in article.removed if r.filter == "headline.byline"} == {
        writers, "The Elsby Gazette"}


def test_a_question_headline_is_not_the_dek_of_the_line_above():
    """A headline that asks (its abbreviations' full stops aside) is shaped like a title: the
    attribution of a quoted claim above it does not take it for its dek."""
    question = "What is the value of the U.S. dredging money that comes to the harbor?"
    claim = "“$53 million a year is going into the mud.”"
    attribution = "— Ana Reyes on Sunday, October 13th, 2019 in an interview with a local paper"
    article = cleaner.clean_text(page(claim, attribution, question, BYLINE, DATE))
    assert (article.headline, article.dek) == (question, None)


def test_a_dek_over_a_datelined_lede_needs_no_byline():
    """Without a byline under it, a standfirst is still set apart when the body opens with its
    dateline right under it; without the dateline, the line is the body's."""
    article = cleaner.clean_text(page(HEADLINE, DEK, body=(WIRE_LEDE, *BODY[1:])))
    assert (article.headline, article.dek) == (HEADLINE, DEK)
    assert article.paragraphs[0] == WIRE_LEDE
    plain = cleaner.clean_text(page(HEADLINE, DEK))
    assert plain.dek is None and plain.paragraphs[0] == DEK


def test_the_title_repeats_a_heading_whose_quotes_differ():
    """The page's heading in the title, told by its words: curly quotes on the page, straight
    ones in the title, and a colon inside the headline."""
    from cleaner.headline import Head, title_heading
    from cleaner.segment import text_blocks

    heading = "‘Dredge It Now’: Harbor Board Votes on the Old North Channel"
    title = "'Dredge It Now': Harbor Board Votes on the Old North Channel | The Elsby Gazette"
    blocks = text_blocks(page(title, "Home", "‘Dredge It Now", heading, BYLINE, DATE))
    assert title_heading(blocks, Head(headline=0)) == heading


def test_a_fragment_of_a_sentence_is_no_headline():
    """A page turned into lines at every link leaves pieces of sentences on lines of their
    own; one that opens on a word in lower case is no headline."""
    fragment = "that topped estimates as revenue fell short, sending shares"
    article = cleaner.clean_text(page(HEADLINE, BYLINE, DATE, fragment))
    assert article.headline == HEADLINE
    article = cleaner.clean_text(page(fragment, BYLINE, DATE))
    assert article.headline is None


def test_three_sentences_over_the_byline_are_the_lede_not_a_dek():
    """A standfirst is a sentence or two; a paragraph of three over the byline is the body's
    first, which some sites print above the byline."""
    lede = ("The harbor board voted on Tuesday to dredge the old channel. The state will pay. "
            "Work starts in September.")
    article = cleaner.clean_text(page(HEADLINE, lede, BYLINE, DATE))
    assert article.dek is None and article.paragraphs[0] == lede


def test_a_date_line_glued_past_reading_is_no_headline():
    """A line that opens with a publication stamp is a date line, even one whose date and
    update note the page glued together where the date filter cannot read it."""
    glued = "Published Tue, Mar 4 20254:29 AM ESTUpdated an hour ago"
    article = cleaner.clean_text(page("Harbor", HEADLINE, glued, "Nadia Kwan@nadiakwan"))
    assert article.headline == HEADLINE


def test_the_head_at_the_top_over_a_list_of_figures_is_the_articles():
    # Nothing near the prose reads as a head: the headline closed by its byline at the top is.
    article = cleaner.clean_text(page(HEADLINE, BYLINE, DATE, *STAT_LINES))
    assert (article.headline, article.dek) == (HEADLINE, None)


def test_a_headline_ending_on_a_quoted_cry_has_a_titles_shape():
    from cleaner.headline import _title_line
    from cleaner.model import Block

    assert _title_line(Block(CRY_HEADLINE))
    # A sentence crying out unquoted is the page speaking: "Come back every week for more!"
    assert not _title_line(Block("Bookmark this page and come back every week for the latest "
                                 "tide tables and harbor news!"))


def test_a_headline_of_sentences_that_the_page_title_repeats_is_the_headline():
    # Three sentences make no title's shape, but the title line vouches for it.
    sentences = ("The harbor board votes to dredge the channel. The work starts in May. The "
                 "marinas on the north shore are relieved.")
    text = page(f"{sentences} - Elsby Gazette", "Home", "News", "Sports", "Obituaries", sentences,
                DATE)
    assert cleaner.clean_text(text).headline == sentences


def test_the_headline_the_title_repeats_wins_over_dated_teasers_nearer_the_prose():
    # A list of other stories, each with its date, stands between the head and the prose.
    teasers = [line for n in range(8) for line in (
        f"Ferry operator number {n + 2} adds a late sailing to the island", "March 3, 2025")]
    text = page(HEADLINE, "Home", "News", "Sports", HEADLINE, BYLINE, DATE,
                *teasers)
    assert cleaner.clean_text(text).headline == HEADLINE


def test_a_title_that_drops_the_headlines_article_still_repeats_it():
    # "Doobie Brothers Unite … – Rolling Stone" over "The Doobie Brothers Unite …".
    headline = "The " + HEADLINE
    teasers = [line for n in range(8) for line in (
        f"Ferry operator number {n + 2} adds a late sailing to the island", "March 3, 2025")]
    text = page(f"{HEADLINE} – The Elsby Gazette", "Home", "News", "Sports", headline, BYLINE,
                DATE, *teasers)
    assert cleaner.clean_text(text).headline == headline


def test_the_line_the_title_repeats_is_a_candidate_however_far_above_the_prose():
    # Fifteen dated teasers between the head and the prose: the headline stands beyond the
    # nearest candidates.
    teasers = [line for n in range(15) for line in (
        f"Ferry operator number {n + 2} adds a late sailing to the island", "March 3, 2025")]
    text = page(f"{HEADLINE} - The Elsby Gazette", "Harbor News", HEADLINE, BYLINE, DATE,
                *teasers)
    assert cleaner.clean_text(text).headline == HEADLINE


SITE = "The Port Elsby Gazette"
MOTTO = "Serving Port Elsby and the harbor towns since 1902"
NOTICE = f"Copyright © 2025 {SITE}. All rights reserved."


def test_the_masthead_and_its_motto_over_the_menu_are_not_the_head():
    # The rights notice names the site: its name at the top, and the motto under it, are the
    # page's, not the article's headline and dek.
    menu = ("Home | News | Sports | Obituaries | Church News :: Classifieds | Legal Notices | "
            "Subscribe :: Archives | Contact Us")
    text = "\n\n".join([SITE, MOTTO, menu, "Week of March 3, 2025", HEADLINE, BYLINE, *BODY,
                        NOTICE])
    assert (cleaner.clean_text(text).headline, cleaner.clean_text(text).dek) == (HEADLINE, None)


def test_a_headline_right_under_the_masthead_is_the_headline():
    text = "\n\n".join([SITE, HEADLINE, BYLINE, DATE, *BODY, NOTICE])
    assert cleaner.clean_text(text).headline == HEADLINE


def test_the_headline_repeated_inside_the_body_is_not_said_twice():
    # A recipe card or a gallery repeats the headline as its own title, further down.
    article = cleaner.clean_text(page(HEADLINE, BYLINE, DATE, body=(*BODY[:2], HEADLINE, *BODY[2:])))
    assert article.headline == HEADLINE and HEADLINE not in article.paragraphs
    assert [r.filter for r in article.removed if r.text == HEADLINE] == ["headline.repeat"]


def test_a_writer_with_the_place_they_file_from_is_no_headline():
    # "Name | Place" over the date: a byline without its "By".
    text = page(HEADLINE, DEK, "Nadia Kwan Ortega | Port Elsby", DATE)
    article = cleaner.clean_text(text)
    assert (article.headline, article.dek) == (HEADLINE, DEK)


def test_a_blog_post_title_under_its_days_date_is_the_headline():
    # The blog's motto (a sentence, read as prose) above; the day's date over the post's title.
    text = page("Search This Blog", "Report Abuse", "Next Blog", "Create Blog", "Sign In",
                "Notes on the harbor board, the ferries and everything "
                "in between in Port Elsby. Not affiliated with anybody.", DATE,
                "What the harbor board actually voted on last night")
    assert cleaner.clean_text(text).headline == "What the harbor board actually voted on last night"


def test_a_line_ending_on_a_small_word_is_no_headline():
    from cleaner.headline import headline_shaped
    from cleaner.model import Block

    # A newswire's label over its sender's name: "News provided by" / "Elsby Ferry Co.".
    assert not headline_shaped(Block("News provided by"))
    assert not headline_shaped(Block("Photos of the"))
    # Title Case ending on its verb's particle, or a phrase that may end on "up", is one.
    assert headline_shaped(Block("The Winter Chowder a Harbor Town Swears By"))
    assert headline_shaped(Block("Ferry fares go up"))


def test_a_cjk_headline_asking_is_no_label():
    # A line of Japanese is one run of word characters: its words are its characters.
    headline = "港の浚渫費用は誰が払うのか？"
    article = cleaner.clean_text(page(headline, "by 港湾ニュース編集部 ／ 2025.03.04"))
    assert article.headline == headline


def test_a_text_without_prose_keeps_its_head():
    # A calendar: no sentence of prose anywhere, the headline closed by its date at the top.
    text = page("Harbor Festival Schedule 2025", DATE, body=tuple(
        f"Day {n}: {name} at the north pier" for n, name in enumerate(
            ("Blessing of the fleet", "Lobster boat races", "Chowder contest",
             "Tall ships open house", "Fireworks over the channel"), start=1)))
    article = cleaner.clean_text(text)
    assert article.headline == "Harbor Festival Schedule 2025"
    assert article.paragraphs[0] == "Day 1: Blessing of the fleet at the north pier"


def test_the_first_line_and_its_dek_open_the_text_however_far_the_prose():
    # Share buttons, a signup box and a list of other stories stand between the head and the
    # first paragraph of prose.
    titles = ("Ferry Captain Retires After 40 Years", "Storm Damages Pier at Elsby Harbor",
              "Harbor Seal Pup Rescued", "Lobster Prices Hit a Record", "Tall Ships Arrive",
              "Council Debates Parking Fees", "New Ferry Terminal Opens", "Fog Delays Crossings",
              "Fishermen Protest Quota Cut", "Lighthouse Gets a New Lens",
              "Marina Expansion Approved", "Chowder Contest Crowns a Winner")
    between = ("Share this on Facebook", "Share this on Twitter", "Share this by email",
               "Advertisement", "NEWSLETTERS", "Receive the latest local updates in your inbox",
               "Email", "Sign up", "Privacy policy | More Newsletters", "Most Read", *titles)
    dek = "The state pays for the work that fishermen asked for"
    article = cleaner.clean_text(page(HEADLINE, dek, BYLINE, DATE, *between))
    assert (article.headline, article.dek) == (HEADLINE, dek)


def test_a_line_opening_with_a_date_in_figures_is_no_headline():
    from cleaner.headline import _label
    from cleaner.model import Block

    # The page's line of metadata: date, writer, section, tags, glued with dashes.
    assert _label(Block("05/10/2025 - Posted by: Nadia Kwan - Section: Harbor - Tags: dredging"))
    # A year alone opens headlines: "2025: the year the harbor froze".
    assert not _label(Block("2025: the year the harbor froze over twice"))


def test_the_outlets_name_under_the_byline_is_not_the_title_line_it_repeats():
    # The masthead opens the dump; the same name stands under the byline as the writer's outlet.
    text = page("The Elsby Gazette", "Home", "News", "Sports", "Obituaries", "Classifieds",
                HEADLINE, "By NADIA KWAN", "The Elsby Gazette", "Posted: March 4, 2025 5:31 PM")
    assert cleaner.clean_text(text).headline == HEADLINE


def test_a_line_opening_with_a_lists_mark_is_no_headline():
    from cleaner.headline import _label
    from cleaner.model import Block

    # A note under a table of results, the last line above the prose.
    assert _label(Block("* Click the link for the full calendar of the harbor races"))
    assert not _label(Block("Harbor board votes to dredge the old north channel"))


def test_the_headline_a_share_button_names_wins_over_the_line_under_a_comment_count():
    # "New, 15 comments" stands between the headline and a Title Case line under it, which a
    # byline closes; the share buttons name the headline.
    under = "The Fourth Channel Dredge in a Decade of Harbor Fights"
    text = page("Filed under:", "Harbor", HEADLINE, "New, 15 comments", under,
                "By Nadia Kwan@nkwan Mar 4, 2025, 7:53pm EST", "Share this story",
                "Share this on Facebook", f"Share All sharing options for: {HEADLINE}",
                "Reddit", "Pocket", "Email")
    assert cleaner.clean_text(text).headline == HEADLINE


def test_a_series_name_with_its_issues_date_over_a_dek_is_the_headline():
    # A daily briefing's title is its name and date; its dek and byline fields follow, and the
    # briefing opens with a pun in capitals.
    dek = "The board finally dredges, the seawall waits and somebody explain ferry fares..."
    text = page("Harbor Brief 03.04.25", dek, "Author:", "The Harbor Brief", "Publish date:",
                DATE, "CHANNEL SURFING", *BODY, body=())
    article = cleaner.clean_text(text)
    assert (article.headline, article.dek) == ("Harbor Brief 03.04.25", dek)


def test_a_games_score_over_its_story_is_no_headline():
    from cleaner.headline import headline_shaped
    from cleaner.model import Block

    assert not headline_shaped(Block("Lakeport 2, Harbor City 4 - Final"))
    assert not headline_shaped(Block("Gulls 3, Anchors 1 (10 inn.)"))
    # A headline with a score has a verb.
    assert headline_shaped(Block("Gulls edge Anchors 4-2 for fourth straight win"))
    text = "\n".join(("Lakeport 2, Harbor City 4 - Final",
                      "Pruitt homers twice as Gulls edge Anchors for fourth straight win",
                      "By Marcus Greer, Staff Writer", "June 21, 2009",
                      "Dexter Pruitt hit two home runs and Tomas Okafor pitched seven strong "
                      "innings as the Harbor City Gulls beat the Lakeport Anchors 4-2 on Sunday.",
                      "Pruitt, who had one homer in his previous 15 games, led off the second "
                      "inning with a drive over the left-field wall."))
    assert cleaner.clean_text(text).headline == (
        "Pruitt homers twice as Gulls edge Anchors for fourth straight win")


def test_a_list_of_other_stories_between_headline_and_line_leaves_no_dek():
    text = "\n\n".join((
        "Wildfire forces evacuation of 400 homes near Copper Flat",
        "Posted: Aug 14, 2008 04:12 PM PDT", "Video",
        "Raw Video: Flames crest ridge above Copper Flat\nEvacuees gather at high school shelter\n"
        "Fire crews describe sudden wind shift", "Email\nPrint\nText Size",
        "COPPER FLAT, Calif. (AP) - A wind-driven wildfire jumped a ridge east of town on "
        "Thursday and forced the evacuation of about 400 homes.",
        "The fire had burned roughly 2,300 acres by early evening and was 5 percent contained, "
        "fire officials said."))
    article = cleaner.clean_text(text)
    assert article.headline == "Wildfire forces evacuation of 400 homes near Copper Flat"
    assert article.dek is None


def test_the_tagline_above_the_sites_menu_is_no_headline():
    # The masthead's tagline is the text's first line and a date closes it, but the site's
    # menu stands between it and the story, whose headline its byline closes.
    text = "\n\n".join((
        "The Elsby Gazette", "Serving Elsby, Gull Point and the Quillon Valley since 1894",
        "Wednesday, August 8, 2007", "Home", "Local News", "Sports", "Obituaries", "Opinion",
        "Classifieds", "Contact Us", "Local News",
        "County fair draws 61,000, a record, despite heat", "By Corinne Lidstrom",
        "The Quillon County Fair closed its five-day run Sunday night with a record attendance "
        "of 61,240, beating the previous mark set in 1998 by nearly 4,000.",
        "The numbers came despite afternoon temperatures that topped 95 degrees on three of the "
        "five days, prompting the fair board to open two cooling tents.",
        "Copyright © 2007 The Elsby Gazette. All rights reserved."))
    assert cleaner.clean_text(text).headline == "County fair draws 61,000, a record, despite heat"


def test_a_columns_name_over_a_sentence_case_headline_is_its_label():
    text = "\n".join(("On the Waterfront",
                      "The last bait shop on Pier 7 has a few more seasons left in it",
                      "By Franklin Osei | Columnist",
                      "Ida Lindqvist opens Pier 7 Bait & Tackle at 4:30 every morning, the same as "
                      "her father did, and the first thing she does is put on a pot of coffee.",
                      "The shop is a plywood shack with a tin roof and a chest freezer full of "
                      "squid, and it has stood on the pier since 1961."))
    article = cleaner.clean_text(text)
    assert (article.headline, article.dek) == (
        "The last bait shop on Pier 7 has a few more seasons left in it", None)


def test_the_tagline_above_a_row_of_the_sites_links_is_no_headline():
    text = "\n\n".join((
        "Westbury Herald-Gazette", "Your hometown news source", "Sunday, November 12, 2006",
        "Home | Local | State | Nation | Sports | Business | Features | Opinion", "Features",
        "The last cobbler on Canal Street", "By Philip Amato",
        "By the time he was 19, Sal Guarnieri could resole a pair of wingtips in under an hour, "
        "a skill he learned in his uncle's shop in Naples.",
        "He came to Westbury in 1961 with a suitcase, a set of awls and a letter from a cousin "
        "who promised him work.",
        "Copyright 2006 Westbury Herald-Gazette. All rights reserved."))
    assert cleaner.clean_text(text).headline == "The last cobbler on Canal Street"


def test_a_breadcrumb_over_the_section_word_opens_the_head():
    # The headline and its dek are both in sentence case and of a length: the breadcrumb and
    # the section's word over the first make it the headline.
    text = "\n\n".join((
        "The Harrowgate Evening Star", "Wednesday 5 March 2008", "Home", "News", "Sport",
        "What's On", "Jobs", "Motors", "Property",
        "You are here: Home > News > Local News", "Local News",
        "Ring road bridge repairs to run into autumn after steel problems found",
        "Drivers face six more months of single-lane traffic on the Calder Way crossing",
        "Last updated: 14:22 Tuesday, 04 March 2008",
        "Repairs to the Calder Way bridge on Harrowgate's inner ring road will run into the "
        "autumn after engineers found corroded steel under the deck, the council said.",
        "The £2.3million scheme was due to be completed by the end of this month, and traffic "
        "has been down to a single lane since October."))
    article = cleaner.clean_text(text)
    assert (article.headline, article.dek) == (
        "Ring road bridge repairs to run into autumn after steel problems found",
        "Drivers face six more months of single-lane traffic on the Calder Way crossing")
