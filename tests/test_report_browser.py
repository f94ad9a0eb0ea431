"""The audit report as a person sees it: the report of every fixture, written by the command
line, opened in headless Chromium from a file:// URL and read through the rendered DOM.

Two browsers are opened, to keep these tests fast: one that the DOM checks share (it also
takes a page's screenshot) and one for a screenshot taken with ``--screenshot``. With
CLEANER_SCREENSHOTS=DIR set, the screenshots are also copied to DIR: that is how the README's
pictures are made (``CLEANER_SCREENSHOTS=docs pytest tests/test_report_browser.py``).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from chromium import Page, needs_chromium, screenshot
from conftest import FIXTURES, ROOT

pytestmark = needs_chromium

# Would change the title and add an element #ran if it ever ran.
PAYLOAD = ("<script>document.title='ran'</script><img src=x onerror=\"document.title='ran';"
           "document.body.append(Object.assign(document.createElement('b'),{id:'ran'}))\">")
TITLE = "cleaner report"
# Pages the report shows in full: every fixture, and the pages the test adds.
PAGES = 2000


def hostile_text() -> str:
    """A scraped page carrying the payload in its headline, its body and its junk."""
    body = "\n\n".join(
        f"The Bayport council voted 6-1 on Tuesday to dredge harbor section {n}, ending a "
        f"two-year dispute over who pays for the work {PAYLOAD}, and supporters said larger "
        "boats could dock at low tide." for n in range(3))
    return (f"Harbor Plan {PAYLOAD} Wins Council Approval\n\nThe vote ends a two-year fight "
            "over who pays to dredge, and work could start in the spring.\n\nBy Jane Doe\n\n"
            f"Advertisement\n\nShare this article {PAYLOAD}\n\n{body}\n\n"
            f"Read more: {PAYLOAD} Council approves dredging plan\n")


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    """The report of the fixtures plus a hostile page and a dump with a hostile id and a broken
    line, and the records of the same run (with the removed pieces) to check it against."""
    folder = tmp_path_factory.mktemp("report")
    (folder / "hostile.txt").write_text(hostile_text(), encoding="utf-8")
    # A page of nothing but the payload's tags has no article in it.
    (folder / "dump.jsonl").write_text(json.dumps({"id": PAYLOAD, "text": f"<div>{PAYLOAD}</div>"})
                                       + "\n{not json\n", encoding="utf-8")
    # Named from the repository's root, as the README's pictures show them.
    inputs = [*sorted(p.relative_to(ROOT) for p in FIXTURES.glob("*/input.*")),
              folder / "hostile.txt", folder / "dump.jsonl"]
    proc = subprocess.run([sys.executable, "-m", "cleaner", *map(str, inputs), "--explain",
                           "-o", str(folder / "out.jsonl"), "--report",
                           str(folder / "report.html"), "--report-pages", str(PAGES), "--quiet"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    records = [json.loads(line) for line in (folder / "out.jsonl").read_text().splitlines()]
    # The dump's pages fail: its first (HTML with no article in it) and its broken line. They
    # show as failed pages.
    assert proc.returncode == 1, proc.stderr
    assert [r["error"]["kind"] for r in records if "error" in r] == ["empty", "invalid_json"]
    assert len(records) == len(inputs) + 1 <= PAGES  # every page is shown in full
    return folder / "report.html", records


@pytest.fixture(scope="module")
def page(batch: tuple[Path, list[dict[str, Any]]],
         tmp_path_factory: pytest.TempPathFactory) -> Iterator[Page]:
    with Page(batch[0].as_uri(), tmp_path_factory.mktemp("profile")) as opened:
        yield opened


VIEWS = """[...document.querySelectorAll('#pages .cleaner-page')].map(view => ({
  id: view.id,
  failed: view.classList.contains('failed') ? view.querySelector('.error').textContent : null,
  removed: [...view.querySelectorAll('.removed')].map(piece => {
    const del = piece.querySelector('del');
    return {filter: piece.dataset.filter, hover: piece.title, text: del.textContent,
            label: piece.querySelector('.tag').textContent, shown: del.getClientRects().length > 0,
            line: getComputedStyle(del).textDecorationLine};
  }),
}))"""


def test_every_removed_piece_is_struck_through_with_its_filter(batch, page: Page) -> None:
    _, records = batch
    views = page.evaluate(VIEWS)
    assert [view["id"] for view in views] == [f"p-{i}" for i in range(len(records))]
    pieces = 0
    for record, view in zip(records, views, strict=True):
        if "error" in record:
            assert view["failed"] == record["error"]["message"]
            continue
        assert [(p["filter"], p["text"]) for p in view["removed"]] == [
            (r["filter"], r["text"]) for r in record["removed"]], record["id"]
        for piece, removal in zip(view["removed"], record["removed"], strict=True):
            assert piece["line"] == "line-through" and piece["shown"]
            assert piece["label"] == removal["filter"]
            assert piece["hover"] == f"{removal['filter']}: {removal['reason']}"
        pieces += len(record["removed"])
    assert pieces > 1000  # the fixtures' junk, all of it


def test_text_pages_are_shown_in_their_own_order(batch, page: Page) -> None:
    """Every piece of a text fixture, kept or removed, follows the one before it in the input."""
    _, records = batch
    texts = page.evaluate("""[...document.querySelectorAll('#pages .cleaner-page')].map(view =>
        [...view.querySelectorAll('.text > p:not(.note)')].map(p =>
            (p.querySelector('del') || p.lastChild).textContent.trim()))""")
    checked = 0
    for record, pieces in zip(records, texts, strict=True):
        if not record["source"].endswith("input.txt"):
            continue
        page_text = _plain((ROOT / record["source"]).read_text(encoding="utf-8"))
        at = 0
        for piece in pieces:
            found = page_text.find(_plain(piece), at)
            assert found >= 0, (record["id"], piece)
            at = found + 1
        checked += 1
    assert checked > 40


def _plain(text: str) -> str:
    """Text as cleaning leaves it: without invisible characters, its spaces collapsed."""
    return " ".join("".join(c for c in text if unicodedata.category(c) != "Cf").split())


def test_the_chart_has_a_bar_per_filter_that_fired(batch, page: Page) -> None:
    _, records = batch
    fired = {r["filter"] for record in records for r in record.get("removed", ())}
    bars = page.evaluate("""[...document.querySelectorAll('svg.chart rect')].map(bar =>
        [bar.dataset.filter, bar.getBoundingClientRect().width])""")
    assert sorted(name for name, _ in bars) == sorted(fired)
    assert all(width > 0 for _, width in bars)


def test_nothing_a_page_holds_runs(page: Page) -> None:
    state = page.evaluate(f"""({{
        title: document.title, ran: document.getElementById('ran') !== null,
        images: document.images.length, scripts: document.scripts.length,
        headline: [...document.querySelectorAll('.headline')].some(
            h => h.textContent.includes({json.dumps(PAYLOAD)})),
        kept: [...document.querySelectorAll('.kept')].some(
            p => p.textContent.includes({json.dumps(PAYLOAD)})),
        removed: [...document.querySelectorAll('.removed del')].some(
            d => d.textContent.includes({json.dumps(PAYLOAD)})),
        id: [...document.querySelectorAll('#by-page option')].some(
            o => o.textContent.includes({json.dumps(PAYLOAD)})),
    }})""")
    # Shown as text wherever page text goes: the headline, the body, the junk, the page's id...
    assert state["headline"] and state["kept"] and state["removed"] and state["id"]
    # ...and never run: the title is the report's, no element was added, no image loaded, and
    # the only script is the report's own.
    assert state["title"] == TITLE and not state["ran"]
    assert state["images"] == 0 and state["scripts"] == 1


SHOWN = """[...document.querySelectorAll('#pages .cleaner-page')]
             .filter(view => view.getClientRects().length > 0).map(view => view.id)"""


def pick(page: Page, select: str, value: str) -> None:
    """Choose ``value`` in a select of the report, as a reader would."""
    page.evaluate(f"""(() => {{ const s = document.getElementById({json.dumps(select)});
        s.value = {json.dumps(value)}; s.dispatchEvent(new Event('change')); }})()""")


def fired(records: list[dict[str, Any]], name: str) -> list[str]:
    """The views of the pages where a filter fired."""
    return [f"p-{i}" for i, record in enumerate(records)
            if any(r["filter"] == name for r in record.get("removed", ()))]


def test_filtering_by_filter_and_by_page(batch, page: Page) -> None:
    """The report's own script runs under its Content-Security-Policy, and filters."""
    _, records = batch
    try:
        pick(page, "by-filter", "ads.slot")
        assert page.evaluate(SHOWN) == fired(records, "ads.slot")
        lit = page.evaluate("""[...document.querySelectorAll('#pages .removed')]
            .filter(p => p.getClientRects().length && !p.classList.contains('dim'))
            .map(p => p.dataset.filter)""")
        assert set(lit) == {"ads.slot"}
        pick(page, "by-filter", "")
        pick(page, "by-page", "p-3")
        assert page.evaluate(SHOWN) == ["p-3"]
        pick(page, "by-page", "")
        page.evaluate("document.querySelector('.chart .bar[data-pick=\"chrome.byline\"]')"
                      ".dispatchEvent(new MouseEvent('click'))")
        assert page.evaluate("document.getElementById('by-filter').value") == "chrome.byline"
        assert page.evaluate(SHOWN) == fired(records, "chrome.byline")
    finally:  # the other tests see every page
        pick(page, "by-filter", "")
        pick(page, "by-page", "")


def test_screenshots(batch, page: Page, tmp_path: Path) -> None:
    """The top of the report, and one page's view: the PNGs that the README shows."""
    report, records = batch
    screenshot(report.as_uri(), tmp_path / "report-summary.png", tmp_path / "profile")
    # A page with junk of several families between its paragraphs, and a teaser above its head.
    case = next(i for i, record in enumerate(records)
                if "text-politics-teaser-above-headline" in record["source"])
    page.screenshot(f"#p-{case}", tmp_path / "report-page.png")
    for name in ("report-summary.png", "report-page.png"):
        data = (tmp_path / name).read_bytes()
        assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 50_000  # not blank
        if os.environ.get("CLEANER_SCREENSHOTS"):
            shutil.copy(tmp_path / name, Path(os.environ["CLEANER_SCREENSHOTS"]) / name)
