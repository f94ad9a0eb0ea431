"""Headline and dek of an HTML page, and where each came from (``headline_source``, ``dek_source``)."""

from __future__ import annotations

import json

import pytest

import cleaner

HEADLINE = "Harbor Board Votes to Dredge the Old North Channel"
DEK = "The state will pay for the work, which should reopen the passage to two marinas."
SITE = "The Elsby Gazette"
LONG_DEK = (f"{DEK} It is the first dredging of the channel since 1988, and the board hopes "
            "the work is done before the boating season opens in May.")
BODY = (
    "The harbor board voted 5-2 on Tuesday night to dredge the old north channel, ending a "
    "fight over the silted-up passage that has dragged on for the better part of a decade and "
    "cost two marinas most of their summer traffic.",
    "Board members who voted no said the plan leaves too little money for the seawall along "
    "Water Street, which flooded twice last winter and sent a foot of seawater into the "
    "basements of the shops below it.",
    "“We cannot keep choosing between the channel and the wall,” said Ana Reyes, one of the "
    "two members who voted against the plan.",
    "The board meets again on April 1, when it will hear bids from three dredging firms.",
)


def page(*, head: str = "", top: str = "", title: str = f"{HEADLINE} - {SITE}") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    return (f"<html><head><title>{title}</title>{head}</head><body>"
            f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            f"<article><h1>{HEADLINE}</h1>{top}{paragraphs}</article></body></html>")


def jsonld(**fields: str) -> str:
    return ('<script type="application/ld+json">'
            + json.dumps({"@type": "NewsArticle", **fields}) + "</script>")


CASES = {
    "classed": page(top=f"<p class='standfirst'>{DEK}</p>"),
    "microdata": page(top=f"<p itemprop='description'>{DEK}</p>"),
    "sub-classed": page(top=f"<h2 class='story__sub'>{DEK}</h2>"),
    "og:description": page(head=f"<meta property='og:description' content='{DEK}'>"),
    "description": page(head=f"<meta name='description' content='{DEK}'>"),
    "json-ld": page(head=jsonld(description=DEK)),
    # A subheading that says what the description says is the page's dek element.
    "subheading": page(top=f"<h2>{DEK}</h2>", head=f"<meta name='description' content='{DEK}'>"),
    "strap-classed": page(top=f"<p class='post-strap'>{DEK}</p>"),
    # A dek set before the headline in the source, under it on the screen.
    "before-the-h1": page(top="").replace("<h1>", f"<div class='hero__precis'>{DEK}</div><h1>"),
    # A subheading of a sentence right under the headline, whatever the description says.
    "subtitle": page(top=f"<h2>{DEK}</h2>",
                     head="<meta name='description' content='Dredging news from Elsby.'>"),
    "desc-classed": page(top=f"<p class='article__desc'>{DEK}</p>"),
    # An unclassed paragraph right under the headline, over the byline (a hashed class).
    "over-byline": page(top=f"<p class='css-yl3rj4'>{DEK}</p><div class='css-1h8j2ai'>"
                            "<span>Words by Nadia Kwan</span><span>March 4, 2025</span></div>"),
    # Deks longer than the body's first paragraph may be, named in words of other languages
    # or as a magazine names them, set apart over the lead picture, or classed an intro with
    # the byline under it.
    "perex-classed": page(top=f"<p class='perex'>{LONG_DEK}</p>"),
    "ingress-classed": page(top=f"<p class='article-ingress'>{LONG_DEK}</p>"),
    "rubric-classed": page(top=f"<p class='rubric'>{LONG_DEK}</p>"),
    "microdata-long": page(top=f"<p itemprop='description'>{LONG_DEK}</p>",
                           head="<meta property='og:description' content='Channel to be dredged'>"),
    "deck-classed": page(top=f"<p class='article-deck'>{LONG_DEK}</p>"),
    # However long, an unclassed paragraph right under the headline over the byline.
    "long-over-byline": page(top=f"<p><em>{LONG_DEK}</em></p><div class='post-info'>Posted by "
                                 "Nadia Kwan on March 4, 2025</div>"),
    "lead-over-picture": page(top=f"<p class='lead'>{LONG_DEK}</p>"
                                  "<figure><img src='/channel.jpg' alt=''></figure>"),
    "intro-over-byline": page(top=f"<figure><img src='/channel.jpg' alt=''></figure>"
                                  f"<p class='article-intro'>{LONG_DEK}</p>"
                                  "<div class='byline'>By Nadia Kwan</div>"),
    # One whose opening the description copies is a line of the body set apart.
    "body": page(top=f"<time datetime='2025-03-04'>March 4, 2025</time><h2>{DEK}</h2>",
                 head=f"<meta name='description' content='{DEK.split(',')[0]}'>"),
}


SOURCES = {"long-over-byline": "element", "microdata-long": "element", "deck-classed": "element", "perex-classed": "element", "ingress-classed": "element", "rubric-classed": "element",
           "lead-over-picture": "element", "intro-over-byline": "element",
           "classed": "element", "microdata": "element", "subheading": "element",
           "sub-classed": "element", "strap-classed": "element", "before-the-h1": "element",
           "subtitle": "element", "over-byline": "element", "desc-classed": "element"}


@pytest.mark.parametrize("case", list(CASES))
def test_dek_and_where_it_came_from(case: str):
    article = cleaner.clean_html(CASES[case])
    source = SOURCES.get(case, case)
    dek = LONG_DEK if LONG_DEK in CASES[case] else DEK
    assert (article.headline, article.dek) == (HEADLINE, dek)
    assert article.dek_source == source
    assert article.to_dict()["dek_source"] == source
    assert list(article.paragraphs) == list(BODY)


def test_no_dek_no_source():
    article = cleaner.clean_html(page())
    assert article.dek is None and article.dek_source is None
    assert article.headline_source == "h1"


def test_a_kicker_before_the_headline_is_no_dek():
    # "episode-kicker" with its joins taken out holds "dek".
    html = page().replace("<h1>", "<div class='episode-kicker'>Season 3 · Episode 47 of the "
                                  "Harbor Hour</div><h1>")
    assert cleaner.clean_html(html).dek is None


def test_a_description_that_is_the_lede_stays_in_the_body():
    article = cleaner.clean_html(page(head=f"<meta name='description' content='{BODY[0]}'>"))
    assert article.dek is None and article.dek_source is None
    assert list(article.paragraphs) == list(BODY)


def test_a_site_wide_description_is_no_dek():
    tagline = "News, sport and weather for the people of Elsby and the harbor towns around it."
    article = cleaner.clean_html(page(head=f"<meta name='description' content='{tagline}'>"))
    assert article.dek is None


def test_a_descriptions_last_sentence_sending_the_reader_to_the_site_is_not_the_deks():
    described = f"{DEK} Jetzt lesen auf elsby-gazette.example"
    article = cleaner.clean_html(page(head=f"<meta name='description' content='{described}'>"))
    assert article.dek == DEK


def test_plain_text_dek_source_is_text():
    article = cleaner.clean_text("\n\n".join([HEADLINE, DEK, "By Nadia Kwan", *BODY]))
    assert (article.dek, article.dek_source) == (DEK, "text")


def test_a_description_that_copies_a_paragraph_with_a_word_changed_is_no_dek():
    edited = BODY[1].replace("Water Street", "Water Street downtown").replace("twice", "two times")
    article = cleaner.clean_html(page(head=f"<meta name='description' content='{edited}'>"))
    assert article.dek is None
    assert list(article.paragraphs) == list(BODY)


def test_a_dek_classed_line_of_byline_and_dates_glued_together_is_no_dek():
    glued = "<p class='dek'><span>NADIA KWAN</span><time>Nov. 20, 2019</time>Updated: 1:35 a.m.</p>"
    article = cleaner.clean_html(page(top=glued))
    assert article.dek is None


def test_the_title_names_the_page_heading_not_a_featured_storys_h1():
    featured = ("<section><article class='featured'><header><h1>Ferry Fares Keep Climbing, and "
                "Commuters Are Fed Up</h1></header></article></section>")
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    html = (f"<html><head><title>{HEADLINE} - {SITE}</title></head><body>{featured}"
            f"<div class='story'><h2>{HEADLINE}</h2>{paragraphs}</div></body></html>")
    article = cleaner.clean_html(html)
    assert (article.headline, article.headline_source) == (HEADLINE, "title")


def test_the_sites_title_in_its_logo_is_no_heading_the_title_names():
    # A book's chapter: the <title> gives the chapter and the book, the logo the book's name.
    book = "The River City: A History of Elsby Harbor and the People of Its Waterfront"
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    html = (f"<html><head><title>Chapter 5: {HEADLINE} – {book}</title></head><body>"
            f"<div class='header'><a class='header__logo--title' href='/book/'><span>{book}"
            f"</span></a></div><div class='chapter'><h1 class='chapter-title'>{HEADLINE}</h1>"
            f"{paragraphs}</div></body></html>")
    assert cleaner.clean_html(html).headline == HEADLINE


def test_a_bold_line_alone_is_a_heading_the_title_names():
    # A mobile page of 2008: "Label: headline" as its title, the headline a bold line alone.
    paragraphs = "".join(f"<p><b>Update:</b> {p}</p>" for p in BODY)
    html = (f"<html><head><title>Gazette Mobile: {HEADLINE}</title></head><body>"
            f"<div><small>Sun, Jun 8 2008</small></div><b>{HEADLINE}</b><br>"
            f"<small>By Nadia Kwan</small>{paragraphs}</body></html>")
    assert cleaner.clean_html(html).headline == HEADLINE


def test_a_title_cut_short_is_the_heading_it_opens():
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    headline = f"{HEADLINE} Before the Summer Boating Season"
    html = (f"<html><head><title>{headline[:60]}...</title></head><body><table><tr><td>"
            f"<font size='+2'><b>{headline}</b></font>{paragraphs}</td></tr></table></body></html>")
    assert cleaner.clean_html(html).headline == headline


def test_a_kicker_on_its_colon_over_the_headline_is_no_paragraph():
    html = page().replace("<h1>", "<p><b>UPDATE:</b></p><h1>")
    article = cleaner.clean_html(html)
    assert "UPDATE:" not in article.paragraphs and article.headline == HEADLINE


def test_a_title_of_the_texts_opening_cut_short_is_no_headline():
    # A photo post's <title> is its caption's first words; the post has no headline.
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    opening = f"{BODY[0]} {BODY[1]}"[:len(BODY[0]) + 20]
    html = (f"<html><head><title>{opening}...</title></head><body><div class='post'>"
            f"{paragraphs}</div></body></html>")
    assert cleaner.clean_html(html).headline is None


def test_a_masthead_in_the_h1_and_the_title_leaves_the_headline_to_the_story():
    # The <title> and the h1 are the site's name, which its rights notice gives; an h3 in the
    # story's cell is the headline.
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    html = (f"<html><head><title>{SITE}</title></head><body><h1>{SITE}</h1><h2>Sports</h2>"
            f"<table><tr><td><h3>{HEADLINE}</h3>{paragraphs}</td></tr></table>"
            f"<p>Copyright 2008 {SITE}. All rights reserved.</p></body></html>")
    assert cleaner.clean_html(html).headline == HEADLINE


def test_an_h1_the_social_title_repeats_beats_a_shorter_heading_in_the_title():
    h1 = "How to dredge a harbor channel without closing it to the summer's boats"
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    html = (f"<html><head><title>How to dredge a harbor, step by step - {SITE}</title>"
            f"<meta property='og:title' content=\"{h1}\"></head><body><div><h1>{h1}</h1>"
            f"<h2>How to dredge a harbor</h2>{paragraphs}</div></body></html>")
    assert cleaner.clean_html(html).headline == h1


def test_a_json_ld_excerpt_of_the_lede_leaves_the_dek_to_the_description():
    # Templates fill JSON-LD's description with the article's opening words.
    head = (jsonld(description=BODY[0][:150]) +
            f"<meta property='og:description' content='{DEK}'>")
    article = cleaner.clean_html(page(head=head))
    assert (article.dek, article.dek_source) == (DEK, "og:description")
    assert article.paragraphs[0] == BODY[0]


def test_a_json_ld_headline_is_read_without_its_escapes_and_site_name():
    escaped = HEADLINE.replace("Old", "&#8216;Old&#8217;")
    article = cleaner.clean_html(
        page(head=jsonld(headline=f"{escaped} | {SITE}"), title=SITE).replace("<h1>", "<h2>")
        .replace("</h1>", "</h2>"))
    assert article.headline == HEADLINE.replace("Old", "\u2018Old\u2019")
    assert article.headline_source == "json-ld"


def test_a_description_that_opens_like_the_lede_and_then_parts_ways_is_no_dek():
    """The lede's first words, then the page glued a link's hover text into its paragraph: the
    description is still the lede's opening, cut where the page's text went another way."""
    opening = " ".join(BODY[0].split()[:16])
    glued = BODY[0].replace("channel,", "channelOld North ChannelHarbor news: ferries,", 1)
    page_html = page(head=f"<meta name='description' content='{opening} the U.S.'>").replace(
        BODY[0], glued)
    article = cleaner.clean_html(page_html)
    assert article.dek is None and article.paragraphs[0] == glued


def test_a_description_sharing_the_articles_names_and_a_word_is_its_dek():
    """A summary that names what the article names (the board, the channel, the marinas) and
    shares one common word with it is about it, though worded its own way."""
    summary = ("Elsby's Harbor Board picks the North Channel over Water Street's seawall, and "
               "marina owners cheer a long-awaited vote.")
    article = cleaner.clean_html(page(head=f"<meta name='description' content=\"{summary}\">"))
    assert (article.dek, article.dek_source) == (summary, "description")


def test_a_description_cut_short_gives_way_to_the_one_in_full():
    # og:description is often the meta description's first sentence.
    full = DEK[:-1] + ", and the board will hear bids from three dredging firms in April."
    head = (f"<meta property='og:description' content='{DEK}'>"
            f"<meta name='description' content='{full}'>")
    article = cleaner.clean_html(page(head=head))
    assert (article.dek, article.dek_source) == (full, "description")


def test_a_box_classed_like_a_dek_that_holds_the_byline_and_date_is_no_dek():
    box = ("<div class='entry-subhead'><span class='byline'>Nadia Kwan</span>"
           "<time datetime='2025-03-04'>March 4, 2025</time></div>")
    assert cleaner.clean_html(page(top=box)).dek is None


def test_a_kicker_inside_the_h1_is_not_the_headline():
    kicked = page().replace(f"<h1>{HEADLINE}</h1>",
                            f"<h1><span class='headline-kicker'>Harbor</span>"
                            f"<span class='visually-hidden'>:</span> <span>{HEADLINE}</span></h1>")
    assert cleaner.clean_html(kicked).headline == HEADLINE


def test_a_lead_paragraph_the_description_repeats_is_the_dek():
    lead = f"<p class='gem-c-lead-paragraph'>{DEK}</p>"
    described = cleaner.clean_html(page(top=lead, head=f"<meta name='description' content='{DEK}'>"))
    assert (described.dek, described.dek_source) == (DEK, "element")
    # Without the description's word, a lead paragraph is the body's first.
    assert cleaner.clean_html(page(top=lead)).dek is None


def test_a_sites_own_subtitle_under_the_headline_is_no_dek():
    tagline = "<div id='siteSub' class='noprint'>From Elsby Wiki, the free encyclopedia</div>"
    assert cleaner.clean_html(page(top=tagline)).dek is None


def test_a_lead_box_the_description_opens_is_the_dek():
    first, rest = DEK.split(", which ")
    lead = f"<div class='noticia__lead'>{DEK}</div>"
    opened = cleaner.clean_html(page(top=lead, head=jsonld(alternativeHeadline=first)))
    assert (opened.dek, opened.dek_source) == (DEK, "element")


def test_a_paragraph_under_the_headline_over_a_body_paragraph_is_the_lede():
    lede = "Three marinas lost most of their summer trade to the silted channel, the board heard."
    article = cleaner.clean_html(page(top=f"<p>{lede}</p>"))
    assert article.dek is None
    assert article.paragraphs[0] == lede


def test_a_summary_classed_paragraph_under_the_byline_is_the_lede():
    lede = "Three marinas lost most of their summer trade to the silted channel, the board heard."
    top = (f"<p class='byline'>By Nadia Kwan</p><p><time datetime='2025-03-04'>March 4, 2025"
           f"</time></p><p class='summary'>{lede}</p>")
    article = cleaner.clean_html(page(top=top))
    assert article.dek is None
    assert article.paragraphs[0] == lede


def test_a_description_naming_the_site_is_the_dek_when_the_story_is_the_sites_own():
    # A company's release on its own site names the company in its headline and its summary.
    headline = "Velmora Instruments Opens a Calibration Laboratory in Tarrow"
    summary = "Velmora Instruments adds a laboratory that will test up to 1,200 meters a month."
    body = ("The company opened the calibration laboratory at its plant in Tarrow on Wednesday, "
            "its third site in the region.",
            "The laboratory will test flow meters against reference standards, work the company "
            "has sent to outside contractors until now.",
            "Fourteen technicians have been hired, most of them from the technical college.")
    html = (f"<html><head><title>{headline} | Velmora Instruments</title>"
            f"<meta property='og:site_name' content='Velmora Instruments'>"
            f"<meta property='og:description' content='{summary}'></head><body>"
            f"<article><h1>{headline}</h1>{''.join(f'<p>{p}</p>' for p in body)}</article>"
            f"</body></html>")
    assert cleaner.clean_html(html).dek == summary


def test_a_title_of_site_and_sections_before_the_headline_gives_the_headline():
    # "WBS NEWS | UK | Scotland | <headline>", and no heading of the page holds it.
    title = f"WBS NEWS | UK | Scotland | {HEADLINE}"
    html = page(title=title).replace(f"<h1>{HEADLINE}</h1>", "")
    assert cleaner.clean_html(html).headline == HEADLINE


def test_a_table_layouts_cells_hold_its_dek_and_its_date_line():
    """A 2000s page laid out in a table: the dek in a cell classed as one ("spot"), and the
    byline and date in a cell of their own, which is a layout's cell, not a data table's row."""
    cells = "".join(f"<tr><td>{p}</td></tr>" for p in BODY)
    layout = (f"<html><head><title>{HEADLINE} - {SITE}</title></head><body>"
              "<table width='760'><tr><td valign='top'><table>"
              f"<tr><td class='baslik'><b>{HEADLINE}</b></td></tr>"
              f"<tr><td class='spot'>{DEK}</td></tr>"
              "<tr><td class='tarih'>Haber Merkezi - 12.05.2010 14:32</td></tr>"
              f"{cells}</table></td><td valign='top'>Weather: 21°C</td></tr></table>"
              "</body></html>")
    article = cleaner.clean_html(layout)
    assert (article.headline, article.dek) == (HEADLINE, DEK)
    assert [r.filter for r in article.removed if r.text.startswith("Haber Merkezi")] == [
        "chrome.date_line"]
