"""Advertisement slots and their labels."""

from __future__ import annotations

import re

from cleaner import patterns
from cleaner.context import Context
from cleaner.model import Block


def slot(block: Block, ctx: Context) -> bool:
    """Drop the label an ad slot leaves in the text.

    Example: "Advertisement", "Story continues below advertisement", "Anzeige".
    """
    return patterns.AD_SLOT.match(block.lower) is not None


# A search engine's label over its text ads: "Ads by Google", "Sponsored Links".
_TEXT_ADS_LABEL = re.compile(r"(?:ads by (?:google|yahoo!?|bing)|sponsored (?:links|results|listings))[:.]?$")
# A text ad is a title, a line or two of copy and the advertiser's address, each this short;
# a box holds a few of them, at most this many lines.
TEXT_AD_WORDS = 20
TEXT_AD_LINES = 15


def text_ads(block: Block, ctx: Context) -> bool:
    """Drop the text ads under a search engine's label: the short lines that follow it, each
    ad's title, copy and address, down to the last address; and an ad's line of copy between
    its label and the label that closes it.

    Example: "Ads by Google" / "Hay For Sale - Alfalfa" / "Premium small squares and rounds.
    Kansas grown. Call today." / "www.sunflowerhay.example".
    """
    return ctx.index in text_ad_lines(ctx)


def text_ad_lines(ctx: Context) -> frozenset[int]:
    """The page's lines that ``text_ads`` removes, found once."""
    return ctx.memo("ads.text_ads", _text_ad_lines)


def _text_ad_lines(ctx: Context) -> frozenset[int]:
    blocks, verdicts = ctx.blocks, ctx.verdicts
    found: set[int] = set()
    for i, block in enumerate(blocks):
        # The labels are removed as ad slots or sponsored headings: other lines are passed over.
        if verdicts[i] not in _LABEL_VERDICTS:
            continue
        # An ad's line of copy between its label and the story's "continues below" label, with
        # only its link between ("Advertisement" / "Fall Home Equity Sale — rates as low as
        # 6.24% APR" / "Click here for more info" / "Story continues below").
        if verdicts[i] == "ads.slot" and i + 1 < len(blocks) and verdicts[i + 1] is None and (
                blocks[i + 1].words <= TEXT_AD_WORDS):
            # Its link stands between (a story's paragraph between two labels has none).
            close = next((k for k in range(i + 2, min(len(blocks), i + 2 + AD_COPY_TOOLS + 1))
                          if verdicts[k] is None or verdicts[k] == "ads.slot"), None)
            if close is not None and close > i + 2 and verdicts[close] == "ads.slot":
                found.add(i + 1)
        if block.words > 4 or _TEXT_ADS_LABEL.match(block.lower) is None:
            continue
        # Each ad ends on its advertiser's address (a line's last word, where a text's lines
        # were joined): the box ends on the last one, and a short paragraph after it stays.
        last = None
        for j in range(i + 1, min(len(blocks), i + 1 + TEXT_AD_LINES)):
            if blocks[j].words > TEXT_AD_WORDS:
                break
            if _ADDRESS.fullmatch(blocks[j].lower.rsplit(None, 1)[-1]):
                last = j
        found.update(range(i + 1, last + 1) if last is not None else ())
    return frozenset(found)


_LABEL_VERDICTS = frozenset(("ads.slot", "related.heading"))
# Between an ad's copy and the label that closes it stand at most this many of its links.
AD_COPY_TOOLS = 2
# An ad's display address: one word with a dot in it, "www.sunflowerhay.example".
_ADDRESS = re.compile(r"(?:https?://)?[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}(?:/\S{0,200})?")
