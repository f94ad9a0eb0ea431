"""cleaner on a Dask cluster: bags of records or paths, dataframe columns, and the runner behind
``cleaner --scheduler ADDRESS``.

Needs the ``dask`` extra (``pip install 'cleaner[dask]'``); ``import cleaner`` never imports
dask, this module does. Every page gives exactly one output, the same record the command line
writes for it, with ``error`` when it failed: nothing is dropped on the way.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

import dask
import dask.bag as db

import cleaner
from cleaner import batch
from cleaner.batch import Item, Results
from cleaner.records import Outcome, failure, record

if TYPE_CHECKING:
    import dask.dataframe as dd
    import pandas as pd

_DEFAULT_MAX_BYTES = cleaner.Options().max_bytes


@lru_cache(maxsize=8)
def _pipeline(max_bytes: int) -> cleaner.Pipeline:
    """One pipeline per worker process and setting, built on first use there rather than
    shipped with every task."""
    return cleaner.Pipeline.default(cleaner.Options(max_bytes=max_bytes))


# ------------------------------------------------------------------ bags

def clean_bag(bag: db.Bag, *, field: str | None = None, id_field: str = "id",
              explain: bool = False, source: str = "-") -> db.Bag:
    """Clean a bag of pages into a bag of the records ``cleaner --format jsonl`` writes.

    Each element is a record (a dict, as a line of a JSONL dump: the page in ``field``, by
    default ``html`` else ``text``, its id in ``id_field``, else ``url``) or a path (``str`` or
    ``Path``) to a page, read on the worker. A record's output names ``source`` as its source,
    ``-`` by default as for a dump read from stdin; a record with neither id nor url is named by
    its 1-based position in its partition (``partition:position`` when there are several). A
    path's output has the path as id and source. ``explain`` adds ``removed``. One output per
    element, in the same partitions and order; a page that fails gives a record with
    ``error: {kind, message}``.

    >>> pages = dask.bag.from_sequence([{"id": "a", "text": "Headline\\n\\nSome body text."}])
    >>> out = cleaner.dask.clean_bag(pages).compute()
    >>> out[0]["id"], sorted(out[0])  # ('a', ['body', 'dek', 'headline', 'id', 'source'])
    """
    how = batch.Reading(fields=(field,) if field else ("html", "text"), id_field=id_field)
    parts = bag.to_delayed()
    numbered = len(parts) > 1
    return db.from_delayed([
        dask.delayed(_clean_partition)(part, i if numbered else None, how, explain, source)
        for i, part in enumerate(parts)])


def _clean_partition(elements: Iterable[Any], partition: int | None, how: batch.Reading,
                     explain: bool, source: str) -> list[dict[str, Any]]:
    pipeline = _pipeline(_DEFAULT_MAX_BYTES)
    out = []
    for position, element in enumerate(elements, 1):
        item = _element_item(element, position, partition, how, source)
        out.append(record(item.id, item.source, batch.clean_page(item, pipeline), "jsonl",
                          explain))
    return out


def _element_item(element: Any, position: int, partition: int | None, how: batch.Reading,
                  source: str) -> Item:
    if isinstance(element, (str, PurePath)):
        path = os.fspath(element)
        kind = batch.input_format(path, "auto")
        # A path is one page: a JSONL file in a bag of paths is read as a page of its own.
        return Item(path, path, batch.FileLoader(path), path, "auto" if kind == "jsonl" else kind)
    label = str(position) if partition is None else f"{partition}:{position}"
    if not isinstance(element, dict):
        return Item(label, source, batch.Failed(
            "invalid_record", f"item {label}: a {type(element).__name__}, not a record or a path"),
            label)
    item = batch.record_item(element, position, source, "", how)
    load = item.load
    if isinstance(load, batch.Failed):  # named by its place in the bag, not a line of a file
        load = batch.Failed(load.kind, load.message.replace(f"line {position}", f"item {label}", 1))
    if item.id == str(position):  # no id or url: the position within its partition
        return Item(label, item.source, load, label, item.kind, item.url)
    return Item(item.id, item.source, load, item.name, item.kind, item.url)


# ------------------------------------------------------------------ dataframes

def clean_dataframe(df: dd.DataFrame, column: str = "html", *,
                    prefix: str = "") -> dd.DataFrame:
    """The frame with ``headline``, ``dek``, ``body`` and ``error`` columns (each name after
    ``prefix``) cleaned from the pages (HTML or text) in ``column``, partition by partition.

    ``error`` is ``"kind: message"`` for a page that failed, whose other three are empty, and
    missing (NA) for a page that was cleaned.

    >>> frame = dask.dataframe.from_pandas(pandas.DataFrame({"html": pages}), npartitions=4)
    >>> out = cleaner.dask.clean_dataframe(frame, "html")
    >>> out[out.error.isna()][["headline", "body"]].to_parquet("articles/")
    """
    names = tuple(prefix + name for name in ("headline", "dek", "body", "error"))
    meta = _clean_frame(df._meta, column, names)
    return df.map_partitions(_clean_frame, column, names, meta=meta)


def _clean_frame(frame: pd.DataFrame, column: str, names: tuple[str, ...]) -> pd.DataFrame:
    import pandas as pd

    pipeline = _pipeline(_DEFAULT_MAX_BYTES)
    rows = [_row(value, pipeline) for value in frame[column]]
    out = frame.copy()
    for i, name in enumerate(names):
        out[name] = pd.Series([row[i] for row in rows], index=frame.index, dtype="string")
    return out


def _row(value: Any, pipeline: cleaner.Pipeline) -> tuple[str, str, str, str | None]:
    if isinstance(value, (str, bytes)):
        outcome = batch.clean_page(Item("", "", batch.Given(value), ""), pipeline)
    else:
        outcome = failure("missing_field", f"not a page: {type(value).__name__}")
    article = outcome.get("article")
    if article is None:
        return "", "", "", f"{outcome['error']['kind']}: {outcome['error']['message']}"
    return article["headline"], article["dek"], article["body"], None


# ------------------------------------------------------------------ the command line's runner

def run(items: Iterable[Item], address: str, *, max_bytes: int = _DEFAULT_MAX_BYTES,
        chunk: int = 16, ordered: bool = True) -> Results:
    """Clean the items on the Dask scheduler at ``address``, yielding each with its outcome in
    input order, or chunk by chunk as they finish when ``ordered`` is False, as ``batch.run``
    does with local processes. Items go in chunks of ``chunk``, with a bounded number of chunks
    in flight, so memory does not grow with the input. A chunk whose task fails (its worker
    died) is retried page by page; a page that fails again gets a ``crashed`` error."""
    from distributed import Client

    with Client(address) as client:
        threads = sum(client.nthreads().values()) or 1
        window = max(4, 3 * threads)
        pending: deque[tuple[list[Item], Any]] = deque()
        try:
            for part in _chunks(items, chunk):
                pending.append((part, client.submit(_clean_chunk, part, max_bytes, pure=False)))
                if len(pending) >= window:
                    yield from _settle(client, max_bytes, *_next(pending, ordered))
            while pending:
                yield from _settle(client, max_bytes, *_next(pending, ordered))
        finally:
            if pending:  # stopped early: an error, Ctrl-C, a closed pipe
                client.cancel([future for _, future in pending])


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    it = iter(items)
    while part := list(islice(it, size)):
        yield part


def _next(pending: deque[tuple[list[Item], Any]], ordered: bool) -> tuple[list[Item], Any]:
    """Takes the chunk to yield next: the oldest, or, when order does not matter, one that is
    done, so that a slow page does not hold back the chunks after it."""
    if ordered:
        return pending.popleft()
    from distributed import wait

    wait([future for _, future in pending], return_when="FIRST_COMPLETED")
    i = next(i for i, (_, future) in enumerate(pending) if future.done())
    taken = pending[i]
    del pending[i]
    return taken


def _clean_chunk(part: list[Item], max_bytes: int) -> list[Outcome]:
    pipeline = _pipeline(max_bytes)
    return [batch.clean_page(item, pipeline) for item in part]


def _settle(client: Any, max_bytes: int, part: list[Item], future: Any) -> Results:
    try:
        outcomes = future.result()
    except Exception:  # noqa: BLE001 - the task, not a page, failed: retry the pages alone
        singles = [client.submit(_clean_chunk, [item], max_bytes, pure=False) for item in part]
        outcomes = []
        for single in singles:
            try:
                outcomes.extend(single.result())
            except Exception as error:  # noqa: BLE001
                outcomes.append(failure("crashed", f"{type(error).__name__}: {error}"))
    yield from zip(part, outcomes, strict=True)
