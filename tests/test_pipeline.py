"""The pipeline as an object: its order, its editing methods, its inputs, and the article out."""

from __future__ import annotations

import pytest

import cleaner
from cleaner import (
    Block,
    CleanerError,
    Context,
    Filter,
    InputTooLarge,
    Options,
    Pipeline,
    UnsupportedInput,
)
from cleaner.filters import DEFAULT_ORDER, REGISTRY

HEADLINE = "Harbor Board Votes to Dredge the Old North Channel"
DEK = ("The state will pay for the work, which is due to start in September and should reopen "
       "the passage to the two marinas at its far end.")
P1 = ("The harbor board voted 5-2 on Tuesday night to dredge the old north channel, ending a "
      "fight over the silted-up passage that has dragged on for the better part of a decade.")
P2 = ("Board members who voted no said the plan leaves too little money for the seawall along "
      "Water Street, which flooded twice last winter.")
P3 = "“We cannot keep choosing between the channel and the wall,” said Ana Reyes."
P4 = "The board meets again on April 1, when it is expected to pick a contractor."
WEATHER = "Weather: Port Elsby, clouds and a cold wind off the water"

JUNK = {
    "Politics": "headline.kicker",
    "Lena Marsh/The Elsby Gazette": "credits.credit_line",
    "By Nadia Kwan": "chrome.byline",
    "Advertisement": "ads.slot",
    "Share this article": "share.prompt",
    "Sign up for the Morning Tide newsletter": "newsletter.signup_heading",
    "Read more: Ferry fares to rise in spring": None,  # a related-link; which filter is not pinned here
    "Comments (14)": "comments.prompt",
    "© 2025 The Elsby Gazette. All rights reserved.": "chrome.copyright",
}

PAGE = "\n\n".join([
    "Politics", HEADLINE, DEK, "Lena Marsh/The Elsby Gazette", "By Nadia Kwan", "March 4, 2025",
    P1, "Advertisement", P2, "Share this article", WEATHER,
    "Sign up for the Morning Tide newsletter", P3, "Read more: Ferry fares to rise in spring", P4,
    "Comments (14)", "© 2025 The Elsby Gazette. All rights reserved.",
])
BODY = [P1, P2, WEATHER, P3, P4]


def drop_weather(block: Block, ctx: Context) -> bool:
    """Drop the weather line a site prints in its header.

    A second paragraph the reason must not include.
    """
    return block.text.startswith("Weather:")


def drop_ads_too(block: Block, ctx: Context) -> bool:
    """Claim the ad label."""
    return block.text == "Advertisement"


# ---------------------------------------------------------------- the default pipeline


def test_default_names_are_the_default_order():
    assert Pipeline.default().names == DEFAULT_ORDER
    assert set(DEFAULT_ORDER) == set(REGISTRY)
    assert len(DEFAULT_ORDER) == len(set(DEFAULT_ORDER))


def test_default_page_cleans_as_expected():
    article = cleaner.clean_text(PAGE)
    assert article.headline == HEADLINE
    assert article.dek == DEK
    assert list(article.paragraphs) == BODY
    by_text = {r.text: r.filter for r in article.removed}
    for text, name in JUNK.items():
        assert text in by_text, text
        if name is not None:
            assert by_text[text] == name


def test_module_functions_use_the_default_pipeline():
    assert cleaner.clean_text(PAGE) == Pipeline.default().clean_text(PAGE)
    assert cleaner.clean(PAGE) == Pipeline.default().clean(PAGE)


# ---------------------------------------------------------------- without, with_filter, reordered


def test_without_drops_the_filter_and_its_junk_stays():
    pipeline = Pipeline.default().without("ads.slot")
    assert "ads.slot" not in pipeline.names
    assert len(pipeline.names) == len(DEFAULT_ORDER) - 1
    article = pipeline.clean_text(PAGE)
    assert "Advertisement" in article.paragraphs
    assert "ads.slot" not in {r.filter for r in article.removed}


def test_without_several_names():
    pipeline = Pipeline.default().without("ads.slot", "newsletter.signup_heading")
    article = pipeline.clean_text(PAGE)
    assert "Advertisement" in article.paragraphs
    assert "Sign up for the Morning Tide newsletter" in article.paragraphs


def test_without_leaves_the_original_alone():
    default = Pipeline.default()
    default.without("ads.slot")
    assert default.names == DEFAULT_ORDER
    assert "Advertisement" not in default.clean_text(PAGE).paragraphs


@pytest.mark.parametrize("edit", [
    lambda p: p.without("no.such_filter"),
    lambda p: p.without("ads.slot", "no.such_filter"),
    lambda p: p.with_filter(drop_weather, before="no.such_filter"),
    lambda p: p.with_filter(drop_weather, after="no.such_filter"),
], ids=["without", "without-one-of-two", "with-before", "with-after"])
def test_unknown_name_raises_key_error(edit):
    with pytest.raises(KeyError, match="no.such_filter"):
        edit(Pipeline.default())


@pytest.mark.parametrize("where,anchor,offset", [
    ("before", "ads.slot", 0),
    ("after", "ads.slot", 1),
    ("before", "newsletter.signup_heading", 0),
    ("after", "trailers.author_bio", 1),
], ids=["before-ads", "after-ads", "before-first", "after-last"])
def test_with_filter_inserts_where_asked(where, anchor, offset):
    pipeline = Pipeline.default().with_filter(drop_weather, **{where: anchor})
    names = list(pipeline.names)
    assert names.index("custom.drop_weather") == DEFAULT_ORDER.index(anchor) + offset
    names.remove("custom.drop_weather")
    assert tuple(names) == DEFAULT_ORDER


def test_with_filter_appends_by_default():
    pipeline = Pipeline.default().with_filter(drop_weather)
    assert pipeline.names == (*DEFAULT_ORDER, "custom.drop_weather")


def test_with_filter_removal_carries_its_name_and_docstring_reason():
    article = Pipeline.default().with_filter(drop_weather, after="ads.slot").clean_text(PAGE)
    (removal,) = [r for r in article.removed if r.text == WEATHER]
    assert removal.filter == "custom.drop_weather"
    assert removal.reason == "Drop the weather line a site prints in its header."
    assert WEATHER not in article.paragraphs


def test_with_filter_name_and_reason_given():
    pipeline = Pipeline.default().with_filter(drop_weather, name="site.weather",
                                              reason="weather strip of the site header")
    article = pipeline.clean_text(PAGE)
    assert [(r.filter, r.reason) for r in article.removed if r.text == WEATHER] == [
        ("site.weather", "weather strip of the site header")]


def test_with_filter_takes_a_filter_object():
    f = Filter("site.weather", drop_weather, "weather strip")
    article = Pipeline.default().with_filter(f, before="chrome.byline").clean_text(PAGE)
    assert [r.filter for r in article.removed if r.text == WEATHER] == ["site.weather"]


def test_with_filter_order_decides_who_claims_a_block():
    first = Pipeline.default().with_filter(drop_ads_too, before="ads.slot").clean_text(PAGE)
    last = Pipeline.default().with_filter(drop_ads_too).clean_text(PAGE)
    assert [r.filter for r in first.removed if r.text == "Advertisement"] == [
        "custom.drop_ads_too"]
    assert [r.filter for r in last.removed if r.text == "Advertisement"] == ["ads.slot"]


def test_with_filter_word_limit_keeps_longer_blocks_from_it():
    """A filter is never offered a block over its ``max_words``: a long block is prose."""
    grab_all = Filter("site.grab_all", lambda block, ctx: True, "everything short", 5)
    article = Pipeline.default().with_filter(grab_all, before="newsletter.signup_heading")
    article = article.clean_text(PAGE)
    grabbed = [r.text for r in article.removed if r.filter == "site.grab_all"]
    assert "Advertisement" in grabbed and "Comments (14)" in grabbed
    assert all(len(t.split()) <= 5 for t in grabbed)
    assert P1 in article.paragraphs and P2 in article.paragraphs


def test_filter_word_limit_can_name_an_option():
    f = Filter("site.short", lambda block, ctx: True, "short lines", "furniture_max_words")
    assert f.limit(Options(furniture_max_words=3)) == 3
    assert f.limit(Options()) == Options().furniture_max_words
    assert Filter("site.any", lambda block, ctx: True, "any").limit(Options()) is None


def test_filter_that_needs_a_family_runs_only_on_pages_it_removed_from():
    """``needs`` skips a filter on a page where the named family removed nothing."""
    seen: list[str] = []

    def after_ads(block: Block, ctx: Context) -> bool:
        seen.append(block.text)
        return block.text == WEATHER

    f = Filter("site.after_ads", after_ads, "weather beside an ad", needs="ads.")
    with_ad = Pipeline.default().with_filter(f).clean_text(PAGE)
    assert [r.text for r in with_ad.removed if r.filter == "site.after_ads"] == [WEATHER]
    seen.clear()
    no_ad = PAGE.replace("\n\nAdvertisement\n\n", "\n\n")
    article = Pipeline.default().with_filter(f).clean_text(no_ad)
    assert seen == [] and WEATHER in article.paragraphs
    # Called directly, the filter gives the verdict the pipeline would.
    blocks = [Block("Advertisement"), Block(WEATHER)]
    assert f(blocks[1], Context(blocks, 1, ("ads.slot", None), Options()))
    assert not f(blocks[1], Context(blocks, 1, (None, None), Options()))


def test_memo_computes_once_per_pass():
    blocks = [Block(t) for t in "a b c".split()]
    calls: list[int] = []

    def kept(ctx: Context) -> int:
        calls.append(1)
        return sum(v is None for v in ctx.verdicts)

    ctx = Context(blocks, 0, (None, None, None), Options())
    assert ctx.memo("test.kept", kept) == 3 and ctx.memo("test.kept", kept) == 3
    assert len(calls) == 1
    ctx.renew((None, "x", None))
    assert ctx.memo("test.kept", kept) == 2 and len(calls) == 2


def test_with_filter_before_and_after_is_an_error():
    with pytest.raises(ValueError):
        Pipeline.default().with_filter(drop_weather, before="ads.slot", after="ads.slot")


def test_with_filter_repeated_name_is_an_error():
    with pytest.raises(ValueError):
        Pipeline.default().with_filter(drop_weather, name="ads.slot")


def test_with_filter_leaves_the_original_alone():
    default = Pipeline.default()
    default.with_filter(drop_weather)
    assert default.names == DEFAULT_ORDER


def test_reordered_with_every_name():
    reversed_names = tuple(reversed(DEFAULT_ORDER))
    assert Pipeline.default().reordered(reversed_names).names == reversed_names


@pytest.mark.parametrize("names", [
    DEFAULT_ORDER[:-1],
    (*DEFAULT_ORDER, "ads.slot"),
    (*DEFAULT_ORDER[:-1], "no.such_filter"),
    (),
], ids=["one-missing", "one-repeated", "one-unknown", "empty"])
def test_reordered_with_a_wrong_set_raises_value_error(names):
    with pytest.raises(ValueError):
        Pipeline.default().reordered(names)


def test_with_options_gives_a_new_pipeline():
    default = Pipeline.default()
    strict = default.with_options(max_bytes=10)
    assert strict.options.max_bytes == 10
    assert default.options.max_bytes == Options().max_bytes
    assert strict.names == default.names


def test_judge_gives_one_verdict_per_block():
    blocks = [Block("Advertisement", position=0), Block(P1, position=1)]
    assert Pipeline.default().judge(blocks) == ["ads.slot", None]


# ---------------------------------------------------------------- the article out


def test_to_dict_shape():
    d = cleaner.clean_text(PAGE).to_dict()
    assert {"headline", "dek", "body", "paragraphs", "removed"} <= set(d)
    assert d["headline"] == HEADLINE
    assert d["dek"] == DEK
    assert d["paragraphs"] == BODY
    assert d["body"] == "\n\n".join(d["paragraphs"])
    assert isinstance(d["removed"], list) and d["removed"]
    for r in d["removed"]:
        assert isinstance(r, dict)
        assert {"filter", "text", "reason"} <= set(r)


def test_positions_place_the_kept_text_among_the_removals():
    article = cleaner.clean_text(PAGE)
    assert (article.headline_position, article.dek_position) == (1, 2)
    assert article.paragraph_positions == (6, 8, 10, 12, 14)  # P1, P2, WEATHER, P3, P4
    assert [r.position for r in article.removed] == [0, 3, 4, 5, 7, 9, 11, 13, 15, 16]
    d = article.to_dict()
    assert (d["paragraph_positions"], d["headline_position"]) == ([6, 8, 10, 12, 14], 1)


def test_body_is_paragraphs_joined():
    article = cleaner.clean_text(PAGE)
    assert article.body == "\n\n".join(article.paragraphs)
    assert article.body.split("\n\n") == BODY


def test_every_removal_reason_is_a_one_liner():
    article = cleaner.clean_text(PAGE)
    assert len(article.removed) >= len(JUNK)
    for r in article.removed:
        assert r.reason and r.reason.strip() == r.reason and "\n" not in r.reason, r


def test_removals_are_in_page_order():
    article = cleaner.clean_text(PAGE)
    positions = [r.position for r in article.removed]
    assert positions == sorted(positions)


# ---------------------------------------------------------------- inputs


def _same(a: cleaner.Article, b: cleaner.Article) -> None:
    assert (a.headline, a.dek, a.paragraphs) == (b.headline, b.dek, b.paragraphs)
    assert [(r.filter, r.text) for r in a.removed] == [(r.filter, r.text) for r in b.removed]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"],
                         ids=["utf-8", "utf-8-bom", "utf-16-bom"])
def test_bytes_give_the_same_article_as_str(encoding):
    data = PAGE.encode(encoding)
    if encoding == "utf-16":
        assert data[:2] in (b"\xff\xfe", b"\xfe\xff")
    from_str = cleaner.clean(PAGE)
    from_bytes = cleaner.clean(data)
    _same(from_bytes, from_str)
    assert from_bytes.paragraphs[2] == WEATHER  # non-ASCII text decoded, not mangled
    assert "“We cannot" in from_bytes.paragraphs[3]


@pytest.mark.parametrize("wrap", [bytes, bytearray], ids=["bytes", "bytearray"])
def test_clean_text_takes_bytes(wrap):
    _same(cleaner.clean_text(wrap(PAGE.encode("utf-8"))), cleaner.clean_text(PAGE))


def test_plain_text_is_detected_as_text():
    assert cleaner.clean(PAGE).source_kind == "text"


def test_text_quoting_tags_on_one_line_is_text_and_a_fragment_is_html():
    # A blog's comment form, copied as text, lists the tags a comment may use.
    form = ('Leave a Reply\n\nYou may use these HTML tags and attributes: <a href="" title=""> '
            '<abbr title=""> <b> <blockquote cite=""> <em> <i> <strong>\n\n')
    assert cleaner.clean(form + PAGE).source_kind == "text"
    assert cleaner.clean("<p>Harbor board votes.</p><p>The vote was 5-2.</p><br>").source_kind == "html"


SMALL = Options(max_bytes=1000)


@pytest.mark.parametrize("source", [
    "x" * 1001,
    b"x" * 1001,
    "é" * 600,  # 600 characters, 1,200 bytes in UTF-8
    PAGE * 2,
], ids=["str", "bytes", "multibyte-str", "page"])
def test_input_over_max_bytes_raises(source):
    with pytest.raises(InputTooLarge):
        Pipeline.default(SMALL).clean(source)


@pytest.mark.parametrize("source", ["x" * 1000, b"x" * 1000, "é" * 500],
                         ids=["str", "bytes", "multibyte-str"])
def test_input_at_max_bytes_is_accepted(source):
    article = Pipeline.default(SMALL).clean(source)
    assert isinstance(article, cleaner.Article)


def test_input_too_large_is_a_cleaner_error_and_names_the_option():
    with pytest.raises(CleanerError, match="max_bytes"):
        Pipeline.default(SMALL).clean_text("x" * 5000)


@pytest.mark.parametrize("source", [42, None, ["a list"], 3.5],
                         ids=["int", "none", "list", "float"])
def test_unsupported_input(source):
    with pytest.raises(UnsupportedInput):
        cleaner.clean(source)


def test_unsupported_input_is_a_cleaner_error():
    with pytest.raises(CleanerError):
        cleaner.clean_text(42)


@pytest.mark.parametrize("source", ["", "   \n\n\t", b""], ids=["empty", "blank", "empty-bytes"])
def test_empty_input_gives_an_empty_article(source):
    article = cleaner.clean(source)
    assert article.headline is None and article.paragraphs == () and article.notes


def test_bytes_that_were_never_text_give_an_empty_binary_article():
    import random

    rng = random.Random(7)
    noise = bytes(rng.randrange(256) for _ in range(4000))
    article = cleaner.clean(noise)
    assert article.source_kind == "binary"
    assert article.paragraphs == () and article.notes
    # Text in UTF-16 is full of NUL bytes and is still text.
    page = "The harbor board voted on Tuesday to dredge the old north channel.".encode("utf-16")
    assert cleaner.clean(page).paragraphs == (
        "The harbor board voted on Tuesday to dredge the old north channel.",)
    # A str is text whatever it holds.
    assert cleaner.clean_text("A\x01B\x02C\x03D\x04 is a short line of text.").source_kind == "text"
    # Valid UTF-8 with a few control characters in it is damaged text; with mostly control
    # bytes it is data.
    damaged = "The harbor board voted\x1f\x08 on Tuesday to dredge the \x1f\x08channel.\n"
    assert cleaner.clean(damaged.encode("utf-8")).source_kind == "text"
    assert cleaner.clean(bytes(range(1, 9)) * 20).source_kind == "binary"


def test_favor_scales_the_word_limits():
    ad = "Story continues below advertisement"  # 4 words
    tight = Options(furniture_max_words=3)
    page = ("The harbor board voted on Tuesday to dredge the old north channel, ending a long fight."
            f"\n\n{ad}\n\nThe work is expected to begin in September and take fourteen weeks.")
    assert ad in Pipeline.default(tight).clean_text(page).paragraphs
    assert ad not in Pipeline.default(Options(furniture_max_words=3, favor="precision")).clean_text(
        page).paragraphs
    assert Options(favor="recall").word_limit(40) == 30
    assert Options(favor="precision").word_limit(40) == 50
    with pytest.raises(ValueError):
        Options(favor="most")
