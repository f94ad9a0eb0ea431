"""Headline, dek, author and date truth for the benchmark's pages, and how answers are compared.

``heads.json`` maps each page's doc_id to what a reader of the page labelled (never what a tool
returned): ``headline``; ``dek`` with ``dek_source`` (``visible`` when the page shows it under
the headline, ``description`` when it is only the page's own summary in its metadata, null when
there is none); ``byline`` and ``authors``; ``published`` and ``modified`` days.

Two texts are the same headline or dek when their words agree, case and punctuation aside.
Authors are right when they are the same set of names, compared the same way; a published
date when it is the same day.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

HEADS = Path(__file__).resolve().parent / "heads.json"
_WORD = re.compile(r"\w+")


def load(path: Path = HEADS) -> dict[str, dict]:
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def key(text: str | None) -> tuple[str, ...]:
    return tuple(_WORD.findall(text.casefold())) if text else ()


def same(got: str | None, want: str | None) -> bool:
    """Both absent, or the same words."""
    return key(got) == key(want)


def dek_truth(label: Mapping, *, text: bool) -> str | None:
    """The dek a cleaner should give: in plain text only a dek the page shows can be found."""
    if text and label.get("dek_source") != "visible":
        return None
    return label.get("dek")


def accuracy(answers: Mapping[str, tuple[str | None, str | None]], truth: Mapping[str, dict],
             *, text: bool) -> dict[str, float]:
    """Share of pages with the headline right, and with the dek right (both absent counts)."""
    ids = [i for i in answers if i in truth]
    if not ids:
        return {}
    headline = sum(same(answers[i][0], truth[i]["headline"]) for i in ids)
    dek = sum(same(answers[i][1], dek_truth(truth[i], text=text)) for i in ids)
    return {"pages": len(ids), "headline": headline / len(ids), "dek": dek / len(ids)}


def misses(answers: Mapping[str, tuple[str | None, str | None]], truth: Mapping[str, dict],
           field: int, *, text: bool) -> Sequence[tuple[str, str | None, str | None]]:
    """(doc_id, got, want) for the pages where headline (field 0) or dek (field 1) is wrong."""
    out = []
    for i, got in answers.items():
        if i not in truth:
            continue
        want = truth[i]["headline"] if field == 0 else dek_truth(truth[i], text=text)
        if not same(got[field], want):
            out.append((i, got[field], want))
    return out


def same_authors(got: Sequence[str], want: Sequence[str]) -> bool:
    """The same set of names, case and punctuation aside: "LISA MASCARO" is Lisa Mascaro."""
    return {key(name) for name in got} == {key(name) for name in want}


def same_day(got: str | None, want: str | None) -> bool:
    """The same day: "2019-11-19T22:31:00-06:00" is 2019-11-19."""
    return bool(got) and bool(want) and got[:10] == want[:10]


def metadata_accuracy(answers: Mapping[str, tuple[Sequence[str], str | None]],
                      truth: Mapping[str, dict]) -> dict[str, tuple[int, int]]:
    """(right, pages) for authors, over the pages whose label names at least one author, and
    for the published day, over the pages whose label has a date."""
    named = [i for i in answers if truth.get(i, {}).get("authors")]
    dated = [i for i in answers if truth.get(i, {}).get("published")]
    return {
        "authors": (sum(same_authors(answers[i][0], truth[i]["authors"]) for i in named), len(named)),
        "published": (sum(same_day(answers[i][1], truth[i]["published"]) for i in dated), len(dated)),
    }
