"""The README keeps up with the code: every filter is listed, the quick-start example and the
pictures exist."""

from __future__ import annotations

import re

from cleaner.filters import DEFAULT_ORDER
from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_filter_is_listed_in_order():
    listed = re.findall(r"^\| `([a-z_]+\.[a-z_]+)` \|", README, re.MULTILINE)
    assert listed == list(DEFAULT_ORDER)


def test_quick_start_fixture_exists():
    paths = re.findall(r"(fixtures/[\w./-]+)", README.split("## The API")[0])
    assert paths
    for path in paths:
        assert (ROOT / path).exists(), path


def test_pictures_exist():
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", README)
    assert pictures
    for path in pictures:
        assert (ROOT / path).is_file(), path
