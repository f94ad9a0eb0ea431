"""Every fixture comes out exactly as its expected.json says; clean text passes through untouched;
a fixture given both as a page and as text gives the same fields from both."""

from __future__ import annotations

from datetime import datetime

import pytest

import cleaner
from conftest import expected, fixture_cases

TEXT_CASES = fixture_cases("txt")
HTML_CASES = fixture_cases("html")


def _check(article: cleaner.Article, want: dict) -> None:
    """The article is as expected.json says; or, for a case marked ``known_failure`` (why
    cleaner gets it wrong), still wrong: a known failure is kept, and fixing it is noticed."""
    _check_positions(article)
    if want.get("known_failure"):
        with pytest.raises(AssertionError):
            _compare(article, want)
        return
    _compare(article, want)


def _check_positions(article: cleaner.Article) -> None:
    """Each block of the page is in exactly one place, named by its position: a removal, a
    paragraph, the headline or the dek. The report shows the page in order from these."""
    assert len(article.paragraph_positions) == len(article.paragraphs)
    assert list(article.paragraph_positions) == sorted(article.paragraph_positions)
    head = [p for p in (article.headline_position, article.dek_position) if p is not None]
    places = [r.position for r in article.removed] + list(article.paragraph_positions) + head
    assert sorted(places) == list(range(len(places)))


# What an article says of itself, checked for the fixtures whose expected.json gives them.
FIELDS = ("byline", "authors", "published", "modified", "section", "language", "site_name",
          "url", "canonical_url")
# The fields plain text can give as well as HTML: a fixture in both forms gives them alike.
SHARED_FIELDS = ("byline", "authors", "published", "modified", "section", "language")


def _compare(article: cleaner.Article, want: dict) -> None:
    assert article.headline == want["headline"]
    assert article.dek == want["dek"]
    assert list(article.paragraphs) == want["paragraphs"]
    removed = {r.text for r in article.removed}
    body = article.body
    for junk in want.get("removed", []):
        assert junk not in article.paragraphs, f"junk kept as a paragraph: {junk!r}"
        assert junk in removed or junk not in body, f"junk in body: {junk!r}"
    got = article.to_dict()
    # A fixture in both forms gives the page's own values (its site name, its metadata's
    # offsets) under "html".
    fields = {**want, **want.get("html", {})} if article.source_kind == "html" else want
    for name in FIELDS:
        if name in fields:
            assert got[name] == fields[name], f"{name}: {got[name]!r}, expected {fields[name]!r}"
    _compare_trail(article, want.get("read_into", {}))


def _compare_trail(article: cleaner.Article, read_into: dict[str, list[str]]) -> None:
    """The removed lines say which fields they went to. In plain text every such line is in
    the trail; in HTML the byline and date are often read from the page around the article's
    text, where no removal records them, so only the lines in the trail are checked."""
    trail = {r.text: list(r.fields) for r in article.removed}
    for text, fields in read_into.items():
        if article.source_kind == "text" or text in trail:
            assert trail.get(text) == fields, f"{text!r} went to {trail.get(text)}, not {fields}"


def test_there_are_enough_fixtures():
    assert len(TEXT_CASES) >= 20
    assert len(HTML_CASES) >= 15


@pytest.mark.parametrize("case", TEXT_CASES, ids=lambda p: p.name)
def test_text_fixture(case):
    _check(cleaner.clean_text((case / "input.txt").read_bytes()), expected(case))


@pytest.mark.parametrize("case", TEXT_CASES, ids=lambda p: p.name)
def test_text_fixture_detected_as_text(case):
    article = cleaner.clean((case / "input.txt").read_text(encoding="utf-8"))
    assert article.source_kind == "text"
    _check(article, expected(case))


@pytest.mark.parametrize("case", HTML_CASES, ids=lambda p: p.name)
def test_html_fixture(case):
    article = cleaner.clean((case / "input.html").read_bytes())
    assert article.source_kind == "html"
    _check(article, expected(case))


PAIRED_CASES = [case for case in TEXT_CASES if case in HTML_CASES]


def test_there_are_paired_fixtures():
    assert len(PAIRED_CASES) >= 3


def _same_moment(text: str | None, page: str | None) -> bool:
    """The text's date is the page's, but for what only the page's metadata can add: the
    seconds, and the offset of a time the text prints without its zone ("2025-03-03T14:05:00"
    and "2025-03-03T14:05:32+01:00")."""
    if text is None or page is None or len(text) != len(page) and "T" not in text:
        return text == page
    shown, stated = datetime.fromisoformat(text), datetime.fromisoformat(page)
    if shown.tzinfo is None:
        stated = stated.replace(tzinfo=None)
    return shown.replace(second=0) == stated.replace(second=0) and shown.tzinfo == stated.tzinfo


@pytest.mark.parametrize("case", PAIRED_CASES, ids=lambda p: p.name)
def test_text_and_html_give_the_same_fields(case):
    """One article as a page and as text scraped from it: the same authors, dates, section
    and language (site name and addresses are the page's alone)."""
    text = cleaner.clean_text((case / "input.txt").read_bytes())
    page = cleaner.clean_html((case / "input.html").read_bytes())
    for name in SHARED_FIELDS:
        if name in ("published", "modified"):
            assert _same_moment(getattr(text, name), getattr(page, name)), name
        else:
            assert getattr(text, name) == getattr(page, name), name
    assert text.authors and text.language


@pytest.mark.parametrize("case", TEXT_CASES + HTML_CASES, ids=lambda p: p.name)
def test_clean_body_passes_through_untouched(case):
    """The article's own text with no junk around it loses nothing: no false positives. A body
    that opens with a heading (a live blog's first entry) reads as a headline over its article,
    as it would to anyone: the rest then passes through."""
    want = expected(case)
    if want.get("passthrough_failure"):
        # A paragraph of the article that cleaner takes for junk (why is said): kept failing,
        # and fixing it is noticed.
        with pytest.raises(AssertionError):
            _passes_through(want["paragraphs"])
        return
    _passes_through(want["paragraphs"])


def _passes_through(paragraphs: list[str]) -> None:
    article = cleaner.clean_text("\n\n".join(paragraphs))
    assert article.removed == ()
    if article.headline is not None:
        assert cleaner.Block(paragraphs[0]).is_titleish and article.headline == paragraphs[0]
        paragraphs = paragraphs[1:]
    assert list(article.paragraphs) == paragraphs
