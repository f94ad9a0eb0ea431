"""Cookie and consent notices."""

from __future__ import annotations

from cleaner import patterns
from cleaner.context import Context
from cleaner.model import Block


def cookie_notice(block: Block, ctx: Context) -> bool:
    """Drop a cookie or privacy-consent notice and its buttons.

    Example: "We use cookies to improve your experience. By using this site you agree…", "Accept all".
    """
    return patterns.CONSENT_OPENING.match(block.text) is not None
