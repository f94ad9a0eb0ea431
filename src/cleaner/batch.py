"""The batch behind the command line: inputs (files, folders, globs, stdin, JSONL dumps) become
items, lazily, and every item, good or bad, becomes exactly one outcome, cleaned in this process
or in a pool of worker processes.

An outcome is a dict holding either ``article`` (``Article.to_dict()``) or ``error``
(``{"kind", "message"}``). The pool survives a page that hangs (``timeout``) or kills its worker
(``crashed``): the worker is replaced and the batch goes on.
"""

from __future__ import annotations

import codecs
import gzip
import hashlib
import json
import math
import multiprocessing
import os
import re
import signal
import sys
import time
import zlib
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from glob import glob
from multiprocessing.connection import Connection, wait
from typing import IO, Any

import cleaner
from cleaner.records import Outcome, failure

Results = Generator[tuple["Item", Outcome], None, None]

GZIP_MAGIC = b"\x1f\x8b"
# A NUL byte early on means binary data (git and grep judge the same way), unless the page is
# UTF-16 or UTF-32, whose byte-order marks start with one of these.
_BINARY_PROBE = 8192
_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)


class PageError(Exception):
    """A page that cannot be cleaned, with the error kind its outcome carries."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def unzipped(raw: IO[bytes]) -> IO[bytes]:
    """The stream itself, or a decompressing view of it when it starts as gzip does."""
    gzipped = raw.peek(2)[:2] == GZIP_MAGIC  # type: ignore[attr-defined]
    return gzip.GzipFile(fileobj=raw) if gzipped else raw


# Loaders run in the worker, so reading and decompressing happen in parallel too. They are small
# dataclasses rather than closures because they travel to the worker by pickle.

@dataclass(frozen=True)
class FileLoader:
    path: str

    def __call__(self, max_bytes: int) -> bytes:
        try:
            with open(self.path, "rb") as raw, unzipped(raw) as stream:
                # Reading one byte past the limit is enough to refuse the page without holding
                # all of a huge file in memory.
                data = stream.read(max_bytes + 1)
        except (OSError, EOFError, zlib.error) as error:
            raise PageError("unreadable", getattr(error, "strerror", None) or str(error)) from None
        if len(data) > max_bytes:
            raise cleaner.InputTooLarge(f"input is over the limit of {max_bytes:,} bytes "
                                        "(--max-bytes)")
        return data


@dataclass(frozen=True)
class Given:
    """A page already read by the main process (stdin, a JSONL field)."""

    data: bytes | str

    def __call__(self, max_bytes: int) -> bytes | str:
        return self.data  # the library enforces max_bytes on it


@dataclass(frozen=True)
class Failed:
    """An input that failed before it could be loaded (a bad JSONL line, a missing file)."""

    kind: str
    message: str

    def __call__(self, max_bytes: int) -> bytes:
        raise PageError(self.kind, self.message)


Loader = Callable[[int], bytes | str]


@dataclass(frozen=True)
class Item:
    """One page to clean. ``kind`` picks the entry point: ``html``, ``text`` or ``auto`` (by
    content). ``name`` is the output path relative to --output-dir, without extension."""

    id: str
    source: str
    load: Loader
    name: str
    kind: str = "auto"
    url: str | None = None


# ------------------------------------------------------------------ inputs

_FORMAT_BY_EXTENSION = {".jsonl": "jsonl", ".ndjson": "jsonl", ".html": "html", ".htm": "html",
                        ".txt": "text"}
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class Reading:
    """How inputs are read: ``input_format`` is auto, html, text or jsonl; for JSONL, the
    fields that may hold the page, first found wins, and the field holding the id."""

    input_format: str = "auto"
    fields: tuple[str, ...] = ("html", "text")
    id_field: str = "id"


def sources(inputs: Iterable[str]) -> Iterator[tuple[str, str]]:
    """Every input path (or ``-``) with the folder its output name is relative to."""
    for arg in inputs:
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


def items(inputs: Iterable[str], how: Reading) -> Iterator[Item]:
    """One item per page, lazily: a JSONL dump of a million lines is read as it is cleaned."""
    for path, base in sources(inputs):
        if path == "-":
            yield from _stdin_items(how)
            continue
        name = _strip_gz(os.path.relpath(path, base))
        kind = input_format(path, how.input_format)
        if kind != "jsonl":
            yield Item(path, path, FileLoader(path), name, kind)
            continue
        folder = os.path.splitext(name)[0]  # a dump's records go in a folder named after it
        try:
            with open(path, "rb") as raw, unzipped(raw) as stream:
                yield from _jsonl_items(stream, path, folder, how)
        except OSError as error:
            yield Item(path, path, Failed("unreadable", error.strerror or str(error)), folder)


def _stdin_items(how: Reading) -> Iterator[Item]:
    stream = unzipped(sys.stdin.buffer)
    kind = how.input_format
    if kind == "jsonl" or kind == "auto" and _starts_json(stream):
        yield from _jsonl_items(stream, "-", "", how)
    else:
        yield Item("-", "-", Given(stream.read()), "stdin", kind)


def _jsonl_items(stream: IO[bytes], source: str, folder: str, how: Reading) -> Iterator[Item]:
    lineno = 0
    try:
        for lineno, line in enumerate(stream, 1):
            if line.strip():
                yield _record_item(line, lineno, source, folder, how)
    except (OSError, EOFError, zlib.error) as error:  # e.g. a gzip dump cut short
        where = str(lineno + 1)
        yield Item(where, source, Failed("unreadable", f"line {where}: {error}"),
                   os.path.join(folder, where))


def _record_item(line: bytes, lineno: int, source: str, folder: str, how: Reading) -> Item:
    try:
        record = json.loads(line)
        problem = None if isinstance(record, dict) else "not a JSON object"
    except ValueError as error:
        problem = str(error)
    if problem is not None:
        return Item(str(lineno), source, Failed("invalid_json", f"line {lineno}: {problem}"),
                    os.path.join(folder, str(lineno)))
    return record_item(record, lineno, source, folder, how)


def record_item(record: dict[str, Any], lineno: int, source: str, folder: str,
                how: Reading) -> Item:
    """The item of one parsed JSONL record; ``lineno`` is its id when it has no id or url."""
    key = next((record[k] for k in (how.id_field, "url") if record.get(k) not in (None, "")),
               lineno)
    page = next((record[f] for f in how.fields if isinstance(record.get(f), str)), None)
    load = Given(page) if page is not None else Failed(
        "missing_field", f"line {lineno}: no string field {' or '.join(how.fields)}")
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


def count(inputs: Iterable[str], how: Reading) -> int | None:
    """How many items there are, for a progress bar's ETA; None when it costs a second read of
    compressed data, or cannot be known (stdin)."""
    total = 0
    for path, _ in sources(inputs):
        if path == "-":
            return None
        if input_format(path, how.input_format) != "jsonl":
            total += 1
            continue
        try:
            with open(path, "rb") as raw:
                if raw.peek(2)[:2] == GZIP_MAGIC:
                    return None
                last = b"\n"
                while chunk := raw.read(1 << 20):
                    total += chunk.count(b"\n")
                    last = chunk[-1:]
                total += last != b"\n"
        except OSError:
            total += 1
    return total


# ------------------------------------------------------------------ cleaning

def clean_page(item: Item, pipeline: cleaner.Pipeline) -> Outcome:
    """The outcome of one page. Never raises for a bad page: the error goes in the outcome."""
    try:
        data = item.load(pipeline.options.max_bytes)
        if (isinstance(data, bytes) and b"\0" in data[:_BINARY_PROBE]
                and not data.startswith(_WIDE_BOMS)):
            raise PageError("binary", "binary data, not a page")
        clean = {"html": pipeline.clean_html, "text": pipeline.clean_text}.get(item.kind,
                                                                              pipeline.clean)
        article = clean(data, url=item.url)
    except (PageError, cleaner.CleanerError) as error:
        return failure(error.kind, str(error))
    except Exception as error:  # a library bug on one page must not stop the batch
        return failure("internal", f"{type(error).__name__}: {error}")
    if not article.paragraphs:
        return failure("empty", "; ".join(article.notes))
    return {"article": article.to_dict()}


# ------------------------------------------------------------------ running

def run(items: Iterable[Item], pipeline: cleaner.Pipeline, *, jobs: int,
        timeout: float | None, ordered: bool = True) -> Results:
    """Clean every item, yielding it with its outcome: in input order unless ``ordered`` is
    False."""
    if jobs == 1 and timeout is None:
        # Nothing to isolate: skip the processes and the pickling.
        return ((item, clean_page(item, pipeline)) for item in items)
    return Pool(pipeline, jobs, timeout).run(items, ordered)


def _serve(conn: Connection, pipeline: cleaner.Pipeline) -> None:
    """A worker's loop: an item in, an outcome out, until told to stop or the parent is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    try:
        while (item := conn.recv()) is not None:
            conn.send(clean_page(item, pipeline))
    except (EOFError, BrokenPipeError):
        pass


class _Worker:
    """A process with its own pipe and at most one page at a time, so that when it hangs or
    dies we know exactly which page it held."""

    def __init__(self, pipeline: cleaner.Pipeline) -> None:
        # fork: a new worker (also each replacement) starts in milliseconds with cleaner
        # already imported. The parent runs no threads that a fork could catch holding a lock.
        context = multiprocessing.get_context("fork")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, pipeline), daemon=True)
        self.process.start()
        child.close()  # so that the worker's death reads as end-of-file here
        self.task: tuple[int, Item] | None = None
        self.deadline = math.inf

    def give(self, seq: int, item: Item, timeout: float | None) -> None:
        self.task = (seq, item)
        self.deadline = time.monotonic() + timeout if timeout is not None else math.inf
        try:
            self.conn.send(item)
        except OSError:
            pass  # the worker died while idle: _collect sees it gone and reports the page

    def kill(self) -> None:
        self.process.kill()
        self.process.join()
        self.conn.close()


class Pool:
    """Worker processes fed one page at a time, with a bounded window of pages in flight."""

    def __init__(self, pipeline: cleaner.Pipeline, jobs: int, timeout: float | None) -> None:
        self.pipeline = pipeline
        self.jobs = jobs
        self.timeout = timeout
        # Pages handed out but not yet yielded, waiting ones included: bounds the memory held
        # for ordering when one slow page holds back those after it.
        self.window = 4 * jobs
        self.workers: list[_Worker] = []

    def run(self, items: Iterable[Item], ordered: bool) -> Results:
        todo = enumerate(items)
        done: dict[int, tuple[Item, Outcome]] = {}
        handed = yielded = 0
        exhausted = False
        try:
            while True:
                while (not exhausted and handed - yielded < self.window
                       and sum(1 for w in self.workers if w.task) < self.jobs):
                    try:
                        seq, item = next(todo)
                    except StopIteration:
                        exhausted = True
                        break
                    self._idle_worker().give(seq, item, self.timeout)
                    handed += 1
                if not any(w.task for w in self.workers):
                    return
                for seq, result in self._collect():
                    if not ordered:
                        yielded += 1
                        yield result
                    else:
                        done[seq] = result
                while yielded in done:
                    result = done.pop(yielded)
                    yielded += 1
                    yield result
        finally:
            self._close()

    def _idle_worker(self) -> _Worker:
        for worker in self.workers:
            if worker.task is None:
                return worker
        # Started as needed: a run over one page starts one process.
        self.workers.append(_Worker(self.pipeline))
        return self.workers[-1]

    def _collect(self) -> list[tuple[int, tuple[Item, Outcome]]]:
        """Wait for at least one busy worker to finish, die or run out of time."""
        busy = [w for w in self.workers if w.task]
        deadline = min(w.deadline for w in busy)
        left = None if deadline == math.inf else max(0.0, deadline - time.monotonic())
        ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy], left))
        now = time.monotonic()
        finished = []
        for worker in busy:
            assert worker.task is not None
            seq, item = worker.task
            if worker.conn in ready or worker.process.sentinel in ready:
                try:
                    outcome = worker.conn.recv()
                    lost = not worker.process.is_alive()
                except (EOFError, OSError):
                    worker.process.join()
                    outcome = failure("crashed", _death(worker.process.exitcode))
                    lost = True
            elif now >= worker.deadline:
                outcome = failure("timeout", f"took longer than {self.timeout:g} s")
                lost = True  # killed below: the only way to stop a page stuck in C code
            else:
                continue
            worker.task = None
            if lost:
                worker.kill()
                self.workers.remove(worker)  # _idle_worker starts a fresh one as needed
            finished.append((seq, (item, outcome)))
        return finished

    def _close(self) -> None:
        for worker in self.workers:
            if worker.task is None:
                try:
                    worker.conn.send(None)
                except OSError:
                    pass
        for worker in self.workers:
            # A worker still busy here means the caller stopped early (an error, Ctrl-C).
            worker.process.join(timeout=0 if worker.task else 5)
            worker.kill()
        self.workers.clear()


def _death(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            return f"the worker process was killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            pass
    return f"the worker process died (exit code {exitcode})"
