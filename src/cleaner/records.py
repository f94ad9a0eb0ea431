"""Outcomes and records: what a page becomes in a batch, and the JSON object written for it.

The command line and the Dask path both write these records, and a page must give the same
record whichever ran it, so both import them from here. This module imports nothing else of
the batch, the command line or Dask, so any of them can import it without a circle.
"""

from __future__ import annotations

from typing import Any

# An outcome holds either ``article`` (``Article.to_dict()``) or ``error`` (``{"kind",
# "message"}``): every page gives one, good or bad.
Outcome = dict[str, Any]


def failure(kind: str, message: str) -> Outcome:
    """The outcome of a page that could not be cleaned."""
    return {"error": {"kind": kind, "message": message}}


# The article's own fields a JSONL record carries beside its text.
METADATA = ("byline", "authors", "published", "modified", "section", "language", "site_name",
            "url", "canonical_url")


def record(page_id: str, source: str, outcome: Outcome, fmt: str,
           explain: bool) -> dict[str, Any]:
    """The JSON object of a page: the whole article for json; for jsonl its text and fields
    (authors, dates, section ...); and the error in place of the article for a page that
    failed, so no page goes unrecorded."""
    out: dict[str, Any] = {"id": page_id, "source": source}
    article = outcome.get("article")
    if article is None:
        out["error"] = outcome["error"]
    elif fmt == "json":
        out.update(article)
    else:
        out.update(headline=article["headline"], dek=article["dek"], body=article["body"])
        # What the page says of the article, which a pipeline keys and orders its records by.
        out.update((name, article[name]) for name in METADATA)
        if explain:
            out["removed"] = article["removed"]
    return out
