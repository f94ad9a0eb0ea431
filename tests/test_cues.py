"""The sieve (cleaner.cues): a filter that states its cues is offered only the blocks that have
them, and never a block fewer than it would remove."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from cleaner import Block, Pipeline
from cleaner.context import Context
from cleaner.cues import Sieve, openings
from cleaner.decode import decode_bytes
from cleaner.extractors import extract
from cleaner.segment import text_blocks
from conftest import fixture_cases


def test_openings_list_what_a_match_begins_with():
    assert openings(re.compile(r"(?:advert|ad)s?[.:]?$")) == {"ad", "ad.", "ad:", "ads", "ads.",
                                                             "ads:", "adve"}
    # Decimal digits are written "0"; a match may end before four characters.
    assert openings(re.compile(r"\d{1,2} ?min")) == {"0 mi", "00 m", "0min", "00mi"}
    assert openings(re.compile(r"(?:re)?play$")) == {"play", "repl"}
    assert openings("source ") == {"sour"}


def test_a_pattern_that_may_open_with_anything_has_no_openings():
    assert openings(re.compile(r"\S{1,30} says")) is None
    assert openings(re.compile(r"(?:by )?\w+ reports")) is None
    assert openings(re.compile(r"(?:photo)?")) is None  # may match nothing
    assert openings(re.compile(r"by (?P<names>.+)", re.IGNORECASE)) is None


def _gated_default() -> tuple[Pipeline, Sieve]:
    pipe = Pipeline.default()
    assert pipe._sieve.gated, "no filter states its cues"
    return pipe, pipe._sieve


def test_blocks_opening_with_any_decimal_digits_are_offered():
    pipe, sieve = _gated_default()
    comments = pipe.names.index("comments.prompt")
    blocks = [Block("12 comments"), Block("١٢ comments"), Block("Twelve people commented")]
    assert sieve.offered(blocks)[comments] == {0, 1}


def test_a_cue_anywhere_in_a_block_offers_it():
    pipe, sieve = _gated_default()
    disclaimer = pipe.names.index("trailers.disclaimer")
    blocks = [Block("The council met."), Block("Views expressed here are the author's own.")]
    assert sieve.offered(blocks)[disclaimer] == {1}


def _pages():
    for case in fixture_cases("txt"):
        yield text_blocks((case / "input.txt").read_text(encoding="utf-8"))
    for case in fixture_cases("html"):
        text, _ = decode_bytes((case / "input.html").read_bytes())
        yield extract(text).blocks


def test_no_filter_would_remove_a_block_it_is_not_offered():
    """Every gated filter, asked about every block of every fixture it was not offered (and
    that is within its word limit), says no: its cues cover every way it can say yes."""
    pipe, sieve = _gated_default()
    asked = 0
    for blocks in _pages():
        offered = sieve.offered(blocks)
        verdicts = pipe.judge(blocks)
        ctx = Context(blocks, 0, tuple(verdicts), pipe.options)
        for n in sieve.gated:
            f, limit = pipe._plan[n]
            for i, block in enumerate(blocks):
                if i not in offered[n] and (limit is None or block.words <= limit):
                    ctx.index = i
                    asked += 1
                    assert not f.func(block, ctx), (f.name, block.text)
    assert asked > 10_000


@pytest.mark.parametrize("case", fixture_cases("txt")[:20], ids=lambda p: p.name)
def test_the_sieve_changes_no_verdict(case):
    """The same filters without their cues, offered every block, give the same verdicts."""
    pipe = Pipeline.default()
    plain = Pipeline([replace(f, opens=(), holds=()) for f in pipe.filters])
    assert not plain._sieve.gated
    blocks = text_blocks((case / "input.txt").read_text(encoding="utf-8"))
    assert pipe.judge(blocks) == plain.judge(blocks)
    text = (case / "input.txt").read_text(encoding="utf-8")
    assert pipe.clean_text(text) == plain.clean_text(text)


def test_a_block_opening_with_whitespace_is_offered_to_a_filter_that_skips_it():
    """share.service_row reads a block's first word after any whitespace: a block that opens
    with whitespace (an ideographic space here) is offered to it."""
    pipe, sieve = _gated_default()
    row = pipe.names.index("share.service_row")
    blocks = [Block("\u3000Facebook Twitter Email"), Block("Facebook Twitter Email"),
              Block("The council met on Tuesday.")]
    assert sieve.offered(blocks)[row] == {0, 1}
    assert pipe.judge(blocks)[:2] == ["share.service_row"] * 2


def test_a_digit_in_a_cue_word_stands_for_any_decimal_digit():
    """chrome.date_line holds "0": a date in any decimal digits, anywhere in the line, is
    offered to it (here Arabic-Indic digits under a label)."""
    pipe, sieve = _gated_default()
    date_line = pipe.names.index("chrome.date_line")
    blocks = [Block("Publicado ٢٠/١١/٢٠١٩"), Block("Ana Reyes"), Block("Publicado 20/11/2019"),
              Block("Council met.")]
    assert sieve.offered(blocks)[date_line] == {0, 2}
    assert pipe.judge(blocks)[0] == pipe.judge(blocks)[2] == "chrome.date_line"


def test_a_filter_reaches_the_block_after_one_with_its_cues():
    """chrome.byline may remove the names under a lone "By" (reach 1): they are offered to it,
    though they open with no opener and hold no cue."""
    pipe, sieve = _gated_default()
    byline = pipe.names.index("chrome.byline")
    blocks = [Block("The council met."), Block("By"), Block("Maya Chen"), Block("Ana Reyes")]
    assert sieve.offered(blocks)[byline] == {1, 2}
    assert pipe.judge(blocks)[1:3] == ["chrome.byline"] * 2
