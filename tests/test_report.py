"""The audit report without a browser: the page view, its escaping, the sample it keeps, and the
memory it holds (tests/test_report_browser.py looks at it in Chromium)."""

from __future__ import annotations

import base64
import hashlib
import html
import re
import tracemalloc
from dataclasses import dataclass
from typing import Any

import cleaner
from cleaner import Article, Removal, report
from cleaner.filters import DEFAULT_ORDER
from cleaner.records import failure

PAYLOAD = "<script>alert(1)</script><img src=x onerror=alert(2)>"
P1 = ("The harbor board voted 5-2 on Tuesday night to dredge the old north channel, ending a "
      "fight over the silted-up passage that has dragged on for the better part of a decade.")
P2 = ("Board members who voted no said the plan leaves too little money for the seawall along "
      "Water Street, which flooded twice last winter.")
PAGE = "\n\n".join(["Harbor Board Votes to Dredge the Old North Channel", "By Nadia Kwan",
                    "March 4, 2025", P1, "Advertisement", P2, "Share this article"])


def page_of(kept: int, removed: int) -> dict[str, Any]:
    """An article as a batch outcome holds it, with so many words kept and removed."""
    return {"headline": None, "dek": None, "paragraphs": [" ".join(["word"] * kept)],
            "removed": [{"filter": "ads.slot", "text": " ".join(["junk"] * removed),
                         "reason": "advertisement slot label", "position": 1}],
            "paragraph_positions": [0], "headline_position": None, "dek_position": None}


def shown(document: str) -> list[int]:
    """The pages a report shows in full, by the order they were added."""
    return [int(n) for n in re.findall(r'<section class="cleaner-page[^"]*" id="p-(\d+)"',
                                       document)]


def test_repr_html_shows_each_removal_struck_through_in_place() -> None:
    article = cleaner.clean_text(PAGE)
    view = article._repr_html_()
    assert view.startswith("<style>") and view.count("<section") == 1
    for r in article.removed:
        assert (f'data-filter="{r.filter}" title="{r.filter}: {html.escape(r.reason)}"><del>'
                f"{html.escape(r.text)}</del>") in view
    # In the page's order: the ad between the two paragraphs, the share prompt after them.
    order = [view.index(text) for text in
             ("<del>By Nadia Kwan", "<del>March 4, 2025", P1, "<del>Advertisement", P2,
              "<del>Share this article")]
    assert order == sorted(order)
    assert '<span class="tag">headline</span> Harbor Board' in view


def test_byline_and_date_from_the_articles_fields_else_from_the_removals() -> None:
    article = cleaner.clean_text(PAGE)
    assert re.search(r'<p class="meta">.*By Nadia Kwan.*March 4, 2025', article._repr_html_())

    @dataclass(frozen=True)
    class Later(Article):  # as a later version may carry them
        byline: str | None = None
        published: str | None = None

    later = Later(article.headline, None, article.paragraphs, byline="Ana Ruiz",
                  published="2025-03-05")
    meta = re.search(r'<p class="meta">(.*?)</p>', later._repr_html_())
    assert meta and "Ana Ruiz" in meta.group(1) and "2025-03-05" in meta.group(1)


def test_all_page_text_is_escaped() -> None:
    article = Article(PAYLOAD, PAYLOAD, (PAYLOAD,), (Removal(PAYLOAD, PAYLOAD, PAYLOAD, 0),),
                      url=PAYLOAD, notes=(PAYLOAD,), paragraph_positions=(1,))
    audit = report.Report()
    audit.add(PAYLOAD, PAYLOAD, {"article": article.to_dict()})
    audit.add(PAYLOAD, "dump.jsonl", failure(PAYLOAD, PAYLOAD))
    for document in (article._repr_html_(), audit.html()):
        assert "<img" not in document and "alert(" in document
        assert document.count("<script") == (0 if document.startswith("<style>") else 1)
        assert html.escape(PAYLOAD) in document


def test_the_report_loads_nothing_and_runs_only_its_own_script() -> None:
    audit = report.Report()
    audit.add("a", "a.txt", {"article": cleaner.clean_text(PAGE).to_dict()})
    document = audit.html()
    head = document[:document.index("</head>")]
    csp = re.fullmatch(r'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
                       r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">.*', head,
                       re.DOTALL)
    assert csp and "default-src 'none'" in csp.group(1)
    script = re.findall(r"<script>(.*?)</script>", document, re.DOTALL)
    digest = base64.b64encode(hashlib.sha256(script[0].encode("utf-8")).digest()).decode()
    assert len(script) == 1 and f"script-src 'sha256-{digest}'" in csp.group(1)
    # Links stay inside the report; nothing names a source to load.
    assert set(re.findall(r'href="(.)', document)) <= {"#"} and " src=" not in document


def test_the_sample_is_the_worst_pages_and_a_seeded_draw_of_the_others() -> None:
    def run(seed: int) -> list[int]:
        audit = report.Report(pages=10, seed=seed)
        for i in range(1000):
            audit.add(f"page-{i}", "dump.jsonl", {"article": page_of(100, (i * 37) % 1000)})
        assert "<b>1,000</b> pages" in audit.html()
        return shown(audit.html())

    first = run(0)
    # The five that lost most: removed words 999, 998, ... (37 * i mod 1000, i < 1000).
    worst = sorted(range(1000), key=lambda i: (i * 37) % 1000)[-5:]
    assert len(first) == 10 and set(worst) <= set(first)
    assert run(0) == first  # the same batch gives the same report
    assert run(1) != first and set(worst) <= set(run(1))


def test_copies_of_a_page_take_one_place_among_the_worst() -> None:
    """A batch may hold a bad page many times over: it is listed and shown once as worst."""
    audit = report.Report(pages=4)
    for i in range(100):
        audit.add(f"copy-{i}", "dump.jsonl", {"article": page_of(10, 90)})
    for i in range(100):
        audit.add(f"other-{i}", "dump.jsonl", {"article": page_of(100, i)})
    document = audit.html()
    listed = re.findall(r"<code>([^<]+)</code>",
                        re.search(r'<ol class="losses">(.*?)</ol>', document).group(1))
    assert listed == ["copy-0"] + [f"other-{i}" for i in range(99, 90, -1)]
    assert {0, 199} <= set(shown(document))  # copy-0 and other-99, the worst two


def test_the_summary_counts_every_page_failures_by_kind() -> None:
    audit = report.Report(pages=1)
    audit.add("a", "a.txt", {"article": page_of(30, 10)})
    audit.add("b", "b.txt", failure("timeout", "took longer than 5 s"))
    audit.add("c", "c.txt", failure("timeout", "took longer than 5 s"))
    audit.add("d", "d.txt", failure("crashed", "the worker process died"))
    document = audit.html()
    assert ("<b>4</b> pages: <b>1</b> ok, <b>3</b> failed (2 timeout, 1 crashed). Words: "
            "<b>30</b> kept, <b>10</b> removed (25% of 40)") in document
    assert '<a href="#p-0"><code>a</code></a>: 25% removed (10 of 40 words)' in document
    assert len(shown(document)) == 1


def test_memory_does_not_grow_with_the_batch() -> None:
    """What the report holds after 2,000 pages and after 10,000 is the same: counters and the
    views of its sample, never the records."""
    audit = report.Report(pages=50)
    tracemalloc.start()
    try:
        for i in range(10_000):
            audit.add(f"page-{i}", "dump.jsonl", {"article": page_of(300, i % 300)})
            if i == 1_999:
                early = tracemalloc.get_traced_memory()[0]
        late = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert late < early * 1.1 + 100_000
    assert len(shown(audit.html())) == 50


def test_a_huge_page_is_cut_to_the_views_budget() -> None:
    pieces = tuple(f"Paragraph {i} " + "word " * 200 for i in range(400))
    article = Article("Long", None, ("x" * 100_000,) + pieces,
                      paragraph_positions=tuple(range(401)))
    view = article._repr_html_()
    assert len(view) < report.VIEW_BUDGET + len(report.PAGE_CSS) + 1000
    assert "… [96,000 more characters]" in view
    assert re.search(r"… [\d,]+ more pieces not shown", view)


def test_two_hundred_of_the_heaviest_pages_stay_under_10_mb() -> None:
    """Pages as large as they come, of text that escaping makes six times longer, with ids,
    bylines and errors to match: the report of the default 200 stays under 10 MB."""
    # Escaped to six times their length, two pieces just fit in a view's budget.
    heavy = '"' * ((report.VIEW_BUDGET // 2 - 200) // 6)
    audit = report.Report()
    for i in range(250):
        text = f"{i}{heavy}"
        article = {"headline": text, "dek": text, "paragraphs": [text] * 3,
                   "removed": [{"filter": "chrome.byline", "text": text, "reason": "byline",
                                "position": 3}], "paragraph_positions": [0, 1, 2],
                   "byline": text, "published": text}
        audit.add(text, text, {"article": article} if i % 5 else failure("empty", text))
    document = audit.html()
    assert len(shown(document)) == 200 and len(document.encode("utf-8")) < 10 * 2**20


def test_without_positions_the_removals_follow_the_text() -> None:
    """An article built by hand, or a record of an older version, has no positions."""
    article = Article("Head", None, (P1,), (Removal("ads.slot", "Advertisement", "ad", 1),))
    view = article._repr_html_()
    assert "Where the removed pieces stood is not known" in view
    assert view.index(P1) < view.index("<del>Advertisement</del>")


def test_each_family_has_its_own_colour() -> None:
    families = {name.split(".")[0] for name in DEFAULT_ORDER} | {"headline"}
    assert len({report.colour(f"{family}.x") for family in families}) == len(families)
    assert report.colour("custom.mine") == report.colour("custom.other")  # by family, stable
