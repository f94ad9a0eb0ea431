"""Shared test helpers: where the fixtures and the seed live."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEEDS = ROOT.parent / "shared" / "seeds"


def fixture_cases(kind: str) -> list[Path]:
    """Fixture folders holding an ``input.<kind>`` beside their ``expected.json``."""
    return sorted(p for p in FIXTURES.iterdir() if (p / f"input.{kind}").exists())


def expected(case: Path) -> dict:
    return json.loads((case / "expected.json").read_text(encoding="utf-8"))
