"""Batch throughput and memory of the `cleaner` command.

Writes a JSONL dump (field ``html``) of the Scrapinghub benchmark pages, repeated, then runs
``cleaner DUMP --jobs J -o OUT`` on it and prints pages/s and peak memory for each run:

* ``--pages`` pages (default 5,000) with ``--jobs 1`` and ``--jobs 2``: the speed-up from a
  second worker (the target is 1.7x or more on 2 cores);
* 4 times as many pages with ``--jobs 2``: peak memory must not grow with the dump's length,
  since the runner keeps a bounded number of pages in flight;
* both lengths again with ``--report``: the report keeps counters and a bounded sample of
  pages, so peak memory must not grow with the dump's length either, and the report must stay
  under 10 MB.

Peak memory is the largest single process of the run (``ru_maxrss`` from ``wait4``) and, where
psutil or /proc is there to sample with, the peak of all its processes together.

    python benchmarks/batch.py                 # about 13 minutes on 2 cores
    python benchmarks/batch.py --pages 500     # a quick look
    python benchmarks/batch.py --report-only   # the --report runs alone
    python benchmarks/batch.py --text          # the text fixtures instead of HTML pages
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HTML_DIR = ROOT.parent / "shared" / "bench" / "scrapinghub" / "html"
CLEANER = [sys.executable, "-m", "cleaner"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=5000, help="pages in the base run")
    parser.add_argument("--html-dir", type=Path, default=HTML_DIR,
                        help=f"folder of *.html.gz pages (default: {HTML_DIR})")
    parser.add_argument("--text", action="store_true",
                        help="use the text fixtures (fixtures/*/input.txt) instead of HTML")
    parser.add_argument("--report-only", action="store_true",
                        help="only the runs with --report (jobs 2, both lengths)")
    args = parser.parse_args()

    pages = load_pages(args.html_dir, args.text)
    if not pages:
        print(f"no pages to benchmark in {args.html_dir if not args.text else ROOT / 'fixtures'}; "
              "nothing to do")
        return 0
    kind = "text fixtures" if args.text else "HTML pages"
    print(f"{len(pages)} distinct {kind}, repeated; {os.cpu_count()} CPUs")
    short, long = args.pages, 4 * args.pages
    runs = [(short, 2, True), (long, 2, True)]
    if not args.report_only:
        runs = [(short, 1, False), (short, 2, False), (long, 2, False)] + runs
    with tempfile.TemporaryDirectory(prefix="cleaner-bench-") as tmp:
        dumps = {n: write_dump(Path(tmp) / f"dump-{n}.jsonl", pages, n) for n, _, _ in runs}
        # cores used = CPU seconds / seconds: well under the jobs count means the workers
        # waited, for the main process or for CPUs taken by other programs.
        print(f"{'pages':>8} {'jobs':>4} {'report':>6} {'seconds':>8} {'pages/s':>8} "
              f"{'CPU s':>8} {'cores used':>10} {'max RSS MB':>10} {'all RSS MB':>10} "
              f"{'report MB':>9}")
        results = {}
        for n, jobs, report in runs:
            results[n, jobs, report] = result = run(dumps[n], Path(tmp), jobs, report)
            seconds, cpu = result["seconds"], result["cpu_seconds"]
            print(f"{n:>8} {jobs:>4} {'yes' if report else 'no':>6} {seconds:>8.1f} "
                  f"{n / seconds:>8.1f} {cpu:>8.1f} {cpu / seconds:>10.2f} "
                  f"{result['max_rss_mb']:>10.0f} {_mb(result['tree_rss_mb']):>10} "
                  f"{_mb(result['report_mb'], 1):>9}")
    if not args.report_only:
        one, two = results[short, 1, False], results[short, 2, False]
        print(f"speed-up, jobs 2 over jobs 1: {one['seconds'] / two['seconds']:.2f}x (target "
              f"1.7x); CPU time per page, jobs 2 over jobs 1: "
              f"{two['cpu_seconds'] / one['cpu_seconds']:.2f}x")
        print(growth("peak memory", results[short, 2, False], results[long, 2, False], short,
                     long))
    print(growth("peak memory with --report", results[short, 2, True], results[long, 2, True],
                 short, long))
    print(f"report of {long} pages: {results[long, 2, True]['report_mb']:.1f} MB "
          "(limit 10 MB)")
    return 0


def growth(what: str, short_run: dict[str, float], long_run: dict[str, float], short: int,
           long: int) -> str:
    """How much the peak memory grew from the short run to the long one."""
    return (f"{what}, {long} pages over {short}: "
            f"{long_run['max_rss_mb'] / short_run['max_rss_mb']:.2f}x largest process"
            + (f", {long_run['tree_rss_mb'] / short_run['tree_rss_mb']:.2f}x all processes"
               if long_run["tree_rss_mb"] and short_run["tree_rss_mb"] else ""))


def load_pages(html_dir: Path, text: bool) -> list[str]:
    if text:
        return [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("fixtures/*/input.txt"))]
    # The pages are UTF-8 (see the benchmark's README); a JSON string field needs text.
    return [gzip.decompress(p.read_bytes()).decode("utf-8", "replace")
            for p in sorted(html_dir.glob("*.html.gz"))]


def write_dump(path: Path, pages: list[str], count: int) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for i, page in zip(range(count), itertools.cycle(pages)):
            out.write(json.dumps({"id": f"page-{i}", "html": page}) + "\n")
    return path


def run(dump: Path, tmp: Path, jobs: int, report: bool) -> dict[str, float]:
    """One run of the command: wall time, largest process, peak of all its processes, and the
    size of its report (0 without one)."""
    out, report_path = tmp / "out.jsonl", tmp / "report.html"
    report_path.unlink(missing_ok=True)
    start = time.monotonic()
    proc = subprocess.Popen([*CLEANER, str(dump), "--jobs", str(jobs), "-o", str(out), "--quiet",
                             *(["--report", str(report_path)] if report else [])])
    sampler = TreeSampler(proc.pid)
    sampler.start()
    # wait4, not RUSAGE_CHILDREN: that one is the maximum over every run so far.
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.monotonic() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    sampler.stop = True
    sampler.join()
    if proc.returncode not in (0, 1):  # 1: some pages failed, which is allowed
        raise SystemExit(f"cleaner exited with {proc.returncode}")
    with out.open("rb") as f:
        records = sum(1 for _ in f)
    if records != sum(1 for _ in dump.open("rb")):
        raise SystemExit(f"{records} records for {dump}: records were lost")
    return {"seconds": seconds, "max_rss_mb": usage.ru_maxrss / 1024,  # KiB on Linux
            "cpu_seconds": usage.ru_utime + usage.ru_stime,  # workers included: they are reaped
            "tree_rss_mb": sampler.peak_mb,
            "report_mb": report_path.stat().st_size / 2**20 if report else 0.0}


class TreeSampler(threading.Thread):
    """Samples the summed RSS of a process and its children every 0.2 s (psutil, else /proc)."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.stop, self.peak_mb = pid, False, 0.0

    def run(self) -> None:
        while not self.stop:
            total = self._tree_rss()
            if total is None:
                return
            self.peak_mb = max(self.peak_mb, total / 2**20)
            time.sleep(0.2)

    def _tree_rss(self) -> int | None:
        try:
            import psutil
        except ImportError:
            return self._proc_tree_rss()
        try:
            parent = psutil.Process(self.pid)
            return sum(p.memory_info().rss for p in [parent, *parent.children(recursive=True)])
        except psutil.Error:
            return 0

    def _proc_tree_rss(self) -> int | None:
        if not os.path.exists(f"/proc/{os.getpid()}/task/{os.getpid()}/children"):
            return None  # no /proc, or a kernel without the children file
        page = os.sysconf("SC_PAGE_SIZE")
        total, todo = 0, [self.pid]
        while todo:
            pid = todo.pop()
            try:
                total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * page
                todo += map(int, Path(f"/proc/{pid}/task/{pid}/children").read_text().split())
            except OSError:
                continue  # the process ended meanwhile
        return total


def _mb(value: float, decimals: int = 0) -> str:
    return f"{value:.{decimals}f}" if value else "-"


if __name__ == "__main__":
    sys.exit(main())
