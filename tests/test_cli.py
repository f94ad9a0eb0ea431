"""The `cleaner` command, run as a real subprocess the way people and scripts run it."""

from __future__ import annotations

import ast
import gzip
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import cleaner

CLI = [sys.executable, "-m", "cleaner"]


def article_text(i: int, paragraphs: int = 2) -> str:
    """A small news page as scraped text: headline, dek, byline, an ad label and the body."""
    body = "\n\n".join(
        f"The Bayport council voted 6-1 on Tuesday to dredge harbor section {i}.{n}, ending a "
        "two-year dispute over who pays for the work, and supporters said larger boats could "
        "dock at low tide." for n in range(paragraphs))
    return (f"Harbor Plan {i} Wins Council Approval\n\n"
            f"The vote ends a two-year fight over who pays to dredge section {i}, and work could "
            "start in the spring.\n\nBy Jane Doe\n\nAdvertisement\n\n" + body + "\n")


def cli(*args: str | Path, stdin: bytes | None = None, cwd: Path | None = None,
        timeout: float = 60) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([*CLI, *map(str, args)], input=stdin, cwd=cwd, capture_output=True,
                          timeout=timeout)
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode("utf-8"),
                                       proc.stderr.decode("utf-8"))


def records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def expected(path: Path) -> cleaner.Article:
    return cleaner.clean(path.read_bytes())


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """pages/: three text pages, one in a subfolder."""
    pages = tmp_path / "pages"
    (pages / "sub").mkdir(parents=True)
    for i, rel in enumerate(["a.txt", "b.txt", "sub/c.txt"]):
        (pages / rel).write_text(article_text(i), encoding="utf-8")
    return pages


@pytest.fixture(scope="module")
def slow_page(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, float]:
    """A real page made slow by its size (no test hook): its path and how long it takes.
    Grown until it takes 1.5 s here, however fast the library gets."""
    pipeline = cleaner.Pipeline.default(cleaner.Options(max_bytes=10**9))
    paragraphs = 4000
    while True:
        page = article_text(0, paragraphs).encode("utf-8")
        start = time.monotonic()
        pipeline.clean(page)
        seconds = time.monotonic() - start
        if seconds > 1.5 or paragraphs > 10**6:
            break
        paragraphs = int(paragraphs * min(8.0, max(1.5, 1.8 / seconds)))
    assert seconds > 1.5, "the slow page is not slow enough to test timeouts with"
    path = tmp_path_factory.mktemp("slow") / "slow.txt"
    path.write_bytes(page)
    return path, seconds


def test_folder_to_jsonl_follows_input_order(folder: Path) -> None:
    result = cli(folder, "--jobs", "2")
    assert result.returncode == 0, result.stderr
    got = records(result.stdout)
    paths = [folder / "a.txt", folder / "b.txt", folder / "sub" / "c.txt"]
    assert [r["id"] for r in got] == [str(p) for p in paths]
    for record, path in zip(got, paths, strict=True):
        article = expected(path)
        assert record["source"] == str(path)
        assert (record["headline"], record["dek"], record["body"]) == \
            (article.headline, article.dek, article.body)
        assert record["headline"] and "Advertisement" not in record["body"]
        assert "removed" not in record and "error" not in record
    assert "3 pages, 3 ok, 0 failed" in result.stderr


def test_jobs_do_not_change_the_output(folder: Path) -> None:
    for i in range(3, 12):
        (folder / f"p{i}.txt").write_text(article_text(i), encoding="utf-8")
    one = cli(folder, "--jobs", "1")
    two = cli(folder, "--jobs", "2", "--timeout", "30")
    assert one.returncode == two.returncode == 0
    assert len(records(one.stdout)) == 12
    assert one.stdout == two.stdout


def test_output_dir_mirrors_the_tree(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = cli(folder, "--output-dir", out, "--format", "json")
    assert result.returncode == 0, result.stderr
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert files == ["a.txt.json", "b.txt.json", "sub/c.txt.json"]
    record = json.loads((out / "sub" / "c.txt.json").read_text(encoding="utf-8"))
    assert record["id"] == str(folder / "sub" / "c.txt")
    assert record["paragraphs"] == list(expected(folder / "sub" / "c.txt").paragraphs)
    assert result.stdout == ""


def test_output_file_and_json_array(folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "articles.json"
    result = cli(folder / "a.txt", folder / "b.txt", "--json", "-o", target)
    assert result.returncode == 0, result.stderr
    got = json.loads(target.read_text(encoding="utf-8"))
    assert [r["id"] for r in got] == [str(folder / "a.txt"), str(folder / "b.txt")]
    # The JSON format carries the whole Article.to_dict(), the removal trail included.
    assert got[0]["removed"] == [r.to_dict() for r in expected(folder / "a.txt").removed]
    assert got[0]["removed"] and got[0]["source_kind"] == "text"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_jsonl_in_and_out_with_custom_fields(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    lines = [
        {"key": "first", "content": article_text(1), "url": "https://example.com/1"},
        {"content": article_text(2), "html": "<p>not this field</p>"},
        {"key": "third", "text": "the default fallback field is not used with --field"},
    ]
    dump.write_text("\n".join(json.dumps(r) for r in lines) + "\n\nnot json\n", encoding="utf-8")
    result = cli(dump, "--field", "content", "--id-field", "key", "--format", "json")
    got = json.loads(result.stdout)
    assert [r["id"] for r in got] == ["first", "2", "third", "5"]
    assert got[0]["url"] == "https://example.com/1"  # the record's url reaches clean(url=...)
    assert got[0]["body"] == cleaner.clean(article_text(1)).body
    assert got[1]["headline"] == cleaner.clean(article_text(2)).headline
    assert got[2]["error"]["kind"] == "missing_field"
    assert got[3]["error"]["kind"] == "invalid_json"
    assert all(r["source"] == str(dump) for r in got)
    assert result.returncode == 1
    assert "4 pages, 2 ok, 2 failed" in result.stderr


def test_jsonl_default_fields_and_id_fallbacks(tmp_path: Path) -> None:
    dump = tmp_path / "dump.ndjson"
    dump.write_text("\n".join(json.dumps(r) for r in [
        {"id": 7, "html": article_text(1)},
        {"url": "https://example.com/b", "html": None, "text": article_text(2)},
        {"text": article_text(3)},
    ]), encoding="utf-8")
    result = cli(dump, "--explain")
    assert result.returncode == 0, result.stderr
    got = records(result.stdout)
    assert [r["id"] for r in got] == ["7", "https://example.com/b", "3"]
    assert got[1]["headline"] == cleaner.clean(article_text(2)).headline
    assert [r["filter"] for r in got[0]["removed"]] == \
        [r.filter for r in cleaner.clean(article_text(1)).removed]


def test_jsonl_records_to_output_dir_are_named_by_id(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl.gz"
    with gzip.open(dump, "wt", encoding="utf-8") as f:
        for key in ("a/b", "a_b", "plain"):
            f.write(json.dumps({"id": key, "html": article_text(1)}) + "\n")
    out = tmp_path / "out"
    result = cli(dump, "--output-dir", out)
    assert result.returncode == 0, result.stderr
    files = sorted(p.name for p in (out / "dump").iterdir())
    assert len(files) == 3 and "plain.jsonl" in files
    assert all("/" not in name and not name.startswith(".") for name in files)
    ids = sorted(json.loads(p.read_text())["id"] for p in (out / "dump").iterdir())
    assert ids == ["a/b", "a_b", "plain"]


def test_globs_are_expanded_and_formats_told_by_content(folder: Path, tmp_path: Path) -> None:
    result = cli(folder / "*.txt", folder / "**" / "c.txt")  # quoted: no shell expands them
    assert [r["id"] for r in records(result.stdout)] == \
        [str(folder / "a.txt"), str(folder / "b.txt"), str(folder / "sub" / "c.txt")]
    dump = tmp_path / "export"  # no extension: JSONL by its first character
    dump.write_text(json.dumps({"id": "x", "html": article_text(1)}) + "\n", encoding="utf-8")
    page = tmp_path / "page.data"
    page.write_text(article_text(2), encoding="utf-8")
    got = records(cli(dump, page).stdout)
    assert [r["id"] for r in got] == ["x", str(page)]
    assert got[1]["headline"] == cleaner.clean(article_text(2)).headline
    forced = records(cli(dump, "--input-format", "text").stdout)
    assert [r["id"] for r in forced] == [str(dump)]  # read as one page, as asked


def test_stdin_page_and_stdin_jsonl() -> None:
    page = article_text(4).encode("utf-8")
    result = cli("-", "--format", "text", stdin=page)
    article = cleaner.clean(page)
    assert result.returncode == 0, result.stderr
    # The fields the page gives stand between the dek and the body, one a line.
    fields = "byline: By Jane Doe\nauthors: Jane Doe\nlanguage: en"
    assert result.stdout == f"{article.headline}\n\n{article.dek}\n\n{fields}\n\n{article.body}\n"
    dump = "\n".join(json.dumps({"id": f"r{i}", "html": article_text(i)}) for i in range(3))
    result = cli("-", stdin=dump.encode("utf-8"))
    assert [r["id"] for r in records(result.stdout)] == ["r0", "r1", "r2"]
    assert [r["source"] for r in records(result.stdout)] == ["-"] * 3


def test_gzip_pages_are_read_directly(tmp_path: Path) -> None:
    page = tmp_path / "page.txt.gz"
    page.write_bytes(gzip.compress(article_text(5).encode("utf-8")))
    html = tmp_path / "story.html.gz"
    html.write_bytes(gzip.compress(
        b"<html><head><title>Harbor Plan Wins - Bayport News</title></head><body><article>"
        b"<h1>Harbor Plan Wins</h1><p>The Bayport council voted 6-1 on Tuesday to dredge the "
        b"harbor, ending a two-year dispute over who pays for the work.</p><div class='ad'>"
        b"Advertisement</div><p>Supporters said larger fishing boats could dock at low tide."
        b"</p></article></body></html>"))
    result = cli(page, html)
    assert result.returncode == 0, result.stderr
    text, story = records(result.stdout)
    assert text["headline"] == cleaner.clean(article_text(5)).headline
    assert story["headline"] == "Harbor Plan Wins"
    assert "Advertisement" not in story["body"] and "low tide" in story["body"]


def test_broken_inputs_give_one_record_each(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "1-good.txt").write_text(article_text(1), encoding="utf-8")
    (pages / "2-garbage.bin").write_bytes(bytes(range(256)) * 8)
    (pages / "3-empty.txt").write_bytes(b"")
    (pages / "4-latin1.txt").write_bytes(article_text(2).replace("Harbor", "Caf\xe9")
                                         .encode("latin-1") + b"\xff\xfe\x80")
    (pages / "5-huge.txt").write_text(article_text(3, paragraphs=100), encoding="utf-8")
    (pages / "6-good.txt").write_text(article_text(6), encoding="utf-8")
    (pages / "7-truncated.txt.gz").write_bytes(gzip.compress(b"x" * 1000)[:20])
    (pages / ".page.txt.tmp").write_text(article_text(7), encoding="utf-8")  # hidden: not a page
    result = cli(pages, tmp_path / "missing.txt", "--max-bytes", "5000")
    got = records(result.stdout)
    assert len(got) == 8
    kinds = {Path(r["id"]).name: r.get("error", {}).get("kind") for r in got}
    assert kinds == {"1-good.txt": None, "2-garbage.bin": "binary", "3-empty.txt": "empty",
                     "4-latin1.txt": None, "5-huge.txt": "too_large", "6-good.txt": None,
                     "7-truncated.txt.gz": "unreadable", "missing.txt": "unreadable"}
    latin = next(r for r in got if r["id"].endswith("4-latin1.txt"))
    assert "Café Plan 2" in latin["headline"]  # decoded by the library, not mangled
    assert all(r["error"]["message"] for r in got if "error" in r)
    assert result.returncode == 1
    assert "8 pages, 3 ok, 5 failed" in result.stderr
    assert "Traceback" not in result.stderr


def test_timeout_kills_the_page_and_the_batch_goes_on(slow_page: tuple[Path, float],
                                                     tmp_path: Path) -> None:
    path, seconds = slow_page
    good = tmp_path / "good.txt"
    good.write_text(article_text(1), encoding="utf-8")
    start = time.monotonic()
    # Two slow pages on one worker: finishing both, rather than killing the worker at the
    # timeout each time, would take at least 2 * seconds.
    result = cli(good, path, path, good, "--jobs", "1", "--timeout", "0.2",
                 "--max-bytes", "1000000000")
    elapsed = time.monotonic() - start
    got = records(result.stdout)
    assert [r.get("error", {}).get("kind") for r in got] == [None, "timeout", "timeout", None]
    assert got[3]["headline"] == cleaner.clean(article_text(1)).headline
    assert result.returncode == 1
    assert elapsed < 2 * seconds, f"{elapsed:.1f}s: the hung workers were not replaced"


def test_crashed_worker_gives_a_record_and_the_batch_goes_on(slow_page: tuple[Path, float],
                                                            tmp_path: Path) -> None:
    path, _ = slow_page
    good = tmp_path / "good.txt"
    good.write_text(article_text(1), encoding="utf-8")
    proc = subprocess.Popen([*CLI, path, good, "--jobs", "1", "--timeout", "60",
                             "--max-bytes", "1000000000"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        worker = _wait_for_child(proc.pid)
        time.sleep(0.3)  # well inside the slow page, which takes over a second
        os.kill(worker, signal.SIGKILL)  # what the kernel's OOM killer does
        stdout, stderr = proc.communicate(timeout=60)
    finally:
        proc.kill()
    got = records(stdout.decode("utf-8"))
    assert [r.get("error", {}).get("kind") for r in got] == ["crashed", None]
    assert "SIGKILL" in got[0]["error"]["message"]
    assert got[1]["headline"] == cleaner.clean(article_text(1)).headline
    assert proc.returncode == 1
    assert b"1 crashed" in stderr


def _wait_for_child(pid: int) -> int:
    """The pid of a worker process forked by ``pid``."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    stat = Path(f"/proc/{entry}/stat").read_text()
                except OSError:
                    continue
                if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                    return int(entry)
        time.sleep(0.01)
    raise AssertionError("no worker process appeared")


def test_skip_existing_finishes_a_killed_batch(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    count = 300
    for i in range(count):
        (pages / f"{i:03}.txt").write_text(article_text(i, paragraphs=80), encoding="utf-8")
    out = tmp_path / "out"
    command = [*CLI, pages, "--output-dir", out, "--format", "json", "--jobs", "1"]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and len(list(out.glob("*.json"))) < 10:
            time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        proc.kill()
    done_before = len(list(out.glob("*.json")))
    assert 10 <= done_before < count, "the batch was not killed midway"

    result = cli(*command[len(CLI):], "--skip-existing")
    assert result.returncode == 0, result.stderr
    assert f"{count} pages, {count - done_before} ok, 0 failed, {done_before} skipped" \
        in result.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == [f"{i:03}.txt.json" for i in range(count)]  # no temp files, no extras
    for i in (0, done_before - 1, done_before, count - 1):
        record = json.loads((out / f"{i:03}.txt.json").read_text(encoding="utf-8"))
        assert record["id"] == str(pages / f"{i:03}.txt")
        assert record["body"] == cleaner.clean(article_text(i, paragraphs=80)).body


def test_skip_existing_cleans_again_a_page_whose_output_is_empty(folder: Path,
                                                                 tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert cli(folder, "--output-dir", out).returncode == 0
    (out / "b.txt.jsonl").write_bytes(b"")  # what a power cut leaves of an unsynced file
    result = cli(folder, "--output-dir", out, "--skip-existing")
    assert result.returncode == 0, result.stderr
    assert "3 pages, 1 ok, 0 failed, 2 skipped" in result.stderr
    record = json.loads((out / "b.txt.jsonl").read_text(encoding="utf-8"))
    assert record["id"] == str(folder / "b.txt")
    assert record["body"] == expected(folder / "b.txt").body


def test_outputs_reach_the_disk_before_they_are_renamed(folder: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from cleaner.cli import main

    events: list[tuple[str, str, int]] = []
    fsync, replace = os.fsync, os.replace

    def recorded_fsync(fd: int) -> None:
        fsync(fd)
        events.append(("fsync", os.readlink(f"/proc/self/fd/{fd}"), os.fstat(fd).st_size))

    def recorded_replace(src: str, dst: str) -> None:
        replace(src, dst)
        events.append(("replace", os.path.realpath(src), os.path.getsize(dst)))

    monkeypatch.setattr(os, "fsync", recorded_fsync)
    monkeypatch.setattr(os, "replace", recorded_replace)
    out, target = tmp_path / "out", tmp_path / "all.json"
    assert main([str(folder), "--output-dir", str(out), "--jobs", "1", "-q"]) == 0
    assert main([str(folder), "-o", str(target), "--json", "--jobs", "1", "-q"]) == 0
    assert len(json.loads(target.read_text(encoding="utf-8"))) == 3
    renames = [i for i, event in enumerate(events) if event[0] == "replace"]
    assert len(renames) == 4  # three pages and the -o file
    for i in renames:
        _, synced, size = events[i - 1]
        assert events[i - 1][0] == "fsync" and synced == events[i][1]
        assert size == events[i][2] > 0  # all of the file was on the disk before its rename


def test_unordered_gives_every_record(folder: Path, tmp_path: Path) -> None:
    slow = tmp_path / "slow.txt"  # some 50 times slower than each of the others
    slow.write_text(article_text(0, paragraphs=3000), encoding="utf-8")
    ids = [str(slow)] + [str(folder / p) for p in ("a.txt", "b.txt", "sub/c.txt")]
    ordered = cli(slow, folder, "--jobs", "2")
    assert [r["id"] for r in records(ordered.stdout)] == ids
    result = cli(slow, folder, "--jobs", "2", "--unordered")
    got = records(result.stdout)
    assert result.returncode == 0, result.stderr
    assert sorted(r["id"] for r in got) == sorted(ids)
    assert got[-1]["id"] == str(slow)  # the slow page did not hold the others back


def test_jsonl_records_carry_the_articles_fields() -> None:
    page = article_text(4).encode("utf-8")
    record = records(cli("-", "--format", "jsonl", stdin=page).stdout)[0]
    article = cleaner.clean(page)
    assert record["authors"] == ["Jane Doe"] == list(article.authors)
    assert record["byline"] == "By Jane Doe"
    assert record["language"] == "en"
    assert "published" in record and "removed" not in record


def test_markdown_and_text_formats(folder: Path) -> None:
    page = folder / "a.txt"
    article = expected(page)
    md = cli(page, "--format", "markdown").stdout
    assert md.startswith(f"# {article.headline}\n\n")
    for paragraph in article.paragraphs:
        assert f"\n\n{paragraph}" in md
    assert md.startswith(f"# {article.headline}\n\n*{article.dek}*\n\n")
    assert article.dek

    explained = cli(page, "--format", "text", "--explain").stdout
    body, removed = explained.split("\n\nRemoved:\n")
    fields = "byline: By Jane Doe\nauthors: Jane Doe\nlanguage: en"
    assert body == (f"{article.headline}\n\n{article.dek}\n\n{fields}\n\n{article.body}"
                    "\n\nHeadline from: text\nDek from: text")
    # The byline line says which field it went to.
    assert removed.splitlines() == [
        f"- {r.filter} ({r.reason}){' -> byline' if r.text == 'By Jane Doe' else ''}: {r.text}"
        for r in article.removed]
    assert any(r.fields == ("byline",) for r in article.removed)

    several = cli(folder / "a.txt", folder / "b.txt", "--format", "text").stdout
    assert several.startswith(f"==> {folder / 'a.txt'} <==\n{article.headline}\n")
    assert f"\n==> {folder / 'b.txt'} <==\n" in several


def test_explain_says_where_an_html_pages_parts_came_from(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    body = "".join(f"<p>{text}</p>" for text in article_text(1, 3).split("\n\n")[4:])
    page.write_text("<html><head><title>Harbor Plan Wins Council Approval - The Gazette</title>"
                    "<meta name='description' content='The vote ends a two-year fight over who "
                    "pays to dredge the harbor.'></head><body><article>"
                    f"<h1>Harbor Plan Wins Council Approval</h1>{body}</article></body></html>",
                    encoding="utf-8")
    explained = cli(page, "--format", "text", "--explain").stdout
    assert ("\n\nHeadline from: h1\nDek from: description\n"
            "Read from: the part of the page trafilatura chose") in explained
    markdown = cli(page, "--format", "markdown", "--explain").stdout
    assert "\n\nHeadline from: h1\nDek from: description\n" in markdown


def test_markdown_escapes_what_would_change_its_meaning(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Harbor Plan Wins Council Approval\n\nBy Jane Doe\n\n"
                    "1. The Bayport council voted 6-1 on *Tuesday* to dredge the harbor, ending "
                    "a two-year dispute over who pays for the work.\n", encoding="utf-8")
    md = cli(page, "--format", "markdown").stdout
    assert "1\\. The Bayport council voted 6-1 on \\*Tuesday\\*" in md


def test_report_goes_with_other_batch_options(folder: Path, tmp_path: Path) -> None:
    """--report beside --output-dir and --jobs: the outputs as ever, and a report whose summary
    counts every page while --report-pages bounds the pages shown in full."""
    report = tmp_path / "report.html"
    result = cli(folder, "--output-dir", tmp_path / "out", "--jobs", "2", "--report", report,
                 "--report-pages", "2", "--quiet")
    assert result.returncode == 0 and result.stdout == ""
    assert len(list((tmp_path / "out").rglob("*.jsonl"))) == 3
    page = report.read_text(encoding="utf-8")
    assert "<b>3</b> pages: <b>3</b> ok, <b>0</b> failed" in page
    assert page.count('<section class="cleaner-page"') == 2
    fired = {r.filter for path in folder.rglob("*.txt") for r in expected(path).removed}
    assert len(fired) >= 2 and set(re.findall(r'<rect [^>]*data-filter="([^"]+)"', page)) == fired
    assert not list(tmp_path.glob(".*.tmp"))  # written under a temporary name, then renamed


def test_progress_and_quiet(folder: Path) -> None:
    shown = cli(folder, "--progress")
    assert "3/3" in shown.stderr and "page/s, 0 failed]" in shown.stderr  # the bar's last state
    quiet = cli(folder, "--quiet")
    assert quiet.stderr == "" and len(records(quiet.stdout)) == 3


def test_usage_error_exits_2_without_traceback(tmp_path: Path) -> None:
    result = cli("x.txt", "--jobs", "0", cwd=tmp_path)
    assert result.returncode == 2
    assert "--jobs: must be more than 0" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


@pytest.mark.parametrize("args, message", [
    ([], "required"),
    (["x.txt", "--timeout", "soon"], "--timeout: not a number"),
    (["x.txt", "--skip-existing"], "--skip-existing needs --output-dir"),
    (["x.txt", "-o", "a.jsonl", "--output-dir", "out"], "not allowed with"),
    (["x.txt", "--format", "yaml"], "invalid choice"),
    (["x.txt", "-o", "no/such/folder/out.jsonl"], "no such folder"),
    ([".", "--output-dir", "out"], "inside the input folder"),
    # Flags that cannot apply are refused, not ignored.
    (["x.txt", "--scheduler", "tcp://x:1", "--jobs", "2"], "--jobs does not work with --scheduler"),
    (["x.txt", "--scheduler", "tcp://x:1", "--timeout", "5"],
     "--timeout does not work with --scheduler"),
    (["x.txt", "--progress", "--quiet"],
     "argument -q/--quiet: not allowed with argument --progress"),
    (["x.txt", "--input-format", "html", "--field", "body"],
     "--field is for JSONL input, not --input-format html"),
    (["x.txt", "--input-format", "text", "--id-field", "key"],
     "--id-field is for JSONL input, not --input-format text"),
    (["x.txt", "--report-pages", "5"], "--report-pages needs --report"),
    (["x.txt", "--report", "r.html", "--report-pages", "0"], "--report-pages: must be more than 0"),
    (["x.txt", "--report", "no/such/folder/r.html"], "--report no/such/folder/r.html: no such"),
    (["x.txt", "--report", "same.html", "-o", "./same.html"],
     "--report and -o name the same file"),
])
def test_usage_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                      capsys: pytest.CaptureFixture[str], args: list[str], message: str) -> None:
    # In this process, for speed: the subprocess test above shows the same path end to end.
    from cleaner.cli import main

    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 2
    captured = capsys.readouterr()
    # One line says what is wrong, after argparse's usage.
    assert captured.err.splitlines()[-1].startswith("cleaner: error: ")
    assert message in captured.err.splitlines()[-1] and captured.out == ""
    assert not list(tmp_path.iterdir())  # nothing was written


def test_console_script_help_and_run(folder: Path) -> None:
    script = Path(sys.executable).with_name("cleaner")
    help_text = subprocess.run([script, "--help"], capture_output=True, text=True, check=True)
    for example in ("cleaner pages/ -o articles.jsonl", "cleaner dump.jsonl --field html",
                    "cleaner page.html --format markdown", "cleaner page.html --explain"):
        assert example in help_text.stdout
    result = subprocess.run([script, folder / "a.txt", "--json"], capture_output=True,
                            text=True)
    assert result.returncode == 0
    assert json.loads(result.stdout)[0]["headline"] == expected(folder / "a.txt").headline


def _cleaner_imports(path: Path) -> set[str]:
    """The cleaner modules a source file imports, at its top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module == "cleaner":
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("cleaner."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found.update(alias.name.split(".")[1] for alias in node.names
                         if alias.name.startswith("cleaner."))
    return found


def test_cli_and_dask_take_records_from_one_module_without_an_import_circle() -> None:
    names = {"cli", "batch", "dask", "records"}
    package = Path(cleaner.__file__).parent
    imports = {name: _cleaner_imports(package / f"{name}.py") & names for name in names}
    assert "records" in imports["cli"] and "records" in imports["dask"]
    assert imports["records"] == set()
    for start in names:
        reached, todo = set(), list(imports[start])
        while todo:
            name = todo.pop()
            if name not in reached:
                reached.add(name)
                todo.extend(imports[name])
        assert start not in reached, f"cleaner.{start} imports itself through {sorted(reached)}"
