"""One options object: every knob cleaner has, with its default and what it trades."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any


_FAVOR_SCALE = {"balanced": 1.0, "precision": 1.25, "recall": 0.75}


@dataclass(frozen=True)
class Options:
    """Settings for a cleaning run. Every field has a default; ``Options(**overrides)``.

    max_bytes: input larger than this (after encoding to UTF-8) is refused with
        ``InputTooLarge``. 10 MB holds any real article page.
    favor: ``"balanced"`` (default), ``"precision"`` or ``"recall"``: one setting, not two
        booleans. It scales every filter's word limit (by 1.25 for precision, 0.75 for recall),
        so favoring precision lets filters take longer blocks (more junk out, more risk to the
        body) and favoring recall keeps more borderline blocks.
    furniture_max_words: a block longer than this is never judged page furniture by a phrase
        pattern (a signup heading, a share prompt); longer blocks are prose that may mention the
        same words. Risk if raised: body sentences that start like a prompt are dropped.
    caption_max_words: a caption ending with a photo credit is at most this long.
    nav_run: this many consecutive very short lines make a navigation menu.
    nav_max_words: the most words a line of a navigation menu has.
    signup_window: how many blocks a newsletter box may span between its heading and its
        consent or confirmation line.
    dek_max_chars: a dek is at most this long; a longer block after the headline is body.
    link_density_max: with HTML input, a short block with more of its text in links than this is
        a link list (menu, related links), not prose.
    """

    max_bytes: int = 10_000_000
    favor: str = "balanced"
    furniture_max_words: int = 14
    caption_max_words: int = 45
    nav_run: int = 3
    nav_max_words: int = 3
    signup_window: int = 7
    dek_max_chars: int = 360
    link_density_max: float = 0.6

    def __post_init__(self) -> None:
        if self.favor not in _FAVOR_SCALE:
            raise ValueError(f"favor must be 'balanced', 'precision' or 'recall', not {self.favor!r}")

    def word_limit(self, words: int) -> int:
        """A filter's word limit as ``favor`` scales it."""
        return round(words * _FAVOR_SCALE[self.favor])

    def merged(self, **overrides: Any) -> Options:
        return replace(self, **overrides) if overrides else self


DEFAULT_OPTIONS = Options()
