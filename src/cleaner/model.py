"""The values that flow through cleaner: blocks in, removals and an article out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from cleaner import textutil


T = TypeVar("T")


class _derived(Generic[T]):  # noqa: N801 - used as a decorator, like property
    """A value computed from a block on first use and kept on it.

    Like functools.cached_property without its lock, which costs more than the values here;
    two threads racing on one block would compute the same pure value twice, harmlessly.
    """

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __get__(self, obj: Any, cls: type | None = None) -> T:
        if obj is None:
            return self  # type: ignore[return-value]
        value = self.func(obj)
        obj.__dict__[self.name] = value  # a frozen dataclass's own __dict__; shadows this
        return value


@dataclass(frozen=True, init=False)
class Block:
    """A paragraph-sized piece of the input, with the hints filters judge it by.

    ``kind`` is one of ``paragraph`` (a chunk of its own), ``line`` (a line split out of a chunk of
    several page elements), ``heading``, ``list_item``, ``quote``, ``table``, ``caption``.
    ``position`` is the block's index in the input. The DOM hints are empty for plain text:
    ``tag`` is the source element's name, ``classes`` the class and id tokens of the element and
    its ancestors (lower-cased), ``containers`` the notable ancestor tags (``figure``, ``aside``,
    ``form``, ``nav``...), ``link_density`` the share of the text inside links. ``group`` numbers
    the blocks that stood together on the page: the lines of one chunk of text, the items of one
    HTML list; -1 when unknown.
    """

    text: str
    kind: str = "paragraph"
    position: int = 0
    tag: str = ""
    classes: frozenset[str] = frozenset()
    containers: frozenset[str] = frozenset()
    link_density: float = 0.0
    group: int = -1
    # Every block is measured (the pipeline sorts blocks by size) and read lower-cased (the
    # patterns are lower case): both are taken at construction.
    words: int = field(init=False, repr=False, compare=False)
    lower: str = field(init=False, repr=False, compare=False)

    def __init__(self, text: str, kind: str = "paragraph", position: int = 0, tag: str = "",
                 classes: frozenset[str] = frozenset(), containers: frozenset[str] = frozenset(),
                 link_density: float = 0.0, group: int = -1) -> None:
        # One dict update instead of the frozen dataclass's eight object.__setattr__ calls:
        # pages are cut into many blocks, and this was a tenth of cleaning plain text.
        self.__dict__.update(text=text, kind=kind, position=position, tag=tag, classes=classes,
                             containers=containers, link_density=link_density, group=group,
                             words=textutil.word_count(text), lower=text.lower())

    @_derived
    def sentences(self) -> int:
        return textutil.sentence_count(self.text)

    @_derived
    def tokens(self) -> tuple[str, ...]:
        """The words of the lower-cased text, apostrophes made straight (``textutil.tokens``)."""
        return textutil.tokens(self.lower)

    @_derived
    def is_titleish(self) -> bool:
        """True for a line shaped like a headline: short, and Title Case or without a full stop."""
        return textutil.is_titleish(self.text, words=self.words)


@dataclass(frozen=True, init=False)
class Removal:
    """One piece taken out of the article: which filter took it, the text, and why.

    ``fields`` names the article's fields the piece was read into: a byline gives ``byline``
    (and the authors), a date line ``published`` or ``modified``, a kicker ``section``.
    """

    filter: str
    text: str
    reason: str
    position: int = 0
    fields: tuple[str, ...] = ()

    def __init__(self, filter: str, text: str, reason: str, position: int = 0,  # noqa: A002
                 fields: tuple[str, ...] = ()) -> None:
        # One dict update, as Block does: a whole page's dump has a removal for most blocks.
        self.__dict__.update(filter=filter, text=text, reason=reason, position=position,
                             fields=fields)

    def to_dict(self) -> dict[str, Any]:
        return {"filter": self.filter, "text": self.text, "reason": self.reason,
                "position": self.position, "fields": list(self.fields)}


@dataclass(frozen=True)
class Article:
    """The cleaned article.

    ``body`` is the paragraphs joined by one blank line. ``headline_source`` says where the
    headline came from (``text`` for plain input; ``json-ld``, ``og:title``, ``h1`` or ``title``
    for HTML); ``dek_source`` where the dek came from (``text``; ``element`` for one the page
    classes as a dek or standfirst, ``body`` for a line of the article set apart under the
    headline, or the description it repeats: ``json-ld``, ``og:description``,
    ``twitter:description``, ``description``). ``extractor`` says, for HTML, which extractor
    chose the part of the page the article was read from: ``trafilatura``, ``readability``, or
    ``prose`` (the prose model, reading the page's blocks itself). ``source_kind`` is ``text``,
    ``html``, or ``binary`` for bytes that were never text (then the article is empty and
    ``notes`` says so). ``notes`` explains an empty result, e.g. ``"no article text found"``.

    ``paragraph_positions``, ``headline_position`` and ``dek_position`` say which block of the
    page each kept piece was, counted as ``Removal.position`` counts, so that the removed pieces
    can be shown in place between them (``cleaner.report``). They are empty or None when not
    known: an Article built by hand, a headline that only the HTML head gave.

    What the article says of itself, each field None (or empty) when the page does not say:
    ``authors`` the names of the people or the agency who wrote it, in the page's order, and
    ``byline`` the byline as printed; ``published`` and ``modified`` in ISO 8601
    (``2025-03-03``, or ``2025-03-03T18:14:00-05:00`` when the page gives the time, with its
    offset when known); ``section``; ``language`` as an ISO 639 code (``en``); ``site_name``;
    ``url`` (the one given, else the page's own) and ``canonical_url``.
    """

    headline: str | None
    dek: str | None
    paragraphs: tuple[str, ...]
    removed: tuple[Removal, ...] = ()
    source_kind: str = "text"
    headline_source: str | None = None
    encoding: str | None = None
    url: str | None = None
    notes: tuple[str, ...] = field(default=())
    extractor: str | None = None
    dek_source: str | None = None
    paragraph_positions: tuple[int, ...] = ()
    headline_position: int | None = None
    dek_position: int | None = None
    byline: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    modified: str | None = None
    section: str | None = None
    language: str | None = None
    site_name: str | None = None
    canonical_url: str | None = None

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        return {
            "headline": self.headline,
            "dek": self.dek,
            "body": self.body,
            "paragraphs": list(self.paragraphs),
            "removed": [r.to_dict() for r in self.removed],
            "source_kind": self.source_kind,
            "headline_source": self.headline_source,
            "encoding": self.encoding,
            "url": self.url,
            "notes": list(self.notes),
            "extractor": self.extractor,
            "dek_source": self.dek_source,
            "paragraph_positions": list(self.paragraph_positions),
            "headline_position": self.headline_position,
            "dek_position": self.dek_position,
            "byline": self.byline,
            "authors": list(self.authors),
            "published": self.published,
            "modified": self.modified,
            "section": self.section,
            "language": self.language,
            "site_name": self.site_name,
            "canonical_url": self.canonical_url,
        }

    def _repr_html_(self) -> str:
        """The page as the audit report shows it, removed pieces struck through in place, so
        that a notebook displays what cleaning took out, not only what it kept."""
        # Imported here: the report reads the filter registry, which imports this module.
        from cleaner import report

        return report.page_html(self.to_dict())
