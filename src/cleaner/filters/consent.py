"""Cookie and consent notices."""

from __future__ import annotations

from cleaner import patterns
from cleaner.context import Context
from cleaner.model import Block



def cookie_notice(block: Block, ctx: Context) -> bool:
    """Drop a cookie or privacy-consent notice and its buttons.

    Example: "We use cookies to improve your experience. By using this site you agree…", "Accept all".
    """
    lower = block.lower
    if patterns.CONSENT_OPENING.match(lower) is None:
        return False
    if patterns.has_cue(lower, patterns.COOKIE_PURPOSE):
        return True  # a notice names what the cookies are for
    # A button is short, and no heading (an <h3> "Decline" heads a chapter of a history); one
    # that does not name cookies ("Decline", "OK") stands in the banner, beside its notice or
    # another button.
    return block.words <= BUTTON_MAX_WORDS and block.kind != "heading" and (
        "cookie" in lower or any(patterns.CONSENT_OPENING.match(other.lower) is not None
                                 for step in (-1, 1)
                                 for other, _ in ctx.neighbours(step, BANNER_REACH)))


# A consent button is at most this many words, and stands this close to the rest of its banner.
BUTTON_MAX_WORDS = 6
BANNER_REACH = 3
