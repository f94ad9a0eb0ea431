"""Cookie and consent notices."""

from __future__ import annotations

from cleaner import patterns
from cleaner.context import Context
from cleaner.model import Block



def cookie_notice(block: Block, ctx: Context) -> bool:
    """Drop a cookie or privacy-consent notice and its buttons.

    Example: "We use cookies to improve your experience. By using this site you agree…", "Accept all".
    """
    if patterns.CONSENT_OPENING.match(block.lower) is None:
        return False
    # A button ("Accept all") is short; a notice names what the cookies are for.
    return block.words <= 6 or patterns.has_cue(block.lower, patterns.COOKIE_PURPOSE)
