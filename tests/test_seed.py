"""The canonical example this project was made from comes out exactly right."""

from __future__ import annotations

import pytest

import cleaner
from conftest import SEEDS

SEED_FILES = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []


def _chunks(text: str) -> list[str]:
    # Non-breaking spaces come out as plain ones; nothing else about the text changes.
    text = text.replace("\r\n", "\n").replace("\xa0", " ")
    return [c.strip() for c in text.split("\n\n") if c.strip()]


@pytest.mark.skipif(not SEED_FILES, reason="../shared/seeds is not here")
def test_seed_comes_out_as_its_readme_says():
    text = SEED_FILES[0].read_text(encoding="utf-8")
    chunks = _chunks(text)
    article = cleaner.clean(text)
    # Its README: the headline is the second line, the dek the third.
    assert article.headline == chunks[1]
    assert article.dek == chunks[2]
    removed = [r.text for r in article.removed]
    # The teaser above the headline, the photo credit, and the ten lines of the newsletter box.
    assert removed[0] == chunks[0]
    assert removed[1] == chunks[3]
    assert len(removed) == 10  # teaser, credit, and the eight lines of the signup box
    assert all(r.filter.startswith("newsletter.") for r in article.removed[2:])
    assert "Inbox" in removed[2] and "subscribed" in removed[-1]
    # Every other paragraph, in order, unchanged.
    body = [c for c in chunks[4:] if c not in removed and not any(c.startswith(r) for r in removed)]
    assert list(article.paragraphs) == body
    assert article.paragraphs[-1].startswith("“Time will tell")
    assert article.paragraphs[-3].startswith("“I love")
