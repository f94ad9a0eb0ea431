"""The whole page as blocks: every block element's text, in page order, with its DOM hints.

This is what the prose model reads when it finds the article itself, instead of taking the
part of the page an extractor chose: a line per block element (a paragraph, a table cell, a list
item, a heading), and per line break, since old pages set their paragraphs apart with
``<br><br>`` inside one cell. Each block carries the hints the DOM filters judge by: its
element's tag and classes, the notable containers around it (nav, footer, aside, form...), and
how much of its text is link text.

The walk is iterative (lxml's ``iterwalk``): a page nested ten thousand levels deep is walked
like any other.
"""

from __future__ import annotations

from lxml import etree

from cleaner import html
from cleaner.html import CLASS_DEPTH, NOTABLE_CONTAINERS, PICTURE_BOX_CHARS, _NOTABLE_ROLES, _Sizer, tokens
from cleaner.model import Block
from cleaner.textutil import clean_line, fold

# Elements that start and end a block of text; anything else is inline.
BLOCK_TAGS = frozenset(
    """address article aside blockquote body center dd details dialog dir div dl dt fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre
    section summary table tbody td tfoot th thead tr ul option select button label""".split())
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_CELLS = ("td", "th")
# A row of a data table: cells of a few words each, no blocks inside them. Its cells make one
# block, joined by " | " as trafilatura joins a table's rows.
DATA_CELL_MAX_WORDS = 6
# A table this short (in characters) that holds a picture frames the picture: its other text is
# the caption and the credit, as a <figure>'s would be.
PICTURE_TABLE_CHARS = 400
# Elements that may frame a picture with its caption: a small table, or a gallery's cell or box.
_FRAMES = html.PICTURE_BOXES | {"table"}
_KINDS = {"li": "list_item", "blockquote": "quote", "figcaption": "caption", "td": "cell",
          "th": "cell", "dd": "list_item", "dt": "list_item"}


class _Walk:
    """The state of one walk: the text of the block being read, and the open elements."""

    def __init__(self, size: _Sizer, small: int) -> None:
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.linked = 0  # characters of the block read inside links
        # The lines read before the last <br> in this block, each with its linked characters.
        self.lines: list[tuple[str, int]] = []
        self.links = 0  # links open around the text being read
        self.open: list[etree._Element] = []  # block elements open, innermost last
        self.size, self.small = size, small
        self.groups: dict[etree._Element, int] = {}
        self.pictures: dict[etree._Element, bool] = {}

    def add(self, text: str | None) -> None:
        if text:
            self.parts.append(text)
            if self.links:
                self.linked += len(text)

    def line_break(self) -> None:
        self.lines.append(("".join(self.parts), self.linked))
        self.parts.clear()
        self.linked = 0

    def flush(self, kind: str | None = None) -> None:
        self.line_break()
        lines, self.lines = self.lines, []
        texts = [raw for raw, _ in lines]
        # A box whose paragraphs are set apart by <br><br> is read as those paragraphs, the
        # lines of each joined; other breaks (a menu's, an address's) each end a line.
        groups = (html.broken_paragraphs(texts) if len(lines) > 2 and html.paragraphed(texts)
                  else ([i] for i in range(len(lines))))
        owner = self.open[-1] if self.open else None
        heading = owner is not None and owner.tag in _HEADINGS
        for group in groups:
            raw = " ".join(texts[i] for i in group)
            text = clean_line(fold(raw))
            if heading:
                text = html.without_anchor(text)
            if text:
                linked = sum(lines[i][1] for i in group)
                self.blocks.append(self._block(text, owner, min(1.0, linked / max(1, len(raw.strip()))),
                                               kind))

    def _picture_frame(self, box: etree._Element) -> bool:
        framed = self.pictures.get(box)
        if framed is None:
            limit = PICTURE_TABLE_CHARS if box.tag == "table" else PICTURE_BOX_CHARS
            framed = self.pictures[box] = html.framed(box, self.size, limit)
        return framed

    def row(self, tr: etree._Element) -> bool:
        """Read a data table's row as one block; False for a row of a layout."""
        cells = [child for child in tr if child.tag in _CELLS]
        if len(cells) < 2 or len(cells) != len(tr):
            return False
        texts = []
        for cell in cells:
            if any(isinstance(el.tag, str) and el.tag in BLOCK_TAGS for el in cell.iterdescendants()):
                return False
            text = fold(html.raw_text_of(cell))
            if len(text.split()) > DATA_CELL_MAX_WORDS:
                return False
            texts.append(text)
        self.flush()
        self.open.append(tr)
        self.parts.append(" | ".join(t for t in texts if t))
        self.flush(kind="table")
        self.open.pop()
        return True

    def _block(self, text: str, owner: etree._Element | None, link_density: float,
               kind: str | None = None) -> Block:
        if owner is None:
            return Block(text, kind="line", position=len(self.blocks), link_density=link_density)
        classes: list[str] = []
        containers: set[str] = set()
        for depth, el in enumerate(reversed(self.open)):
            tag = el.tag
            role = el.get("role")
            notable = tag in NOTABLE_CONTAINERS or role in _NOTABLE_ROLES
            # An element that holds much of the page is the page's frame, whatever its name.
            if tag in _FRAMES and self._picture_frame(el):
                containers.add("figure")
            if (notable or depth < CLASS_DEPTH) and self.size(el) < self.small:
                if tag in NOTABLE_CONTAINERS:
                    containers.add(tag)
                if role in _NOTABLE_ROLES:
                    containers.add(role)
                if depth < CLASS_DEPTH:
                    classes.extend(tokens(el))
        tag = owner.tag
        kind = kind or ("heading" if tag in _HEADINGS else _KINDS.get(tag, "paragraph"))
        group = self.groups.setdefault(owner, len(self.groups))
        return Block(text, kind=kind, position=len(self.blocks), tag=tag,
                     classes=frozenset(classes), containers=frozenset(containers),
                     link_density=link_density, group=group)


def page_blocks(tree: etree._Element) -> list[Block]:
    """The blocks of the page's body (or of the whole tree, without one), in page order."""
    root = tree.find("body")
    if root is None:
        root = tree
    size = _Sizer()
    walk = _Walk(size, max(1, size(root)) // 2)
    walker = etree.iterwalk(root, events=("start", "end"))
    rows: set[etree._Element] = set()  # rows read whole: their end is all that is left of them
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else ""
        if el in rows:
            walk.add(el.tail)
            continue
        if event == "start":
            if tag == "tr" and walk.row(el):
                rows.add(el)
                walker.skip_subtree()
                continue
            if tag in BLOCK_TAGS:
                walk.flush()
                walk.open.append(el)
            elif tag == "br":
                walk.line_break()
            elif tag == "a" and el.get("href") is not None:
                walk.links += 1
            if tag:  # a comment's text is not the page's
                walk.add(el.text)
        else:
            if tag in BLOCK_TAGS:
                walk.flush()
                walk.open.pop()
            elif tag == "a" and el.get("href") is not None:
                walk.links -= 1
            if el is not root:
                walk.add(el.tail)
    walk.flush()
    return walk.blocks
