"""The `cleaner` command on a Dask cluster against its local pool, on the same dump.

Writes a JSONL dump (field ``html``) of the Scrapinghub benchmark pages, repeated to ``--pages``
(default 5,000), then runs ``cleaner DUMP --jobs 2 -o OUT`` and, against a LocalCluster of 2
worker processes (one thread each, started and warmed up before the clock starts, as a running
cluster would be), ``cleaner DUMP --scheduler ADDRESS -o OUT``. Prints pages/s for both and the
time ratio (target: the cluster takes at most 1.5x the local time), and checks both outputs are
the same records in the same order. Needs the dask extra; skips when the pages are absent.

    python benchmarks/cluster.py                # a few minutes on 2 cores
    python benchmarks/cluster.py --pages 500    # a quick look
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from batch import CLEANER, HTML_DIR, load_pages, write_dump


def _warm() -> None:
    import cleaner.dask  # noqa: F401 - what the first task would otherwise pay for


def timed(args: list[str], out: Path) -> float:
    start = time.monotonic()
    proc = subprocess.run([*CLEANER, *args, "-o", str(out), "--quiet"])
    seconds = time.monotonic() - start
    if proc.returncode not in (0, 1):  # 1: some pages failed, which is allowed
        raise SystemExit(f"cleaner exited with {proc.returncode}")
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--html-dir", type=Path, default=HTML_DIR)
    args = parser.parse_args()
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        print("needs the dask extra: pip install '.[dask]'; nothing to do")
        return 0
    pages = load_pages(args.html_dir, text=False)
    if not pages:
        print(f"no pages to benchmark in {args.html_dir}; nothing to do")
        return 0
    print(f"{len(pages)} distinct HTML pages, repeated to {args.pages}; {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory(prefix="cleaner-cluster-") as tmp:
        dump = write_dump(Path(tmp) / "dump.jsonl", pages, args.pages)
        local_out, cluster_out = Path(tmp) / "local.jsonl", Path(tmp) / "cluster.jsonl"
        local = timed([str(dump), "--jobs", "2"], local_out)
        with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1",
                          dashboard_address=None) as cluster, Client(cluster) as client:
            client.run(_warm)
            remote = timed([str(dump), "--scheduler", cluster.scheduler_address], cluster_out)
        same = local_out.read_bytes() == cluster_out.read_bytes()
    print(f"{'runner':<28} {'seconds':>8} {'pages/s':>8}")
    print(f"{'local pool, --jobs 2':<28} {local:>8.1f} {args.pages / local:>8.1f}")
    print(f"{'LocalCluster, 2 workers':<28} {remote:>8.1f} {args.pages / remote:>8.1f}")
    print(f"time, cluster over local: {remote / local:.2f}x (target at most 1.5x); "
          f"outputs {'identical' if same else 'DIFFER'}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
