"""The audit report: what cleaning removed from each page and why, as one HTML file to look at.

People who clean millions of pages trust the result by looking at it: which filters fire most,
what they took, which pages lost most of their text. ``cleaner INPUT... --report FILE`` writes
that view, and ``Article._repr_html_`` shows one page of it in a notebook.

The file stands alone: its style, its chart (inline SVG) and its few lines of script are in it,
nothing is loaded from anywhere, and it opens offline. It is safe whatever the pages held: every
piece of page text is escaped, and a Content-Security-Policy forbids every load and every
script but the report's own (allowed by its hash), so a page's ``<script>`` is shown, not run.

A batch's report is gathered one outcome at a time (``Report.add``): the summary counts every
page, while the per-page views are kept for a bounded sample only (the pages that lost the
largest share of their words, and a random sample of the rest with a fixed seed), so the memory
it holds and the file it writes do not grow with the batch.
"""

from __future__ import annotations

import base64
import hashlib
import heapq
import html
import os
import random
import zlib
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, Generic, TypeVar

from cleaner.filters import DEFAULT_ORDER
from cleaner.records import Outcome
from cleaner.textutil import word_count

DEFAULT_PAGES = 200  # per-page views in a report: a browser opens it in a second
WORST_LISTED = 10  # pages named in the summary's list of the largest losses
SEED = 0  # of the random sample: the same batch gives the same report
# Page text is cut: a headline, a dek, a byline, a page's id at HEAD_CHARS characters, a piece
# of the text at PIECE_CHARS, and a page's text stops before its HTML passes VIEW_BUDGET, so
# that no page can make the report heavy: 200 views stay under 10 MB whatever the pages held.
HEAD_CHARS = 500
PIECE_CHARS = 4_000
VIEW_BUDGET = 32_000

# Colours of the filter families, told apart on white and as thin lines. The families the
# library ships take them in registry order, so none share a colour; another family (a custom
# filter's) gets one by a hash of its name, the same in every report.
_PALETTE = ("#d62728", "#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2",
            "#17becf", "#bcbd22", "#7f7f7f", "#393b79", "#637939", "#ad494a", "#a55194",
            "#3182bd", "#e6550d")
_FAMILIES = {family: _PALETTE[i % len(_PALETTE)] for i, family in enumerate(
    dict.fromkeys([name.split(".")[0] for name in DEFAULT_ORDER] + ["headline"]))}

# The filters whose removed text tells who wrote the article and when, for a page whose article
# carries no byline or date of its own.
_BYLINE_FILTERS = ("chrome.byline", "headline.byline")
_DATE_FILTERS = ("chrome.date_line",)


def colour(filter_name: str) -> str:
    """The colour of a filter's family (the part of its name before the dot)."""
    family = filter_name.split(".")[0]
    known = _FAMILIES.get(family)
    return known or _PALETTE[zlib.crc32(family.encode("utf-8")) % len(_PALETTE)]


def _e(text: object) -> str:
    """Text made safe for HTML content and quoted attributes alike."""
    return html.escape(str(text), quote=True)


# ------------------------------------------------------------------ one page

@dataclass(frozen=True)
class _Piece:
    """A block of the page as the view shows it: ``role`` is headline, dek, kept or removed."""

    position: int
    role: str
    text: str
    filter: str = ""
    reason: str = ""


def _in_page_order(article: Mapping[str, Any]) -> tuple[list[_Piece], bool]:
    """The page's pieces in the order the page had them, and whether that order is known.

    It is known from the kept paragraphs' positions; an article without them (built by hand,
    or read from an older record) gives its text first and the removed pieces after it.
    """
    removed = [_Piece(r["position"], "removed", r["text"], r["filter"], r["reason"])
               for r in article["removed"]]
    paragraphs = article["paragraphs"]
    positions = article.get("paragraph_positions") or []
    if len(positions) != len(paragraphs):
        return [_Piece(i, "kept", text) for i, text in enumerate(paragraphs)] + removed, False
    pieces = [_Piece(at, "kept", text)
              for at, text in zip(positions, paragraphs, strict=True)] + removed
    for role in ("headline", "dek"):
        at = article.get(f"{role}_position")
        if at is not None and article.get(role):
            pieces.append(_Piece(at, role, article[role]))
    return sorted(pieces, key=attrgetter("position")), True


def _cut(text: str, limit: int = PIECE_CHARS) -> str:
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… [{len(text) - limit:,} more characters]"


def _short(text: str) -> str:
    """A line of the view's head, cut and escaped."""
    return _e(_cut(text, HEAD_CHARS))


def _piece_html(piece: _Piece) -> str:
    text = _e(_cut(piece.text))
    if piece.role == "removed":
        name = _e(piece.filter)
        return (f'<p class="removed" style="--c:{colour(piece.filter)}" data-filter="{name}" '
                f'title="{name}: {_e(piece.reason)}"><del>{text}</del> '
                f'<span class="tag">{name}</span></p>')
    if piece.role == "kept":
        return f'<p class="kept">{text}</p>'
    # The headline and dek stand at the top of the view; here they only mark their place.
    return f'<p class="kept head"><span class="tag">{piece.role}</span> {text}</p>'


def _text_html(article: Mapping[str, Any]) -> str:
    """The page's text with every removed piece in place, stopped before its HTML passes
    VIEW_BUDGET characters (the first piece is always shown: cut, it is well under)."""
    pieces, ordered = _in_page_order(article)
    out: list[str] = []
    size = 0
    for shown, piece in enumerate(pieces):
        rendered = _piece_html(piece)
        size += len(rendered)
        if out and size > VIEW_BUDGET:
            out.append(f'<p class="note">… {len(pieces) - shown:,} more pieces not shown: '
                       f'the view of a page stops at {VIEW_BUDGET:,} characters.</p>')
            break
        out.append(rendered)
    if not ordered and article["removed"]:
        out.insert(0, '<p class="note">Where the removed pieces stood is not known: they '
                      'follow the text.</p>')
    return "".join(out)


def _word_counts(article: Mapping[str, Any]) -> tuple[int, int]:
    """Words kept (headline, dek and body) and words removed from a page."""
    kept = sum(word_count(t) for t in (article["headline"], article["dek"]) if t)
    kept += sum(word_count(p) for p in article["paragraphs"])
    return kept, sum(word_count(r["text"]) for r in article["removed"])


def _first_removed(article: Mapping[str, Any], filters: tuple[str, ...]) -> str | None:
    return next((r["text"] for r in article["removed"] if r["filter"] in filters), None)


def _meta_html(article: Mapping[str, Any]) -> str:
    """Byline and date: the article's own fields where it has them, else the lines that the
    byline and date filters took from the page."""
    byline = article.get("byline") or _first_removed(article, _BYLINE_FILTERS)
    date = article.get("published") or _first_removed(article, _DATE_FILTERS)
    parts = [f'<span class="label">{label}</span> {_short(value)}'
             for label, value in (("byline", byline), ("date", date)) if value]
    return f'<p class="meta">{" · ".join(parts)}</p>' if parts else ""


def _share(kept: int, removed: int) -> float:
    return removed / (kept + removed) if kept + removed else 0.0


def _anchor(seq: int | None) -> str:
    """The id attribute of a page's view in a report, which links and the page filter use."""
    return "" if seq is None else f' id="p-{seq}"'


def _article_html(article: Mapping[str, Any], where: str, seq: int | None = None) -> str:
    """One page's view: its head, a line of facts (``where``: HTML naming the page, or ""),
    then its text with the removals in place."""
    kept, removed = _word_counts(article)
    facts = [where] if where else []
    facts.append(f"words: {kept:,} kept, {removed:,} removed ({_share(kept, removed):.0%})")
    facts += [_e(note) for note in article.get("notes") or ()]
    headline = article["headline"]
    return "".join([
        f'<section class="cleaner-page"{_anchor(seq)}>',
        f'<h3 class="headline">{_short(headline)}</h3>' if headline else
        '<h3 class="headline none">(no headline)</h3>',
        f'<p class="dek">{_short(article["dek"])}</p>' if article["dek"] else "",
        _meta_html(article),
        f'<p class="facts">{" · ".join(facts)}</p>',
        f'<div class="text">{_text_html(article)}</div></section>'])


def page_html(article: Mapping[str, Any]) -> str:
    """One article (``Article.to_dict()``) as the report shows it, with the style it needs:
    what ``Article._repr_html_`` gives a notebook."""
    url = article.get("url")
    return f"<style>{PAGE_CSS}</style>" + _article_html(article, _short(url) if url else "")


def _failed_html(error: Mapping[str, str], where: str, seq: int) -> str:
    return (f'<section class="cleaner-page failed"{_anchor(seq)}><h3 class="headline none">'
            f'(failed: {_e(error["kind"])})</h3><p class="facts">{where}</p>'
            f'<p class="error">{_e(_cut(error["message"]))}</p></section>')


# ------------------------------------------------------------------ a batch

@dataclass(frozen=True)
class _View:
    """A page's view kept for the report, and what its entry in the page list says."""

    seq: int
    page_id: str
    label: str
    html: str


# How bad a page's loss was: the share of its words removed, then the words removed, then the
# earlier page first (its sequence number, negated), so no two pages tie.
Key = tuple[float, int, int]
T = TypeVar("T")


class _Worst(Generic[T]):
    """The ``size`` pages with the largest keys so far, each held once: a batch may hold many
    copies of a page, and copies of one bad page would fill every place."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.heap: list[tuple[Key, int, T]] = []  # (key, the page's digest, item), least first
        self.digests: set[int] = set()

    def offer(self, key: Key, digest: int, make: Callable[[], T]) -> tuple[bool, T | None]:
        """Whether the page took a place (``make`` makes its item only then), and the item it
        pushed out, if any."""
        if digest in self.digests or not self.size:
            return False, None
        if len(self.heap) < self.size:
            heapq.heappush(self.heap, (key, digest, make()))
            self.digests.add(digest)
            return True, None
        if key <= self.heap[0][0]:
            return False, None
        _, gone, out = heapq.heapreplace(self.heap, (key, digest, make()))
        self.digests.discard(gone)
        self.digests.add(digest)
        return True, out

    def ranked(self) -> list[T]:
        """The items, the worst first."""
        return [item for _, _, item in sorted(self.heap, reverse=True)]


class _Selection:
    """The pages whose views the report shows: the worst (the largest share of their words
    lost), and a random sample of the others, at most ``pages`` together.

    A page's view is rendered only when it is taken, and a worst page pushed out by a worse
    one joins the sample's draw, so the sample is a uniform draw (reservoir sampling, with a
    fixed seed) of the pages that are not among the worst at the end.
    """

    def __init__(self, pages: int, seed: int) -> None:
        self.worst: _Worst[_View] = _Worst((pages + 1) // 2)
        self.sample_size = pages - self.worst.size
        self.sample: list[_View] = []
        self.drawn = 0
        self.rng = random.Random(seed)

    def offer(self, key: Key | None, digest: int, render: Callable[[], _View]) -> None:
        """``key`` orders the pages by loss (None for a failed page, which lost nothing of
        an article); ``digest`` tells copies of a page apart from other pages; ``render``
        makes the page's view if it is taken."""
        if key is not None:
            taken, out = self.worst.offer(key, digest, render)
            if taken:
                if out is not None:
                    self._draw(lambda: out)
                return
        self._draw(render)

    def _draw(self, render: Callable[[], _View]) -> None:
        self.drawn += 1
        if len(self.sample) < self.sample_size:
            self.sample.append(render())
            return
        slot = self.rng.randrange(self.drawn)
        if slot < self.sample_size:
            self.sample[slot] = render()

    def views(self) -> list[_View]:
        """The views in the order the pages came."""
        return sorted(self.worst.ranked() + self.sample, key=attrgetter("seq"))


@dataclass(frozen=True)
class _Loss:
    """A page in the summary's list of the largest losses."""

    seq: int
    page_id: str
    kept: int
    removed: int


class Report:
    """The audit report of a batch, fed one outcome at a time (``add``) and written at the end
    (``write``). It holds counters, the views of at most ``pages`` pages and a short list of
    the worst losses: never the batch's records.
    """

    def __init__(self, pages: int = DEFAULT_PAGES, seed: int = SEED) -> None:
        self.seed = seed
        self.seen = self.ok = 0
        self.failures: Counter[str] = Counter()
        self.kept_words = self.removed_words = 0
        self.pieces: Counter[str] = Counter()  # removed pieces per filter
        self.piece_words: Counter[str] = Counter()
        self.reasons: dict[str, str] = {}
        self.losses: _Worst[_Loss] = _Worst(WORST_LISTED)
        self.selection = _Selection(pages, seed)

    def add(self, page_id: str, source: str, outcome: Outcome) -> None:
        """Count one page's outcome (``{"article": ...}`` or ``{"error": ...}``) and offer its
        view to the sample."""
        seq = self.seen
        self.seen += 1
        page_id, source = _cut(page_id, HEAD_CHARS), _cut(source, HEAD_CHARS)
        where = f'<code>{_e(page_id)}</code>' + (f" · {_e(source)}" if source != page_id else "")
        article = outcome.get("article")
        if article is None:
            error = outcome["error"]
            self.failures[error["kind"]] += 1
            # No key: a failed page is never among the worst, and needs no digest either.
            self.selection.offer(None, 0, lambda: _View(
                seq, page_id, f"failed: {error['kind']}", _failed_html(error, where, seq)))
            return
        self.ok += 1
        kept, removed = _word_counts(article)
        self.kept_words += kept
        self.removed_words += removed
        for r in article["removed"]:
            self.pieces[r["filter"]] += 1
            self.piece_words[r["filter"]] += word_count(r["text"])
            self.reasons.setdefault(r["filter"], r["reason"])
        key = (_share(kept, removed), removed, -seq)
        digest = hash((article["headline"], *article["paragraphs"],
                       *(r["text"] for r in article["removed"])))
        self.losses.offer(key, digest, lambda: _Loss(seq, page_id, kept, removed))
        self.selection.offer(key, digest, lambda: _View(
            seq, page_id, f"{_share(kept, removed):.0%} removed",
            _article_html(article, where, seq)))

    def html(self) -> str:
        """The whole report, one HTML document."""
        views = self.selection.views()
        shown = {view.seq for view in views}
        return "".join([
            _HEAD, self._summary_html(shown), _nav_html(sorted(self.pieces), views),
            '<main id="pages">', *(view.html for view in views), "</main>", _TAIL])

    def write(self, path: str) -> None:
        """Write the report to ``path`` whole: under a temporary name, renamed when done, so
        that no half-written report is ever there to be opened."""
        folder, name = os.path.split(path)
        temporary = os.path.join(folder, f".{name}.tmp")
        # A lone surrogate from a broken page must not cost the whole report.
        with open(temporary, "w", encoding="utf-8", errors="replace") as out:
            out.write(self.html())
        os.replace(temporary, path)

    # ------------------------------------------------------------ the summary

    def _summary_html(self, shown: set[int]) -> str:
        failed = sum(self.failures.values())
        kinds = ", ".join(f"{n:,} {_e(kind)}" for kind, n in self.failures.most_common())
        total_words = self.kept_words + self.removed_words
        return "".join([
            '<header id="summary"><h1>cleaner: what was removed</h1>',
            f'<p class="totals"><b>{self.seen:,}</b> pages: <b>{self.ok:,}</b> ok, '
            f'<b>{failed:,}</b> failed{f" ({kinds})" if kinds else ""}. Words: '
            f'<b>{self.kept_words:,}</b> kept, <b>{self.removed_words:,}</b> removed '
            f'({_share(self.kept_words, self.removed_words):.0%} of {total_words:,}) in '
            f'{sum(self.pieces.values()):,} pieces.</p>',
            "<h2>Removals per filter</h2>", self._chart_html(),
            "<h2>Pages that lost the largest share of their words</h2>", self._losses_html(shown),
            f"<h2>Pages shown below</h2><p>{self._shown_note(len(shown))}</p></header>"])

    def _chart_html(self) -> str:
        """A horizontal bar per filter that fired, longest first, drawn as inline SVG."""
        if not self.pieces:
            return "<p>Nothing was removed.</p>"
        rows = self.pieces.most_common()
        label_width, bar_room, row = 250, 440, 22
        top = rows[0][1]
        bars = []
        for i, (name, count) in enumerate(rows):
            y = i * row
            width = max(2, round(bar_room * count / top))
            bars.append(
                f'<g class="bar" data-pick="{_e(name)}"><title>{_e(name)}: {count:,} pieces, '
                f'{self.piece_words[name]:,} words ({_e(self.reasons[name])})</title>'
                f'<text x="{label_width - 8}" y="{y + 15}" text-anchor="end">{_e(name)}</text>'
                f'<rect x="{label_width}" y="{y + 4}" width="{width}" height="{row - 8}" '
                f'fill="{colour(name)}" data-filter="{_e(name)}"/>'
                f'<text x="{label_width + width + 6}" y="{y + 15}">{count:,}</text></g>')
        height = len(rows) * row
        return (f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" '
                f'aria-label="removed pieces per filter" width="{label_width + bar_room + 80}" '
                f'height="{height}" viewBox="0 0 {label_width + bar_room + 80} {height}">'
                + "".join(bars) + "</svg>")

    def _losses_html(self, shown: set[int]) -> str:
        if not self.losses.heap:
            return "<p>No page was cleaned.</p>"
        items = []
        for loss in self.losses.ranked():
            name = f'<code>{_e(loss.page_id)}</code>'
            if loss.seq in shown:
                name = f'<a href="#p-{loss.seq}">{name}</a>'
            items.append(f"<li>{name}: {_share(loss.kept, loss.removed):.0%} removed "
                         f"({loss.removed:,} of {loss.kept + loss.removed:,} words)</li>")
        return f'<ol class="losses">{"".join(items)}</ol>'

    def _shown_note(self, count: int) -> str:
        if count == self.seen:
            return f"All {count:,} pages, in the order they came."
        worst = len(self.selection.worst.heap)
        return (f"{count:,} of {self.seen:,} pages, in the order they came: the {worst:,} that "
                f"lost the largest share of their words and a random sample of "
                f"{count - worst:,} of the others (seed {self.seed}). --report-pages sets how "
                "many.")


def _nav_html(filters: list[str], views: list[_View]) -> str:
    """The two filters of the page list: by filter name, and by page."""
    by_filter = "".join(f'<option value="{_e(name)}">{_e(name)}</option>' for name in filters)
    by_page = "".join(f'<option value="p-{view.seq}">{_e(view.page_id)} ({_e(view.label)})'
                      f'</option>' for view in views)
    return ('<nav id="filters"><label>Filter <select id="by-filter"><option value="">every '
            f'filter</option>{by_filter}</select></label> <label>Page <select id="by-page">'
            f'<option value="">every page shown</option>{by_page}</select></label></nav>')


# ------------------------------------------------------------------ the document's fixed parts

PAGE_CSS = """
.cleaner-page{font:15px/1.5 system-ui,sans-serif;max-width:56rem;margin:1.5rem 0;
 padding:1rem 1.25rem;border:1px solid #ddd;border-radius:6px;background:#fff;color:#222;
 overflow-wrap:anywhere}
.cleaner-page .headline{font-size:1.3rem;margin:0 0 .25rem}
.cleaner-page .none{color:#888;font-style:italic}
.cleaner-page .dek{font-size:1.05rem;color:#444;margin:0 0 .25rem}
.cleaner-page .meta,.cleaner-page .facts{font-size:.85rem;color:#666;margin:.15rem 0}
.cleaner-page .label{font-variant:small-caps;color:#999}
.cleaner-page .text{margin-top:.75rem;border-top:1px solid #eee;padding-top:.5rem}
.cleaner-page .text p{margin:.35rem 0;white-space:pre-line}
.cleaner-page .head{color:#666}
.cleaner-page .removed{color:#777;border-left:4px solid var(--c);padding-left:.5rem;
 background:color-mix(in srgb,var(--c) 7%,transparent)}
.cleaner-page .removed del{text-decoration:line-through;text-decoration-color:var(--c);
 text-decoration-thickness:2px}
.cleaner-page .tag{font:.72rem/1 ui-monospace,monospace;color:var(--c,#999);
 border:1px solid currentColor;border-radius:3px;padding:0 .25rem;white-space:nowrap}
.cleaner-page .removed.dim{opacity:.3}
.cleaner-page .note{color:#888;font-style:italic}
.cleaner-page .error{color:#b00;font-family:ui-monospace,monospace}
"""

_REPORT_CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:1.5rem auto;max-width:60rem;padding:0 1rem;
 background:#f6f6f4;color:#222}
h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.1rem;margin:1.2rem 0 .4rem}
.chart text{font:12px ui-monospace,monospace;fill:#333}
.chart .bar{cursor:pointer}.chart .bar:hover rect{opacity:.7}
#filters{position:sticky;top:0;background:#f6f6f4;padding:.5rem 0;border-bottom:1px solid #ddd}
#filters select{max-width:24rem}
[hidden]{display:none!important}
"""

# Filtering: by filter (pages where it fired, its pieces highlighted) and by page; a bar of
# the chart picks its filter. Without script, every page is simply shown.
_SCRIPT = """
const byFilter = document.getElementById("by-filter");
const byPage = document.getElementById("by-page");
function apply() {
  const name = byFilter.value, page = byPage.value;
  for (const view of document.querySelectorAll("#pages .cleaner-page")) {
    const fired = !name || view.querySelector(`[data-filter="${CSS.escape(name)}"]`);
    view.hidden = !fired || (page !== "" && view.id !== page);
    for (const piece of view.querySelectorAll(".removed")) {
      piece.classList.toggle("dim", name !== "" && piece.dataset.filter !== name);
    }
  }
}
byFilter.addEventListener("change", apply);
byPage.addEventListener("change", apply);
for (const bar of document.querySelectorAll(".chart .bar")) {
  bar.addEventListener("click", () => {
    byFilter.value = bar.dataset.pick;
    apply();
    byFilter.scrollIntoView();
  });
}
"""

_SCRIPT_HASH = base64.b64encode(hashlib.sha256(_SCRIPT.encode("utf-8")).digest()).decode("ascii")

# In <head> before anything but the charset, so that it rules all that follows: nothing
# loads from anywhere, and the only script that runs is the one whose hash it names.
CSP = ("default-src 'none'; style-src 'unsafe-inline'; "
       f"script-src 'sha256-{_SCRIPT_HASH}'; base-uri 'none'; form-action 'none'")

_HEAD = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
         f'<meta http-equiv="Content-Security-Policy" content="{CSP}"><meta name="viewport" '
         f'content="width=device-width,initial-scale=1"><title>cleaner report</title>'
         f'<style>{_REPORT_CSS}{PAGE_CSS}</style></head><body>')
_TAIL = f"<script>{_SCRIPT}</script></body></html>\n"
