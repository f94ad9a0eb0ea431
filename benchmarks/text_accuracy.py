"""Accuracy of cleaning scraped text: the benchmark's pages rendered as text, three ways.

    python benchmarks/text_accuracy.py [--limit N] [--only soup,walk,region] [--save F] [--compare F]

Each of the 181 pages of ``../shared/bench`` is rendered as whole-page text by two renderers
(``soup``: BeautifulSoup ``get_text("\\n")``; ``walk``: a line per block element, no blank
lines) and as an article-region scrape (``region``), see ``renderings.py``. Each text is
cleaned, in the same run, by ``cleaner.clean_text``, by nothing (the text as it is), by a
C4-style line filter (lines of 5+ words that end like a sentence) and by jusText on the lines
wrapped as paragraphs, and scored with the benchmark's own metric (word 4-gram precision and
recall against the true body). Headline and dek are scored against ``heads.json``.

``--save F`` writes cleaner's per-page F1 and headline/dek answers; ``--compare F`` lists the
pages whose F1 fell by more than 0.05 since that file, and the headlines that went wrong.
"""

from __future__ import annotations

import argparse
import html as htmllib
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCH = HERE.parent.parent / "shared" / "bench"
sys.path.insert(0, str(HERE))

import heads  # noqa: E402
import renderings  # noqa: E402

SENTENCE_END = (".", "!", "?", '"', "”", "'", "’", "»", "。", "！", "？")


def c4_filter(text: str) -> str:
    """Keep lines of five or more words that end like a sentence (C4's line rule)."""
    return "\n".join(line.strip() for line in text.splitlines()
                     if len(line.split()) >= 5 and line.strip().endswith(SENTENCE_END))


_STOPLISTS: dict[str, frozenset[str]] = {}


def _stoplist(text: str) -> frozenset[str]:
    """jusText's stop list of the language whose stop words the text uses most."""
    import justext

    if not _STOPLISTS:
        for name in justext.get_stoplists():
            _STOPLISTS[name] = justext.get_stoplist(name)
    tokens = text.lower().split()
    return max(_STOPLISTS.values(), key=lambda s: sum(t in s for t in tokens))


def justext_lines(text: str) -> str:
    import justext

    lines = [line.strip() for line in text.splitlines() if line.strip()]
    page = "<html><body>" + "".join(f"<p>{htmllib.escape(line)}</p>" for line in lines) + "</body></html>"
    return "\n".join(p.text for p in justext.justext(page, _stoplist(text)) if not p.is_boilerplate)


def noop(text: str) -> str:
    return text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=BENCH / "scrapinghub")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--only", default="soup,walk,region", help="renderings to run")
    ap.add_argument("--peers", default="noop,c4,justext", help="peers to run beside cleaner")
    ap.add_argument("--save", type=Path)
    ap.add_argument("--compare", type=Path)
    ap.add_argument("--misses", action="store_true", help="list headline and dek misses")
    args = ap.parse_args(argv)
    if not (args.data / "ground-truth.json").exists():
        print(f"benchmark data not found at {args.data}; skipping")
        return 0
    sys.path.insert(0, str(BENCH))
    import score

    import cleaner

    docs = score.load_benchmark(args.data, args.limit)
    truth = heads.load()
    peers = {"noop": noop, "c4": c4_filter, "justext": justext_lines}
    peers = {name: peers[name] for name in args.peers.split(",") if name}
    saved: dict[str, dict] = {}
    before = json.loads(args.compare.read_text()) if args.compare else {}
    print(f"{len(docs)} pages; heads.json labels {len(truth)}")
    for rendering in args.only.split(","):
        if rendering == "region":
            texts = {d.doc_id: renderings.region_text(
                d.html, d.truth, truth.get(d.doc_id, {}).get("headline"),
                heads.dek_truth(truth.get(d.doc_id, {}), text=True)) for d in docs}
        else:
            texts = {d.doc_id: renderings.WHOLE_PAGE[rendering](d.html) for d in docs}
        rows = {}
        answers: dict[str, tuple[str | None, str | None]] = {}
        per_doc: dict[str, float] = {}
        seconds = 0.0
        for d in docs:
            start = time.perf_counter()
            article = cleaner.clean_text(texts[d.doc_id])
            seconds += time.perf_counter() - start
            s = score.score_doc(article.body, d.truth)
            per_doc[d.doc_id] = s.f1
            answers[d.doc_id] = (article.headline, article.dek)
            rows.setdefault("cleaner", []).append(s)
        for name, func in peers.items():
            rows[name] = [score.score_doc(func(texts[d.doc_id]), d.truth) for d in docs]
        megabytes = sum(len(t.encode("utf-8")) for t in texts.values()) / 1e6
        print(f"\n== {rendering}: {megabytes:.1f} MB of text; cleaner {megabytes / seconds:.2f} MB/s")
        print(f"{'extractor':10} {'P':>6} {'R':>6} {'F1':>6} {'doc_f1':>7}")
        for name, scores in rows.items():
            m = score.aggregate(scores)
            print(f"{name:10} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} {m['doc_f1']:7.3f}")
        acc = heads.accuracy(answers, truth, text=True)
        if acc:
            print(f"headline right {acc['headline']:.3f}, dek right {acc['dek']:.3f} "
                  f"({acc['pages']} labelled pages)")
        if args.misses and truth:
            for field, label in ((0, "headline"), (1, "dek")):
                for doc_id, got, want in heads.misses(answers, truth, field, text=True):
                    print(f"  {label} miss {doc_id[:10]}: got {got!r}\n{'':22}want {want!r}")
        saved[rendering] = {"f1": per_doc, "answers": answers}
        if rendering in before:
            old = before[rendering]
            worse = sorted((per_doc[i] - old["f1"][i], i) for i in per_doc if i in old["f1"])
            worse = [(delta, i) for delta, i in worse if delta < -0.05]
            print(f"pages worse by > 0.05 F1 than {args.compare.name}: {len(worse)}")
            for delta, i in worse:
                print(f"  {i[:12]} {old['f1'][i]:.3f} -> {per_doc[i]:.3f}")
            for i, (head, dek) in answers.items():
                was = old["answers"].get(i)
                if was and i in truth and heads.same(was[0], truth[i]["headline"]) and not heads.same(head, truth[i]["headline"]):
                    print(f"  headline now wrong {i[:12]}: {head!r}")
    if args.save:
        args.save.write_text(json.dumps(saved, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
