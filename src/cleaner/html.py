"""The HTML path: parse once, find the article with trafilatura, and turn its result into
blocks that carry hints from the source DOM.

The blocks then go through the same filters as plain text (plus the DOM-aware ones); the
headline and dek come from the page's metadata (``htmlhead``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import lxml.html
from lxml import etree
from trafilatura import bare_extraction
from trafilatura.settings import Extractor

from cleaner import patterns
from cleaner.model import Block
from cleaner.segment import join_wrapped
from cleaner.textutil import TITLE_RATIO, clean_line, ends_sentence, fold, opens_lower, title_case_ratio

_NOTABLE_ROLES = frozenset(("dialog", "navigation", "complementary", "contentinfo"))
# Ancestor tags worth knowing about: a block inside one of them is rarely body text.
NOTABLE_CONTAINERS = frozenset(
    "figure figcaption aside form nav footer header button label select dialog".split())
# A box holding a picture and at most this much text is the picture's: the text its caption.
PICTURE_BOX_CHARS = 250
PICTURE_BOXES = frozenset(("td", "div", "li"))
# A picture is at least this many pixels wide and high, where its tag says.
PICTURE_MIN_PIXELS = 40
# How many levels of class and id tokens a block carries: its element's and its two nearest
# ancestors'. Further up, classes name the whole article or page and say nothing of the block.
CLASS_DEPTH = 3
# The box of a signup form: an e-mail field's parent (the <form>) and this many levels above it.
SIGNUP_BOX_LEVELS = 2
# Source elements a block of trafilatura's result is looked up among, by its text.
_HINTED = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figcaption", "dd", "dt",
           "td", "th", "pre", "caption")
_TOKEN = re.compile(r"[a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
# Containers whose own text (outside their block children) can be a paragraph.
_BOXES = ("div", "span", "section", "center", "font", "article", "main")
_INLINE = frozenset("a b i u s em strong small span br img abbr cite code time sup sub mark "
                    "font wbr q label".split())
# Tags whose text is never visible prose.
_INVISIBLE = ("script", "style", "noscript", "template", "svg", "iframe", "object", "textarea")
# Reached through the attributes: libxml2 walks //@name far faster than //*[@name]. A wiki's
# "[edit]" link beside each section's heading is a control, not text, as hidden ones are.
_HIDDEN = etree.XPath('//@hidden/.. | //@aria-hidden[. = "true"]/parent::*[not(.//p)] '
                      '| //@style[contains(translate(., " ", ""), "display:none")]/..'
                      '| //@class[contains(., "editsection")]/..')
# More inline children than this in one block and their tags are dropped, their text kept.
MAX_INLINE_CHILDREN = 500
# Elements after which a reader sees a break between words.
_SPACED = ("br", "p", "div", "li", "td", "th", "tr", "dd", "dt", "h1", "h2", "h3", "h4", "h5",
           "h6", "blockquote", "section", "article", "header", "footer", "figure", "figcaption",
           "ul", "ol", "table", "hr", "pre")


@dataclass(frozen=True)
class Hints:
    tag: str
    classes: frozenset[str]
    containers: frozenset[str]
    link_density: float


@dataclass
class Page:
    """The article's blocks, the parsed tree they came from (None if unparseable), and notes.

    ``jsonld`` holds copies of the page's JSON-LD scripts, taken before the invisible elements
    are dropped from the tree.
    """

    blocks: list[Block]
    tree: etree._Element | None = None
    notes: tuple[str, ...] = ()
    jsonld: etree._Element | None = None
    # trafilatura found no article and gave the page's whole text as one paragraph of lines
    whole_text: bool = False


# ---------------------------------------------------------------- parsing


_CONTROL = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f]")


def _without_controls(text: str) -> str:
    """The page without the control characters a browser does not show (a form feed is a
    space to it)."""
    return _CONTROL.sub("", text.replace("\x0c", " "))


def _parse(text: str) -> etree._Element | None:
    """The page's tree, as trafilatura's own loader reads it (``_load``: its parser drops
    comments and processing instructions, which its extraction expects, and it copes with XML
    declarations in str input); when that loader gives up on a page a browser shows (text
    before ``<html>``, a broken doctype), by lxml's HTML parser as it stands, and last by
    BeautifulSoup's."""
    try:
        tree = _load(text)
    except (etree.ParserError, ValueError):
        tree = None
    if tree is not None and len(tree):
        return tree
    return _lenient(text)


# trafilatura's loader, load_html, for a page as text: its parser, and its repairs.
_LOADER = lxml.html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                               remove_comments=True, remove_pis=True)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Its control characters, as UTF-8 bytes (no other character's bytes hold one).
_NOT_XML_CONTROLS = bytes([*range(0, 9), 11, 12, *range(14, 32)])
_SLASHED_DOCTYPE = re.compile("^< ?! ?DOCTYPE[^>]*/[^<>]*>", re.IGNORECASE)
_SELF_CLOSED_HTML = re.compile(r"(<html.*?)\s*/>", re.IGNORECASE)
# What a regular expression over bytes takes for space.
_ASCII_SPACE = re.compile("[ \t\n\r\f\v]*")


def _load(text: str) -> etree._Element | None:
    """The tree trafilatura's ``load_html`` makes of the text, made the same way but faster.

    It takes the characters XML forbids out with a regular expression over the whole page (a
    millisecond on a large one): they are looked for first, the control characters among the
    page's UTF-8 bytes, a fifth of that, and taken out only where there are some. Those bytes are then what is parsed:
    libxml2 reads them faster than a str, which lxml hands it in UTF-16 or UCS-4, and reads
    the same characters. A page is parsed as a str when it holds a lone surrogate (which has
    no UTF-8), or when its leading space holds a character that is a space to a str alone (a
    no-break space): lxml looks for the <html> a full page opens with past the spaces the
    input's type knows, and takes anything else for a fragment.
    """
    beginning = text[:50].lower()
    try:
        data: bytes | None = text.encode("utf-8")
        as_str = False
    except UnicodeEncodeError:  # a lone surrogate, which UTF-8 cannot carry
        data, as_str = None, True
    if data is None or "\ufffe" in text or "\uffff" in text or len(
            data.translate(None, _NOT_XML_CONTROLS)) < len(data):
        text = _NOT_XML.sub("", text)
        data = None
    if "doctype" in beginning:
        # libxml2 mistakes a doctype with a slash in it for the document's end. (Most pages
        # open with a doctype: the page is copied only when its first line changes.)
        end = text.find("\n")
        first = text if end < 0 else text[:end]
        fixed = _SLASHED_DOCTYPE.sub("", first, count=1)
        if end < 0 or fixed != first:
            text = fixed + "\n" + ("" if end < 0 else text[end + 1:])
            data = None
    for line in text[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            text = _SELF_CLOSED_HTML.sub(r"\1>", text, count=1)
            data = None
            break
    start = _ASCII_SPACE.match(text).end()
    if as_str or text[start:start + 1].isspace():
        tree = _load_text(text)
    else:
        tree = _load_bytes(text if data is None else data)
    # Text that does not say it is HTML, and parses to one element, is not a page.
    if tree is not None and "html" not in beginning and len(tree) < 2:
        return None
    return tree


def _load_text(text: str) -> etree._Element | None:
    try:
        tree = lxml.html.fromstring(text, parser=_LOADER)
    except ValueError:  # a str with an encoding declaration: read as bytes
        return _load_bytes(text)
    except Exception:  # noqa: BLE001 - as trafilatura: lxml's failures are no tree
        tree = None
    return tree if tree is not None and len(tree) else _load_bytes(text)


def _load_bytes(page: str | bytes) -> etree._Element | None:
    data = page.encode("utf-8", "surrogatepass") if isinstance(page, str) else page
    try:
        return lxml.html.fromstring(data, parser=_LOADER)
    except Exception:  # noqa: BLE001 - as trafilatura: lxml's failures are no tree
        return None


_LENIENT = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, encoding="utf-8")


def _lenient(text: str) -> etree._Element | None:
    data = text.encode("utf-8", "surrogatepass")
    try:
        tree = lxml.html.document_fromstring(data, parser=_LENIENT)
    except (etree.ParserError, ValueError):
        tree = None
    if tree is not None and raw_text_of(tree).strip():
        return tree
    from bs4 import BeautifulSoup  # only for what lxml cannot read at all

    soup = BeautifulSoup(text, "html.parser")
    if not soup.get_text(strip=True):
        return None
    try:
        return lxml.html.document_fromstring(str(soup).encode("utf-8", "surrogatepass"),
                                             parser=_LENIENT)
    except (etree.ParserError, ValueError):
        return None


def tokens(el: etree._Element) -> list[str]:
    """Class and id words, camelCase split: "NewsletterInline_root" gives newsletter, inline,
    root (CSS modules join words that way)."""
    names = f"{el.get('class', '')} {el.get('id', '')}"
    return _TOKEN.findall(_CAMEL.sub(" ", names).lower())


def raw_text_of(el: etree._Element) -> str:
    """The element's text as it stands (libxml2 joins it: twice as fast as itertext)."""
    return etree.tostring(el, method="text", encoding="unicode", with_tail=False)


def text_of(el: etree._Element) -> str:
    """The element's text with whitespace runs folded (no regex: this runs on every element)."""
    return fold(raw_text_of(el))


def own_text_of(box: etree._Element) -> str:
    """The text a box holds itself: its inline content, without its block children's text."""
    parts = [box.text or ""]
    for child in box:
        if isinstance(child.tag, str) and child.tag in _INLINE:
            parts.extend(child.itertext())
        parts.append(child.tail or "")
    return fold("".join(parts))


def _index(tree: etree._Element, tags: Sequence[str],
           text_of: Callable[[etree._Element], str]) -> dict[str, list[etree._Element]]:
    """The elements of the given tags that hold each text, as ``text_of`` reads it, in page
    order.

    Paragraph-like elements are indexed by their whole text. Divs and spans are indexed by the
    text they hold outside their block children, and only when trafilatura returned text no
    paragraph-like element holds: a row of links straight inside a div, a div used as a
    paragraph.
    """
    index: dict[str, list[etree._Element]] = {}
    for el in tree.iter(*tags):
        text = text_of(el)
        if text:
            # A heading is found by its words without its link to itself, as its piece is.
            if el.tag in _HEADINGS:
                text = without_anchor(text)
            index.setdefault(text, []).append(el)
    return index


def _rows(index: dict[str, list[etree._Element]], text: str) -> list[etree._Element]:
    """The table rows whose cells read as ``text`` (a row of trafilatura's result)."""
    rows = []
    for cell in index.get(text.split(" | ", 1)[0], []):
        row = cell.getparent()
        if cell.tag in _CELLS and row is not None and row not in rows and " | ".join(
                t for t in (fold(text_of(c)) for c in row if c.tag in _CELLS) if t) == text:
            rows.append(row)
    return rows


_CELLS = ("td", "th")


class _Order:
    """Each element's place in the page: the indexes of it and its ancestors among their
    siblings, from the root down, which sort in page order. Found only for the elements asked
    about, their ancestors and their siblings, once per page: numbering the whole tree would
    cost a Python call per element (lxml.html's class lookup), and few are asked about. (The
    siblings are numbered together: asking each for its index would be quadratic in a page of
    thousands of paragraphs side by side.)"""

    # Before every element's place but the root's: the place of text without an element.
    FIRST = (-1,)

    def __init__(self) -> None:
        self._places: dict[etree._Element, tuple[int, ...]] = {}

    def __call__(self, el: etree._Element) -> tuple[int, ...]:
        chain = []
        node: etree._Element | None = el
        while node is not None and node not in self._places:
            chain.append(node)
            node = node.getparent()
        place = self._places[node] if node is not None else ()
        for child in reversed(chain):
            parent = child.getparent()
            if parent is None:
                self._places[child] = ()
            else:
                self._places.update((sibling, (*place, i)) for i, sibling in enumerate(parent))
            place = self._places[child]
        return place


def _place(tree: etree._Element, pieces: Sequence[tuple[str, str]],
           index: dict[str, list[etree._Element]], order: _Order) -> list[Piece]:
    """Each piece with the element it came from.

    A copy of the text inside another piece's element (a paragraph of a table cell that a
    piece took whole) is not the piece's; a text the page holds more than once goes to its
    copies in page order, one per piece. Text no paragraph-like element holds is looked up
    among the boxes (divs, spans) that hold it themselves.
    """
    # A table's row is found by its first cell, and told by all of them ("Type | Tide mill"):
    # the row is the element, so that the table's class (an infobox) is among its hints.
    found = [index.get(text, []) if kind != "table" else _rows(index, text)
             for kind, text in pieces]
    taken = {els[0] for els in found if len(els) == 1}
    # What the taken elements hold, kept up to date: a paragraph's descendants are a few links
    # and emphases, fewer than the ancestors of each copy a piece may take.
    inside = {d for el in taken for d in el.iterdescendants()}

    def free(els: list[etree._Element]) -> list[etree._Element]:
        return [el for el in els if el not in inside]

    boxes: dict[str, list[etree._Element]] | None = None
    counts = Counter(text for _, text in pieces)
    used: dict[str, int] = {}
    placed: list[Piece] = []
    for (kind, text), els in zip(pieces, found):
        candidates = free(els)
        if len(candidates) < counts[text]:
            # Fewer paragraph-like copies than pieces: the others are in boxes.
            if boxes is None:
                boxes = _index(tree, _BOXES, own_text_of)
            more = free(boxes.get(text, []))
            if more:
                candidates = sorted(set(candidates) | set(more), key=order)
        candidates = candidates or els
        n = used[text] = used.get(text, -1) + 1
        el = candidates[min(n, len(candidates) - 1)] if candidates else None
        if kind == "heading" and el is not None and el.tag not in _HEADINGS:
            # A subhead's text is also its entry in the table of contents above: the first
            # heading of that text not yet placed is the one to read hints from.
            el = next((c for c in candidates if c.tag in _HEADINGS and c not in taken), el)
        if el is not None:
            taken.add(el)  # its paragraphs are its, not the next piece's
            inside.update(el.iterdescendants())
        placed.append((kind, text, el))
    return placed


def picture(img: etree._Element) -> bool:
    """An image a reader sees as a picture: not a spacer, a rule or an icon of a few pixels."""
    for side in ("width", "height"):
        value = (img.get(side) or "").strip().rstrip("px")
        if value.isdigit() and int(value) < PICTURE_MIN_PIXELS:
            return False
    return True


def framed(box: etree._Element, size: Callable[[etree._Element], int], limit: int) -> bool:
    """The box holds a picture and less text than ``limit``, its spaces folded (as a page
    parsed by another parser spaces its text otherwise)."""
    return size(box) < 2 * limit and len(fold(raw_text_of(box))) < limit and any(
        map(picture, box.iter("img")))


class _Sizer:
    """Text lengths of elements, each measured once per page."""

    def __init__(self) -> None:
        self._cache: dict[etree._Element, int] = {}

    def __call__(self, el: etree._Element) -> int:
        size = self._cache.get(el)
        if size is None:
            size = self._cache[el] = len(raw_text_of(el))
        return size


def _signup_boxes(tree: etree._Element) -> frozenset[etree._Element]:
    """The boxes around an e-mail field: a signup box's heading and pitch stand beside its
    <form> ("<h2>The Weekend Edition</h2><p>Our best ideas, every Saturday.</p><form>…"), so
    its parent and grandparent are the form's too."""
    boxes = set()
    for field in tree.iter("input"):
        if "mail" in f"{field.get('type', '')} {field.get('name', '')}".lower():
            parent = field.getparent()
            for _ in range(SIGNUP_BOX_LEVELS):
                if parent is None:
                    break
                parent = parent.getparent()
                if parent is not None:
                    boxes.add(parent)
    return frozenset(boxes)


class _Above:
    """What an element's ancestors say of the blocks inside it: whether one of them is a link,
    and the notable containers among them that are small (see ``_hints``). Read once per
    element of a page: its blocks share most of their ancestors."""

    def __init__(self, small: int, size: _Sizer, signup: frozenset[etree._Element]) -> None:
        self._small = small
        self._size = size
        self._signup = signup
        self._read: dict[etree._Element, tuple[bool, frozenset[str]]] = {}

    def __call__(self, node: etree._Element | None) -> tuple[bool, frozenset[str]]:
        chain = []
        while node is not None and node not in self._read:
            chain.append(node)
            node = node.getparent()
        in_link, containers = self._read[node] if node is not None else (False, frozenset())
        for node in reversed(chain):
            tag = node.tag if isinstance(node.tag, str) else ""
            # A heading wrapped in a link (a teaser card's title) is all link text.
            in_link = in_link or tag == "a" and node.get("href") is not None
            role = node.get("role")
            signup = node in self._signup
            if (tag in NOTABLE_CONTAINERS or role in _NOTABLE_ROLES or signup) and (
                    self._size(node) < self._small):
                names = {tag} if tag in NOTABLE_CONTAINERS else set()
                if signup:
                    names.add("form")
                if role in _NOTABLE_ROLES:
                    names.add(role)
                containers = containers | names
            elif tag in PICTURE_BOXES and framed(node, self._size, PICTURE_BOX_CHARS):
                # A picture and a line of text in a small box of their own, with no markup
                # saying so: a gallery's cell, the line its caption.
                containers = containers | {"figure"}
            self._read[node] = in_link, containers
        return in_link, containers


def _hints(el: etree._Element, text: str, small: int, size: _Sizer, above: _Above) -> Hints:
    """Tag, class and id tokens up the tree, notable containers, and link density of one element.

    An ancestor speaks for the block only while it is small (its text under ``small``
    characters): a box of related links, a signup form (or a box around an e-mail field,
    ``signup``). One that holds a good part of the article is the article's own container,
    whatever its class, and some sites wrap the whole page in a <form>.
    """
    classes: list[str] = tokens(el)
    node = el.getparent()
    for _ in range(CLASS_DEPTH - 1):
        if node is None:
            break
        if size(node) < small:
            classes.extend(tokens(node))
        node = node.getparent()
    in_link, containers = above(el.getparent())
    # Only real links count: <a name="…"> anchors around subheads are not links.
    linked = len(text) if in_link else sum(len(text_of(a)) for a in el.iter("a") if a.get("href"))
    return Hints(el.tag, frozenset(classes), containers, min(1.0, linked / len(text)))


# ---------------------------------------------------------------- main content


# trafilatura's options, made once: making them reads its configuration, a tenth of a
# millisecond a page. The extraction changes none of them (it copies them to change them).
_EXTRACTION = Extractor(output_format="python", fast=True, comments=False, tables=True)


def _extract(tree: etree._Element) -> etree._Element | None:
    doc = bare_extraction(tree, options=_EXTRACTION)
    return doc.body if doc is not None else None


# Elements of trafilatura's result that a reader sees as a break between words.
_RESULT_BREAKS = frozenset("p lb head list item quote row cell table div".split())


def _result_text(el: etree._Element, line_break: str = " ") -> str:
    """The text of a result element, with a space wherever a child element breaks the line
    (``line_break`` where a <br> does)."""
    parts = [el.text or ""]
    for child in el:
        if child.tag == "lb":
            parts.append(line_break)
        elif child.tag in _RESULT_BREAKS:
            parts += [" ", _result_text(child, line_break), " "]
        else:
            parts.append(_result_text(child, line_break))
        parts.append(child.tail or "")
    return "".join(parts)


# Marks a <br> in a paragraph's text until it is split (a character no page's text holds).
_BR = "\x00"


def _paragraphed(raw: str) -> bool:
    """Two breaks with nothing but spaces between: the page sets its paragraphs apart with an
    empty line (<br><br>), not with <p>."""
    return paragraphed(raw.split(_BR))


def paragraphed(lines: Sequence[str]) -> bool:
    """An empty line between two <br>s among the lines a box's breaks make."""
    return any(not line.strip() for line in lines[1:-1])


def broken_paragraphs(lines: Sequence[str]) -> Iterator[list[int]]:
    """The paragraphs of a box the page broke with <br> (a CMS that stores text without
    paragraphs, a page written by hand), as the indices of their lines: an empty line between
    two breaks ends a paragraph, and a line shaped like a subhead (short, ending no sentence)
    stands alone ("Seed from the provincial bank<br>The provincial government …"). A break
    between two lines of sentences stays inside the paragraph (a hand-wrapped line)."""
    lines = [fold(line) for line in lines]
    current: list[int] = []
    for i, line in enumerate(lines):
        # A subhead's line is short, or in Title Case, or over no more of a sentence (a
        # headline in sentence case over its byline). A line of a wrapped paragraph, as long
        # as a line of prose is, carries on the line above or into the one below ("… which
        # tells you" / "roughly what everyone else in the room thought of it.").
        following = lines[i + 1] if i + 1 < len(lines) else ""
        subhead = (bool(line) and len(line.split()) <= SUBHEAD_MAX_WORDS and not ends_sentence(line)
                   and not (current and _wrapped(lines[current[-1]]))
                   and not (following and _wrapped(line) and (
                       opens_lower(following) or title_case_ratio(line) < TITLE_RATIO and (
                           ends_sentence(following) or _wrapped(following)))))
        # A list's item ("- Cherokee Purple from …") starts a paragraph of its own.
        if current and (not line or subhead or line.startswith(_ITEM_MARKS)):
            yield from _closed(current, lines)
            current = []
        if subhead:
            yield [i]
        elif line:
            current.append(i)
    yield from _closed(current, lines)


def _closed(paragraph: list[int], lines: Sequence[str]) -> Iterator[list[int]]:
    """A paragraph of lines, ended: one whose last line ends no sentence was no wrapped prose
    (a headline over its dek) and is its lines."""
    if len(paragraph) > 1 and not ends_sentence(lines[paragraph[-1]]):
        yield from ([i] for i in paragraph)
    elif paragraph:
        yield paragraph


def _wrapped(line: str) -> bool:
    """A line of prose that a hard wrap cut off: a line's length, no sentence's end."""
    return len(line.split()) >= WRAPPED_LINE_WORDS and not ends_sentence(line)


# A line of wrapped prose holds this many words at least (a page wrapped at 60-80 characters).
WRAPPED_LINE_WORDS = 8
# How a line set with <br> opens when it is a list's item.
_ITEM_MARKS = ("- ", "• ", "* ", "· ", "– ", "— ")


def _broken_pieces(raw: str) -> Iterator[tuple[str, str]]:
    """The paragraphs of one the page broke with <br> (``broken_paragraphs``)."""
    lines = [fold(line) for line in raw.split(_BR)]
    for paragraph in broken_paragraphs(lines):
        yield "paragraph", " ".join(lines[i] for i in paragraph)


def _result_blocks(body: etree._Element) -> Iterator[tuple[str, str]]:
    """(kind, text) for each piece of trafilatura's structured result, in order.

    Text can also sit loose in the result, after an element (its tail): it is a paragraph too.
    """
    yield from _pieces_of("paragraph", body.text or "")
    for el in body:
        tag = el.tag
        if tag == "list":
            for item in el.iter("item"):
                text = fold(_result_text(item))
                if text:
                    yield "list_item", text
        elif tag == "table":
            for row in el.iter("row"):
                cells = [fold(_result_text(cell)) for cell in row]
                text = " | ".join(c for c in cells if c)
                if text:
                    yield "table", text
        elif tag == "quote":
            paragraphs = [child for child in el if child.tag == "p"]
            if el.find("lb") is not None and _paragraphed(raw := _result_text(el, _BR)):
                # A post quoted whole, its paragraphs set apart by <br><br> (a forum's post).
                yield from (("quote", text) for _, text in _broken_pieces(raw))
            elif len(paragraphs) >= 2 and not (el.text or "").strip():
                # A letter or a long quotation keeps its paragraphs.
                for child in paragraphs:
                    yield from _quote_pieces(fold(_result_text(child)))
            else:
                yield from _quote_pieces(fold(_result_text(el)))
        elif tag == "code":
            yield from _preformatted(_result_text(el))
        elif tag == "p" and el.find("lb") is not None and _paragraphed(raw := _result_text(el, _BR)):
            yield from _broken_pieces(raw)
        elif tag == "head":
            yield from _pieces_of("heading", without_anchor(_result_text(el)))
        else:
            yield from _pieces_of("paragraph", _result_text(el))
        yield from _pieces_of("paragraph", el.tail or "")


# The mark of a link to a heading itself, set before or after its words ("# Why is the river so
# low?", "Why is the river so low? ¶").
_ANCHOR_MARKS = ("#", "¶", "§", "🔗")
_GLUED_MARKS = ("¶", "🔗")


def without_anchor(heading: str) -> str:
    """A heading without the mark of its link to itself, a permalink for readers to copy."""
    text = fold(heading)
    for mark in _ANCHOR_MARKS:
        if text.startswith(f"{mark} ") or mark in _GLUED_MARKS and text.startswith(mark):
            return text[len(mark):].lstrip()
        # A pilcrow or section mark may be glued to the last word ("variables¶"); a "#" so
        # glued is a word's own ("C#").
        if text.endswith(f" {mark}") or mark in _GLUED_MARKS and text.endswith(mark):
            return text[:-len(mark)].rstrip()
    return heading


# Paragraphs of preformatted text are set apart by an empty line.
_EMPTY_LINE = re.compile(r"\n[ \t]*\n")


def _preformatted(raw: str) -> Iterator[tuple[str, str]]:
    """A <pre> block: code is one piece however many lines (not a dump of page lines); prose
    set in one (a mailing list's message, its lines wrapped at a terminal's width) is its
    paragraphs, each its lines joined back."""
    parts = [part for part in _EMPTY_LINE.split(raw) if part.strip()]
    if sum(ends_sentence(part.rstrip()) for part in parts) * 2 > len(parts) > 1:
        for part in parts:
            lines = [line for line in map(fold, part.split("\n")) if line]
            yield from (("paragraph", text) for text in join_wrapped(lines))
    elif text := fold(raw):
        yield "paragraph", text


def _quote_pieces(text: str) -> Iterator[tuple[str, str]]:
    """A quote, with the attribution an embedded post ends with as a piece of its own.

    Example: "Crews are on scene. — Cedar Hollow Fire (@CedarFD) May 4, 2025" gives the post's
    text, then "— Cedar Hollow Fire (@CedarFD) May 4, 2025".
    """
    cut = patterns.EMBED_ATTRIBUTION.search(text)
    if cut and cut.start() > 0:
        yield "quote", text[:cut.start()].rstrip()
        yield "quote", text[cut.start():]
    elif text:
        yield "quote", text


def _pieces_of(kind: str, raw: str) -> Iterator[tuple[str, str]]:
    """One piece for the text, or one per line when it is a dump of many lines.

    When trafilatura falls back to the page's whole text it returns it as one paragraph of
    trimmed lines joined by line breaks (menus, archive lists, then the story); as lines, the
    filters can judge each. A paragraph whose source was wrapped (" won the \\n Africa Movie")
    has spaces at its breaks, and a browser shows it as one paragraph; a sentence a dump broke
    at a link is joined again.
    """
    if raw.count("\n") >= DUMP_MIN_LINES:
        lines = raw.split("\n")
        if all(line and not line[0].isspace() and not line[-1].isspace() for line in lines):
            folded = [text for text in map(fold, lines) if text]
            for text in join_wrapped(folded) if folded else ():
                yield "line", text
            return
    text = fold(raw)
    if text:
        yield kind, text


# A piece of the article: its kind, its text and the source element it came from (if known).
Piece = tuple[str, str, "etree._Element | None"]

_TWIN_TAGS = ("p", "h2", "h3", "h4", "li", "blockquote")
# A piece of trafilatura's result with more line breaks than this is a dump of page lines.
DUMP_MIN_LINES = 3
# Recovered text shorter than this is a caption or a stray line, not the rest of a split body.
TWIN_MIN_CHARS = 200
# The classes platforms' embed codes give the blockquote holding a text post.
_EMBED_CLASSES = frozenset(("twitter-tweet", "twitter-video", "bluesky-embed", "mastodon-embed",
                            "instagram-media", "tiktok-embed"))
# An embedded post is taken as already extracted when its opening characters are.
EMBED_PROBE = 40
# How many levels above the container its twins may branch off.
TWIN_MAX_LEVELS = 2
# A subhead is at most this long.
SUBHEAD_MAX_WORDS = 20


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


def _twin_pieces(tree: etree._Element, pieces: Sequence[Piece],
                 container: etree._Element) -> list[Piece]:
    """Paragraphs of the article that sit in twins of its container, which trafilatura missed.

    Sites split a long body into several sibling sections of one class, with ad slots or
    newsletter boxes between them; trafilatura keeps the section it scored best. The rest of the
    body is in the other elements of the same tag and class as the container of the extracted
    paragraphs (the twins may add a class: the part a paywall locks).
    """
    names = container.get("class", "").split()
    classes, first = set(names), names[:1]
    bodied = container.get("itemprop") == "articleBody"
    if not classes:
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
        # A twin may add a class of its own ("article__content article__content--locked"), or,
        # marked as the article's body like the container, change the one after its first
        # ("asset-content subscriber-preview" and "asset-content subscriber-only", the part a
        # paywall locks).
        twin_class = twin.get("class")
        # Most elements share not even the first class: that is seen without splitting.
        if twin_class is None or first[0] not in twin_class or twin in inside:
            continue
        twin_classes = twin_class.split()
        if not (classes <= set(twin_classes) or twin_classes[:1] == first and (
                bodied and twin.get("itemprop") == "articleBody")):
            continue
        twin_chain = _ancestors(twin)
        if container in twin_chain or not any(a in twin_chain for a in near):
            continue
        article = next((a for a in twin_chain if a.tag == "article"), None)
        if article is not own_article and not _entries(article, own_article):
            continue
        # A live blog's entry is read whole: its heading stands outside its body's box.
        unit = twin if article is own_article else article
        for el in unit.iter(*_TWIN_TAGS):
            if any(a.tag in _TWIN_TAGS for a in _ancestors(el.getparent())[:-1] if a is not unit):
                continue
            text = text_of(el)
            if text and text not in have:
                have.add(text)
                kind = ("heading" if el.tag.startswith("h") else
                        "list_item" if el.tag == "li" else
                        "quote" if el.tag == "blockquote" else "paragraph")
                found.append((kind, text, el))
    return found if sum(len(text) for _, text, _ in found) >= TWIN_MIN_CHARS else []


def _recovered(tree: etree._Element, pieces: Sequence[Piece]) -> list[Piece]:
    """What trafilatura left out of the article, looked for around the container of the
    paragraphs it kept (two at least): twin sections, embedded posts, dropped subheads."""
    paragraphs = [el for _, _, el in pieces if el is not None and el.tag == "p"]
    container = _container(paragraphs) if len(paragraphs) >= 2 else None
    if container is None:
        return []
    kept = set(paragraphs)
    return (_twin_pieces(tree, pieces, container) + _embed_pieces(pieces, container)
            + _dropped_headings(pieces, kept, container) + _dropped_tables(pieces, kept, container)
            + _dropped_lists(pieces, kept, container))


def _entries(one: etree._Element | None, other: etree._Element | None) -> bool:
    """Two <article> elements that are entries of one live blog, not two stories of an endless
    page: siblings of one class, neither with a headline of its own (an <h1>)."""
    return (one is not None and other is not None and one.getparent() is other.getparent()
            and one.get("class") == other.get("class") and one.find(".//h1") is None
            and other.find(".//h1") is None)


# Headings of the article's sections, and the questions of an FAQ written as <details>.
_SECTION_HEADINGS = frozenset(("h2", "h3", "h4", "summary"))


def _between(container: etree._Element, paragraphs: set[etree._Element],
             tags: Sequence[str]) -> Iterator[etree._Element]:
    """The elements of these tags inside the container that stand between two paragraphs of
    trafilatura's result (a paragraph before and after them), in order."""
    pending: list[etree._Element] = []
    started = False
    for el in container.iter("p", *tags):
        if el.tag == "p":
            if el in paragraphs:
                yield from pending
                started, pending = True, []
        elif started:
            pending.append(el)


def _dropped_headings(pieces: Sequence[Piece], paragraphs: set[etree._Element],
                      container: etree._Element) -> list[Piece]:
    """The subheads between the article's paragraphs that trafilatura dropped (it prunes some
    by their class or id) and the questions of an FAQ in <details>."""
    have = {text for _, text, _ in pieces}
    return [("heading", text, el) for el in _between(container, paragraphs, _SECTION_HEADINGS)
            if (text := without_anchor(text_of(el))) and text not in have
            and len(text.split()) <= SUBHEAD_MAX_WORDS]


# A data table has at least this many rows, and its cells at most this many words on average
# (a layout table's cells hold paragraphs).
TABLE_MIN_ROWS = 2
TABLE_CELL_MAX_WORDS = 8
# Elements in a cell that make the table a layout, not data.
_LAYOUT_IN_CELL = ("p", "div", "table", "ul", "ol", "h1", "h2", "h3")


def _dropped_tables(pieces: Sequence[Piece], paragraphs: set[etree._Element],
                    container: etree._Element) -> list[Piece]:
    """The data tables between the article's paragraphs that trafilatura dropped with their
    wrapper (a results table in a box classed "embed-table"), its rows as trafilatura gives a
    table's ("2 | 6,040 | 3,318 | 64.5%") and its caption over them."""
    have = {text for _, text, _ in pieces}
    found: list[Piece] = []
    for el in _between(container, paragraphs, ("table",)):
        if next(el.iterdescendants(*_LAYOUT_IN_CELL), None) is not None or next(
                el.iterancestors("table"), None) is not None:
            continue
        rows = [(row, [fold(text_of(cell)) for cell in row if cell.tag in _CELLS])
                for row in el.iter("tr")]
        texts = [(row, " | ".join(cell for cell in cells if cell)) for row, cells in rows]
        cells = [cell for _, row_cells in rows for cell in row_cells if cell]
        if (len(rows) < TABLE_MIN_ROWS or not cells or any(text in have for _, text in texts)
                or sum(len(cell.split()) for cell in cells) > TABLE_CELL_MAX_WORDS * len(cells)):
            continue
        caption = el.find("caption")
        if caption is not None and (caption_text := text_of(caption)):
            found.append(("paragraph", caption_text, caption))
        found += [("table", text, row) for row, text in texts if text]
    return found


# A list's item that is mostly link text is a link to another page, not a point of the story.
LIST_LINK_SHARE = 0.5


def _dropped_lists(pieces: Sequence[Piece], paragraphs: set[etree._Element],
                   container: etree._Element) -> list[Piece]:
    """The lists between the article's paragraphs that trafilatura dropped, under a paragraph
    that leads into them ("Key features of the AquaSense 400 include:"): their items, unless
    they are links."""
    have = {text for _, text, _ in pieces}
    found: list[Piece] = []
    for el in _between(container, paragraphs, ("ul", "ol")):
        lead = el.getprevious()
        if lead is None or lead.tag != "p" or not text_of(lead).endswith(":") or any(
                a.tag in ("ul", "ol") for a in el.iterancestors()):
            continue
        items = [(li, text) for li in el.iterchildren("li") if (text := text_of(li))]
        if any(text in have or sum(len(text_of(a)) for a in li.iter("a")) > LIST_LINK_SHARE * len(text)
               for li, text in items):
            continue
        found += [("list_item", text, li) for li, text in items]
    return found


def _embed_pieces(pieces: Sequence[Piece], container: etree._Element) -> list[Piece]:
    """Embedded posts in the article that trafilatura dropped with their wrapper.

    A post embedded with its platform's code (a tweet is ``<blockquote class="twitter-tweet">``)
    is part of the story, but sites wrap it in a box classed "social" or "embed", which
    trafilatura discards as furniture. Posts inside the container of the extracted paragraphs
    come back as quotes; their attribution line goes to the filters like any other.
    """
    have = "\n".join(text for _, text, _ in pieces)
    found: list[Piece] = []
    for quote in container.iter("blockquote"):
        if not _EMBED_CLASSES.intersection((quote.get("class") or "").split()):
            continue
        # A post set in paragraphs (an Instagram embed's link to the post, its caption, "A
        # post shared by …") gives each its piece, for the filters to judge apart.
        parts = [text for p in quote.iter("p") if (text := text_of(p))] or [text_of(quote)]
        for text in parts:
            if text and text[:EMBED_PROBE] not in have:
                found += [(kind, piece, quote) for kind, piece in _quote_pieces(text)]
    return found


def _in_document_order(order: _Order, pieces: list[Piece], extra: list[Piece]) -> list[Piece]:
    """The pieces and the recovered ones in the order of the page.

    trafilatura may put a container it likes ahead of text that comes before it on the page.
    Its order is kept when a piece has no element to tell its place by.
    """
    if not extra and (any(el is None for _, _, el in pieces) or _ascending(pieces)):
        return pieces
    keyed = []
    last = order.FIRST
    for piece in pieces:
        # Text trafilatura wrote without a source element keeps its place after its predecessor.
        if piece[2] is not None:
            last = order(piece[2])
        keyed.append((last, 0, len(keyed), piece))
    keyed += [(order(p[2]), 1, i, p) for i, p in enumerate(extra)]
    return [p for *_, p in sorted(keyed, key=lambda k: k[:3])]


def _ascending(pieces: Sequence[Piece]) -> bool:
    """The pieces' elements begin on ever later lines of the source, so they are in page order
    already (most pages: no need to number the whole tree to see it)."""
    lines = [el.sourceline for _, _, el in pieces]
    return None not in lines and all(a < b for a, b in zip(lines, lines[1:]))


def _to_blocks(pieces: Sequence[Piece]) -> list[Block]:
    """Blocks with their DOM hints; text cleaned of invisible characters and odd spaces."""
    # A container holding half the extracted text is the article's, not furniture around it.
    small = sum(len(text) for _, text, _ in pieces) // 2
    size = _Sizer()
    groups: dict[etree._Element, int] = {}
    blocks = []
    signup = next((_signup_boxes(el.getroottree().getroot()) for _, _, el in pieces
                   if el is not None), frozenset())
    above = _Above(small, size, signup)
    for kind, text, el in pieces:
        text = clean_line(text)
        if not text:
            continue
        if el is None:
            blocks.append(Block(text, kind=kind, position=len(blocks)))
            continue
        hints = _hints(el, text, small, size, above)
        group = groups.setdefault(el.getparent(), len(groups))
        blocks.append(Block(text, kind=kind, position=len(blocks), tag=hints.tag,
                            classes=hints.classes, containers=hints.containers,
                            link_density=hints.link_density, group=group))
    return blocks


def _glued_to_word(el: etree._Element) -> bool:
    """An inline element whose text runs on into the word after it, with no space between."""
    text = (el.text or "") if len(el) == 0 else ""
    return (el.tag in _INLINE and text.strip() != "" and text[-1:].isalnum()
            and (el.tail or "")[:1].isalnum())


def _prepare(tree: etree._Element, invisible: list[etree._Element] | None = None) -> None:
    """Drop what a reader never sees, and keep words apart across element boundaries.

    A browser shows "said.<br>Residents" and "<p>said.</p><p>Residents" as two words; text
    joined from the tree would glue them, so line breaks and block ends get a space after them.
    ``invisible`` holds the elements of the invisible tags when they were found already.
    """
    hidden = list(tree.iter(*_INVISIBLE) if invisible is None else invisible)
    for el in _HIDDEN(tree):
        # A drop cap hidden from screen readers, <span aria-hidden="true">T</span>he, is the
        # first letter of a word that a reader sees: its letter joins the word (trafilatura
        # would drop the element, and the letter with it).
        if _glued_to_word(el):
            el.drop_tag()
        else:
            hidden.append(el)
    for el in hidden:
        if el.getparent() is not None:
            el.drop_tree()  # keeps the element's tail, which is visible text after it
    for el in tree.iter(*_SPACED):
        tail = el.tail  # read once: each read makes a str of it
        el.tail = " " + tail if tail else " "
        # trafilatura's extraction is quadratic in the inline children of one element; a block
        # with thousands of them (a generated or hostile page) keeps its text, not its tags.
        if len(el) > MAX_INLINE_CHILDREN:
            etree.strip_tags(el, *_INLINE)
            # Stripping leaves the text in thousands of adjacent text nodes, which trafilatura
            # walks as slowly as the tags: setting each text once makes it one node.
            el.text = el.text
            for child in el:
                child.tail = child.tail


def _jsonld(invisible: list[etree._Element]) -> etree._Element:
    """The page's JSON-LD scripts (among its invisible elements), copied under one element:
    what the page says of itself (authors, dates), which ``_prepare`` drops with the other
    scripts."""
    kept = etree.Element("jsonld")
    for script in invisible:
        if script.tag == "script" and script.get("type") == "application/ld+json":
            etree.SubElement(kept, "script", type="application/ld+json").text = script.text
    return kept


def parse_page(source: str | etree._Element, url: str | None = None) -> Page:
    """The page's tree, and trafilatura's choice of it as blocks. ``source`` is HTML text, or
    a tree of the caller's own that may be changed (a copy: see ``trees.tree_of``)."""
    tree = _parse(source) if isinstance(source, str) else source
    if tree is None:
        return Page([], None, ("not parseable as HTML",))
    # The invisible elements, found once: the JSON-LD is copied from their scripts before
    # _prepare drops them.
    invisible = list(tree.iter(*_INVISIBLE))
    jsonld = _jsonld(invisible)
    try:
        _prepare(tree, invisible)
        body = _extract(tree)
    except ValueError:
        # lxml keeps a stray control character of a damaged page in its tree, then refuses it
        # in any text set later. Read again without them: looking for them in every page
        # first would cost a millisecond a page.
        text = source if isinstance(source, str) else etree.tostring(source, encoding="unicode")
        tree = _parse(_without_controls(text))
        if tree is None:
            return Page([], None, ("not parseable as HTML",))
        _prepare(tree)
        body = _extract(tree)
    if body is None:
        return Page([], tree, ("no article text found",), jsonld)
    order = _Order()
    pieces = _place(tree, list(_result_blocks(body)), _index(tree, _HINTED, text_of), order)
    pieces = _in_document_order(order, pieces, _recovered(tree, pieces))
    return Page(_to_blocks(pieces), tree, jsonld=jsonld, whole_text=_whole_text(body))


# trafilatura's last resort, the page's text as one paragraph, holds at least this many lines.
WHOLE_TEXT_LINES = 4


def _whole_text(body: etree._Element) -> bool:
    """trafilatura's result is its last resort: one paragraph holding the page's text line by
    line (menus, headline, paragraphs, footer), not an article it chose."""
    return len(body) == 1 and body[0].tag == "p" and (
        (body[0].text or "").count("\n") >= WHOLE_TEXT_LINES)


