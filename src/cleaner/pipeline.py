"""The pipeline: blocks in, filters run in order, the trail of removals kept, an article out."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

from bs4 import Tag
from lxml import etree

from cleaner import cues, decode, detect, extractors, headline, html, htmlhead, metadata, trees
from cleaner.context import Context, Filter
from cleaner.errors import InputTooLarge, UnsupportedInput
from cleaner.filters import DEFAULT_ORDER, REGISTRY
from cleaner.model import Article, Block, Removal
from cleaner.options import DEFAULT_OPTIONS, Options
from cleaner.segment import text_blocks

FilterFunc = Callable[[Block, Context], bool]
# What clean() takes: the page as text or bytes, or parsed (see cleaner.trees).
Source = str | bytes | Tag | etree._Element | etree._ElementTree


class Pipeline:
    """An ordered list of filters and the options they run with. Immutable: the editing methods
    return a new pipeline.

    >>> p = Pipeline.default().without("chrome.date_line")
    >>> "chrome.date_line" in p.names
    False
    """

    def __init__(self, filters: Iterable[Filter], options: Options | None = None) -> None:
        self.filters: tuple[Filter, ...] = tuple(filters)
        names = [f.name for f in self.filters]
        if len(set(names)) != len(names):
            raise ValueError(f"filter names repeat: {names}")
        self.options = options or DEFAULT_OPTIONS
        # Each filter with its word limit under these options, resolved once.
        self._plan = tuple((f, f.limit(self.options)) for f in self.filters)
        self._reasons = {f.name: f.reason for f in self.filters}
        self._sieve = cues.sieve(self._plan)

    @classmethod
    def default(cls, options: Options | None = None) -> Pipeline:
        return cls((REGISTRY[name] for name in DEFAULT_ORDER), options)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.filters)

    def __repr__(self) -> str:
        return f"Pipeline({list(self.names)!r})"

    def _position(self, name: str) -> int:
        try:
            return self.names.index(name)
        except ValueError:
            raise KeyError(f"no filter named {name!r}; known: {', '.join(self.names)}") from None

    def without(self, *names: str) -> Pipeline:
        """This pipeline minus the named filters."""
        for name in names:
            self._position(name)
        return Pipeline((f for f in self.filters if f.name not in names), self.options)

    def with_filter(self, func: FilterFunc | Filter, *, name: str | None = None,
                    reason: str | None = None, before: str | None = None,
                    after: str | None = None) -> Pipeline:
        """This pipeline plus one filter: at the end, or just before or after a named one.

        ``func(block, ctx) -> bool`` says True to remove the block. A plain function is named
        ``name`` (default ``"custom.<function name>"``) and explained by ``reason`` (default: its
        docstring's first line).
        """
        if isinstance(func, Filter):
            new = func
        else:
            doc = (func.__doc__ or "").strip().splitlines()
            new = Filter(name or f"custom.{func.__name__}", func,
                         reason or (doc[0] if doc else "removed by a custom filter"))
        filters = list(self.filters)
        if before is not None and after is not None:
            raise ValueError("give before or after, not both")
        at = (self._position(before) if before is not None
              else self._position(after) + 1 if after is not None else len(filters))
        filters.insert(at, new)
        return Pipeline(filters, self.options)

    def reordered(self, names: Sequence[str]) -> Pipeline:
        """The same filters in the order given; ``names`` must list every filter once."""
        if sorted(names) != sorted(self.names):
            raise ValueError("reordered() takes every filter name of the pipeline exactly once")
        by_name = {f.name: f for f in self.filters}
        return Pipeline((by_name[n] for n in names), self.options)

    def with_options(self, **overrides: object) -> Pipeline:
        return Pipeline(self.filters, self.options.merged(**overrides))

    def judge(self, blocks: Sequence[Block], whole_page: bool | None = None) -> list[str | None]:
        """For each block, the name of the filter that removed it, or None if kept.

        ``whole_page`` says the blocks are a whole page, not an extractor's chosen part of one:
        by default, plain text (blocks without tags) is.
        """
        return self._judge(blocks, whole_page)[0]

    def _judge(self, blocks: Sequence[Block], whole_page: bool | None = None
               ) -> tuple[list[str | None], dict[str, object]]:
        """The verdicts, and what filters found about the page as a whole (``Context.found``)."""
        verdicts: list[str | None] = [None] * len(blocks)
        # Blocks by size, so each filter walks only the blocks short enough for it. Within a
        # pass the order does not matter: every verdict is taken against the same snapshot.
        words = [block.words for block in blocks]
        by_size = sorted(range(len(blocks)), key=words.__getitem__)
        sizes = [words[i] for i in by_size]
        has_dom = any(block.tag for block in blocks)
        if whole_page is None:
            whole_page = not has_dom
        cut: dict[int, list[int]] = {}  # the blocks within each word limit, sliced once
        # The blocks that each filter stating its cues (most phrase filters) may remove.
        offered = self._sieve.offered(blocks, by_size) if self._sieve.gated else {}
        # One view, moved from block to block: filters read it during the call only. It is
        # renewed after a pass that removed something, so each pass sees a fixed snapshot.
        ctx = Context(blocks, 0, tuple(verdicts), self.options)
        changed = False
        for n, (f, limit) in enumerate(self._plan):
            if f.needs_dom and not has_dom or f.page_only and not whole_page:
                continue
            if changed:
                ctx.renew(tuple(verdicts))
                changed = False
            if f.needs is not None and not ctx.page_has(f.needs):
                continue
            snapshot = ctx.verdicts
            chosen = sorted(f.members(ctx)) if f.members is not None else offered.get(n)
            if chosen is not None:
                eligible = chosen if limit is None else [i for i in chosen if words[i] <= limit]
            else:
                eligible = by_size if limit is None else cut.get(limit)
                if eligible is None:
                    eligible = cut[limit] = by_size[:bisect_right(sizes, limit)]
            func = f.func
            for i in eligible:
                if snapshot[i] is None:
                    ctx.index = i
                    if func(blocks[i], ctx):
                        verdicts[i] = f.name
                        changed = True
        return verdicts, ctx.found

    # ------------------------------------------------------------ entry points

    def clean(self, source: Source, *, url: str | None = None) -> Article:
        """Clean HTML or plain text, telling them apart by their content; a page already parsed
        (a BeautifulSoup soup or tag, an lxml element or tree) is HTML."""
        return self._clean(source, url, None)

    def clean_text(self, source: str | bytes, *, url: str | None = None) -> Article:
        if trees.markup_of(source) is not None or trees.tree_of(source) is not None:
            raise UnsupportedInput("clean_text() takes the text of a page, str or bytes; "
                                   "a parsed page goes to clean() or clean_html()")
        return self._clean(source, url, "text")

    def clean_html(self, source: Source, *, url: str | None = None) -> Article:
        return self._clean(source, url, "html")

    def _clean(self, source: Source, url: str | None, kind: str | None) -> Article:
        """Decode, refuse bytes that were never text, then clean as ``kind`` (None: detect)."""
        if not isinstance(source, (str, bytes, bytearray, memoryview)):
            markup = trees.markup_of(source)
            if markup is not None:
                text, _ = self._decode(markup[0])
                return self._clean_html(text, url, markup[1])
            tree = trees.tree_of(source)
            if tree is not None:
                self._check_size(len(html.raw_text_of(tree)))
                return self._clean_html(tree, url, None)
        text, encoding = self._decode(source)
        if encoding is not None and detect.looks_binary(source, encoding):  # only bytes can be
            return _binary(encoding, url)
        if kind == "html" or kind is None and detect.looks_like_html(text):
            return self._clean_html(text, url, encoding)
        return self._clean_text(text, url, encoding)

    def _decode(self, source: str | bytes) -> tuple[str, str | None]:
        if isinstance(source, (bytes, bytearray, memoryview)):
            data = bytes(source)
            self._check_size(len(data))
            return decode.decode_bytes(data)
        if isinstance(source, str):
            if len(source) * 4 > self.options.max_bytes:
                self._check_size(len(source.encode("utf-8", "surrogatepass")))
            return decode.fix_surrogates(source), None
        raise UnsupportedInput(f"clean() takes {trees.ACCEPTED}, not {type(source).__name__}")

    def _check_size(self, size: int) -> None:
        if size > self.options.max_bytes:
            raise InputTooLarge(f"input is {size:,} bytes, over the limit of "
                                f"{self.options.max_bytes:,} (Options.max_bytes)")

    def _clean_text(self, text: str, url: str | None, encoding: str | None) -> Article:
        blocks = text_blocks(text)
        verdicts, found = self._judge(blocks)
        head = found.get("head")
        if not isinstance(head, headline.Head):  # the region filter was dropped
            head = headline.find_head(blocks, verdicts, self.options)
        article = assemble(blocks, verdicts, head, self._reasons, source_kind="text",
                           headline_source="text" if head.headline is not None else None,
                           dek_source="text" if head.dek is not None else None,
                           encoding=encoding, url=url,
                           headline_text=headline.title_heading(blocks, head))
        return with_metadata(article, metadata.from_text(blocks, verdicts, head, article.paragraphs,
                                                         found))

    def _clean_html(self, source: str | etree._Element, url: str | None,
                    encoding: str | None) -> Article:
        page = extractors.extract(source, url)
        blocks = page.blocks
        verdicts, found = self._judge(blocks, page.whole_page)
        read = found.get("head")
        head = htmlhead.find_head(page.meta, blocks, verdicts, self.options,
                                  read if isinstance(read, headline.Head) else None)
        article = assemble(blocks, verdicts, head.blocks, self._reasons, source_kind="html",
                           headline_source=head.headline_source, dek_source=head.dek_source,
                           encoding=encoding, url=url,
                           headline_text=head.headline, dek_text=head.dek, notes=page.notes,
                           extractor=page.extractor)
        if page.tree is None:
            return article
        return with_metadata(article, metadata.from_html(
            page.tree, page.meta, blocks, verdicts, head.blocks, article.headline,
            article.paragraphs, page.meta.site_name, url))


def _binary(encoding: str | None, url: str | None) -> Article:
    """The empty article of input that is not text: an image or archive fed in by mistake."""
    return Article(headline=None, dek=None, paragraphs=(), source_kind="binary",
                   encoding=encoding, url=url, notes=("binary input: neither text nor HTML",))


def with_metadata(article: Article, found: metadata.Metadata) -> Article:
    """The article with what it says of itself, and its removal trail saying which field each
    line it was read from went to."""
    removed = tuple(replace(r, fields=found.fields[r.position]) if r.position in found.fields else r
                    for r in article.removed)
    return replace(article, removed=removed, byline=found.byline, authors=found.authors,
                   published=found.published, modified=found.modified, section=found.section,
                   language=found.language, site_name=found.site_name,
                   url=article.url or found.url, canonical_url=found.canonical_url)


def assemble(blocks: Sequence[Block], verdicts: Sequence[str | None], head: headline.Head,
             reasons: Mapping[str, str], *, source_kind: str, headline_source: str | None,
             dek_source: str | None = None,
             encoding: str | None, url: str | None, headline_text: str | None = None,
             dek_text: str | None = None, notes: Sequence[str] = (),
             extractor: str | None = None) -> Article:
    """Split the judged blocks into headline, dek, body paragraphs and the removal trail."""
    removed: list[Removal] = []
    paragraphs: list[str] = []
    positions: list[int] = []  # of the paragraphs, so a report can put the removals between
    above = set(head.above)
    bylines = set(head.bylines)
    if head.headline is not None and headline_text is None:
        headline_text = blocks[head.headline].text
    for i, block in enumerate(blocks):
        verdict = verdicts[i]
        if i in above or i in bylines:
            name, reason = (headline.BYLINE_REASON if i in bylines else headline.above_reason(block))
            removed.append(Removal(name, block.text, reason, block.position))
        elif verdict is not None:
            removed.append(Removal(verdict, block.text, reasons.get(verdict, verdict),
                                   block.position))
        elif i not in (head.headline, head.dek):
            if headline_text and headline.repeats_headline(block, headline_text):
                name, reason = headline.REPEAT_REASON
                removed.append(Removal(name, block.text, reason, block.position))
                continue
            paragraphs.append(block.text)
            positions.append(block.position)
    dek = head.dek
    if dek is not None and dek_text is None:
        if verdicts[dek] is None:
            dek_text = blocks[dek].text
        else:
            dek = None  # a filter after the head was found removed its dek line: a bio
    notes = tuple(notes)
    if not paragraphs and not notes:
        notes = ("no article text found",) if blocks else ("empty input",)
    return Article(headline=headline_text, dek=dek_text, paragraphs=tuple(paragraphs),
                   removed=tuple(removed), source_kind=source_kind,
                   headline_source=headline_source if headline_text else None,
                   dek_source=dek_source if dek_text else None,
                   encoding=encoding, url=url, notes=notes, extractor=extractor,
                   paragraph_positions=tuple(positions),
                   headline_position=_position(blocks, head.headline),
                   dek_position=_position(blocks, dek))


def _position(blocks: Sequence[Block], index: int | None) -> int | None:
    return None if index is None else blocks[index].position
