"""Every fixture comes out exactly as its expected.json says; clean text passes through untouched."""

from __future__ import annotations

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


def _compare(article: cleaner.Article, want: dict) -> None:
    assert article.headline == want["headline"]
    assert article.dek == want["dek"]
    assert list(article.paragraphs) == want["paragraphs"]
    removed = {r.text for r in article.removed}
    body = article.body
    for junk in want.get("removed", []):
        assert junk not in article.paragraphs, f"junk kept as a paragraph: {junk!r}"
        assert junk in removed or junk not in body, f"junk in body: {junk!r}"


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


@pytest.mark.parametrize("case", TEXT_CASES + HTML_CASES, ids=lambda p: p.name)
def test_clean_body_passes_through_untouched(case):
    """The article's own text with no junk around it loses nothing: no false positives."""
    paragraphs = expected(case)["paragraphs"]
    article = cleaner.clean_text("\n\n".join(paragraphs))
    assert article.removed == ()
    assert list(article.paragraphs) == paragraphs
    assert article.headline is None
