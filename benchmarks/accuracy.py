"""Accuracy and speed of cleaner against trafilatura on the ScrapingHub article benchmark.

    python benchmarks/accuracy.py [--data DIR] [--rounds N] [--limit N] [--misses]

Both extractors run in this one process over the same pages, alternating page by page, so
machine load affects them alike. Prints precision, recall, F1, doc_f1, empty outputs, errors and
docs/s for each, and the speed ratio; the pages where cleaner's F1 is more than 0.1 below
trafilatura's; and headline and dek accuracy against ``heads.json``. The metric is the
benchmark's own, from ``../shared/bench/score.py``. Skips with a message when the data is
absent.

It then prints how often each gets the authors and the publication date of the pages right,
against the labels of ``heads.json`` (see ``heads.py``): cleaner's from the same cleaning,
trafilatura's from its ``extract_metadata`` (``author`` split at ";", and ``date``), run after
the timed passes so that the speed compared stays the body's.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCH = HERE.parent.parent / "shared" / "bench"
sys.path.insert(0, str(HERE))

import heads  # noqa: E402

# A page counts as worse than the peer when its F1 is lower by more than this.
WORSE_BY = 0.1


def trafilatura_precision(html: str) -> str:
    """The peer as the benchmark table runs it: favor_precision, no comments."""
    import trafilatura

    return trafilatura.extract(html, include_comments=False, favor_precision=True) or ""


def cleaner_article(html: str):  # -> cleaner.Article, whose body is scored
    import cleaner

    return cleaner.clean(html)


def trafilatura_metadata(html: str) -> tuple[tuple[str, ...], str | None]:
    """The authors and date trafilatura's metadata extraction gives a page."""
    from trafilatura import extract_metadata

    found = extract_metadata(html)
    authors = tuple(a.strip() for a in (found.author or "").split(";") if a.strip())
    return authors, found.date


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=BENCH / "scrapinghub")
    ap.add_argument("--rounds", type=int, default=1, help="passes over the pages for timing")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--misses", action="store_true", help="list headline and dek misses")
    args = ap.parse_args(argv)
    if not (args.data / "ground-truth.json").exists() or not (BENCH / "score.py").exists():
        print(f"benchmark data not found at {args.data}; skipping")
        return 0
    sys.path.insert(0, str(BENCH))
    import score  # the benchmark's own metric

    docs = score.load_benchmark(args.data, args.limit)
    extractors = {"cleaner": cleaner_article, "trafilatura(favor_precision)": trafilatura_precision}
    for extract in extractors.values():  # warm up: imports and caches count for neither
        extract(docs[0].html)
    outputs = {name: {} for name in extractors}
    articles = {}
    errors = {name: 0 for name in extractors}
    seconds = {name: 0.0 for name in extractors}
    for round_ in range(args.rounds):
        for i, doc in enumerate(docs):
            names = list(extractors) if (i + round_) % 2 == 0 else list(extractors)[::-1]
            for name in names:
                start = time.perf_counter()
                try:
                    result = extractors[name](doc.html)
                except Exception:  # scored as empty, and counted
                    result = ""
                    errors[name] += round_ == 0
                seconds[name] += time.perf_counter() - start
                if not isinstance(result, str):  # cleaner's article: its body, and its fields
                    articles[doc.doc_id] = result
                    result = result.body
                outputs[name][doc.doc_id] = result
    rows = {}
    f1s: dict[str, dict[str, float]] = {}
    for name in extractors:
        scores = [score.score_doc(outputs[name][d.doc_id], d.truth) for d in docs]
        f1s[name] = {d.doc_id: s.f1 for d, s in zip(docs, scores)}
        metrics = score.aggregate(scores)
        metrics["empty"] = sum(1 for d in docs if not outputs[name][d.doc_id].strip())
        metrics["errors"] = errors[name]
        metrics["docs_s"] = len(docs) * args.rounds / seconds[name]
        rows[name] = metrics
    print(f"{len(docs)} pages, {args.rounds} round(s), alternating, one process")
    print(f"{'extractor':30} {'P':>6} {'R':>6} {'F1':>6} {'doc_f1':>7} {'empty':>6} {'errors':>6} {'docs/s':>7}")
    for name, m in rows.items():
        print(f"{name:30} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} {m['doc_f1']:7.3f} "
              f"{m['empty']:6d} {m['errors']:6d} {m['docs_s']:7.1f}")
    names = list(rows)
    print(f"speed ratio cleaner / trafilatura: {rows[names[0]]['docs_s'] / rows[names[1]]['docs_s']:.2f}")
    worse = [(d.doc_id, f1s["cleaner"][d.doc_id], f1s[names[1]][d.doc_id]) for d in docs
             if f1s["cleaner"][d.doc_id] < f1s[names[1]][d.doc_id] - WORSE_BY]
    print(f"pages where cleaner's F1 is more than {WORSE_BY} below trafilatura's: {len(worse)}")
    for doc_id, ours, theirs in worse:
        print(f"  {doc_id[:12]}  cleaner {ours:.3f}  trafilatura {theirs:.3f}")
    truth = heads.load()
    answers = {i: (a.headline, a.dek) for i, a in articles.items()}
    acc = heads.accuracy(answers, truth, text=False)
    if acc:
        print(f"headline right {acc['headline']:.3f}, dek right {acc['dek']:.3f} "
              f"({acc['pages']} labelled pages)")
        if args.misses:
            for field, label in ((0, "headline"), (1, "dek")):
                for doc_id, got, want in heads.misses(answers, truth, field, text=False):
                    print(f"  {label} miss {doc_id[:10]}: got {got!r}\n{'':22}want {want!r}")
    print_metadata(docs, articles)
    return 0


def print_metadata(docs: list, articles: dict) -> None:
    """Authors and publication dates, cleaner's and trafilatura's, against heads.json."""
    truth = heads.load()
    if not truth:
        print("heads.json not found; no author or date accuracy")
        return
    answers = {
        "cleaner": {i: (a.authors, a.published) for i, a in articles.items()},
        "trafilatura.extract_metadata": {d.doc_id: _safe_metadata(d.html) for d in docs},
    }
    print(f"\n{'metadata (heads.json)':30} {'authors':>15} {'published':>15}")
    for name, found in answers.items():
        scores = heads.metadata_accuracy(found, truth)
        cells = [f"{right / total:.3f} ({right}/{total})" if total else "-"
                 for right, total in scores.values()]
        print(f"{name:30} {cells[0]:>15} {cells[1]:>15}")


def _safe_metadata(html: str) -> tuple[tuple[str, ...], str | None]:
    try:
        return trafilatura_metadata(html)
    except Exception:  # a page it fails on has no answer, and counts as wrong
        return (), None


if __name__ == "__main__":
    sys.exit(main())
