"""cleaner on a Dask cluster: the bag and dataframe APIs and `cleaner --scheduler` give the same
records as the local command line, one for every page."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

import dask.bag as db
import dask.dataframe as dd
import pandas as pd
from conftest import expected, fixture_cases

import cleaner.dask

CLI = [sys.executable, "-m", "cleaner"]
CASES = fixture_cases("txt")


@pytest.fixture(scope="module")
def cluster() -> Iterator[distributed.LocalCluster]:
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  host="127.0.0.1", dashboard_address=None) as cluster, \
            distributed.Client(cluster):
        yield cluster


def cli(*args: str | Path, stdin: bytes | None = None) -> list[dict]:
    proc = subprocess.run([*CLI, *map(str, args), "--format", "jsonl", "-q"], input=stdin,
                          capture_output=True, timeout=120)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    return [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]


@pytest.fixture(scope="module")
def slow_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A page that takes over a second to clean here, however fast the library gets."""
    sentence = ("The Bayport council voted 6-1 on Tuesday to dredge the harbor, ending a "
                "two-year dispute over who pays for the work.")
    paragraphs = 2000
    while True:
        text = "Harbor Plan Wins Council Approval\n\n" + "\n\n".join(
            f"{sentence} ({n})" for n in range(paragraphs))
        start = time.monotonic()
        cleaner.clean(text)
        if time.monotonic() - start > 1 or len(text) > cleaner.Options().max_bytes // 2:
            break
        paragraphs *= 2
    path = tmp_path_factory.mktemp("slow") / "slow.txt"
    path.write_text(text, encoding="utf-8")
    return path


def fixture_records() -> list[dict]:
    return [{"id": case.name, "text": (case / "input.txt").read_text(encoding="utf-8")}
            for case in CASES]


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of the text fixtures plus a binary file, which fails."""
    folder = tmp_path_factory.mktemp("pages")
    for case in CASES:
        shutil.copy(case / "input.txt", folder / f"{case.name}.txt")
    (folder / "zz-broken.txt").write_bytes(b"\0\1\2 not a page")
    return folder


def test_bag_of_records_gives_the_cli_records(cluster) -> None:
    records = fixture_records()
    dump = "".join(json.dumps(r) + "\n" for r in records).encode("utf-8")
    local = cli("-", stdin=dump)
    bag = db.from_sequence(records, npartitions=3)
    assert cleaner.dask.clean_bag(bag).compute() == local
    assert len(local) == len(CASES) and all("headline" in r for r in local)


def test_bag_of_paths_gives_the_cli_records(cluster, pages: Path) -> None:
    paths = sorted(str(p) for p in pages.iterdir())
    local = cli(*paths)
    out = cleaner.dask.clean_bag(db.from_sequence(paths, npartitions=2)).compute()
    assert out == local
    assert [r["id"] for r in out] == paths
    explained = cleaner.dask.clean_bag(db.from_sequence(paths[:1]), explain=True).compute()
    assert explained == cli(paths[0], "--explain")


def test_scheduler_gives_the_local_records_in_order(cluster, pages: Path) -> None:
    local = cli(pages, "--jobs", "2")
    remote = cli(pages, "--scheduler", cluster.scheduler_address)
    assert remote == local
    assert len(remote) == len(CASES) + 1
    assert remote[-1]["error"]["kind"] == "binary"


# 2470 bytes: about half the fixtures are larger, and give too_large records.
@pytest.mark.parametrize("flags", [["--max-bytes", "2470"], ["--explain"]])
def test_scheduler_honours_the_flags_of_a_local_run(cluster, pages: Path,
                                                    flags: list[str]) -> None:
    local = cli(pages, *flags)
    assert cli(pages, *flags, "--scheduler", cluster.scheduler_address) == local
    assert local != cli(pages)  # the flag changed the records


def test_scheduler_writes_the_local_report(cluster, pages: Path, tmp_path: Path) -> None:
    cli(pages, "--report", tmp_path / "local.html")
    cli(pages, "--report", tmp_path / "remote.html", "--scheduler", cluster.scheduler_address)
    local = (tmp_path / "local.html").read_text(encoding="utf-8")
    assert (tmp_path / "remote.html").read_text(encoding="utf-8") == local
    assert f"<b>{len(CASES) + 1}</b> pages" in local and "1 binary" in local


def test_scheduler_unordered_does_not_wait_for_a_slow_page(cluster, pages: Path,
                                                           slow_page: Path) -> None:
    inputs = [slow_page, *sorted(pages.iterdir())]
    local = cli(*inputs, "--jobs", "2")
    remote = cli(*inputs, "--scheduler", cluster.scheduler_address, "--unordered")
    assert local[0]["id"] == str(slow_page)
    assert remote[0]["id"] != str(slow_page)  # the pages after it were not held back
    assert sorted(remote, key=lambda r: r["id"]) == sorted(local, key=lambda r: r["id"])


def test_dataframe_gets_the_article_columns(cluster) -> None:
    cases = CASES[:3]
    frame = pd.DataFrame({"page": [(c / "input.txt").read_text(encoding="utf-8")
                                   for c in cases] + ["", None]})
    out = cleaner.dask.clean_dataframe(dd.from_pandas(frame, npartitions=2), "page",
                                       prefix="a_").compute()
    assert list(out.columns) == ["page", "a_headline", "a_dek", "a_body", "a_error"]
    assert list(out.a_headline[:3]) == [expected(c)["headline"] for c in cases]
    assert out.a_error[:3].isna().all()
    assert out.a_error[3].startswith("empty:") and out.a_error[4].startswith("missing_field:")
    assert list(out.a_body[3:]) == ["", ""]


def test_broken_inputs_give_error_records(cluster) -> None:
    bag = db.from_sequence([{"id": "empty", "text": ""}, {"id": "nofield"}, 42,
                            "/no/such/page.html", {"id": "ok", "text": fixture_records()[0]["text"]}],
                           npartitions=2)
    out = cleaner.dask.clean_bag(bag).compute()
    assert [r.get("error", {}).get("kind") for r in out] == [
        "empty", "missing_field", "invalid_record", "unreadable", None]
    assert out[-1]["headline"]


def test_records_without_ids_are_named_by_partition_and_position(cluster) -> None:
    text = fixture_records()[0]["text"]
    bag = db.from_sequence([{"text": text}] * 5 + [{"title": "no page"}], npartitions=3)
    out = cleaner.dask.clean_bag(bag).compute()
    ids = [r["id"] for r in out]
    assert ids == ["0:1", "0:2", "1:1", "1:2", "2:1", "2:2"]
    assert len(set(ids)) == len(ids)  # positions repeat across partitions; the ids do not
    assert out[-1]["error"] == {"kind": "missing_field",
                                "message": "item 2:2: no string field html or text"}
    one = cleaner.dask.clean_bag(db.from_sequence([{"text": text}] * 2, npartitions=1))
    assert [r["id"] for r in one.compute()] == ["1", "2"]


def test_scheduler_without_dask_is_a_usage_error(tmp_path: Path) -> None:
    code = ("import sys; sys.modules['distributed'] = None; from cleaner.cli import main; "
            "sys.exit(main(sys.argv[1:]))")
    page = tmp_path / "a.txt"
    page.write_text("Headline\n\nBody text.\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", code, str(page), "--scheduler", "tcp://x:1"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert "pip install 'cleaner[dask]'" in proc.stderr


def test_core_does_not_import_dask() -> None:
    code = "import cleaner, cleaner.cli, sys; assert 'dask' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
