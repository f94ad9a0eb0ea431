"""Which extractor an HTML page is read by, and the page read block by block by the prose model."""

from __future__ import annotations

import lxml.html

import cleaner
from cleaner import extractors
from cleaner.page_blocks import page_blocks

from conftest import FIXTURES, expected

HEADLINE = "Harbor board votes to dredge the old north channel"
PARAGRAPHS = [
    "The harbor board voted 5-2 on Tuesday night to dredge the old north channel, ending a "
    "fight over the silted-up passage that has dragged on for the better part of a decade.",
    "Board members who voted no said the plan leaves too little money for the seawall along "
    "Water Street, which flooded twice last winter and sent seawater into the shops below it.",
    "“We cannot keep choosing between the channel and the wall,” said Ana Reyes, one of the two "
    "members who voted against the plan on Tuesday night.",
    "The board meets again on April 1, when it is expected to pick a contractor from the three "
    "firms that bid on the job, and to set a date for the work to begin.",
]
# A sidebar with more prose than the story: a reader knows the story by its headline.
SIDEBAR = [f"Event {i}: The Elsby garden club meets at the library on Thursday at seven to plan "
           f"the spring plant sale, and new members are welcome to come along." for i in range(8)]


def table_page(headline: str | None = HEADLINE) -> str:
    story = "<br><br>".join(PARAGRAPHS)
    head = f'<font size="5"><b>{headline}</b></font><br>' if headline else ""
    return (f"<html><head><title>{headline or 'The Elsby Gazette'} - The Elsby Gazette</title>"
            "</head><body><table><tr><td><a href='/'>Home</a><br><a href='/news'>News</a></td>"
            f"<td>{head}<font size='1'>By Nadia Kwan</font><br>{story}</td>"
            f"<td><b>Events</b><br>{'<br>'.join(SIDEBAR)}</td></tr></table></body></html>")


def test_a_table_layout_is_read_from_the_headlines_cell():
    article = cleaner.clean_html(table_page())
    assert article.extractor == "prose"
    assert article.headline == HEADLINE
    assert list(article.paragraphs) == PARAGRAPHS


def test_without_a_headline_a_table_layout_is_read_whole():
    article = cleaner.clean_html(table_page(headline=None))
    assert article.extractor == "prose"
    assert all(p in article.paragraphs for p in PARAGRAPHS)


def test_a_page_with_sectioning_elements_is_not_a_table_layout():
    modern = table_page().replace("<body>", "<body><header>The Elsby Gazette</header>")
    assert extractors.table_layout(lxml.html.document_fromstring(table_page()))
    assert not extractors.table_layout(lxml.html.document_fromstring(modern))


def test_an_article_page_is_read_from_trafilaturas_choice():
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = (f"<html><head><title>{HEADLINE}</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>{HEADLINE}</h1>{body}</article></body></html>")
    article = cleaner.clean_html(page)
    assert article.extractor == "trafilatura"
    assert list(article.paragraphs) == PARAGRAPHS
    assert article.to_dict()["extractor"] == "trafilatura"


def test_too_little_from_trafilatura_asks_a_second_opinion():
    # Two paragraphs of the same text: trafilatura's result is a few words, glued.
    same = "The council voted on the harbor plan after a long debate on Tuesday night."
    page = f"<html><body><div><p>{same}</p><p>{same}</p></div></body></html>"
    article = cleaner.clean_html(page)
    assert article.extractor in ("readability", "prose")
    assert list(article.paragraphs) == [same, same]


def test_comments_trafilatura_took_for_the_article_give_way_to_the_story_above_them():
    """A page whose story trafilatura passes over for the readers' comments under it: the
    story, longer and first on the page, is readability's choice; the site's logo in the h1
    is no headline."""
    case = next(FIXTURES.glob("html-lang-s24-swahili-lake-weekly-*"))
    article = cleaner.clean_html((case / "input.html").read_bytes())
    assert article.extractor == "readability"
    assert list(article.paragraphs) == expected(case)["paragraphs"]
    assert article.headline != "Mwangaza wa Ziwa"


def test_plain_text_has_no_extractor():
    assert cleaner.clean_text("\n\n".join(PARAGRAPHS)).extractor is None


def test_line_breaks_part_an_old_pages_paragraphs():
    tree = lxml.html.document_fromstring(f"<html><body><td>{'<br><br>'.join(PARAGRAPHS)}"
                                         "</td></body></html>")
    assert [b.text for b in page_blocks(tree)] == PARAGRAPHS


def test_a_hand_wrapped_paragraph_is_joined_back_and_a_menu_stays_lines():
    # Each paragraph wrapped after its twelfth word, the paragraphs set apart by <br><br>.
    wrapped = ["<br>".join((" ".join(p.split()[:12]), " ".join(p.split()[12:]))) for p in PARAGRAPHS]
    menu = "<br>".join(("Home", "News", "Sports", "- Results"))
    tree = lxml.html.document_fromstring(f"<html><body><td>{'<br><br>'.join(wrapped)}</td>"
                                         f"<td>{menu}</td></body></html>")
    assert [b.text for b in page_blocks(tree)] == [*PARAGRAPHS, "Home", "News", "Sports",
                                                   "- Results"]


def test_a_data_tables_row_is_one_block_of_its_cells():
    tree = lxml.html.document_fromstring(
        "<html><body><table><tr><td>Team</td><td>W</td><td>L</td></tr>"
        "<tr><td>Sandridge</td><td>2</td><td>0</td></tr></table></body></html>")
    blocks = page_blocks(tree)
    assert [(b.text, b.kind) for b in blocks] == [("Team | W | L", "table"),
                                                  ("Sandridge | 2 | 0", "table")]


def test_a_small_table_with_a_picture_frames_its_caption():
    caption = "Crews lift the last stone of the old pier on Tuesday."
    framed = (f"<html><body><table><tr><td><img src='p.jpg' width='300' height='200'></td></tr>"
              f"<tr><td>{caption}</td></tr></table></body></html>")
    spacer = framed.replace("width='300' height='200'", "width='1' height='8'")
    assert "figure" in page_blocks(lxml.html.document_fromstring(framed))[0].containers
    assert "figure" not in page_blocks(lxml.html.document_fromstring(spacer))[0].containers


def test_link_text_and_containers_are_hints_of_each_block():
    tree = lxml.html.document_fromstring(
        "<html><body><nav><a href='/a'>Home</a> <a href='/b'>News</a></nav>"
        f"<p>{PARAGRAPHS[0]}</p></body></html>")
    menu, story = page_blocks(tree)
    assert menu.link_density > 0.8 and "nav" in menu.containers
    assert story.link_density == 0.0 and story.tag == "p"


def test_a_deeply_nested_page_is_walked_without_recursion():
    # Deeper than Python's 1,000 frames of recursion (a tree built, not parsed: libxml2's
    # parser keeps 255 levels).
    tree = lxml.html.document_fromstring("<html><body></body></html>")
    node = tree.find("body")
    for _ in range(5_000):
        node = lxml.html.etree.SubElement(node, "div")
    node.text = PARAGRAPHS[0]
    assert [b.text for b in page_blocks(tree)] == [PARAGRAPHS[0]]


def _sibling_articles(heading: str) -> str:
    """Two sibling <article> elements of one class, each a heading and a body box of two
    paragraphs: a live blog's entries (headings below h1), or an endless page's stories."""
    other = [p.replace("harbor board", "ferry board").replace("channel", "landing")
             for p in PARAGRAPHS]
    articles = "".join(
        f"<article class='post'><{heading}>{title}</{heading}><div class='post-body'>"
        + "".join(f"<p>{p}</p>" for p in body) + "</div></article>"
        for title, body in ((HEADLINE, PARAGRAPHS), ("Ferry board moves the landing", other)))
    return (f"<html><head><title>{HEADLINE}</title></head><body><main>{articles}</main>"
            "</body></html>")


def test_a_live_blogs_entries_are_read_whole_an_endless_pages_next_story_is_not():
    entries = cleaner.clean_html(_sibling_articles("h3"))
    assert "Ferry board moves the landing" in entries.paragraphs
    assert any("ferry board" in p for p in entries.paragraphs)
    stories = cleaner.clean_html(_sibling_articles("h1"))
    assert not any("ferry board" in p or "Ferry board" in p for p in stories.paragraphs)


def test_subheads_and_faq_questions_dropped_between_paragraphs_come_back():
    from cleaner import html

    tree = lxml.html.fromstring(
        "<div><p>" + PARAGRAPHS[0] + "</p><h2 class='subhead'>What happens next</h2><p>"
        + PARAGRAPHS[1] + "</p><details><summary>Who pays for it?</summary><p>" + PARAGRAPHS[2]
        + "</p></details><h2>Related stories</h2></div>")
    pieces = [("paragraph", html.text_of(el), el) for el in tree.iter("p")]
    found = [text for _, text, _ in html._recovered(tree, pieces)]
    # A heading after the last paragraph heads something else (a box of related stories).
    assert found == ["What happens next", "Who pays for it?"]


def test_pages_are_parsed_as_trafilaturas_loader_parses_them():
    """html._load is trafilatura's load_html made faster: the same tree for every kind of text
    it repairs or tells apart (control characters, a slashed doctype, a self-closed <html>, an
    XML declaration, a no-break space before <html>, a lone surrogate, a fragment, no HTML)."""
    from lxml import etree
    from trafilatura.utils import load_html

    from cleaner import html

    page = table_page()
    for text in (page, "\xa0" + page, "\u3000 " + page, "<!DOCTYPE html/>\n" + page,
                 "<!DOCTYPE html/>" + page, "<html lang='en' />\n" + page[6:],
                 page.replace("Tuesday", "Tues\x01day\x0c\uffff"), "\ufeff" + page,
                 "<?xml version='1.0' encoding='iso-8859-1'?>" + page,
                 page.replace("Tuesday", "Tues\ud800day"), "<p>One paragraph</p>",
                 "<div><p>x</p></div><p>y</p>", "no markup at all", " \n"):
        want, got = load_html(text), html._load(text)
        assert (None if want is None else etree.tostring(want)) == (
            None if got is None else etree.tostring(got)), repr(text[:40])


def test_a_headings_link_to_itself_is_no_part_of_it():
    sections = "".join(
        f"<h2 id='s{n}'><a class='anchor' href='#s{n}'>#</a> Section {n} of the story</h2>"
        f"<p>{paragraph}</p>" for n, paragraph in enumerate(PARAGRAPHS))
    html = (f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
            f"{sections}</article></body></html>")
    paragraphs = cleaner.clean_html(html).paragraphs
    assert "Section 1 of the story" in paragraphs
    assert not any(p.startswith("#") for p in paragraphs)
    tree = lxml.html.document_fromstring(html)
    assert "Section 2 of the story" in [b.text for b in page_blocks(tree)]
    # A documentation page's pilcrow, glued to the heading's last word, on the headline too;
    # the sidebar's link of the same words is not the heading.
    glued = html.replace("<a class='anchor'", "<a class='headerlink'").replace(
        ">#</a> Section", ">¶</a>Section").replace(f"<h1>{HEADLINE}</h1>",
                                                   f"<h1>{HEADLINE}<a href='#top'>¶</a></h1>")
    glued = glued.replace("<body>", "<body><nav><a href='#s1'>Section 1 of the story</a></nav>")
    article = cleaner.clean_html(glued)
    assert article.headline == HEADLINE
    assert "Section 1 of the story" in article.paragraphs
