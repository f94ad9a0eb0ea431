"""Plain-text cleaning speed against trafilatura on the same text wrapped as HTML paragraphs.

    python benchmarks/speed.py [--mb 5] [--rounds 3]

Takes the plain-text fixtures, repeats them to at least ``--mb`` megabytes, and in one run,
alternating in batches of pages, times ``cleaner.clean_text`` on each page and ``trafilatura.extract`` (its defaults, as a user would call it) on the same
page wrapped as ``<p>`` paragraphs (what a user without cleaner would do today). Prints MB/s of
each and the ratio.
"""

from __future__ import annotations

import argparse
import html
import sys
import time
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def as_html(text: str) -> str:
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"<html><head><title>page</title></head><body><article>{body}</article></body></html>"


def main(argv: list[str] | None = None) -> int:
    import trafilatura

    import cleaner

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=5.0, help="megabytes of text to clean")
    ap.add_argument("--rounds", type=int, default=3, help="alternating rounds")
    ap.add_argument("--batch", type=int, default=50, help="pages per tool before switching")
    args = ap.parse_args(argv)
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*/input.txt"))]
    if not texts:
        print("no plain-text fixtures found")
        return 1
    pages: list[str] = []
    size = 0
    while size < args.mb * 1_000_000:
        for text in texts:
            pages.append(text)
            size += len(text.encode("utf-8"))
    wrapped = [as_html(p) for p in pages]
    seconds = {"cleaner": 0.0, "trafilatura": 0.0}
    # Alternate in batches of pages, as a pipeline runs one tool over many pages: each tool is
    # timed warm, and machine load falls on both alike.
    batches = [range(i, min(i + args.batch, len(pages))) for i in range(0, len(pages), args.batch)]
    for round_ in range(args.rounds):
        for b, batch in enumerate(batches):
            order = ["cleaner", "trafilatura"] if (b + round_) % 2 == 0 else ["trafilatura", "cleaner"]
            for name in order:
                start = time.perf_counter()
                if name == "cleaner":
                    for i in batch:
                        cleaner.clean_text(pages[i])
                else:
                    for i in batch:
                        trafilatura.extract(wrapped[i])
                seconds[name] += time.perf_counter() - start
    megabytes = size * args.rounds / 1_000_000
    rates = {name: megabytes / s for name, s in seconds.items()}
    print(f"{len(pages)} pages, {size / 1_000_000:.1f} MB of text, {args.rounds} rounds, "
          f"alternating every {args.batch} pages")
    for name, rate in rates.items():
        print(f"{name:12} {rate:7.2f} MB/s")
    print(f"ratio cleaner / trafilatura: {rates['cleaner'] / rates['trafilatura']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
