"""The HTML path: parse once, read the metadata, find the article with trafilatura, and turn its
result into blocks that carry hints from the source DOM.

The blocks then go through the same filters as plain text (plus the DOM-aware ones), and the
headline and dek come from the page's metadata, chosen by agreement between its sources.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from lxml import etree
from trafilatura import bare_extraction
from trafilatura.utils import load_html

from cleaner import headline as text_head
from cleaner import patterns
from cleaner.model import Block
from cleaner.options import Options
from cleaner.textutil import clean_line, collapse, words

_NOTABLE_ROLES = frozenset(("dialog", "navigation", "complementary", "contentinfo"))
# Ancestor tags worth knowing about: a block inside one of them is rarely body text.
NOTABLE_CONTAINERS = frozenset(
    "figure figcaption aside form nav footer header button label select dialog".split())
# How many levels of class and id tokens a block carries: its element's and its two nearest
# ancestors'. Further up, classes name the whole article or page and say nothing of the block.
CLASS_DEPTH = 3
# Source elements a block of trafilatura's result is looked up among, by its text.
_HINTED = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figcaption", "dd", "dt",
           "td", "th", "pre", "caption")
_TOKEN = re.compile(r"[a-z0-9]+")
# The headline and dek are looked for among this many first kept blocks of the body.
HEAD_SCAN = 8
# Containers that act as paragraphs when they hold only inline markup.
_BOXES = ("div", "span", "section", "center", "font", "article", "main")
_INLINE = frozenset("a b i u s em strong small span br img abbr cite code time sup sub mark "
                    "font wbr q label".split())
# Tags whose text is never visible prose.
_INVISIBLE = ("script", "style", "noscript", "template", "svg", "iframe", "object")


@dataclass(frozen=True)
class Hints:
    tag: str
    classes: frozenset[str]
    containers: frozenset[str]
    link_density: float


@dataclass
class Meta:
    """The page's own statements about its headline and summary, by source."""

    jsonld_headline: str | None = None
    jsonld_description: str | None = None
    og_title: str | None = None
    og_description: str | None = None
    twitter_title: str | None = None
    twitter_description: str | None = None
    meta_description: str | None = None
    title: str | None = None
    site_name: str | None = None
    h1: str | None = None
    dek_elements: list[str] = field(default_factory=list)


@dataclass
class Page:
    blocks: list[Block]
    meta: Meta
    notes: tuple[str, ...] = ()


# ---------------------------------------------------------------- parsing


def _parse(text: str) -> etree._Element | None:
    # trafilatura's own loader: its parser drops comments and processing instructions, which
    # its extraction expects, and it copes with XML declarations in str input.
    try:
        return load_html(text)
    except (etree.ParserError, ValueError):
        return None


def _tokens(el: etree._Element) -> list[str]:
    return _TOKEN.findall(f"{el.get('class', '')} {el.get('id', '')}".lower())


def _text(el: etree._Element) -> str:
    """The element's text with whitespace runs folded (no regex: this runs on every element)."""
    return " ".join("".join(el.itertext()).split())


def _own_text(box: etree._Element) -> str:
    """The text a box holds itself: its inline content, without its block children's text."""
    parts = [box.text or ""]
    for child in box:
        if isinstance(child.tag, str) and child.tag in _INLINE:
            parts.extend(child.itertext())
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def _index(tree: etree._Element, tags: Sequence[str],
           text_of: Callable[[etree._Element], str]) -> dict[str, etree._Element]:
    """The first element of the given tags for each text, as ``text_of`` reads it.

    Paragraph-like elements are indexed by their whole text. Divs and spans are indexed by the
    text they hold outside their block children, and only when trafilatura returned text no
    paragraph-like element holds: a row of links straight inside a div, a div used as a
    paragraph.
    """
    index: dict[str, etree._Element] = {}
    for el in tree.iter(*tags):
        text = text_of(el)
        if text and text not in index:
            index[text] = el
    return index


class _Sizer:
    """Text lengths of elements, each measured once per page."""

    def __init__(self) -> None:
        self._cache: dict[etree._Element, int] = {}

    def __call__(self, el: etree._Element) -> int:
        size = self._cache.get(el)
        if size is None:
            size = self._cache[el] = len("".join(el.itertext()))
        return size


def _hints(el: etree._Element, text: str, small: int, size: _Sizer) -> Hints:
    """Tag, class and id tokens up the tree, notable containers, and link density of one element.

    An ancestor speaks for the block only while it is small (its text under ``small``
    characters): a box of related links, a signup form. One that holds a good part of the
    article is the article's own container, whatever its class, and some sites wrap the whole
    page in a <form>.
    """
    classes: list[str] = _tokens(el)
    containers: set[str] = set()
    depth = 1
    in_link = False
    node = el.getparent()
    while node is not None:
        tag = node.tag if isinstance(node.tag, str) else ""
        # A heading wrapped in a link (a teaser card's title) is all link text.
        in_link = in_link or tag == "a" and node.get("href") is not None
        role = node.get("role")
        notable = tag in NOTABLE_CONTAINERS or role in _NOTABLE_ROLES
        if (notable or depth < CLASS_DEPTH) and size(node) < small:
            if tag in NOTABLE_CONTAINERS:
                containers.add(tag)
            if role in _NOTABLE_ROLES:
                containers.add(role)
            if depth < CLASS_DEPTH:
                classes.extend(_tokens(node))
        depth += 1
        node = node.getparent()
    # Only real links count: <a name="…"> anchors around subheads are not links.
    linked = len(text) if in_link else sum(len(_text(a)) for a in el.iter("a") if a.get("href"))
    return Hints(el.tag, frozenset(classes), frozenset(containers), min(1.0, linked / len(text)))


# ---------------------------------------------------------------- metadata


def _meta_tags(tree: etree._Element) -> dict[str, str]:
    """Each <meta> property or name with its first non-empty content."""
    found: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or "").strip().lower()
        if key and key not in found:
            content = collapse(el.get("content") or "")
            if content:
                found[key] = content
    return found


_ARTICLE_TYPES = {"newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
                  "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "liveblogposting",
                  "webpage", "report", "scholarlyarticle", "techarticle", "socialmediaposting"}


def _jsonld_objects(tree: etree._Element) -> Iterator[dict]:
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.append(item["@graph"])
                yield item


def _jsonld_article(tree: etree._Element) -> tuple[str | None, str | None, str | None]:
    """headline, description and publisher name of the first article object in the JSON-LD."""
    site = None
    for item in _jsonld_objects(tree):
        types = item.get("@type", "")
        types = [types] if isinstance(types, str) else types if isinstance(types, list) else []
        lowered = {str(t).lower() for t in types}
        if "website" in lowered or "organization" in lowered or "newsmediaorganization" in lowered:
            site = site or (item.get("name") if isinstance(item.get("name"), str) else None)
        if lowered & _ARTICLE_TYPES and lowered != {"webpage"}:
            headline = item.get("headline") or item.get("name")
            description = item.get("description") or item.get("alternativeHeadline")
            publisher = item.get("publisher")
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                site = site or publisher["name"]
            return (collapse(headline) if isinstance(headline, str) else None,
                    collapse(description) if isinstance(description, str) else None, site)
    return None, None, site


_DEK_TOKENS = frozenset(
    "dek deck subtitle subheadline subhead standfirst summary strapline excerpt intro description "
    "chapo chapeau sottotitolo entradilla bajada vorspann".split())


def _dek_elements(tree: etree._Element, h1: etree._Element | None) -> list[str]:
    """Texts of elements classed as a dek/subtitle/standfirst, near the headline when there is one."""
    found = []
    scope = h1.getparent() if h1 is not None and h1.getparent() is not None else tree
    # The dek sits beside the headline, sometimes one level further out.
    if h1 is not None and scope.getparent() is not None and len(_text(scope)) < 400:
        scope = scope.getparent()
    for el in scope.iter("p", "h2", "h3", "div", "span"):
        tokens = set(_tokens(el))
        joined = f"{el.get('class', '')} {el.get('id', '')}".lower()
        if tokens & _DEK_TOKENS or any(t in joined for t in ("standfirst", "subtitle", "subhead", "dek")):
            text = _text(el)
            if 20 <= len(text) <= 400:
                found.append(text)
    return found


def read_meta(tree: etree._Element) -> Meta:
    headline, description, site = _jsonld_article(tree)
    tags = _meta_tags(tree)
    title_el = tree.find(".//title")
    h1s = tree.xpath("//article//h1 | //main//h1") or tree.xpath("//h1")
    h1 = next((el for el in h1s if _text(el)), None)
    return Meta(
        jsonld_headline=headline,
        jsonld_description=description,
        og_title=tags.get("og:title"),
        og_description=tags.get("og:description"),
        twitter_title=tags.get("twitter:title"),
        twitter_description=tags.get("twitter:description"),
        meta_description=tags.get("description"),
        title=collapse(_text(title_el)) if title_el is not None else None,
        site_name=tags.get("og:site_name") or tags.get("application-name") or site,
        h1=collapse(_text(h1)) if h1 is not None else None,
        dek_elements=_dek_elements(tree, h1),
    )


# ---------------------------------------------------------------- main content


def _extract(tree: etree._Element) -> etree._Element | None:
    doc = bare_extraction(tree, fast=True, include_comments=False, include_tables=True,
                          output_format="python")
    return doc.body if doc is not None else None


def _result_blocks(body: etree._Element) -> Iterator[tuple[str, str]]:
    """(kind, text) for each piece of trafilatura's structured result, in order.

    Text can also sit loose in the result, after an element (its tail): it is a paragraph too.
    """
    yield from _pieces_of("paragraph", body.text or "")
    for el in body:
        tag = el.tag
        if tag == "list":
            for item in el.iter("item"):
                text = _text(item)
                if text:
                    yield "list_item", text
        elif tag == "table":
            for row in el.iter("row"):
                cells = [_text(cell) for cell in row]
                text = " | ".join(c for c in cells if c)
                if text:
                    yield "table", text
        elif tag == "quote":
            # An embedded post ends with its attribution, glued on: "— Name (@handle) Date".
            text = _text(el)
            cut = patterns.EMBED_ATTRIBUTION.search(text)
            if cut and cut.start() > 0:
                yield "quote", text[:cut.start()].rstrip()
                yield "quote", text[cut.start():]
            elif text:
                yield "quote", text
        else:
            yield from _pieces_of("heading" if tag == "head" else "paragraph", "".join(el.itertext()))
        yield from _pieces_of("paragraph", el.tail or "")


def _pieces_of(kind: str, raw: str) -> Iterator[tuple[str, str]]:
    """One piece for the text, or one per line when it is a dump of many lines.

    When trafilatura falls back to the page's whole text it returns it as one paragraph of
    lines (menus, archive lists, then the story); as lines, the filters can judge each.
    """
    if raw.count("\n") >= DUMP_MIN_LINES:
        for line in raw.split("\n"):
            text = " ".join(line.split())
            if text:
                yield "line", text
        return
    text = " ".join(raw.split())
    if text:
        yield kind, text


# A piece of the article: its kind, its text and the source element it came from (if known).
Piece = tuple[str, str, "etree._Element | None"]

_TWIN_TAGS = ("p", "h2", "h3", "h4", "li", "blockquote")
# A piece of trafilatura's result with more line breaks than this is a dump of page lines.
DUMP_MIN_LINES = 3
# Recovered text shorter than this is a caption or a stray line, not the rest of a split body.
TWIN_MIN_CHARS = 200
# How many levels above the container its twins may branch off.
TWIN_MAX_LEVELS = 2


def _ancestors(el: etree._Element) -> list[etree._Element]:
    chain = []
    while el is not None:
        chain.append(el)
        el = el.getparent()
    return chain


def _container(elements: Sequence[etree._Element]) -> etree._Element | None:
    """The innermost element holding all the given ones."""
    chains = [_ancestors(el) for el in elements]
    others = [set(chain) for chain in chains[1:]]
    return next((a for a in chains[0] if all(a in other for other in others)), None)


def _twin_pieces(tree: etree._Element, pieces: Sequence[Piece]) -> list[Piece]:
    """Paragraphs of the article that sit in twins of its container, which trafilatura missed.

    Sites split a long body into several sibling sections of one class, with ad slots or
    newsletter boxes between them; trafilatura keeps the section it scored best. The rest of the
    body is in the other elements of the same tag and class as the container of the extracted
    paragraphs.
    """
    paragraphs = [el for _, _, el in pieces if el is not None and el.tag == "p"]
    if len(paragraphs) < 2:
        return []
    container = _container(paragraphs)
    if container is None or not container.get("class"):
        return []
    chain = _ancestors(container)
    inside = set(chain)
    # Twins stand close by: the split sections share a parent or a grandparent. One further off
    # (the next article of an endless page, a comment list) is another text.
    near = chain[1:1 + TWIN_MAX_LEVELS]
    own_article = next((a for a in chain if a.tag == "article"), None)
    have = {text for _, text, _ in pieces}
    found: list[Piece] = []
    for twin in tree.iter(container.tag):
        if twin.get("class") != container.get("class") or twin in inside:
            continue
        twin_chain = _ancestors(twin)
        if container in twin_chain or not any(a in twin_chain for a in near):
            continue
        if next((a for a in twin_chain if a.tag == "article"), None) is not own_article:
            continue
        for el in twin.iter(*_TWIN_TAGS):
            if any(a.tag in _TWIN_TAGS for a in _ancestors(el.getparent())[:-1] if a is not twin):
                continue
            text = _text(el)
            if text and text not in have:
                have.add(text)
                kind = ("heading" if el.tag.startswith("h") else
                        "list_item" if el.tag == "li" else
                        "quote" if el.tag == "blockquote" else "paragraph")
                found.append((kind, text, el))
    return found if sum(len(text) for _, text, _ in found) >= TWIN_MIN_CHARS else []


def _in_document_order(tree: etree._Element, pieces: list[Piece], extra: list[Piece]) -> list[Piece]:
    if not extra:
        return pieces
    order = {el: i for i, el in enumerate(tree.iter())}
    keyed = []
    last = -1
    for piece in pieces:
        # Text trafilatura wrote without a source element keeps its place after its predecessor.
        last = order.get(piece[2], last)
        keyed.append((last, 0, len(keyed), piece))
    keyed += [(order[p[2]], 1, i, p) for i, p in enumerate(extra)]
    return [p for *_, p in sorted(keyed, key=lambda k: k[:3])]


def _to_blocks(pieces: Sequence[Piece]) -> list[Block]:
    """Blocks with their DOM hints; text cleaned of invisible characters and odd spaces."""
    # A container holding half the extracted text is the article's, not furniture around it.
    small = sum(len(text) for _, text, _ in pieces) // 2
    size = _Sizer()
    groups: dict[etree._Element, int] = {}
    blocks = []
    for kind, text, el in pieces:
        text = clean_line(text)
        if not text:
            continue
        if el is None:
            blocks.append(Block(text, kind=kind, position=len(blocks)))
            continue
        hints = _hints(el, text, small, size)
        group = groups.setdefault(el.getparent(), len(groups))
        blocks.append(Block(text, kind=kind, position=len(blocks), tag=hints.tag,
                            classes=hints.classes, containers=hints.containers,
                            link_density=hints.link_density, group=group))
    return blocks


def parse_page(text: str, url: str | None = None) -> Page:
    tree = _parse(text)
    if tree is None:
        return Page([], Meta(), ("not parseable as HTML",))
    for el in tree.iter(*_INVISIBLE):
        el.text = None
    meta = read_meta(tree)
    body = _extract(tree)
    if body is None:
        return Page([], meta, ("no article text found",))
    index = _index(tree, _HINTED, _text)
    pieces = [(kind, text, index.get(text)) for kind, text in _result_blocks(body)]
    if any(el is None for _, _, el in pieces):
        boxes = _index(tree, _BOXES, _own_text)
        pieces = [(kind, text, el if el is not None else boxes.get(text))
                  for kind, text, el in pieces]
    pieces = _in_document_order(tree, pieces, _twin_pieces(tree, pieces))
    return Page(_to_blocks(pieces), meta)


# ---------------------------------------------------------------- headline and dek

_SITE_SEPARATORS = re.compile(r"\s+[|–—•·:-]{1,2}\s+|\s*[|–—•·]\s*")


def strip_site_name(title: str, site: str | None) -> str:
    """The title without the site name at either end: "Council votes | The Ledger" -> "Council votes"."""
    parts = [p for p in _SITE_SEPARATORS.split(title) if p]
    if len(parts) < 2:
        return title
    site_key = (site or "").casefold()
    first, last = parts[0], parts[-1]
    if site_key and last.casefold() in site_key or site_key and site_key in last.casefold():
        return _rejoin(title, last, end=True)
    if site_key and first.casefold() in site_key or site_key and site_key in first.casefold():
        return _rejoin(title, first, end=False)
    # No site name known: the shorter end piece, when short, is the site.
    if len(words(last)) <= 4 and len(words(last)) < len(words(title)) / 2:
        return _rejoin(title, last, end=True)
    return title


def _rejoin(title: str, piece: str, end: bool) -> str:
    if end:
        cut = title.rfind(piece)
        rest = title[:cut]
    else:
        rest = title[title.find(piece) + len(piece):]
    return rest.strip(" |–—•·:-") or title


def _key(text: str | None) -> str:
    return " ".join(words(text.casefold())) if text else ""


def _agrees(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a == b or a in b or b in a)


@dataclass(frozen=True)
class HtmlHead:
    headline: str | None
    dek: str | None
    headline_source: str | None
    blocks: text_head.Head


def choose_headline(meta: Meta) -> tuple[str | None, str | None]:
    """The headline and the source it came from, chosen by agreement between the sources."""
    title = strip_site_name(meta.title, meta.site_name) if meta.title else None
    og = strip_site_name(meta.og_title, meta.site_name) if meta.og_title else None
    candidates = [("json-ld", meta.jsonld_headline), ("h1", meta.h1), ("og:title", og),
                  ("twitter:title", meta.twitter_title), ("title", title)]
    candidates = [(s, t) for s, t in candidates if t]
    if not candidates:
        return None, None
    keys = [_key(t) for _, t in candidates]
    best, best_votes = None, -1
    for i, (source, text) in enumerate(candidates):
        votes = sum(1 for j, k in enumerate(keys) if j != i and _agrees(keys[i], k))
        if votes > best_votes:
            best, best_votes = (text, source), votes
    text, source = best
    # A lone h1 that no other source backs is often the site's logo; prefer the declared title.
    if best_votes == 0 and source == "h1" and len(candidates) > 1:
        text, source = candidates[1][1], candidates[1][0]
    return text, source


def _lede_like(text_key: str, block_key: str) -> bool:
    """The description repeats a body paragraph, or is its opening cut short."""
    probe = text_key[:150]
    return bool(probe) and (probe in block_key or bool(block_key) and block_key in text_key)


def _set_apart(block: Block) -> bool:
    """A block of the body that reads as a standfirst: a heading or inside the page's header."""
    return block.kind == "heading" or "header" in block.containers


def choose_dek(meta: Meta, headline_key: str, blocks: Sequence[Block],
               top: Sequence[int]) -> tuple[str | None, int | None]:
    """The page's own standfirst and the index of the body block that repeats it, if any.

    Candidates: a dek/subtitle/standfirst element beside the headline, then the JSON-LD,
    og:, twitter: and meta descriptions. A description that repeats an ordinary body paragraph
    is the lede and stays in the body (no dek then); one that the body repeats as a heading or
    header line is the dek; one the body lacks is the dek only if it is about this article (a
    site-wide tagline shares no words with it) and not a truncated excerpt.
    """
    site_key = _key(meta.site_name)
    described = [(text, True) for text in meta.dek_elements] + [
        (text, False) for text in (meta.jsonld_description, meta.og_description,
                                   meta.twitter_description, meta.meta_description)]
    for text, from_element in described:
        if not text or len(text) < 20:
            continue
        key = _key(text)
        if key == headline_key:
            continue
        match = next((i for i in top if _lede_like(key, _key(blocks[i].text))), None)
        if match is not None:
            if from_element or _set_apart(blocks[match]):
                return blocks[match].text if not from_element else text, match
            return None, None
        if from_element:
            return text, None
        if site_key and site_key in key or text.endswith(("...", "…")):
            continue
        if _shares_topic(key, headline_key, [_key(blocks[i].text) for i in top]):
            return text, None
    return None, None


def _shares_topic(key: str, headline_key: str, body_keys: Sequence[str]) -> bool:
    """A site-wide description shares no content words with this article."""
    content = {w for w in key.split() if len(w) > 3}
    article = set(headline_key.split()) | {w for k in body_keys for w in k.split()}
    return len(content & article) >= 2


def find_head(page: Page, blocks: Sequence[Block], verdicts: Sequence[str | None],
              options: Options) -> HtmlHead:
    headline, source = choose_headline(page.meta)
    headline_key = _key(headline)
    kept = [i for i, v in enumerate(verdicts) if v is None]
    head_index = next((i for i in kept[:HEAD_SCAN] if headline_key
                       and _key(blocks[i].text) == headline_key), None)
    top = [i for i in kept[:HEAD_SCAN] if i != head_index]
    dek, dek_index = choose_dek(page.meta, headline_key, blocks, top)
    return HtmlHead(headline, dek, source,
                    text_head.Head(head_index, dek_index, _above_headline(blocks, kept, head_index)))


def _above_headline(blocks: Sequence[Block], kept: Sequence[int], head_index: int | None) -> tuple[int, ...]:
    """Headline-shaped blocks before the headline: a section label, a teaser of another story.

    When the body does not repeat the headline, only labels (a few words) that open it qualify.
    """
    if head_index is not None:
        return tuple(i for i in kept if i < head_index and blocks[i].is_titleish)
    above = []
    for i in kept:
        block = blocks[i]
        if block.kind == "list_item" or block.words > text_head.KICKER_MAX_WORDS or not block.is_titleish:
            break
        above.append(i)
    return tuple(above)
