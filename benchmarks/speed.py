"""Plain-text cleaning speed against trafilatura on the same text wrapped as HTML paragraphs.

    python benchmarks/speed.py [--mb 5] [--rounds 3] [--sets fixtures,soup,walk]

Takes a set of plain texts, repeats them to at least ``--mb`` megabytes, and in one run,
alternating in batches of pages, times ``cleaner.clean_text`` on each page and
``trafilatura.extract`` (its defaults, as a user would call it) on the same page wrapped as
``<p>`` paragraphs (what a user without cleaner would do today). Prints MB/s of each and the
ratio, for each set: the plain-text fixtures, and the benchmark's 181 pages rendered as
whole-page text by the two renderers of ``renderings.py`` (``soup``, ``walk``).
"""

from __future__ import annotations

import argparse
import html
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parent / "fixtures"
BENCH = HERE.parent.parent / "shared" / "bench"


def as_html(text: str) -> str:
    """The text as HTML paragraphs: one per block of lines (one per line in a text without
    blank lines, as a whole-page dump often is)."""
    text = text.replace("\r\n", "\n")
    parts = text.split("\n\n") if "\n\n" in text else text.split("\n")
    paragraphs = [p.strip() for p in parts if p.strip()]
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"<html><head><title>page</title></head><body><article>{body}</article></body></html>"


def texts_of(name: str) -> list[str]:
    if name == "fixtures":
        return [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*/input.txt"))]
    sys.path[:0] = [str(HERE), str(BENCH)]
    import renderings
    import score

    data = BENCH / "scrapinghub"
    if not (data / "ground-truth.json").exists():
        return []
    return [renderings.WHOLE_PAGE[name](doc.html) for doc in score.load_benchmark(data)]


def run(name: str, texts: list[str], megabytes: float, rounds: int, batch: int) -> None:
    import trafilatura

    import cleaner

    pages: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        for text in texts:
            pages.append(text)
            size += len(text.encode("utf-8"))
    wrapped = [as_html(p) for p in pages]
    seconds = {"cleaner": 0.0, "trafilatura": 0.0}
    # Alternate in batches of pages, as a pipeline runs one tool over many pages: each tool is
    # timed warm, and machine load falls on both alike.
    batches = [range(i, min(i + batch, len(pages))) for i in range(0, len(pages), batch)]
    for round_ in range(rounds):
        for b, pages_in_batch in enumerate(batches):
            order = ["cleaner", "trafilatura"] if (b + round_) % 2 == 0 else ["trafilatura", "cleaner"]
            for tool in order:
                start = time.perf_counter()
                if tool == "cleaner":
                    for i in pages_in_batch:
                        cleaner.clean_text(pages[i])
                else:
                    for i in pages_in_batch:
                        trafilatura.extract(wrapped[i])
                seconds[tool] += time.perf_counter() - start
    total = size * rounds / 1_000_000
    rates = {tool: total / s for tool, s in seconds.items()}
    print(f"{name}: {len(pages)} pages, {size / 1_000_000:.1f} MB of text, {rounds} rounds, "
          f"alternating every {batch} pages")
    for tool, rate in rates.items():
        print(f"  {tool:12} {rate:7.2f} MB/s")
    print(f"  ratio cleaner / trafilatura: {rates['cleaner'] / rates['trafilatura']:.2f}x")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=5.0, help="megabytes of text to clean per set")
    ap.add_argument("--rounds", type=int, default=3, help="alternating rounds")
    ap.add_argument("--batch", type=int, default=50, help="pages per tool before switching")
    ap.add_argument("--sets", default="fixtures,soup,walk", help="which texts to time")
    args = ap.parse_args(argv)
    for name in args.sets.split(","):
        texts = texts_of(name)
        if not texts:
            print(f"{name}: no texts found; skipped")
            continue
        run(name, texts, args.mb, args.rounds, args.batch)
    return 0


if __name__ == "__main__":
    sys.exit(main())
