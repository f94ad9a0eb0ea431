"""Which part of an HTML page the article is read from, and by which extractor.

trafilatura finds the article on most pages, and its result is where cleaning starts. Two
kinds of page it gets wrong, and there a second opinion decides:

- **A table layout** of the 2000s: no article, main or section elements, the text in the
  cells of a layout table (navigation, the story, "Most read" and the weather side by side).
  trafilatura returns most of the page. The article is the cell that holds its headline (the
  page's heading its ``<title>`` repeats), read block by block by the prose model
  (``extractor="prose"``); without a headline, or when its cell holds the head alone (the
  story in the next row's cells), the prose model reads the whole page.
- **Too little**: trafilatura finds no article, or a few words. The readability port that
  trafilatura ships scores the page's containers (``extractor="readability"``); when that
  finds little too, the prose model reads the whole page and keeps its densest prose
  (``extractor="prose"``).

Either way the blocks then go through the filters like any other. ``Extraction.whole_page``
says the blocks are a whole page (or a whole cell of one), so the region filter looks for the
article's prose among them; an extractor's chosen part needs no such search.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import lxml.html
from lxml import etree

from cleaner import html, htmlhead
from cleaner.model import Block
from cleaner.page_blocks import page_blocks
from cleaner.textutil import word_key, words

# Elements of a page built after table layouts; a page with any is not one.
_SECTIONING = ("article", "main", "section", "header", "footer", "nav", "aside", "figure")
# A table layout holds at least this share of the page's text in its cells.
LAYOUT_CELL_SHARE = 0.5
# An extraction this short (in words) is too little: the second opinion is asked. One shorter
# than the other is taken only when the other is this many times longer and comes first.
TOO_FEW_WORDS = 50
SECOND_OPINION_WORDS = 150
OUTWEIGHS = 2


@dataclass
class Extraction:
    """The blocks the article is read from, the page's tree and what the page says of itself,
    which extractor chose them, and whether they are a whole page for the region to search."""

    blocks: list[Block]
    tree: etree._Element | None
    meta: htmlhead.Meta
    extractor: str | None
    whole_page: bool = False
    notes: tuple[str, ...] = field(default=())


def extract(source: str | etree._Element, url: str | None = None) -> Extraction:
    """The blocks to read the article from: HTML text, or a tree ``html.parse_page`` may change."""
    page = html.parse_page(source, url)
    if page.tree is None:
        return Extraction([], None, htmlhead.Meta(), None, notes=page.notes)
    meta = htmlhead.read_meta(page.tree, page.jsonld)
    if table_layout(page.tree):
        # Without a headline to tell the story's cell, the prose model reads the whole page.
        blocks = _headline_cell(page.tree, meta) or page_blocks(page.tree)
        if blocks:
            return Extraction(blocks, page.tree, meta, "prose", whole_page=True)
    words = sum(block.words for block in page.blocks)
    if words >= TOO_FEW_WORDS and not page.whole_text:
        if words < SECOND_OPINION_WORDS:
            # A short choice may be the comments under an article trafilatura passed over:
            # readability's, twice as long and before it on the page, is the article.
            other = _readability(page.tree)
            if sum(block.words for block in other) >= OUTWEIGHS * words and _before(
                    other, page.blocks, page.tree):
                return Extraction(other, page.tree, meta, "readability")
        return Extraction(page.blocks, page.tree, meta, "trafilatura", notes=page.notes)
    blocks = _readability(page.tree)
    if sum(block.words for block in blocks) >= TOO_FEW_WORDS:
        return Extraction(blocks, page.tree, meta, "readability")
    blocks = page_blocks(page.tree)
    if blocks:
        return Extraction(blocks, page.tree, meta, "prose", whole_page=True)
    return Extraction(page.blocks, page.tree, meta, "trafilatura", notes=page.notes)


def table_layout(tree: etree._Element) -> bool:
    """A page laid out in a table, as before CSS: no sectioning elements, and most of its text
    in the cells of outer tables."""
    if next(tree.iter(*_SECTIONING), None) is not None:
        return False
    # A page the loader gave up on is parsed as a fragment: its root holds the tables.
    body = tree.find("body")
    if body is None:
        body = tree
    total = len(html.raw_text_of(body))
    if not total:
        return False
    in_cells = sum(len(html.raw_text_of(cell)) for cell in _outer_cells(body))
    return in_cells >= LAYOUT_CELL_SHARE * total


def _outer_cells(root: etree._Element) -> Iterator[etree._Element]:
    """The table cells of a page that no other cell holds: its layout's columns and rows."""
    for cell in root.iter("td", "th"):
        if not any(a.tag in ("td", "th") for a in cell.iterancestors()):
            yield cell


def _headline_cell(tree: etree._Element, meta: htmlhead.Meta) -> list[Block] | None:
    """The blocks of the outer cell that holds the page's headline: the one the page names,
    or else its first heading of a headline's length (a big <font>, an <h2>), for a page
    whose <title> is only its site's name."""
    headline, _ = htmlhead.choose_headline(meta)
    candidates = [headline] if headline else [
        heading for heading in meta.headings()
        if len(words(heading)) >= htmlhead.H1_MIN_WORDS and not htmlhead.site_heading(meta, heading)]
    for candidate in candidates:
        key = word_key(candidate)
        for el in tree.iter("h1", "h2", "h3", "td", "div", "span", "p", "font", "b", "strong", "a"):
            if word_key(html.text_of(el)) == key:
                cell = next((a for a in reversed(list(el.iterancestors()))
                             if a.tag in ("td", "th")), None)
                if cell is not None:
                    blocks = page_blocks(cell)
                    # A cell of the head alone (headline, dek, byline over the story's own
                    # row of cells, an ad's cell splitting it) is no story's cell: the whole
                    # page is read.
                    return blocks if sum(b.words for b in blocks) >= TOO_FEW_WORDS else None
    return None


def _readability(tree: etree._Element) -> list[Block]:
    """The blocks of the container trafilatura's readability port scores best. It changes
    the tree it reads, so it reads a copy; its summary is parsed back as a page of its own."""
    from trafilatura.readability_lxml import Document

    try:
        summary = Document(_copy(tree), min_text_length=25).summary()
    except (ValueError, TypeError, etree.LxmlError):
        return []
    if not summary:
        return []
    try:
        return page_blocks(lxml.html.document_fromstring(summary))
    except (etree.ParserError, ValueError):
        return []


def _before(first: list[Block], second: list[Block], tree: etree._Element) -> bool:
    """The first extraction's text starts before the second's on the page (an article stands
    above its comments, which are prose too)."""
    text = " ".join(tree.text_content().split())

    def start(blocks: list[Block]) -> int:
        found = (text.find(" ".join(block.text.split())[:START_CHARS]) for block in blocks[:3])
        return min((at for at in found if at >= 0), default=len(text))

    return start(first) < start(second)


# An extraction's place on the page is found by the first characters of its first blocks.
START_CHARS = 40


def _copy(tree: etree._Element) -> etree._Element:
    return lxml.html.document_fromstring(etree.tostring(tree, encoding="unicode"))
