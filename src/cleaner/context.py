"""What a filter is and what it sees: one block, its neighbours and their verdicts so far."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

from cleaner.model import Block
from cleaner.options import DEFAULT_OPTIONS, Options

T = TypeVar("T")


class Context:
    """A read-only view of the page around one block.

    ``verdicts[i]`` is the name of the filter that removed block ``i`` in an earlier pass, or
    ``None`` while it is kept. Within one filter's pass the verdicts are a snapshot, so a filter's
    answer never depends on the order it visits blocks in. The pipeline moves one view from block
    to block during a pass: a filter reads it while it is called and does not keep it.
    """

    __slots__ = ("blocks", "index", "verdicts", "options", "found", "_families", "_memo")

    def __init__(self, blocks: Sequence[Block], index: int,
                 verdicts: Sequence[str | None], options: Options) -> None:
        self.blocks = blocks
        self.index = index
        self.verdicts = verdicts
        self.options = options
        # What a filter finds about the page as a whole and hands on past the filters (the
        # region filter's headline and dek), kept across passes.
        self.found: dict[str, object] = {}
        self._families: set[str] | None = None
        self._memo: dict[str, object] = {}

    def renew(self, verdicts: Sequence[str | None]) -> None:
        """Start a new pass over the page with these verdicts (the pipeline's use only)."""
        self.verdicts = verdicts
        self._families = None
        self._memo = {}

    def page_has(self, name: str) -> bool:
        """Whether any block of the page was removed by this filter or family ("newsletter.").

        Lets a filter that needs a certain neighbour skip pages that have none at all.
        """
        if self._families is None:
            # The page's few distinct verdicts first: it has many more removed blocks.
            names = {verdict for verdict in set(self.verdicts) if verdict is not None}
            self._families = names | {verdict.split(".", 1)[0] + "." for verdict in names}
        return name in self._families

    def removed_by(self, i: int) -> str | None:
        return self.verdicts[i]

    def neighbours(self, step: int, limit: int) -> Iterator[tuple[Block, str | None]]:
        """Up to ``limit`` blocks walking away from this one (``step`` -1 or +1), with verdicts."""
        i = self.index + step
        if not 0 <= i < len(self.blocks):
            return iter(())
        # Slices zipped, in C: the context filters ask this of most blocks of a page.
        stop: int | None = i + step * limit
        if stop < 0:  # type: ignore[operator]
            stop = None  # down to the first block
        return zip(self.blocks[i:stop:step], self.verdicts[i:stop:step])

    def kept_neighbours(self, step: int) -> Iterator[Block]:
        """The kept blocks walking away from this one."""
        i = self.index + step
        while 0 <= i < len(self.blocks):
            if self.verdicts[i] is None:
                yield self.blocks[i]
            i += step

    def memo(self, key: str, compute: Callable[[Context], T]) -> T:
        """``compute(self)``, once per pass: for a page-wide value a filter needs at every block
        (where the page's tail starts). ``key`` names the value; prefix it with the filter's."""
        try:
            return self._memo[key]  # type: ignore[return-value]
        except KeyError:  # once a pass
            value = self._memo[key] = compute(self)
            return value

    def next_kept(self) -> Block | None:
        return next(self.kept_neighbours(1), None)



@dataclass(frozen=True)
class Filter:
    """A named test that says a block is not the article, and the one-line reason why.

    ``max_words`` is the longest block the filter may remove, in words, or the name of the
    ``Options`` field that sets it; ``None`` for no limit. The pipeline never offers it a longer
    block: page furniture is short, and a long block that starts like a prompt is prose.
    ``needs_dom`` marks a filter that judges only HTML hints; on plain text it is skipped.
    ``page_only`` marks one that runs only on a whole page (plain text, or an HTML page read
    block by block): on an extractor's chosen part of a page, its work is done.
    ``needs`` names a filter or family ("newsletter.") that must already have removed something
    on the page: a filter that judges a block by the junk beside it has nothing to do without.
    ``opens`` and ``holds`` say what every block the filter removes has: its lower-cased text
    opens with a match of one of the ``opens`` patterns (or strings), or holds one of the
    ``holds`` words (a digit in one stands for any decimal digit); with ``reach``, it may also be
    a block up to that many after one that does (a byline over two lines: "By", then the
    names). The pipeline offers the filter no other block (``cleaner.cues``), so they must cover
    every way the filter can say yes; both empty, it is offered every block.
    ``members``, for a filter that finds all it removes on the page at once, gives those
    blocks' indexes: the pipeline offers the filter only them, asked once a pass.
    """

    name: str
    func: Callable[[Block, Context], bool]
    reason: str
    max_words: int | str | None = None
    needs_dom: bool = False
    needs: str | None = None
    page_only: bool = False
    opens: tuple[re.Pattern[str] | str, ...] = ()
    holds: tuple[str, ...] = ()
    reach: int = 0
    members: Callable[[Context], Collection[int]] | None = None

    def limit(self, options: Options) -> int | None:
        """The word limit in force under these options (``favor`` scales it)."""
        if self.max_words is None:
            return None
        words = self.max_words if isinstance(self.max_words, int) else int(getattr(options, self.max_words))
        return options.word_limit(words)

    def __call__(self, block: Block, ctx: Context) -> bool:
        """The filter's verdict on one block, as the pipeline would give it."""
        limit = self.limit(ctx.options)
        return ((limit is None or block.words <= limit)
                and (self.needs is None or ctx.page_has(self.needs)) and bool(self.func(block, ctx)))

    @property
    def family(self) -> str:
        return self.name.split(".", 1)[0]


# The context of a line judged by itself, with no page around it (a line read from a page's
# markup for its byline or date): it has no neighbours.
ALONE = Context((), 0, (), DEFAULT_OPTIONS)
