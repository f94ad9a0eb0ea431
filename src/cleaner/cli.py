"""The ``cleaner`` command: pages in (files, folders, globs, stdin, JSONL dumps), articles out
(JSONL, JSON, text, Markdown), and one record for every page whatever happens to it."""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import time
import zlib
from collections import Counter
from collections.abc import Iterator
from contextlib import AbstractContextManager, closing, nullcontext
from glob import glob
from typing import IO, Any

import cleaner
from cleaner.batch import Failed, FileLoader, Given, Item, Outcome, run, unzipped

EPILOG = """\
examples:
  cleaner pages/ -o articles.jsonl        clean a folder of HTML pages to JSONL
  cleaner dump.jsonl.gz -o articles.jsonl clean the html field of every record of a JSONL dump
  cleaner page.html --format markdown     clean one page to Markdown
  cleaner page.html --explain             show what was removed from a page, and why
  cleaner pages/ --output-dir out/ --skip-existing
                                          one file per page; rerun it to finish a killed batch
"""

EXTENSIONS = {"jsonl": "jsonl", "json": "json", "text": "txt", "markdown": "md"}
_FORMAT_BY_EXTENSION = {".jsonl": "jsonl", ".ndjson": "jsonl", ".html": "html", ".htm": "html",
                        ".txt": "text"}
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


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
    tally = Tally(count_inputs(args) if show_bar else None, show_bar)
    todo = items(args)
    if args.skip_existing:
        todo = unfinished(todo, writer, tally)
    try:
        with writer, closing(run(todo, pipeline, jobs=args.jobs, timeout=args.timeout,
                                 ordered=not args.unordered)) as results:
            for item, outcome in results:
                with tally.paused(writer):
                    writer.write(item, outcome)
                # Text and Markdown have no place for an error: it goes to stderr instead.
                tally.add(item, outcome, report=fmt in ("text", "markdown"))
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
    tally.close()
    if not args.quiet:
        tally.say(tally.summary())
    return 1 if tally.failed else 0


# ------------------------------------------------------------------ arguments

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleaner", epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Clean news pages (HTML or scraped text) into articles: headline, dek and "
                    "body, with the junk removed. One record per page: a page that fails gives "
                    "a record with an error instead of stopping the batch.")
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
    given.add_argument("--id-field", default="id",
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
    running = parser.add_argument_group("running")
    running.add_argument("-j", "--jobs", type=_positive(int), default=os.cpu_count() or 1,
                         help="worker processes (default: one per CPU)")
    running.add_argument("--timeout", type=_positive(float), metavar="SECONDS",
                         help="give up on a page after this long (error kind: timeout)")
    running.add_argument("--unordered", action="store_true",
                         help="emit records as pages finish, not in input order")
    running.add_argument("--max-bytes", type=_positive(int), default=cleaner.Options().max_bytes,
                         help="refuse larger pages (error kind: too_large; default: %(default)s)")
    shown = parser.add_argument_group("progress")
    shown.add_argument("--progress", action="store_true",
                       help="show the progress bar even when stderr is not a terminal")
    shown.add_argument("-q", "--quiet", action="store_true",
                       help="no progress bar and no summary")
    return parser


def _positive(kind: type[int] | type[float]) -> Any:
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
    """Usage errors argparse cannot see; each exits with status 2."""
    if args.skip_existing and not args.output_dir:
        parser.error("--skip-existing needs --output-dir")
    if args.output and not os.path.isdir(os.path.dirname(args.output) or "."):
        parser.error(f"-o {args.output}: no such folder")
    if args.output_dir:
        out = os.path.realpath(args.output_dir)
        for arg in args.inputs:
            folder = os.path.realpath(arg)
            if os.path.isdir(arg) and (out + os.sep).startswith(folder + os.sep):
                parser.error(f"--output-dir {args.output_dir} is inside the input folder {arg}: "
                             "its outputs would be read as pages")


# ------------------------------------------------------------------ inputs

def sources(args: argparse.Namespace) -> Iterator[tuple[str, str]]:
    """Every input path (or ``-``) with the folder its output name is relative to."""
    for arg in args.inputs:
        if os.path.isdir(arg):
            yield from _walk(arg)
        elif arg != "-" and not os.path.exists(arg) and any(c in arg for c in "*?["):
            # Expanded here too, for shells that leave a pattern as it is.
            base = _glob_base(arg)
            for path in sorted(glob(arg, recursive=True)) or [arg]:
                yield from _walk(path, base) if os.path.isdir(path) else [(path, base)]
        else:  # a file, stdin, or a missing path that gives an "unreadable" record
            yield arg, os.path.dirname(arg) or "."


def _walk(folder: str, base: str | None = None) -> Iterator[tuple[str, str]]:
    for parent, dirs, files in os.walk(folder):
        # Hidden names are skipped: .git, editor files, and the temporary files of a killed run.
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(parent, name), folder if base is None else base


def _glob_base(pattern: str) -> str:
    """The folder a pattern's matches are named relative to: its parts before the first
    wildcard (``pages`` for ``pages/**/*.html``)."""
    parts = pattern.split(os.sep)
    fixed = parts[:next(i for i, p in enumerate(parts) if any(c in p for c in "*?["))]
    return os.sep.join(fixed) or ("." if not fixed else os.sep)


def input_format(path: str, chosen: str) -> str:
    """jsonl, html, text, or auto (a page whose kind the library tells by its content)."""
    if chosen != "auto":
        return chosen
    known = _FORMAT_BY_EXTENSION.get(os.path.splitext(_strip_gz(path))[1].lower())
    if known:
        return known
    try:
        with open(path, "rb") as raw, unzipped(raw) as stream:
            return "jsonl" if _starts_json(stream) else "auto"
    except (OSError, EOFError, zlib.error):
        return "auto"  # its loader reports the error


def _starts_json(stream: IO[bytes]) -> bool:
    return stream.peek(64).lstrip()[:1] == b"{"  # type: ignore[attr-defined]


def _strip_gz(path: str) -> str:
    return path[:-3] if path.lower().endswith(".gz") else path


def items(args: argparse.Namespace) -> Iterator[Item]:
    """One item per page, lazily: a JSONL dump of a million lines is read as it is cleaned."""
    for path, base in sources(args):
        if path == "-":
            yield from _stdin_items(args)
            continue
        name = _strip_gz(os.path.relpath(path, base))
        kind = input_format(path, args.input_format)
        if kind != "jsonl":
            yield Item(path, path, FileLoader(path), name, kind)
            continue
        folder = os.path.splitext(name)[0]  # a dump's records go in a folder named after it
        try:
            with open(path, "rb") as raw, unzipped(raw) as stream:
                yield from _jsonl_items(stream, path, folder, args)
        except OSError as error:
            yield Item(path, path, Failed("unreadable", error.strerror or str(error)), folder)


def _stdin_items(args: argparse.Namespace) -> Iterator[Item]:
    stream = unzipped(sys.stdin.buffer)
    kind = args.input_format
    if kind == "jsonl" or kind == "auto" and _starts_json(stream):
        yield from _jsonl_items(stream, "-", "", args)
    else:
        yield Item("-", "-", Given(stream.read()), "stdin", kind)


def _jsonl_items(stream: IO[bytes], source: str, folder: str,
                 args: argparse.Namespace) -> Iterator[Item]:
    lineno = 0
    try:
        for lineno, line in enumerate(stream, 1):
            if line.strip():
                yield _record_item(line, lineno, source, folder, args)
    except (OSError, EOFError, zlib.error) as error:  # e.g. a gzip dump cut short
        where = str(lineno + 1)
        yield Item(where, source, Failed("unreadable", f"line {where}: {error}"),
                   os.path.join(folder, where))


def _record_item(line: bytes, lineno: int, source: str, folder: str,
                 args: argparse.Namespace) -> Item:
    try:
        record = json.loads(line)
        problem = None if isinstance(record, dict) else "not a JSON object"
    except ValueError as error:
        problem = str(error)
    if problem is not None:
        return Item(str(lineno), source, Failed("invalid_json", f"line {lineno}: {problem}"),
                    os.path.join(folder, str(lineno)))
    key = next((record[k] for k in (args.id_field, "url") if record.get(k) not in (None, "")),
               lineno)
    fields = [args.field] if args.field else ["html", "text"]
    page = next((record[f] for f in fields if isinstance(record.get(f), str)), None)
    load = Given(page) if page is not None else Failed(
        "missing_field", f"line {lineno}: no string field {' or '.join(fields)}")
    url = record.get("url")
    return Item(str(key), source, load, os.path.join(folder, safe_name(str(key))),
                url=url if isinstance(url, str) else None)


def safe_name(key: str) -> str:
    """A file name for an id. An id that had to change gets a hash of itself appended, so two
    ids never share a file because they look alike once sanitized (``a/b`` and ``a_b``)."""
    name = _UNSAFE_NAME.sub("_", key).strip("._")[:100]
    if name == key:
        return name
    digest = hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{name}-{digest}" if name else digest


def count_inputs(args: argparse.Namespace) -> int | None:
    """How many pages there are, for the progress bar's ETA; None when it costs a second read
    of compressed data, or cannot be known (stdin)."""
    total = 0
    for path, _ in sources(args):
        if path == "-":
            return None
        if input_format(path, args.input_format) != "jsonl":
            total += 1
            continue
        try:
            with open(path, "rb") as raw:
                if raw.peek(2)[:2] == b"\x1f\x8b":
                    return None
                last = b"\n"
                while chunk := raw.read(1 << 20):
                    total += chunk.count(b"\n")
                    last = chunk[-1:]
                total += last != b"\n"
        except OSError:
            total += 1
    return total


def unfinished(todo: Iterator[Item], writer: DirWriter, tally: Tally) -> Iterator[Item]:
    """The items whose output file does not exist yet. Only complete files exist, since every
    file is written under a temporary name and renamed when complete."""
    for item in todo:
        if os.path.exists(writer.path_for(item)):
            tally.skip()
        else:
            yield item


# ------------------------------------------------------------------ outputs

def shaped(item: Item, outcome: Outcome, fmt: str, explain: bool) -> dict[str, Any]:
    """The JSON object of a record: the whole article for json, the essentials for jsonl."""
    record: dict[str, Any] = {"id": item.id, "source": item.source}
    article = outcome.get("article")
    if article is None:
        record["error"] = outcome["error"]
    elif fmt == "json":
        record.update(article)
    else:
        record.update(headline=article["headline"], dek=article["dek"], body=article["body"])
        if explain:
            record["removed"] = article["removed"]
    return record


def as_text(article: dict[str, Any], explain: bool) -> str:
    parts = [article["headline"], article["dek"], article["body"]]
    text = "\n\n".join(p for p in parts if p)
    if explain and article["removed"]:
        text += "\n\nRemoved:\n" + "\n".join(
            f"- {r['filter']} ({r['reason']}): {_one_line(r['text'])}" for r in article["removed"])
    return text + "\n"


def as_markdown(article: dict[str, Any], explain: bool) -> str:
    parts = [f"# {_md(article['headline'])}" if article["headline"] else "",
             f"*{_md(article['dek'])}*" if article["dek"] else "",
             *(_md(p) for p in article["paragraphs"])]
    text = "\n\n".join(p for p in parts if p)
    if explain and article["removed"]:
        text += "\n\n## Removed\n\n" + "\n".join(
            f"- `{r['filter']}` ({_md(r['reason'])}): {_md(_one_line(r['text']))}"
            for r in article["removed"])
    return text + "\n"


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
        return json.dumps(shaped(item, outcome, fmt, explain), ensure_ascii=False,
                          indent=2 if fmt == "json" else None)
    if "article" not in outcome:
        return ""
    return (as_text if fmt == "text" else as_markdown)(outcome["article"], explain)


def _temporary(path: str) -> str:
    # A fixed name, hidden and not ending like an output: a rerun overwrites what a killed run
    # left, and nothing reads a half-written file as complete.
    folder, name = os.path.split(path)
    return os.path.join(folder, f".{name}.tmp")


class StreamWriter:
    """All records to one stream: stdout, or the file of -o, renamed into place when done."""

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
        if self.fmt in ("json", "jsonl"):
            text = render(item, outcome, self.fmt, self.explain)
            self.out.write((",\n" if self.count > 1 else "\n") + text if self.fmt == "json"
                           else text + "\n")
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
        self.out.close()
        if error_type is None:
            os.replace(_temporary(self.path), self.path)
        else:
            os.unlink(_temporary(self.path))


class DirWriter:
    """One file per record under a folder, each written whole under a temporary name first."""

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
        os.replace(_temporary(path), path)


# ------------------------------------------------------------------ progress

class Tally:
    """Counts pages as they finish; drives the progress bar and the closing summary."""

    def __init__(self, total: int | None, show_bar: bool) -> None:
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

    def paused(self, writer: DirWriter | StreamWriter) -> AbstractContextManager[object]:
        """Clears the bar while an article is written to the terminal it is drawn on."""
        if self.bar is None or not isinstance(writer, StreamWriter) or writer.path \
                or not sys.stdout.isatty():
            return nullcontext()
        return self.bar.external_write_mode()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()

    def summary(self) -> str:
        seconds = time.monotonic() - self.start
        done = self.ok + self.failed
        kinds = ", ".join(f"{n} {kind}" for kind, n in self.failures.most_common())
        return (f"cleaner: {done + self.skipped} pages, {self.ok} ok, {self.failed} failed"
                + (f" ({kinds})" if kinds else "")
                + (f", {self.skipped} skipped" if self.skipped else "")
                + f"; {done / seconds if seconds else 0:.1f} pages/s, {seconds:.1f} s")
