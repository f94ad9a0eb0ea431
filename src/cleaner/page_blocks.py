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

from cleaner.html import CLASS_DEPTH, NOTABLE_CONTAINERS, _NOTABLE_ROLES, _Sizer, tokens
from cleaner.model import Block
from cleaner.textutil import clean_line, fold

# Elements that start and end a block of text; anything else is inline.
BLOCK_TAGS = frozenset(
    """address article aside blockquote body center dd details dialog dir div dl dt fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre
    section summary table tbody td tfoot th thead tr ul option select button label""".split())
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_KINDS = {"li": "list_item", "blockquote": "quote", "figcaption": "caption", "td": "table",
          "th": "table", "dd": "list_item", "dt": "list_item"}


class _Walk:
    """The state of one walk: the text of the block being read, and the open elements."""

    def __init__(self, size: _Sizer, small: int) -> None:
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.linked = 0  # characters of the block read inside links
        self.links = 0  # links open around the text being read
        self.open: list[etree._Element] = []  # block elements open, innermost last
        self.size, self.small = size, small
        self.groups: dict[etree._Element, int] = {}

    def add(self, text: str | None) -> None:
        if text:
            self.parts.append(text)
            if self.links:
                self.linked += len(text)

    def flush(self) -> None:
        raw = "".join(self.parts)
        self.parts.clear()
        linked, self.linked = self.linked, 0
        text = clean_line(fold(raw))
        if not text:
            return
        owner = self.open[-1] if self.open else None
        self.blocks.append(self._block(text, owner, min(1.0, linked / max(1, len(raw.strip())))))

    def _block(self, text: str, owner: etree._Element | None, link_density: float) -> Block:
        if owner is None:
            return Block(text, kind="line", position=len(self.blocks), link_density=link_density)
        classes: list[str] = []
        containers: set[str] = set()
        for depth, el in enumerate(reversed(self.open)):
            tag = el.tag
            role = el.get("role")
            notable = tag in NOTABLE_CONTAINERS or role in _NOTABLE_ROLES
            # An element that holds much of the page is the page's frame, whatever its name.
            if (notable or depth < CLASS_DEPTH) and self.size(el) < self.small:
                if tag in NOTABLE_CONTAINERS:
                    containers.add(tag)
                if role in _NOTABLE_ROLES:
                    containers.add(role)
                if depth < CLASS_DEPTH:
                    classes.extend(tokens(el))
        tag = owner.tag
        kind = "heading" if tag in _HEADINGS else _KINDS.get(tag, "paragraph")
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
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in BLOCK_TAGS:
                walk.flush()
                walk.open.append(el)
            elif tag == "br":
                walk.flush()
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
