"""Pages handed in already parsed: a BeautifulSoup soup or tag, an lxml element or tree.

A scraper built on requests or Scrapy and BeautifulSoup holds its page as a soup, or the tag it
selected; one built on lxml holds an element. Cleaning either gives the article of the page (or
of the part) it holds, as cleaning its HTML would.
"""

from __future__ import annotations

import copy

import lxml.html
from bs4 import BeautifulSoup, Tag
from lxml import etree

# What the error for anything else names.
ACCEPTED = "str, bytes, a BeautifulSoup or bs4 Tag, or an lxml element or tree"


def markup_of(source: object) -> tuple[str, str | None] | None:
    """The HTML of a bs4 soup or tag, and the encoding its bytes were read in; None for others.

    bs4's tree is serialised and parsed again by lxml rather than walked: that gives exactly the
    tree cleaning the same HTML text gives (a soup built by Python's html.parser nests
    misplaced tags as no browser does, and the extraction reads the nesting), and costs about
    a millisecond a page, against the tens that cleaning takes.
    """
    if not isinstance(source, Tag):
        return None
    root = source if isinstance(source, BeautifulSoup) else next(
        (p for p in source.parents if isinstance(p, BeautifulSoup)), None)
    return str(source), getattr(root, "original_encoding", None)


def tree_of(source: object) -> etree._Element | None:
    """A copy of the page an lxml element or tree holds, as a document; None for others.

    The copy is cleaned, never the caller's tree: the extraction drops elements as it goes.
    An element below the document's root (the article a scraper selected) is put in a page of
    its own; comments and processing instructions go, as the loader of HTML text drops them.
    """
    if isinstance(source, etree._ElementTree):
        source = source.getroot()
    if not isinstance(source, etree._Element) or not isinstance(source.tag, str):
        return None
    tag = source.tag.lower()
    if not isinstance(source, lxml.html.HtmlElement):
        # lxml.etree's own elements lack the HTML methods the cleaning uses; written out and
        # read by the HTML parser (fast: both are libxml2's), a part is put in a page too.
        root = lxml.html.document_fromstring(etree.tostring(source, encoding="unicode",
                                                            with_tail=False))
    elif tag == "html":
        root = copy.deepcopy(source)
    else:
        root = lxml.html.document_fromstring("<html><body></body></html>")
        part = copy.deepcopy(source)
        part.tail = None
        if tag == "body":
            root.replace(root.find("body"), part)
        else:
            root.find("body").append(part)
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    return root
