"""The benchmark's HTML pages rendered as the plain text that scrapers and crawlers give.

Three renderings, each a function ``html -> text``:

- ``soup_text``: BeautifulSoup's ``get_text("\\n")`` of the whole page, as a quick scraper
  does it: every text node on a line of its own (a link inside a sentence breaks it into
  pieces), blank lines wherever the source had whitespace between tags.
- ``walk_text``: a crawler's text dump (Common Crawl's WET files are made this way): the title,
  then a line per block element of the whole page, inline elements kept in their line, no
  blank lines.
- ``region_text``: an article-region scrape, like the seed: the text of the page's article
  container (``<article>``, ``<main>``, ``role="main"``, or the element that holds the body),
  a block per line with a blank line between blocks; captions, credits and boxes inside the
  container stay.

``region_text`` needs the page's ground-truth body (and, when labelled, its headline) to tell
which container holds the article, as a site-specific scraper knows its selector; the other two
read only the page.
"""

from __future__ import annotations

import re
from collections import Counter

import lxml.html
from lxml import etree

BLOCK_TAGS = frozenset(
    """address article aside blockquote body center dd details dialog dir div dl dt fieldset
    figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 header hgroup hr html iframe
    legend li main menu nav ol p pre section summary table tbody td tfoot th thead title tr ul
    option select button""".split())
SKIPPED = frozenset("script style template noscript svg head object".split())
_WORD = re.compile(r"\w+")
# The article's container holds at least this share of the true body's 4-grams; candidates are
# the body's common ancestor and this many levels above it; one holding the headline too may be
# this many times larger than the smallest.
REGION_RECALL = 0.9
REGION_LEVELS = 6
REGION_GROWTH = 4


_PARSER = lxml.html.HTMLParser(encoding="utf-8")


def _parse(html: str) -> etree._Element:
    # Bytes with the encoding said: a str with an XML declaration is refused by lxml, and bytes
    # alone are guessed at from a meta tag that may come too late.
    return lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=_PARSER)


def soup_text(html: str) -> str:
    from bs4 import BeautifulSoup

    return BeautifulSoup(html, "lxml").get_text("\n")


def _lines(el: etree._Element) -> list[str]:
    """The element's text as lines: a line per block element, inline text kept together."""
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = " ".join("".join(current).split())
        if text:
            lines.append(text)
        current.clear()

    def walk(node: etree._Element) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in SKIPPED or not tag:
            return
        block = tag in BLOCK_TAGS
        if block:
            flush()
        if tag == "br":
            flush()
        current.append(node.text or "")
        for child in node:
            walk(child)
            current.append(child.tail or "")
        if block:
            flush()

    walk(el)
    flush()
    return lines


def walk_text(html: str) -> str:
    root = _parse(html)
    title = root.find(".//title")
    head = [" ".join(title.text_content().split())] if title is not None else []
    body = root.find("body")
    lines = _lines(body if body is not None else root)
    return "\n".join([line for line in head if line] + lines)


def _shingles(text: str) -> Counter:
    tokens = _WORD.findall(text)
    return Counter(tuple(tokens[i:i + 4]) for i in range(max(0, len(tokens) - 3)))


def _recall(text: str, truth: Counter) -> float:
    if not truth:
        return 0.0
    got = _shingles(text)
    return sum(min(n, got[s]) for s, n in truth.items()) / sum(truth.values())


def _region(root: etree._Element, truth_text: str, headline: str | None) -> etree._Element:
    """The smallest article-like container holding nearly all of the true body and, when it is
    known, the headline.

    Candidates are the elements a site marks as the article (article, main, role=main, the
    parent of itemprop=articleBody) and the ancestors of the elements holding the body's
    paragraphs. A scraper's selector takes the article with its headline: the smallest
    candidate that holds both wins, unless it is many times larger than one without the
    headline (then the headline sits far from the body, in a page header).
    """
    truth = _shingles(truth_text)
    candidates = set(root.xpath('//article | //main | //*[@role="main"] '
                                '| //*[@itemprop="articleBody"]/..'))
    folded_truth = " ".join(truth_text.split())
    holders = [el for el in root.iter("p", "div", "td", "li")
               if len(el.text_content()) > 60 and " ".join(el.text_content().split())[:60]
               in folded_truth]
    if holders:
        common = holders[0]
        for el in holders[1:]:
            while common is not None and common not in el.iterancestors() and common is not el:
                common = common.getparent()
        node = common
        for _ in range(REGION_LEVELS):
            if node is None:
                break
            candidates.add(node)
            node = node.getparent()
    sized = sorted(candidates, key=lambda el: len(el.text_content()))
    good = [el for el in sized if _recall(" ".join(_lines(el)), truth) >= REGION_RECALL]
    if not good:
        body = root.find("body")
        return body if body is not None else root
    key = _words(headline) if headline else ""
    titled = [el for el in good if key and key in _words(el.text_content())]
    if titled and len(titled[0].text_content()) <= REGION_GROWTH * len(good[0].text_content()):
        return titled[0]
    return good[0]


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def region_text(html: str, truth_text: str, headline: str | None = None,
                dek: str | None = None) -> str:
    """The article container's text; a headline or dek it lacks (the page sets them in its
    header, far from the body) is put on top, as a scraper with a selector for each gives
    them."""
    root = _parse(html)
    lines = _lines(_region(root, truth_text, headline))
    have = _words(" ".join(lines))
    # The headline is the container's when a line of its own says it above the body: its words
    # inside a longer line (a name's hover card glued to it), or in a list of other stories
    # under the body, are no headline a scraper would give.
    folded = " ".join(truth_text.split())
    body_at = next((k for k, line in enumerate(lines)
                    if len(line) > 60 and line[:60] in folded), len(lines))
    heads = {_words(line) for line in lines[:body_at]}
    head = []
    for text, present in ((headline, heads), (dek, have)):
        if text and _words(text) not in present:
            head.append(" ".join(text.split()))
    return "\n\n".join(head + lines)


WHOLE_PAGE = {"soup": soup_text, "walk": walk_text}
