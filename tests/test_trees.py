"""Pages handed in already parsed: BeautifulSoup soups and tags, lxml elements and trees."""

from __future__ import annotations

from pathlib import Path
import re

import lxml.html
import pytest
from bs4 import BeautifulSoup
from lxml import etree

import cleaner
from cleaner import UnsupportedInput

FIXTURES = sorted(Path(__file__).parent.parent.joinpath("fixtures").glob("html-*/input.html"))

PARAGRAPHS = [
    "The Bayport council voted 6-1 on Tuesday to dredge the harbor's north channel, ending a "
    "two-year dispute over who pays for the work.",
    "Supporters said larger boats could dock at low tide once the work is done, and the two "
    "marinas at the channel's far end expect their summer trade back.",
    "“We waited long enough,” said harbor master Ines Palo, who has asked for the dredging since "
    "the spring storms of 2023 filled the channel with sand.",
    "Work starts in September and should take about ten weeks, the council said.",
]
HEADLINE = "Bayport Council Votes to Dredge the North Channel"
PAGE = ("<html><head><title>Bayport Council Votes to Dredge the North Channel - The Bayport "
        "Beacon</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a> "
        "<a href='/sports'>Sports</a></nav><!-- the story --><article>"
        f"<h1>{HEADLINE}</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article>"
        "<aside><h3>Most read</h3><ul><li><a href='/a'>Ferry fares climb again</a></li>"
        "<li><a href='/b'>Storm closes the causeway</a></li></ul></aside>"
        "<footer>© 2026 The Bayport Beacon</footer></body></html>")


def text_of(path: Path) -> str:
    """The fixture's HTML as cleaner decodes it (the parsers are handed text, not bytes)."""
    data = path.read_bytes()
    return data.decode(cleaner.clean(data).encoding or "utf-8")


def parts(article: cleaner.Article) -> tuple[str | None, str | None, str]:
    return article.headline, article.dek, article.body


@pytest.mark.parametrize("path", FIXTURES, ids=[p.parent.name for p in FIXTURES])
def test_a_parsed_page_gives_what_its_html_gives(path: Path):
    html = text_of(path)
    expected = parts(cleaner.clean(html))
    assert parts(cleaner.clean(BeautifulSoup(html, "lxml"))) == expected
    # lxml parses no str that declares its encoding (an XHTML page's "<?xml … ?>"); a caller
    # hands it the page without the declaration.
    assert parts(cleaner.clean(lxml.html.fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", html)))) == expected


@pytest.mark.parametrize("parse", [
    lambda html: BeautifulSoup(html, "html.parser"),
    lambda html: etree.HTML(html),
    lambda html: lxml.html.document_fromstring(html).getroottree(),
], ids=["soup-html-parser", "etree-element", "lxml-tree"])
def test_other_parsers_and_wrappers(parse):
    article = cleaner.clean_html(parse(PAGE))
    assert article.headline == HEADLINE
    assert list(article.paragraphs) == PARAGRAPHS
    assert article.source_kind == "html"


def test_a_tag_or_element_holding_the_article_gives_that_article():
    soup_part = BeautifulSoup(PAGE, "lxml").find("article")
    tree_part = lxml.html.document_fromstring(PAGE).find(".//article")
    for part in (soup_part, tree_part):
        article = cleaner.clean(part)
        assert article.headline == HEADLINE
        assert list(article.paragraphs) == PARAGRAPHS


def test_the_callers_tree_is_left_as_it_was():
    tree = lxml.html.document_fromstring(PAGE)
    before = etree.tostring(tree)
    cleaner.clean(tree)
    cleaner.clean(tree.find(".//article"))
    assert etree.tostring(tree) == before
    soup = BeautifulSoup(PAGE, "lxml")
    before_soup = str(soup)
    cleaner.clean(soup)
    assert str(soup) == before_soup


def test_a_soup_of_a_broken_page_still_gives_an_article():
    broken = ("<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\"\nWarning: session_start()"
              "<html><head><title>Storm closes causeway</title></head><body><div><p>"
              + "<p>".join(PARAGRAPHS) + "<div><table><tr><td>stray <b>cell<!-- footer")
    for soup in (BeautifulSoup(broken, "html.parser"), BeautifulSoup(broken, "lxml")):
        article = cleaner.clean(soup)
        assert PARAGRAPHS[0] in article.paragraphs
    empty = cleaner.clean(BeautifulSoup("", "html.parser"))
    assert empty.paragraphs == () and empty.notes


def test_a_soup_read_from_bytes_says_their_encoding():
    soup = BeautifulSoup(PAGE.replace("—", "-").encode("cp1252"), "lxml",
                         from_encoding="windows-1252")
    assert cleaner.clean(soup).encoding == "windows-1252"


def test_anything_else_is_refused_naming_what_is_taken():
    for source in (42, ["<p>x</p>"], None, etree.Comment("a comment")):
        with pytest.raises(UnsupportedInput, match="BeautifulSoup.*lxml element"):
            cleaner.clean(source)


def test_clean_text_refuses_a_parsed_page():
    with pytest.raises(UnsupportedInput, match="clean_html"):
        cleaner.clean_text(BeautifulSoup(PAGE, "lxml"))
