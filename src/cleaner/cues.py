"""Which blocks of a page each phrase filter may remove, found once a page for all of them.

Most phrase filters remove only a block whose lower-cased text opens with a match of one of
their patterns, or holds one of a few cue words, and so say no to some 95% of the blocks they
are offered. A filter that states this (``Filter.opens``, ``Filter.holds``) is offered only the
blocks that pass, found for all such filters together:

- the openings are read off the patterns themselves: every string a pattern matches begins with
  one of a few short prefixes (``openings``, each digit written "0" and each whitespace " "),
  so one match of a block's first characters against
  all the filters' prefixes, merged into one tree, tells which filters it may concern;
- the cue words are looked for in the text of the page's blocks joined shortest first, each
  with one fast str.find a block that holds it, in the part within its filters' word limits (a
  cue with digits by a pattern, each digit standing for any decimal digit, as in openings);
- a filter that may remove a block for the one before it (the names under a lone "By") states
  how far its cues reach past the blocks that have them (``Filter.reach``).

Both are necessary conditions only: a block that passes is still judged by the filter itself,
so the verdicts are those of offering every filter every block.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate
from re import _constants, _parser  # the standard library's own regex parser
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cleaner.context import Filter
    from cleaner.model import Block

# How many first characters of a block are looked at: four tell "the " from "this" and "they".
OPENING_CHARS = 4
# A pattern whose openings would number more than this is taken to open with anything.
MAX_OPENINGS = 4000
# Decimal digits stand as "0" in openings (``\d`` opens with any of them), and whitespace as
# " " (``\s`` with any of some thirty characters: a label's "\s*:" would multiply its openings
# past MAX_OPENINGS).
_DIGIT = re.compile(r"\d")
_SPACE = re.compile(r"\s")
# Ends an opening after which anything may follow (an opening that truly ended in it would
# only be taken shorter: more blocks offered, none missed).
_ANY = "\0"


class _Unbounded(Exception):
    """A pattern opens in too many ways to list."""


# What "0" and " " stand for in the openings' tree.
_SHAPED = {"0": r"\d", " ": r"\s"}


def _shape(text: str) -> str:
    """The text as openings write it: digits "0", whitespace " "."""
    return _SPACE.sub(" ", _DIGIT.sub("0", text))


def _chars(op: object, av: object) -> set[str] | None:
    """The characters one parsed item matches (digits as "0", whitespace as " "), or None if
    too many to list."""
    c = _constants
    if op is c.LITERAL:
        return {_shape(chr(av))}  # type: ignore[arg-type]
    if op is not c.IN:
        return None
    found: set[str] = set()
    for kind, value in av:  # type: ignore[attr-defined]
        if kind is c.LITERAL:
            found.add(chr(value))
        elif kind is c.RANGE and value[1] - value[0] < 64:
            found.update(map(chr, range(value[0], value[1] + 1)))
        elif kind is c.CATEGORY and value is c.CATEGORY_DIGIT:
            found.add("0")
        elif kind is c.CATEGORY and value is c.CATEGORY_SPACE:
            found.add(" ")
        else:
            return None  # a negated class, \w, \s: too many
    return {_shape(ch) for ch in found}


def _extend(prefixes: set[str], items: Sequence[tuple[object, object]], length: int) -> set[str]:
    """The openings of the text matched so far (``prefixes``) followed by a match of ``items``:
    each is ``length`` characters long, or shorter and closed with ``_ANY`` (the match may end
    there, or go on with characters too many to list)."""
    c = _constants
    for op, av in items:
        growing = {p for p in prefixes if len(p) < length and not p.endswith(_ANY)}
        if not growing:
            break
        done = prefixes - growing
        chars = _chars(op, av)
        if chars is not None:
            grown = {p + ch for p in growing for ch in chars}
        elif op in (c.ASSERT, c.ASSERT_NOT) or op is c.AT and av not in (c.AT_END, c.AT_END_STRING):
            continue  # matches no character: what follows it opens the same
        elif op is c.SUBPATTERN:
            grown = _extend(growing, av[-1].data, length)  # type: ignore[index]
        elif op is c.BRANCH:
            grown = set()
            for branch in av[1]:  # type: ignore[index]
                grown |= _extend(growing, branch.data, length)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, high, inner = av  # type: ignore[misc]
            grown = growing
            for _ in range(min(low, length)):
                grown = _extend(grown, inner.data, length)
            more = grown
            for _ in range(min(high, length) - min(low, length)):
                more = _extend(more, inner.data, length)
                grown = grown | more
        else:
            grown = {p + _ANY for p in growing}  # the end of the text, or any character
        prefixes = done | grown
        if len(prefixes) > MAX_OPENINGS:
            raise _Unbounded
    return prefixes


@lru_cache(maxsize=None)  # one entry per pattern of the filters: a fixed few
def openings(opening: re.Pattern[str] | str, length: int = OPENING_CHARS) -> frozenset[str] | None:
    """What every text that ``opening`` matches at its start (``match``) begins with: prefixes of
    at most ``length`` characters, decimal digits written "0" and whitespace " "; None when it
    may begin with anything. A string is a literal opening.

    >>> sorted(openings(re.compile(r"(?:advert|ad)s?[.:]?$")))
    ['ad', 'ad.', 'ad:', 'ads', 'ads.', 'ads:', 'adve']
    """
    if isinstance(opening, str):
        return frozenset({_shape(opening[:length])}) if opening else None
    if opening.flags & re.IGNORECASE:
        return None
    try:
        found = _extend({""}, _parser.parse(opening.pattern, opening.flags).data, length)
    except _Unbounded:
        return None
    prefixes = frozenset(p.rstrip(_ANY) for p in found)
    return None if "" in prefixes else prefixes


def _tree(prefixes: Sequence[str]) -> str:
    """A pattern that matches the longest of the prefixes' own prefixes a text opens with."""
    root: dict[str, dict] = {}
    for prefix in prefixes:
        node = root
        for ch in prefix:
            node = node.setdefault(ch, {})

    def branches(node: dict[str, dict]) -> str:
        # Each character once per node, so the greedy match is the longest.
        return "|".join((_SHAPED.get(ch) or re.escape(ch))
                        + (f"(?:{branches(child)})?" if child else "")
                        for ch, child in sorted(node.items()))

    return f"(?:{branches(root)})?"


class Sieve:
    """The openings and cue words of a pipeline's filters, merged once; ``offered`` applies them
    to a page. Built from the pipeline's plan: each filter with its word limit, since a block
    longer than every gated filter's limit need not be looked at."""

    def __init__(self, plan: Sequence[tuple[Filter, int | None]]) -> None:
        by_prefix: dict[str, set[int]] = {}
        by_cue: dict[str, set[int]] = {}
        gated = set()
        reach: dict[int, int] = {}
        for n, (f, _) in enumerate(plan):
            if not (f.opens or f.holds):
                continue
            found = [openings(opening) for opening in f.opens]
            if any(prefixes is None for prefixes in found):
                continue  # it may remove a block opening with anything: offered every block
            gated.add(n)
            if f.reach:
                reach[n] = f.reach
            for prefixes in found:
                for prefix in prefixes:  # type: ignore[union-attr]
                    by_prefix.setdefault(prefix, set()).add(n)
            for cue in f.holds:
                if not cue:
                    raise ValueError(f"{f.name}: an empty cue word")
                by_cue.setdefault(cue, set()).add(n)
        self.gated = frozenset(gated)
        self._reach = reach
        # The filters a block may concern, by the longest path of the prefix tree it opens with:
        # those of every prefix along that path.
        self._concerned = {
            path: tuple(sorted(set().union(*(by_prefix.get(path[:end], ())
                                             for end in range(1, len(path) + 1)))))
            for path in {prefix[:end] for prefix in by_prefix for end in range(1, len(prefix) + 1)}}
        self._opening = re.compile(_tree(sorted(by_prefix))) if by_prefix else None
        self._opening_words = _longest(plan, set().union(*by_prefix.values()))
        # Each cue word with the longest block its filters may remove: it is looked for only in
        # the blocks within that limit, joined shortest first, so that its text is a prefix of
        # the page's (a cue of short furniture reads a small part of it). A cue with digits is
        # a pattern, each digit any digit.
        self._cues = [(cue, _digit_pattern(cue), _probe(cue), _longest(plan, found),
                       tuple(sorted(found))) for cue, found in sorted(by_cue.items())]

    def offered(self, blocks: Sequence[Block], by_size: Sequence[int] | None = None
                ) -> dict[int, set[int]]:
        """For each gated filter (by its place in the pipeline), the blocks it may remove.
        ``by_size`` is the blocks' order by their words, if the caller has it."""
        offered: dict[int, set[int]] = {n: set() for n in self.gated}
        if self._opening is not None:
            match, concerned, most = self._opening.match, self._concerned, self._opening_words
            for i, block in enumerate(blocks):
                if block.words > most:
                    continue
                path = match(block.lower).group()  # type: ignore[union-attr]
                if path:
                    found = concerned.get(path)
                    if found is None:  # digits other than "0", whitespace other than " "
                        found = concerned.get(_shape(path), ())
                    for n in found:
                        offered[n].add(i)
        if self._cues and blocks:
            if by_size is None:
                by_size = sorted(range(len(blocks)), key=lambda i: blocks[i].words)
            sizes = [blocks[i].words for i in by_size]
            # The blocks as one text, shortest first, and each cue looked for on its own
            # (str.find, fast) in the part within its limit: every block that holds it is found,
            # whatever other cue overlaps. A cue found across two blocks offers the first one
            # for nothing, which is harmless.
            lowers = [blocks[i].lower for i in by_size]
            text = "".join(lowers)
            starts = [0, *accumulate(map(len, lowers))]
            find = text.find
            for cue, pattern, probe, most, filters in self._cues:
                end = starts[bisect_right(sizes, most)]
                # A cue in another script than the page's is ruled out by one of its characters,
                # looked for several times faster than a string (most pages hold curly quotes,
                # and str.find reads such a text character by character for a cue in Hindi).
                if probe is not None and find(probe, 0, end) < 0:
                    continue
                search = None if pattern is None else pattern.search
                holders = []
                at = find(cue, 0, end) if search is None else _start(search(text, 0, end))
                while at >= 0:
                    k = bisect_right(starts, at) - 1
                    holders.append(by_size[k])
                    # On in the next block: this one is offered.
                    at = (find(cue, starts[k + 1], end) if search is None
                          else _start(search(text, starts[k + 1], end)))
                if holders:
                    for n in filters:
                        offered[n].update(holders)
        for n, far in self._reach.items():
            offered[n].update([i + step for i in offered[n] for step in range(1, far + 1)
                               if i + step < len(blocks)])
        return offered


def _digit_pattern(cue: str) -> re.Pattern[str] | None:
    """For a cue word with digits, a pattern of it with each digit any decimal digit."""
    if _DIGIT.search(cue) is None:
        return None
    return re.compile(_DIGIT.sub(r"\\d", re.escape(cue)))


def _probe(cue: str) -> str | None:
    """For a cue of several characters, one outside ASCII, which most pages lack, if it has one."""
    return next((ch for ch in cue if not ch.isascii()), None) if len(cue) > 1 else None


def _start(match: re.Match[str] | None) -> int:
    return -1 if match is None else match.start()


def _longest(plan: Sequence[tuple[Filter, int | None]], filters: set[int]) -> float:
    """The longest block, in words, that any of these filters may remove."""
    limits = [plan[n][1] for n in filters]
    return float("inf") if None in limits else max(limits, default=0)  # type: ignore[type-var]


@lru_cache(maxsize=64)  # pipelines are few; their filters are hashable and fixed
def sieve(plan: tuple[tuple[Filter, int | None], ...]) -> Sieve:
    """The sieve of this plan, built once for all pipelines that have it."""
    return Sieve(plan)
