"""The ``cleaner`` command: pages in (files, folders, globs, stdin, JSONL dumps), articles out
(JSONL, JSON, text, Markdown), and one record for every page whatever happens to it."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, closing, nullcontext
from typing import IO, Any

import cleaner
from cleaner import batch, report
from cleaner.batch import Item
from cleaner.records import METADATA, Outcome, record

DESCRIPTION = """\
Clean news pages (HTML or scraped text) into articles: headline, dek and body,
with the junk removed. Every page gives one record; a page that fails gives a
record with an error, and the batch goes on. Exit status: 0 when every page was
cleaned, 1 when some failed, 2 for a usage error."""

EPILOG = """\
examples:
  cleaner pages/ -o articles.jsonl              clean a folder of HTML pages to JSONL
  cleaner dump.jsonl --field html -o out.jsonl  clean the html field of a JSONL dump
  cleaner page.html --format markdown           clean one page to Markdown
  cleaner page.html --explain                   show what was removed, and why
  cleaner dump.jsonl --scheduler tcp://host:8786 -o out.jsonl
                                                clean on a Dask cluster
  cleaner pages/ --output-dir out/ --skip-existing
                                                one file per page; rerun to finish
  cleaner dump.jsonl -o out.jsonl --report report.html
                                                and see what was removed, in a browser
"""

EXTENSIONS = {"jsonl": "jsonl", "json": "json", "text": "txt", "markdown": "md"}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    check(args, parser)
    fmt = args.format or ("jsonl" if args.output or args.output_dir or not sys.stdout.isatty()
                          else "text")
    if not sys.stdout.isatty():
        sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    pipeline = cleaner.Pipeline.default(cleaner.Options(max_bytes=args.max_bytes))
    writer: DirWriter | StreamWriter = (DirWriter(args.output_dir, fmt, args.explain)
                                        if args.output_dir
                                        else StreamWriter(args.output, fmt, args.explain))
    show_bar = not args.quiet and (args.progress or sys.stderr.isatty())
    on_terminal = isinstance(writer, StreamWriter) and not args.output and sys.stdout.isatty()
    how = batch.Reading(args.input_format, (args.field,) if args.field else ("html", "text"),
                        args.id_field or "id")
    tally = Tally(batch.count(args.inputs, how) if show_bar else None, show_bar, on_terminal)
    todo = batch.items(args.inputs, how)
    audit = report.Report(args.report_pages or report.DEFAULT_PAGES) if args.report else None
    if args.skip_existing:
        todo = unfinished(todo, writer, tally)
    try:
        if args.scheduler:
            from cleaner import dask as on_dask

            results = on_dask.run(todo, args.scheduler, max_bytes=args.max_bytes,
                                  ordered=not args.unordered)
        else:
            results = batch.run(todo, pipeline, jobs=args.jobs or os.cpu_count() or 1,
                                timeout=args.timeout, ordered=not args.unordered)
        with writer, closing(results):
            for item, outcome in results:
                with tally.paused():
                    writer.write(item, outcome)
                # Text and Markdown have no place for an error: it goes to stderr instead.
                tally.add(item, outcome, report=fmt in ("text", "markdown"))
                if audit:
                    audit.add(item.id, item.source, outcome)
            tally.close()  # before the writer's last words, which may go to the same terminal
        if audit:
            audit.write(args.report)
    except KeyboardInterrupt:
        tally.close()
        print("cleaner: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. piped into head: stop quietly, without a traceback at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as error:
        tally.close()
        print(f"cleaner: error: {error}", file=sys.stderr)
        return 1
    if not args.quiet:
        tally.say(tally.summary())
    return 1 if tally.failed else 0


# ------------------------------------------------------------------ arguments

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleaner", description=DESCRIPTION, epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="a page, a folder (read recursively), a glob, a JSONL file, or - "
                             "for stdin; gzip files are read as they are")
    given = parser.add_argument_group("input")
    given.add_argument("--input-format", choices=("auto", "html", "text", "jsonl"),
                       default="auto",
                       help="auto (default): .jsonl/.ndjson are JSONL, .html/.htm HTML, .txt "
                            "text, anything else by its content")
    given.add_argument("--field", help="JSONL: the field holding the page (default: html, "
                                       "else text)")
    # No default here: given with --input-format html or text, it is a usage error.
    given.add_argument("--id-field",
                       help="JSONL: the field holding the record's id (default: id, else url, "
                            "else the line number)")
    out = parser.add_argument_group("output")
    formats = out.add_mutually_exclusive_group()
    formats.add_argument("--format", choices=tuple(EXTENSIONS),
                         help="text on a terminal, else jsonl (default)")
    formats.add_argument("--json", dest="format", action="store_const", const="json",
                         help="same as --format json")
    where = out.add_mutually_exclusive_group()
    where.add_argument("-o", "--output", metavar="FILE", help="write to FILE, not stdout")
    where.add_argument("--output-dir", metavar="DIR",
                       help="write one file per page under DIR, mirroring the input tree (one "
                            "per record, named by its id, for JSONL)")
    out.add_argument("--skip-existing", action="store_true",
                     help="with --output-dir: skip the pages whose output file exists")
    out.add_argument("--explain", action="store_true",
                     help="also give each removed piece: filter, reason and text")
    out.add_argument("--report", metavar="FILE",
                     help="also write an HTML report of what was removed and why: a summary "
                          "of every page and each sampled page's text with the removed pieces "
                          "struck through in place; one file, opens offline (pages that "
                          "--skip-existing skips are not in it)")
    # No default here: given without --report, it is a usage error.
    out.add_argument("--report-pages", type=_positive(int), metavar="N",
                     help=f"pages the report shows in full (default: {report.DEFAULT_PAGES}): "
                          "those that lost the largest share of their words and a random "
                          "sample of the rest; the summary counts every page")
    running = parser.add_argument_group("running")
    # No default here: given with --scheduler, it is a usage error.
    running.add_argument("-j", "--jobs", type=_positive(int),
                         help="worker processes (default: one per CPU; not with --scheduler, "
                              "whose workers are the cluster's)")
    running.add_argument("--timeout", type=_positive(float), metavar="SECONDS",
                         help="give up on a page after this long (error kind: timeout; not with "
                              "--scheduler)")
    running.add_argument("--unordered", action="store_true",
                         help="emit records as pages finish, not in input order")
    running.add_argument("--scheduler", metavar="ADDRESS",
                         help="clean on the Dask cluster whose scheduler is at ADDRESS (e.g. "
                              "tcp://10.0.0.5:8786) instead of local processes; the output is "
                              "the same, in the same order unless --unordered. Needs: pip "
                              "install 'cleaner[dask]'")
    running.add_argument("--max-bytes", type=_positive(int), default=cleaner.Options().max_bytes,
                         help="refuse larger pages (error kind: too_large; default: %(default)s)")
    shown = parser.add_argument_group("progress").add_mutually_exclusive_group()
    shown.add_argument("--progress", action="store_true",
                       help="show the progress bar even when stderr is not a terminal")
    shown.add_argument("-q", "--quiet", action="store_true",
                       help="no progress bar and no summary")
    return parser


def _positive(kind: type[int] | type[float]) -> Callable[[str], int | float]:
    def parse(text: str) -> int | float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if value <= 0:
            raise argparse.ArgumentTypeError(f"must be more than 0, not {text}")
        return value
    return parse


def check(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    """Usage errors argparse cannot see; each exits with status 2. A flag that cannot apply is
    refused rather than ignored, so that nobody believes it did something."""
    if args.scheduler:
        for flag, value in (("--jobs", args.jobs), ("--timeout", args.timeout)):
            if value is not None:
                parser.error(f"{flag} does not work with --scheduler")
        try:
            import dask  # noqa: F401
            import distributed  # noqa: F401
        except ImportError:
            parser.error("--scheduler needs dask and distributed: pip install 'cleaner[dask]'")
    if args.input_format in ("html", "text"):
        for flag, value in (("--field", args.field), ("--id-field", args.id_field)):
            if value is not None:
                parser.error(f"{flag} is for JSONL input, not --input-format {args.input_format}")
    if args.skip_existing and not args.output_dir:
        parser.error("--skip-existing needs --output-dir")
    if args.report_pages is not None and not args.report:
        parser.error("--report-pages needs --report")
    for flag, path in (("-o", args.output), ("--report", args.report)):
        if path and not os.path.isdir(os.path.dirname(path) or "."):
            parser.error(f"{flag} {path}: no such folder")
    if args.report and args.output and os.path.realpath(args.report) == os.path.realpath(
            args.output):
        parser.error("--report and -o name the same file")
    if args.output_dir:
        out = os.path.realpath(args.output_dir)
        for arg in args.inputs:
            folder = os.path.realpath(arg)
            if os.path.isdir(arg) and (out + os.sep).startswith(folder + os.sep):
                parser.error(f"--output-dir {args.output_dir} is inside the input folder {arg}: "
                             "its outputs would be read as pages")


def unfinished(todo: Iterator[Item], writer: DirWriter, tally: Tally) -> Iterator[Item]:
    """The items whose output file is not done yet. Only complete files exist, since every
    file is written under a temporary name, synced to the disk and renamed when complete."""
    for item in todo:
        if _done(writer.path_for(item)):
            tally.skip()
        else:
            yield item


def _done(path: str) -> bool:
    """Whether an output file is there and not empty. Every output holds at least a line: an
    empty one is what a power cut leaves of a file renamed before its data reached the disk
    (as an earlier version did), so its page is cleaned again."""
    try:
        return os.path.getsize(path) > 0
    except OSError:
        return False


# ------------------------------------------------------------------ outputs


def _fields(article: dict[str, Any]) -> str:
    lines = []
    # What the article says of itself, shown in text output between its dek and its body, one
    # "field: value" line each, in the records' order; a field the page does not give is left out.
    for name in METADATA:
        value = article.get(name)
        if isinstance(value, list):
            value = "; ".join(value)
        if value:
            lines.append(f"{name}: {_one_line(value)}")
    return "\n".join(lines)


def _went_to(removal: dict[str, Any]) -> str:
    """Where a removed line went: " -> byline" for a byline read into the article's fields."""
    fields = removal.get("fields")
    return f" -> {', '.join(fields)}" if fields else ""


def as_text(article: dict[str, Any], explain: bool) -> str:
    parts = [article["headline"], article["dek"], _fields(article), article["body"]]
    return _with_trail(
        "\n\n".join(p for p in parts if p), article, explain, "\n\nRemoved:\n",
        lambda r: f"- {r['filter']} ({r['reason']}){_went_to(r)}: {_one_line(r['text'])}")


def as_markdown(article: dict[str, Any], explain: bool) -> str:
    parts = [f"# {_md(article['headline'])}" if article["headline"] else "",
             f"*{_md(article['dek'])}*" if article["dek"] else "",
             *(_md(p) for p in article["paragraphs"])]
    return _with_trail(
        "\n\n".join(p for p in parts if p), article, explain, "\n\n## Removed\n\n",
        lambda r: f"- `{r['filter']}` ({_md(r['reason'])}): {_md(_one_line(r['text']))}")


def _with_trail(text: str, article: dict[str, Any], explain: bool, heading: str,
                line: Callable[[dict[str, Any]], str]) -> str:
    """The text, and with ``explain`` where its head came from and each removal as a line."""
    if explain and _provenance(article):
        text += "\n\n" + _provenance(article)
    if explain and article["removed"]:
        text += heading + "\n".join(map(line, article["removed"]))
    return text + "\n"


def _provenance(article: dict[str, Any]) -> str:
    """Where the headline, the dek and the body were found, one line each."""
    lines = [f"Headline from: {article['headline_source']}" if article.get("headline_source") else "",
             f"Dek from: {article['dek_source']}" if article.get("dek_source") else "",
             f"Read from: the part of the page {article['extractor']} chose"
             if article.get("extractor") else ""]
    return "\n".join(line for line in lines if line)


def _one_line(text: str) -> str:
    return " ".join(text.split())


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>])")
_MD_LIST = re.compile(r"^(\s*)(\d+)([.)])", re.MULTILINE)
_MD_BLOCK = re.compile(r"^(\s*)([#>+-])", re.MULTILINE)


def _md(text: str) -> str:
    """Text that Markdown shows as it is: no stray emphasis, headings or list items."""
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _MD_BLOCK.sub(r"\1\\\2", _MD_LIST.sub(r"\1\2\\\3", text))


def render(item: Item, outcome: Outcome, fmt: str, explain: bool) -> str:
    """One record in one format; "" for a failed page in text or Markdown, which say nothing
    of errors (those go to stderr)."""
    if fmt in ("json", "jsonl"):
        return json.dumps(record(item.id, item.source, outcome, fmt, explain), ensure_ascii=False,
                          indent=2 if fmt == "json" else None)
    if "article" not in outcome:
        return ""
    return (as_text if fmt == "text" else as_markdown)(outcome["article"], explain)


def _sync(out: IO[str]) -> None:
    """Puts a file's data on the disk, to be called before renaming it into place: renamed
    first, a power cut could leave it empty under its final name."""
    out.flush()
    os.fsync(out.fileno())


def _temporary(path: str) -> str:
    # A fixed name, hidden and not ending like an output: a rerun overwrites what a killed run
    # left, and nothing reads a half-written file as complete.
    folder, name = os.path.split(path)
    return os.path.join(folder, f".{name}.tmp")


class StreamWriter:
    """All records to one stream: stdout, or the file of -o, synced to the disk and renamed into
    place when done."""

    def __init__(self, path: str | None, fmt: str, explain: bool) -> None:
        self.path, self.fmt, self.explain = path, fmt, explain
        self.out: IO[str] = sys.stdout
        self.count = 0
        # Text and Markdown name each article when there are several; whether there are is
        # known at the second record, so the first waits for it.
        self.held: tuple[Item, Outcome] | None = None

    def __enter__(self) -> StreamWriter:
        if self.path:
            self.out = open(_temporary(self.path), "w", encoding="utf-8")
        if self.fmt == "json":
            self.out.write("[")
        return self

    def write(self, item: Item, outcome: Outcome) -> None:
        self.count += 1
        if self.fmt == "jsonl":
            self.out.write(render(item, outcome, self.fmt, self.explain) + "\n")
            return
        if self.fmt == "json":
            self.out.write(("\n" if self.count == 1 else ",\n")
                           + render(item, outcome, self.fmt, self.explain))
            return
        if self.count == 1:
            self.held = (item, outcome)
            return
        if self.held:
            self._write_article(*self.held, titled=True)
            self.held = None
        self._write_article(item, outcome, titled=True)

    def _write_article(self, item: Item, outcome: Outcome, titled: bool) -> None:
        if "error" in outcome:
            return
        if titled:
            self.out.write(f"==> {item.id} <==\n" if self.fmt == "text"
                           else f"<!-- {item.id} -->\n")
        self.out.write(render(item, outcome, self.fmt, self.explain) + ("\n" if titled else ""))

    def __exit__(self, error_type: type[BaseException] | None, *_: object) -> None:
        if error_type is None:
            if self.held:
                self._write_article(*self.held, titled=False)
            if self.fmt == "json":
                self.out.write("\n]\n" if self.count else "]\n")
            self.out.flush()
        if not self.path:
            return
        if error_type is None:
            _sync(self.out)
            self.out.close()
            os.replace(_temporary(self.path), self.path)
        else:
            self.out.close()
            os.unlink(_temporary(self.path))


class DirWriter:
    """One file per record under a folder, each written whole under a temporary name and synced
    to the disk first."""

    def __init__(self, root: str, fmt: str, explain: bool) -> None:
        self.root, self.fmt, self.explain = root, fmt, explain

    def __enter__(self) -> DirWriter:
        return self

    def __exit__(self, *_: object) -> None:
        pass

    def path_for(self, item: Item) -> str:
        return os.path.join(self.root, f"{item.name}.{EXTENSIONS[self.fmt]}")

    def write(self, item: Item, outcome: Outcome) -> None:
        text = render(item, outcome, self.fmt, self.explain)
        if not text:  # a failure in a format with no place for it; a rerun tries the page again
            return
        path = self.path_for(item)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(_temporary(path), "w", encoding="utf-8") as out:
            out.write(text.rstrip("\n") + "\n")
            _sync(out)
        os.replace(_temporary(path), path)


# ------------------------------------------------------------------ progress

class Tally:
    """Counts pages as they finish; drives the progress bar and the closing summary."""

    def __init__(self, total: int | None, show_bar: bool, stdout_too: bool) -> None:
        """``stdout_too``: the articles go to the terminal the bar is drawn on."""
        self.stdout_too = stdout_too
        self.ok = self.skipped = 0
        self.failures: Counter[str] = Counter()
        self.start = time.monotonic()
        self.bar = None
        if show_bar:
            from tqdm import tqdm

            tqdm.monitor_interval = 0  # no monitor thread: workers are forked from this process
            self.bar = tqdm(total=total, unit="page", file=sys.stderr, dynamic_ncols=True,
                            mininterval=0.5, smoothing=0.1)

    @property
    def failed(self) -> int:
        return sum(self.failures.values())

    def add(self, item: Item, outcome: Outcome, report: bool) -> None:
        error = outcome.get("error")
        if error is None:
            self.ok += 1
        else:
            self.failures[error["kind"]] += 1
            if report:
                self.say(f"cleaner: {item.id}: {error['kind']}: {error['message']}")
        self._tick()

    def say(self, line: str) -> None:
        """A line on stderr that does not break the progress bar drawn there."""
        if self.bar is None:
            print(line, file=sys.stderr)
        else:
            self.bar.write(line, file=sys.stderr)

    def skip(self) -> None:
        self.skipped += 1
        self._tick()

    def _tick(self) -> None:
        if self.bar is not None:
            self.bar.set_postfix_str(f"{self.failed} failed", refresh=False)
            self.bar.update()

    def paused(self) -> AbstractContextManager[object]:
        """Clears the bar while an article is written to the terminal it is drawn on."""
        if self.bar is None or not self.stdout_too:
            return nullcontext()
        return self.bar.external_write_mode()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()

    def summary(self) -> str:
        seconds = time.monotonic() - self.start
        done = self.ok + self.failed
        kinds = ", ".join(f"{n} {kind}" for kind, n in self.failures.most_common())
        total = done + self.skipped
        return (f"cleaner: {total} page{'s' if total != 1 else ''}, {self.ok} ok, "
                f"{self.failed} failed"
                + (f" ({kinds})" if kinds else "")
                + (f", {self.skipped} skipped" if self.skipped else "")
                + f"; {done / seconds if seconds else 0:.1f} pages/s, {seconds:.1f} s")
