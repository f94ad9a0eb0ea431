"""Cookie and consent notices."""

from __future__ import annotations

from cleaner import patterns
from cleaner.context import Context
from cleaner.model import Block

_CONSENT_WORDS = ("experience", "browsing", "consent", "accept", "privacy", "partners", "personali",
                  "analytics", "advertis", "traffic", "settings", "preferences", "policy",
                  "site", "navigation", "audience", "publicit", "pubblicit", "navegación",
                  "navigazione", "experiencia", "esperienza", "expérience", "consentement",
                  "consentimiento", "consenso", "einwilligung", "zustimmung", "datenschutz",
                  "confidentialité", "privacidad", "akzeptieren", "accepter", "aceptar", "accetta",
                  "aceitar", "improve", "mejorar", "améliorer", "migliorare", "melhorar",
                  "verbessern", "terceros", "tiers", "terzi", "terceiros", "dritt")


def cookie_notice(block: Block, ctx: Context) -> bool:
    """Drop a cookie or privacy-consent notice and its buttons.

    Example: "We use cookies to improve your experience. By using this site you agree…", "Accept all".
    """
    if patterns.CONSENT_OPENING.match(block.lower) is None:
        return False
    # A button ("Accept all") is short; a notice names what the cookies are for.
    return block.words <= 6 or any(w in block.lower for w in _CONSENT_WORDS)
