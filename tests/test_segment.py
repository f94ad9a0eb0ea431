"""Plain text to blocks: blank-line chunks, hard-wrapped paragraphs joined, page elements apart."""

from __future__ import annotations

import textwrap

import pytest

from cleaner.segment import text_blocks
from cleaner.textutil import ends_sentence, sentence_count

PARAGRAPH = (
    "The harbor board voted 5-2 on Tuesday night to dredge the old north channel, ending a "
    "fight over the silted-up passage that has dragged on for the better part of a decade and "
    "cost two marinas most of their summer traffic. The work, which the state has agreed to pay "
    "for, is expected to begin in September and take about fourteen weeks, weather permitting."
)
WRAPPED_72 = textwrap.fill(PARAGRAPH, 72)
assert len(WRAPPED_72.splitlines()) >= 4
WRAPPED_80 = textwrap.fill(PARAGRAPH, 80)

SECOND = ("Board members who voted no said the plan leaves too little money for the seawall along "
          "Water Street, which flooded twice last winter.")
WRAPPED_SECOND = textwrap.fill(SECOND, 72)

CONSENT = "By clicking “Subscribe,” you agree to our Terms of Use and Privacy Policy"
THANKS = "Thank You!"
CONFIRMED = ("You are now subscribed to Morning Tide and Harbor Notes. We will not share your email "
             "with anyone.")

TEASERS_MIXED = [
    "Ferry fares to rise in spring as fuel costs climb",
    "School board weighs later start",
    "Gull Point beach reopens after a two-year rebuild",
    "Why the seawall keeps failing",
]
TEASERS_EVEN = [
    "Ferry Fares to Rise in Spring as Fuel Costs Climb Again",
    "School Board Weighs a Later Start Time for High Schools",
    "Gull Point Beach Reopens After Two Years of Rebuilding",
]

CASES = [
    # (id, text, expected block texts)
    ("blank-line-chunks", "First paragraph here.\n\nSecond paragraph here.\n\n\n\nThird one.",
     ["First paragraph here.", "Second paragraph here.", "Third one."]),
    ("single-chunk", "Just one line of text.", ["Just one line of text."]),
    ("empty", "", []),
    ("only-blank-lines", "\n\n  \n\t\n", []),
    ("hard-wrapped-72", WRAPPED_72, [PARAGRAPH]),
    ("hard-wrapped-80", WRAPPED_80, [PARAGRAPH]),
    ("two-wrapped-paragraphs", f"{WRAPPED_72}\n\n{WRAPPED_SECOND}", [PARAGRAPH, SECOND]),
    ("two-lines-lowercase-continuation",
     "The board voted on Tuesday to dredge the old north channel, ending a fight that\n"
     "has dragged on for the better part of a decade.",
     ["The board voted on Tuesday to dredge the old north channel, ending a fight that has "
      "dragged on for the better part of a decade."]),
    ("two-lines-after-small-word",
     "The board heard from the harbormaster, the town engineer and\n"
     "Mayor Ana Reyes before the vote.",
     ["The board heard from the harbormaster, the town engineer and Mayor Ana Reyes before the "
      "vote."]),
    ("two-lines-after-comma",
     "Before the vote, the board heard from the harbormaster,\n"
     "Ana Reyes, who has run the port since 2011.",
     ["Before the vote, the board heard from the harbormaster, Ana Reyes, who has run the port "
      "since 2011."]),
    ("teasers-mixed-lengths", "\n".join(TEASERS_MIXED), TEASERS_MIXED),
    ("teasers-even-lengths-title-case", "\n".join(TEASERS_EVEN), TEASERS_EVEN),
    ("consent-thanks-confirmation", f"{CONSENT}\n{THANKS}\n{CONFIRMED}",
     [CONSENT, THANKS, CONFIRMED]),
    ("paragraphs-on-single-newlines", f"{PARAGRAPH}\n{SECOND}", [PARAGRAPH, SECOND]),
    ("short-lines-menu", "Home\nNews\nSports", ["Home", "News", "Sports"]),
    ("crlf", "First paragraph here.\r\n\r\nSecond paragraph here.\r\n",
     ["First paragraph here.", "Second paragraph here."]),
    ("crlf-wrapped", WRAPPED_72.replace("\n", "\r\n"), [PARAGRAPH]),
    ("bare-cr", "First paragraph here.\r\rSecond paragraph here.",
     ["First paragraph here.", "Second paragraph here."]),
    ("nbsp-to-space", "Port\u00a0Elsby voted\u00a0on Tuesday.", ["Port Elsby voted on Tuesday."]),
    ("narrow-nbsp-and-thin-space", "It cost $1.2\u202fmillion\u2009in all.",
     ["It cost $1.2 million in all."]),
    ("zero-width-space-removed", "The har\u200bbor board\u200b voted.", ["The harbor board voted."]),
    ("bom-and-word-joiner-removed", "\ufeffThe board\u2060 voted.", ["The board voted."]),
    ("zwj-kept", "Family emoji: \U0001F468\u200d\U0001F469.",
     ["Family emoji: \U0001F468\u200d\U0001F469."]),
    ("whitespace-only-line-is-blank", "First paragraph here.\n   \t \nSecond paragraph here.",
     ["First paragraph here.", "Second paragraph here."]),
    ("nbsp-only-line-is-blank", "First paragraph here.\n\u00a0\nSecond paragraph here.",
     ["First paragraph here.", "Second paragraph here."]),
    ("zero-width-only-line-is-blank", "First paragraph here.\n\u200b\nSecond paragraph here.",
     ["First paragraph here.", "Second paragraph here."]),
    ("lines-stripped", "   Indented paragraph.   \n\n\tTabbed one.\t",
     ["Indented paragraph.", "Tabbed one."]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_text_blocks(text, expected):
    assert [b.text for b in text_blocks(text)] == expected


def test_wrapped_paragraph_joined_with_single_spaces():
    (block,) = text_blocks(WRAPPED_72)
    assert "  " not in block.text and "\n" not in block.text
    assert block.text.split() == PARAGRAPH.split()


def test_chunk_of_one_piece_is_a_paragraph_and_split_chunk_gives_lines():
    blocks = text_blocks(f"{WRAPPED_72}\n\n{CONSENT}\n{THANKS}\n{CONFIRMED}")
    assert [b.kind for b in blocks] == ["paragraph", "line", "line", "line"]


def test_group_numbers_chunks():
    text = f"{PARAGRAPH}\n\n{CONSENT}\n{THANKS}\n{CONFIRMED}\n\nHome\nNews\n\n{SECOND}"
    blocks = text_blocks(text)
    assert [b.group for b in blocks] == [0, 1, 1, 1, 2, 2, 3]
    assert [b.position for b in blocks] == list(range(len(blocks)))


def test_group_skips_nothing_for_runs_of_blank_lines():
    blocks = text_blocks("One.\n\n\n\n\nTwo.\n \n\u00a0\n\nThree.")
    assert [b.group for b in blocks] == [0, 1, 2]


def test_an_icons_name_opens_a_button_not_the_rest_of_a_sentence():
    # An icon font's ligature ("chevron_left") is lower case, as a sentence's rest would be.
    text = "Introducing the new harbor master of Elsby\nchevron_left Browse All Posts\n"
    assert [b.text for b in text_blocks(text)] == [
        "Introducing the new harbor master of Elsby", "chevron_left Browse All Posts"]


@pytest.mark.parametrize("text, count", [
    ("Patrick W. Carlineo Jr., 55, faces up to ten years. He called the office twice.", 2),
    ("Dr. Reyes met Mr. Lind on Jan. 5 in St. Louis.", 1),
    ("The U.S. said no. Then it said yes.", 2),
    ("One. Two! Three?", 3),
])
def test_initials_and_abbreviations_end_no_sentence(text, count):
    assert sentence_count(text) == count


def test_a_sentence_closed_by_a_cjk_bracket_ends():
    from cleaner.textutil import ends_sentence

    # A Japanese quotation closes its bracket after the sentence's full stop.
    assert ends_sentence("「最終便が出たあと、港は本当に静かになります。」")
    assert ends_sentence("（港湾局によると、工事は三月に始まる。）")
    assert not ends_sentence("「港の灯り」")


def test_a_sentence_cut_around_a_link_is_one_block():
    # A scraper's text of a page: the link's text on a line of its own inside the sentence.
    text = ("PRAIRIE CITY (AP) -- Small districts could share a superintendent under a bill the\n"
            "Kansas House\n approved Tuesday, backers said.\n"
            "Ferry Fares Keep Climbing\n3.409\nletture\n")
    assert [b.text for b in text_blocks(text)] == [
        "PRAIRIE CITY (AP) -- Small districts could share a superintendent under a bill the "
        "Kansas House approved Tuesday, backers said.",
        "Ferry Fares Keep Climbing", "3.409", "letture"]


def test_a_headline_over_its_byline_is_no_sentence_cut_at_a_link():
    # A Title Case line is a headline, not a sentence begun: its byline stays apart.
    text = "Homemade Spiced Honey Pear Jam for the Holidays\nby Regan\nwritten by the editors"
    assert [b.text for b in text_blocks(text)][0] == "Homemade Spiced Honey Pear Jam for the Holidays"


@pytest.mark.parametrize("text, ends", [
    ("Rada miasta ma rozpatrzyć wniosek na sesji 27 listopada. (PAP)", True),
    ("Zastupitelé o tom rozhodnou v pondělí. (jk, ČTK)", True),
    # A picture's credit after its caption, and a name with its agency, are no sign-offs.
    ("Crews clear the pier on Tuesday. (AP Photo/Jane Doe)", False),
    ("Harbor Board chair Ana Reyes (PAP)", False),
])
def test_a_wire_sign_off_after_the_last_sentence_still_ends_it(text, ends):
    assert ends_sentence(text) is ends
