"""cleaner: a news page (HTML or scraped text) in, a clean article out.

>>> import cleaner
>>> article = cleaner.clean("Harbor Dredging Plan Wins Approval\\n\\nAdvertisement\\n\\n"
...                         "The Bayport council voted 6-1 on Tuesday to dredge the harbor.")
>>> article.headline
'Harbor Dredging Plan Wins Approval'
>>> [r.filter for r in article.removed]
['ads.slot']
"""

from __future__ import annotations

from cleaner.context import Context, Filter
from cleaner.errors import CleanerError, InputTooLarge, UnsupportedInput
from cleaner.model import Article, Block, Removal
from cleaner.options import Options
from cleaner.pipeline import Pipeline, Source

__all__ = [
    "Article", "Block", "CleanerError", "Context", "Filter", "InputTooLarge", "Options",
    "Pipeline", "Removal", "UnsupportedInput", "clean", "clean_html", "clean_text",
]
__version__ = "0.1.0"

_DEFAULT = Pipeline.default()


def clean(source: Source, *, url: str | None = None) -> Article:
    """Clean a page given as HTML or plain text (str or bytes), which it is detected, or as a
    page already parsed: a BeautifulSoup soup or tag, an lxml element or tree."""
    return _DEFAULT.clean(source, url=url)


def clean_html(source: Source, *, url: str | None = None) -> Article:
    """Clean a page known to be HTML (text, bytes, or parsed as ``clean`` takes it)."""
    return _DEFAULT.clean_html(source, url=url)


def clean_text(source: str | bytes, *, url: str | None = None) -> Article:
    """Clean text already scraped from a page."""
    return _DEFAULT.clean_text(source, url=url)
