"""Site chrome that comes along when a whole page is copied: menus, bylines, dates, footers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from cleaner import bylines, patterns
from cleaner.context import Context
from cleaner.model import Block
from cleaner.textutil import TITLE_RATIO, ends_sentence, is_cased, title_case_ratio, words


# A page with more web addresses on lines of their own than this is listing them on purpose.
_STRAY_URLS = 2


# A figure with a decimal or thousands mark, or a share: "21,390", "58.7%", "3:15".
_FIGURE = re.compile(r"\d[.,:]\d|\d%")
# Quotation marks: a menu names sections, it quotes no one.
_QUOTES = frozenset("\"“”„«»")


def _menu_item(block: Block, max_words: int) -> bool:
    """A menu entry: a headline-shaped word or two ("Real Estate"), never a quantity ("2 eggs",
    "Yes 21,390 58.7%") or a quotation's line ("ins graue Watt“")."""
    text = block.text
    return (0 < block.words <= max_words and not text[0].isnumeric() and not ends_sentence(text)
            and block.is_titleish and _FIGURE.search(text) is None and _QUOTES.isdisjoint(text))


def navigation(block: Block, ctx: Context) -> bool:
    """Drop a navigation menu: a run of one- to three-word lines.

    Junk removed between the entries (an ad label, a "Read more" link) does not break the run,
    so a body cleaned once, with that junk gone, is judged the same way again. Nor does it
    count in the run: a subhead under a "Sponsored" box is not a menu. A list of
    quantities ("2 eggs" / "1 cup milk" / "Salt") is a recipe's, not a menu.
    Example: "Home" / "News" / "Sports" / "Opinion" / "Obituaries".
    """
    # A list in an HTML article body is content; HTML menus are caught by their markup.
    options = ctx.options
    return (block.kind != "list_item" and block.words <= options.word_limit(options.nav_max_words + _WORDIER_ENTRY)
            and ctx.index in menus(ctx))


def menus(ctx: Context) -> frozenset[int]:
    """The page's menu entries (``_menus``), found once."""
    return ctx.memo("chrome.menus", _menus)


def _menus(ctx: Context) -> frozenset[int]:
    """The kept blocks that are menu entries in a run of at least ``nav_run`` of them (and of
    two: one line is no menu), kept blocks only counted: every run found in one walk down the
    page, rather than in a walk from every line. An entry a word or two longer than the
    others is one of them where a run of entries stands on either side of it ("Small
    Business" / "People on the Move" / "Lists"): a menu's wordier entries are no headline."""
    most, least = ctx.options.nav_max_words, max(ctx.options.nav_run, 2)
    kept = [i for i, verdict in enumerate(ctx.verdicts) if verdict is None]
    entry = [_menu_item(ctx.blocks[i], most) for i in kept]
    for n, i in enumerate(kept):
        if not entry[n] and least <= n <= len(kept) - least - 1 and all(entry[n - least:n]) and all(
                entry[n + 1:n + 1 + least]) and _menu_item(ctx.blocks[i], most + _WORDIER_ENTRY):
            entry[n] = True
    found: set[int] = set()
    run: list[int] = []
    for i, is_entry in zip(kept, entry):
        if is_entry:
            run.append(i)
            continue
        if len(run) >= least:
            found.update(run)
        run = []
    if len(run) >= least:
        found.update(run)
    return frozenset(found)


# A menu's wordier entry has at most this many words more than the others.
_WORDIER_ENTRY = 2


def byline(block: Block, ctx: Context) -> bool:
    """Drop a byline on a line of its own (a dateline opening a paragraph is body).

    Example: "By Maya Chen and Tom Ruiz, Staff Writers", "Maya Chen | Senior Reporter", "By
    Courier staff", "Web produced by: Marcus Lee", or "By" / "Maya Chen" over two lines.
    """
    text = block.text
    if _split_byline(block, ctx) or _about_writer(block, ctx) or _labelled_credit(block) or (
            text.startswith("From ") and patterns.FROM_BYLINE.match(text) is not None):
        return True
    if " by " in block.lower and _outlet_then_byline(block, ctx):
        return True
    match = block.lower.startswith(patterns.BYLINE_OPENERS) and patterns.BYLINE.match(text)
    if match:
        names = bylines.without_contacts(match.group("names"))
        # The desk as its writers: "By Courier staff".
        desk, _, staff = names.rpartition(" ")
        if staff == "staff" and desk[:1].isupper():
            names = desk
        # A script without capitals names its writers in a few words after the label's colon.
        named = title_case_ratio(names) >= BYLINE_TITLE_RATIO or not is_cased(names) and (
            (_LABEL_COLON.match(text) is not None or not is_cased(text.split(None, 1)[0]))
            and len(names.split()) <= BYLINE_NAME_WORDS)
        if named and not ends_sentence(names):
            return True
        # "By Ana Reyes, a senior reporter covering housing for the Ledger": names, then who.
        first, comma, role = names.partition(",")
        return bool(comma) and title_case_ratio(first) >= BYLINE_TITLE_RATIO and (
            first.count(" ") < BYLINE_NAME_WORDS and patterns.has_cue(role.lower(), patterns.STAFF_CUE)
            and not ends_sentence(role))
    # "Maya Chen, Staff Writer", "Author: Maya Chen": a name and a title with a mark between.
    # A job title alone ("Columnist", "Evening Star staff writer") is a byline's second line.
    return ((block.words <= STAFF_TITLE_WORDS or patterns.has_cue(text, patterns.STAFF_MARKS))
            and patterns.has_cue(block.lower, patterns.STAFF_CUE)
            and patterns.STAFF_TITLE.match(block.lower) is not None and block.is_titleish)


def _outlet_then_byline(block: Block, ctx: Context) -> bool:
    """A byline after the outlet's name and a dash or bar: "Tri-Valley Business Journal - by
    Nathan Corrie Staff Writer" (the name a few words in Title Case)."""
    name, bar, rest = block.text.partition(" - ") if " - " in block.text else block.text.partition(" | ")
    if not bar or len(name.split()) > OUTLET_MAX_WORDS or title_case_ratio(name) < 1.0 or ends_sentence(name):
        return False
    return byline(Block(rest[:1].upper() + rest[1:]), ctx)


# An outlet's name before a byline is at most this many words.
OUTLET_MAX_WORDS = 5


# A label's word and its colon opening a line: "كتب: …".
_LABEL_COLON = re.compile(r"\S+ ?:")
_LONE_OPENERS = frozenset(opener.strip() for opener in patterns.BYLINE_OPENERS)
# A field's label over the names, as a form sets a byline: "Author:" / "Naomi Achterberg".
_LONE_LABELS = _LONE_OPENERS | frozenset(("author", "authors", "autor", "autore", "auteur",
                                          "autores", "autori", "auteurs", "autoren"))
# How a byline opens, alone or with its names (``Filter.opens``): each opener starts with its
# stripped form. A byline of a name and a job holds STAFF_CUE, a label in any language its colon
# ("Muallif:"), one of a few words its "by"; the names under a lone "By" are reached from it
# (``Filter.reach``).
BYLINE_OPENS = tuple(sorted(_LONE_OPENERS))


def _split_byline(block: Block, ctx: Context) -> bool:
    """A byline the page set over two lines: "By" alone, the names on the next; or a label of
    one word in any language ("Avtor:") over names with the date under them."""
    i, blocks = ctx.index, ctx.blocks
    if i + 1 < len(blocks) and _lone_label(block, blocks, i) and _byline_names(blocks[i + 1]):
        return True
    return 0 < i and _lone_label(blocks[i - 1], blocks, i - 1) and _byline_names(block)


def _lone_label(block: Block, blocks: Sequence[Block], i: int) -> bool:
    label = block.lower.rstrip(": ")
    if block.words > 1:
        # A label of a few words that ends on its "by": "News provided by", "Posted by".
        return block.words <= CREDIT_LABEL_WORDS + 1 and label.endswith(" by")
    if label in _LONE_LABELS:
        return True
    return (block.text.endswith(":") and label.isalpha() and i + 2 < len(blocks)
            and date_line(blocks[i + 2], None))


def _labelled_credit(block: Block) -> bool:
    """A form's field that credits the page's makers by their names: "Web produced by: Marcus
    Lee", "Graphics by: Ana Reyes" (a label of a few words ending in "by", then a colon)."""
    label, colon, names = block.text.partition(" by:")
    return bool(colon) and 0 < len(label.split()) <= CREDIT_LABEL_WORDS and _names(names.strip())


def _about_writer(block: Block, ctx: Context) -> bool:
    """A link to the writer's page right under the byline that names them: "By Victor Ames" /
    "About Victor Ames"."""
    i = ctx.index
    if not (block.lower.startswith("about ") and 0 < i) or block.words > 2 * BYLINE_NAME_WORDS:
        return False
    name = block.text[len("about "):]
    above = ctx.blocks[i - 1]
    return above.lower.startswith(patterns.BYLINE_OPENERS) and above.text.endswith(name)


def _byline_names(block: Block) -> bool:
    """Names under a byline's label, a person's or a company's ("Brightwater Storage Systems,
    Inc.": a short abbreviation's full stop ends no sentence)."""
    text = block.text
    last = text.rsplit(None, 1)[-1]
    if last.endswith(".") and len(last) <= ABBREVIATION_CHARS and last[:1].isupper():
        text = text[:-1]
    return block.words <= 2 * BYLINE_NAME_WORDS and _names(text)


# A company's abbreviation after its name is at most this long: "Inc.", "Corp.".
ABBREVIATION_CHARS = 5


def bare_url(block: Block, ctx: Context) -> bool:
    """Drop a stray paragraph that is only a web address (a share or print leftover), or one
    under a label of a few words (a blog's "Trackback URL:", a print page's "This story is from:").

    A page with several such paragraphs is listing links for the reader (a deals roundup, a
    reading list): those are content and stay.
    Example: "https://www.harborledger.example/news/2025/03/dredging.html"
    """
    if not _url_line(block.lower):
        return False
    urls = sum(1 for other in ctx.blocks if _url_line(other.lower))
    return urls <= _STRAY_URLS


def _url_line(text: str) -> bool:
    return patterns.BARE_URL.match(text) is not None or (
        ": " in text and patterns.LABELLED_URL.match(text) is not None)


def shortcode(block: Block, ctx: Context) -> bool:
    """Drop a block holding unrendered template code (a CMS shortcode).

    Example: "[button link=”/submit”]Send us your review[/button]"
    """
    return "[" in block.text and patterns.SHORTCODE.search(block.lower) is not None


DATE_TOKEN_MAX = 8
# The names part of a metadata line is at most this long, and this much in Title Case.
META_NAMES_MAX_WORDS = 12
BYLINE_TITLE_RATIO = 0.6
# The label of a field that credits its makers ("Web produced by:") is at most this long.
CREDIT_LABEL_WORDS = 3
# A job title on a line of its own is at most this long.
STAFF_TITLE_WORDS = 6
# A byline names each writer in at most this many words.
BYLINE_NAME_WORDS = 5


# What _is_date skips before a line's first word, and strips off it.
_DATE_LEAD = "-–—•· "
_DATE_EDGES = ".,:;·|()[]"
# How a date line's lower-cased text opens (``Filter.opens``): with a space or mark that
# _is_date skips, a digit, or a date word; one that anchors no date ("the", "at") with more
# after it, since alone it is no date. Any other line holds a digit or a separator (DATE_CUES).
DATE_OPENING = re.compile("|".join((
    rf"[\s{re.escape(_DATE_LEAD + _DATE_EDGES)}]", r"\d",
    *(re.escape(word) if word in patterns.DATE_ANCHORS
      else rf"{re.escape(word)}[\s{re.escape(_DATE_EDGES)}]"
      for word in sorted(patterns.DATE_WORDS)))))
DATE_CUES = ("0", "·", "|", "•", ":")


# A post's age as an app shows it: "4h", "12m", "3d".
_AGE = re.compile(r"\d{1,3}(?:h|m|d|w|hr|hrs|min|mins)")


def _is_date(lower: str) -> bool:
    """Every word a date word or a short number, and one of them a date's anchor."""
    # The first and last words tell most lines apart; a dash or bullet before the date
    # ("- Nov. 18, 2019 12:12 pm PT") is the page's separator from the byline above.
    parts = lower.lstrip(_DATE_LEAD).split(None, 1)
    first = parts[0].strip(_DATE_EDGES) if parts else ""
    # A decimal digit, as \d reads one (DATE_OPENING): "²" opens no date.
    if not first or not (first[0].isdecimal() or first in patterns.DATE_WORDS):
        return False
    last = lower.rsplit(None, 1)[-1].strip(_DATE_EDGES).rsplit(".", 1)[-1]  # "p.m." → "m"
    if not last or not (last[-1].isdigit() or last in patterns.DATE_WORDS
                        or _AGE.fullmatch(last) is not None):
        return False
    anchored = False
    for token in words(lower):
        # A number, or a word with a digit in it ("19h05"); a word of letters has none.
        if token.isdigit() or not token.isalpha() and any(ch.isdigit() for ch in token):
            if len(token) > DATE_TOKEN_MAX:  # a year, a day, "19h05"; not a serial number
                return False
            anchored = True
        elif token in patterns.DATE_ANCHORS:
            anchored = True
        elif token not in patterns.DATE_WORDS:
            return False
    return anchored


_VERSION = re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d(?![\d.])")


def _names(part: str) -> bool:
    """A list of people's names: "Ana Reyes, Tom Lind and Ke Wen-Li"."""
    return (len(part.split()) <= META_NAMES_MAX_WORDS and not ends_sentence(part)
            and _DIGIT.search(part) is None and title_case_ratio(part) >= BYLINE_TITLE_RATIO)


def date_line(block: Block, ctx: Context) -> bool:
    """Drop a publication date or time on a line of its own, or the line of page metadata that
    holds it with the authors and the reading time.

    Example: "Published March 3, 2025 at 6:14 p.m. ET", "Updated 2 hours ago", "10:42 a.m.",
    "Ana Reyes and Tom Lind · 9 min read · Feb 26, 2026", "From the Winter 2026 issue · 14 minute read".
    """
    lower = block.lower
    # An event's time under a listing's label ("When: 7 p.m. Thursday, Oct. 18") is the
    # story's information, not the page's stamp.
    if lower.startswith(_EVENT_LABELS):
        return False
    # A version's number dates a release's heading ("7.2.0 — June 14, 2022"), a heading of
    # the article: a date's year has two digits or four.
    if "." in lower and _VERSION.search(lower) is not None:
        return False
    # Read alone (metadata asks of one line, with no page), a label is no date.
    if lower[-1:] == ":" and ctx is not None and _date_label(block, ctx):
        return True
    if _is_date(lower) or _dateline_alone(block) or patterns.CJK_DATE.fullmatch(lower):
        return True
    # A date in digits, labelled or among names, needs a digit: most lines have none.
    digits = _DIGIT.search(block.text) is not None
    # A listing's line of fields ("When: Saturday, 6-8 p.m. Where: … Cost: Free") holds a
    # date among other labels: two that are no date's words make it an entry, not a stamp.
    if digits and sum(label not in patterns.DATE_WORDS and label not in _META_LABELS
                      for label in _FIELD_LABEL.findall(lower)) >= LISTING_LABELS:
        return False
    if digits and _labelled_date(block):
        return True
    # The magazine's issue it is from, alone: "From the November 2006 issue".
    if digits and patterns.ISSUE_LABEL.match(lower) is not None:
        return True
    # A table row is joined with " | " too: "1 | Kyle Busch | 5040" is not a date line.
    if block.kind == "table":
        return False
    if not ("·" in lower or "|" in lower or "•" in lower):
        return digits and _dated_names(block)
    parts = [part.strip() for part in patterns.META_SPLIT.split(block.text)]
    dated = [_is_date(part.lower()) and not part.isdigit() for part in parts]  # "2" is a score
    return len(parts) >= 2 and any(dated) and all(
        is_date or _names(part) or patterns.ISSUE_LABEL.match(part.lower())
        for part, is_date in zip(parts, dated))


def _date_label(block: Block, ctx: Context) -> bool:
    """A field's label of a few words over the date it labels, in any language: "Publish
    date:" / "Nov 18, 2025", "Fecha:" / "18/11/2025"."""
    following = ctx.index + 1
    return block.words <= DATE_LABEL_WORDS + 1 and following < len(ctx.blocks) and (
        _is_date(ctx.blocks[following].lower))


_DIGIT = re.compile(r"\d")
_FIELD_LABEL = re.compile(r"\b([a-z]{2,12}):")
LISTING_LABELS = 2
# The labels of a story's own metadata, which a listing's entry does not hold: "2007-03-14 09:12
# Source: Northbrook Herald Author: Kim Tran".
_META_LABELS = frozenset("source sources author authors by editor reporter writer from origin "
                         "autor autores auteur autore quelle fuente fonte bron".split())
_CLOCK = re.compile(r"\b\d{1,2}[:h]\d{2}\b")
TIME_OF_DAY = re.compile(r"\b\d{1,2}[:.h]\d{2}\b|\b\d{1,2} ?[ap]\.?m\b")
# A dated line of metadata holds at most this many words, and names in at most this many.
DATED_MAX_WORDS = 16
DATED_NAME_WORDS = 6


# A date in digits is labelled by at most this many words ("기사입력", "Posted on").
DATE_LABEL_WORDS = 2


# A date with its month in words of any language, at most two words of label before it and a
# time (and its zone) after it: "Publicerad 14 mars 2023 kl 06.00", "Tirsdag 7. november 2023
# kl. 05.30", "Girona, 21 de juny de 2023, 07:45 h", "2023. május 4., csütörtök 10:22",
# "अपडेटेड: 12 मार्च 2024, 10:30 AM IST". A year and a day round a word is a date in most
# languages; a line that goes on past them ("12 March 2020 – lockdown begins") is a timeline's
# entry.
_DAY_NUMBER = r"(?:[12]\d|3[01]|0?[1-9])"
# Letters, or the vowel signs of Indic scripts, which are no letters to the regex: "मार्च".
# Thai abbreviates its months with inner dots ("มี.ค.") and counts its years in the Buddhist
# era (2567).
_MONTH_WORD = r"[^\W\d_][^\s\d,:;]{2,11}"
_YEAR_NUMBER = r"(?:19|20|25)\d{2}"
_WORD_DATE = re.compile(
    r"(?:[^\W\d_][^\s\d]{0,20}\s+){0,2}"
    rf"(?:{_DAY_NUMBER}\.?\s+(?:de\s+)?{_MONTH_WORD},?\s+(?:de\s+)?{_YEAR_NUMBER}"
    rf"|{_MONTH_WORD}\s+{_DAY_NUMBER}(?:st|nd|rd|th)?\.?,?\s+{_YEAR_NUMBER}"
    # Year first, the numbers with their case endings in Basque: "2023ko azaroaren 14a".
    rf"|{_YEAR_NUMBER}(?:\.|[^\W\d_]{{1,3}})?\s+{_MONTH_WORD}\s+{_DAY_NUMBER}(?:\.|[^\W\d_]{{1,2}})?)"
    r"(?:,?\s+(?:[^\W\d_]{1,12},?\s+)?(?:[^\W\d_]{1,3}\.?\s+)?\d{1,2}[:.h]\d{2}"
    r"(?:\s*[^\W\d_]{1,3}\.?){0,2})?\s*$")
_WORD_DATE_MAX_WORDS = 9


def _labelled_date(block: Block) -> bool:
    """A date in digits under a label in any language: "기사입력 :[ 2018-08-25 15:24 ]",
    "Publicado 20/11/2019 10:32"; or its month in words, in any language (_WORD_DATE)."""
    if block.words > _WORD_DATE_MAX_WORDS or block.kind == "table":
        return False
    if patterns.FULL_DATE.search(block.text) is None:
        return _WORD_DATE.match(block.text) is not None
    if block.words > DATE_LABEL_WORDS + 4:
        return False
    return sum(1 for token in block.text.split() if _DIGIT.search(token) is None
               and any(ch.isalpha() for ch in token)) <= DATE_LABEL_WORDS


_EVENT_LABELS = ("when:", "time:", "times:", "hours:", "wann:", "quand :", "quand:", "cuándo:", "quando:")


def _dateline_alone(block: Block) -> bool:
    """A wire's dateline on a line of its own, its place in capitals: "CHICAGO, Oct. 3" (a
    dateline that opens the first paragraph is the paragraph's)."""
    place, comma, rest = block.text.partition(", ")
    return (bool(comma) and block.words <= DATELINE_MAX_WORDS and place.isupper()
            and _DIGIT.search(rest) is not None and _is_date(rest.lower()))


# A dateline alone is a place of a few words and a date.
DATELINE_MAX_WORDS = 7


def _dated_names(block: Block) -> bool:
    """A line of a date and names, without separators: "Posted on March 14, 2026 by Ruth
    Alder", "Reuters November 18, 2019 11:03 PM", "Chris Davies - Nov 19, 2019, 10:31 pm",
    "By Ana Reyes on Monday, November 18th, 2019 at 11:04 a.m."."""
    # "— Cedar Fire (@CedarFD) May 4, 2025" closes an embedded post: credits.embed_attribution's.
    if block.words > DATED_MAX_WORDS or "@" in block.text or _DIGIT.search(block.text) is None:
        return False
    tokens = words(block.text)
    lowered = [t.lower() for t in tokens]
    # A publication date has its year or its time: "June 10 -- Blossom Music Center" is a date
    # of a tour, listed in the story. (The cheaper tests first: most lines fail one.)
    year = any(len(t) == 4 and t.isdigit() for t in tokens)
    # A year with a clock's time is a stamp in any language: "الخميس 12 مارس 2026 - 03:15 م"
    # ("$0.58" beside "Q3 2018" in a table's row is a price).
    dated = patterns.FULL_DATE.search(block.text) is not None or (
        year and _CLOCK.search(block.text) is not None) or (
        not patterns.DATE_ANCHORS.isdisjoint(lowered)
        and (year or TIME_OF_DAY.search(block.lower) is not None))
    if not dated:
        return False
    if not is_cased(block.text):
        # A script without capitals does not tell names from words: a line this short with
        # its date, and no sentence's end, is the stamp.
        return not ends_sentence(block.text)
    # Ordinals and times ("18th", "11:04") are the date's, not names.
    names = [t for t, low in zip(tokens, lowered) if _DIGIT.search(t) is None
             and low not in patterns.DATE_WORDS and low not in patterns.META_WORDS]
    # A site's template names the writer by their account: "Submitted by marjorie_k on Tue,
    # 03/14/2006 - 10:32am", "Posted by admin".
    handle = next((t for t, before in zip(tokens[1:], lowered) if before == "by"), None)
    return len(names) <= DATED_NAME_WORDS and all(t[0].isupper() or t is handle for t in names)


def pull_quote(block: Block, ctx: Context) -> bool:
    """Drop a pull quote: a line that says again, word for word, a part of a longer paragraph
    of the page, set in large type beside it.

    Example: "“The plan leaves too little money for the seawall”" beside the paragraph that
    quotes the board member saying it.
    """
    # A paragraph of its own that a longer one repeats, full stop and all, is a summary the
    # story opens with ("10 things in tech": each item's first sentence, then the item); set
    # as a quotation (HTML's <blockquote>), it is the pull quote.
    if block.words < PULL_QUOTE_MIN_WORDS or ends_sentence(block.text) and (
            block.text[:1] not in _PULL_QUOTE_MARKS) and block.kind != "quote":
        return False
    # A short one is a whole sentence in its quotes ("“Now I don't know what time it is.”"); a
    # subhead quotes a phrase ("'We are always one sick call away'", "« On nous demande de
    # faire 70 kilomètres »": its guillemets, spaced apart, are no words).
    words = block.words
    if "«" in block.text or "»" in block.text:
        words = sum(any(map(str.isalnum, word)) for word in block.text.split())
    if words < PULL_QUOTE_PHRASE_WORDS and not ends_sentence(block.text):
        return False
    # It stands among the story's paragraphs: a headline or a teaser that a longer line (a
    # breadcrumb, a title with the site's name) repeats stands among furniture. (Asked first:
    # the search through the page's text below costs more.)
    above, below = next(ctx.kept_neighbours(-1), None), next(ctx.kept_neighbours(1), None)
    beside = [other is not None and other.words >= PULL_QUOTE_BESIDE_WORDS
              and ends_sentence(other.text) for other in (above, below)]
    # Its first word may be capitalised where the paragraph runs on in lower case; the speaker
    # may be named after it: "“You learn it one locked door at a time.” — Dale Hanley", or
    # with no dash (a <cite> after the <blockquote>'s text): "“…speed bumps for water.”
    # Anneliese Brandt".
    quote, dash, speaker = block.text.rpartition(" — ")
    if not dash:
        cut = max(map(block.text.rfind, _CLOSING_QUOTES))
        if 0 < cut < len(block.text) - 2 and block.text[cut + 1] == " ":
            quote, dash, speaker = block.text[:cut + 1], " ", block.text[cut + 2:]
    lower = block.lower
    if dash and quote[-1:] in _CLOSING_QUOTES and 0 < len(speaker.split()) <= SPEAKER_MAX_WORDS \
            and title_case_ratio(speaker) >= TITLE_RATIO:
        lower = quote.lower()
    text = lower.strip(_PULL_QUOTE_MARKS)
    if all(beside) and len(text) >= PULL_QUOTE_MIN_CHARS and text in ctx.memo(
            "chrome.long_text", _long_text):
        return True
    # A whole sentence in quotation marks that a paragraph says word for word, its last stop
    # maybe the paragraph's comma before the attribution ('"People should see how high it
    # came," she said.'), with prose on one side of it (a picture's caption or a box may
    # stand on the other), is one too.
    said = text.rstrip(".!?,;")
    if any(beside) and block.text[:1] in _OPENING_QUOTES and block.text[-1:] in _CLOSING_QUOTES and (
            len(said) >= PULL_QUOTE_MIN_CHARS) and (
            not any(other is not None and _bylined(other) for other in (above, below))) and (
            _said_beside(said, ctx, above, below)):
        return True
    if all(beside):
        return False
    # Set in quotation marks over a subhead and its paragraph, it quotes the paragraph right
    # above it (a quote over a byline is the head's).
    if not (beside[0] and block.text[:1] in _OPENING_QUOTES and len(text) >= PULL_QUOTE_MIN_CHARS
            and above is not None and above.words >= PULL_QUOTE_BESIDE_WORDS and text in above.lower):
        return False
    after = list(islice(ctx.kept_neighbours(1), 2))
    return len(after) == 2 and not ends_sentence(after[0].text) and (
        after[1].words >= PULL_QUOTE_BESIDE_WORDS and ends_sentence(after[1].text))


def _bylined(block: Block) -> bool:
    """A byline beside a quote makes it the head's dek ("By Nadia Kwan"), not a pull quote;
    "By the numbers" is no byline."""
    return block.lower.startswith("by ") and title_case_ratio(block.text[3:]) >= TITLE_RATIO


def _said_beside(text: str, ctx: Context, *beside: Block | None) -> bool:
    """The text is said in a paragraph longer than a pull quote, or in the one right beside it."""
    return text in ctx.memo("chrome.long_text", _long_text) or any(
        other is not None and text in other.lower for other in beside)


def _long_text(ctx: Context) -> str:
    return "\n".join(block.lower for block in ctx.blocks if block.words > PULL_QUOTE_MAX_WORDS)


# A pull quote is a sentence's part of this many words at least (a subhead quoting the story is
# shorter: "'We are always one sick call away'"), in a paragraph longer than it can be; its
# quotation marks and dashes are the setting's, not the paragraph's.
PULL_QUOTE_MIN_WORDS = 6
PULL_QUOTE_PHRASE_WORDS = 9
# A pull quote's speaker, named after it, is at most this many words.
SPEAKER_MAX_WORDS = 4
_CLOSING_QUOTES = ("”", "\"", "’", "»")
PULL_QUOTE_MIN_CHARS = 30
PULL_QUOTE_MAX_WORDS = 30
# The paragraphs beside it are sentences of this many words at least.
PULL_QUOTE_BESIDE_WORDS = 15
_PULL_QUOTE_MARKS = " \"'“”‘’«»„—–-"
_OPENING_QUOTES = "“«„\""


# A line of hashtags alone, two or more: "#harbor #dredging #elsby".
_HASHTAGS = re.compile(r"#[^\s#]+(?:\s+#[^\s#]+)+")


def tags(block: Block, ctx: Context) -> bool:
    """Drop the list of tags or topics filed under the article, or its hashtags on a line.

    Example: "Tags: harbor, dredging, city council", "#harbor #dredging #elsby".
    """
    return (patterns.TAGS.match(block.lower) is not None
            or _HASHTAGS.fullmatch(block.text) is not None)


# Tags under their heading: a line each, of at most this many words, or one line of at least
# this many items between commas, each at most this long; at most this many lines.
_TAG_WORDS = 4
_TAG_ITEMS = 3
_TAG_ITEM_WORDS = 8
_TAG_LINES = 15
TAG_LINE_MAX_WORDS = 80
_TAG_SPLIT = re.compile(r"[,;|]")
# A list's last item after "and" is a headline's or a sentence's ("snap counts, stats, and notes").
_LIST_AND = re.compile(r"[,;|] *(?:and|or|&|y|e|et|und|en|o) ")


def _tag_items(block: Block) -> bool:
    """Whether the line lists tags: a short name, or short items between commas."""
    text = block.text
    if ends_sentence(text) or ":" in text:
        return False
    items = _TAG_SPLIT.split(text)
    if len(items) == 1:
        return block.words <= _TAG_WORDS
    return len(items) >= _TAG_ITEMS and _LIST_AND.search(text) is None and all(
        0 < len(item.split()) <= _TAG_ITEM_WORDS for item in items)


def tag_line(block: Block, ctx: Context) -> bool:
    """Drop the tags listed under a heading that stands alone ("Tags", "Themen"), which ``tags``
    removed: on one line, or a line each.

    Example: "harbor dredging, bayport council, ferry fares, port budget" under "Tags:".
    """
    if not _tag_items(block):
        return False
    for other, verdict in ctx.neighbours(-1, _TAG_LINES):
        if verdict == "chrome.tags":
            # "Tags: harbor, ferry" holds its own list; the line under it is the story's.
            return ":" not in other.text.rstrip(" :")
        if verdict is not None or not _tag_items(other):
            return False
    return False


def tip_line(block: Block, ctx: Context) -> bool:
    """Drop a request for news tips or a newsroom contact line.

    Example: "Got a tip? Email us at tips@harborledger.example."
    """
    return patterns.TIP_LINE.match(block.lower) is not None


# The words COPYRIGHT_PHRASE needs.
COPYRIGHT_CUES = ("reserved", "may not be", "redistribution", "non-commercial")


def copyright(block: Block, ctx: Context) -> bool:
    """Drop a copyright or rights notice.

    Example: "© 2025 The Harbor Ledger. All rights reserved."
    """
    return bool(patterns.COPYRIGHT.match(block.lower)) or (
        patterns.has_cue(block.lower, COPYRIGHT_CUES)
        and patterns.COPYRIGHT_PHRASE.search(block.lower) is not None)


def weather_ticker(block: Block, ctx: Context) -> bool:
    """Drop a weather widget or market ticker line.

    Example: "Bayport, 54°F", "DOW 38,112.40 ▲0.4%", "PLWT 31.62 -2.91 (-8.43%)".
    """
    # "The water was 41°F." is a sentence; a widget's line has no full stop.
    text = block.text
    return not ends_sentence(text) and bool(
        patterns.has_cue(text, patterns.WEATHER_MARKS) and patterns.WEATHER_TICKER_PHRASE.search(text)
        or patterns.WEATHER_TICKER.match(block.lower) or patterns.STOCK_QUOTE.match(text))


def page_tools(block: Block, ctx: Context) -> bool:
    """Drop the labels of page tools: audio players, text size, reading time, app prompts.

    Example: "Listen to this article", "5 min read", "Text size".
    """
    lower = block.lower
    return patterns.PAGE_TOOLS.match(lower) is not None or (
        "here" in lower and patterns.PAGE_TOOLS_PHRASE.search(lower) is not None) or (
        "ctrl" in lower and patterns.TYPO_PROMPT.search(lower) is not None)


# Answer buttons of a reader poll, lower-cased, in the main European languages.
_ANSWERS = frozenset(("yes", "no", "👍", "👎", "thumbs up", "thumbs down", "not really",
                      "somewhat", "sí", "si", "oui", "non", "ja", "nein", "sim", "não"))


def _answer(block: Block) -> bool:
    return block.lower.strip(" .!") in _ANSWERS


def feedback_answers(block: Block, ctx: Context) -> bool:
    """Drop the answer buttons under a reader-feedback question (which page_tools removed).

    "No." alone elsewhere is a quote and stays: only answers right under the question go.
    Example: "Yes" / "No" under "Was this article helpful?".
    """
    if not _answer(block):
        return False
    for other, verdict in ctx.neighbours(-1, len(_ANSWERS)):
        if verdict == "chrome.page_tools":
            return other.text.endswith("?")
        if not _answer(other):
            return False
    return False



# A row of footer links has at least this many items, each of at most this many words.
LINK_ROW_ITEMS = 3
LINK_ROW_ITEM_WORDS = 4
# An item is a page's name, not a column's letter ("W", "Pts").
LINK_ROW_ITEM_CHARS = 4
_ROW_SPLIT = re.compile(r" [|·•] ")


def footer_line(block: Block, ctx: Context) -> bool:
    """Drop a footer's row of links, or its credit for the site's platform.

    A row is three or more items set apart by bars or dots, each a few words opening with a
    capital, holding no digit and ending no sentence: the legal links, the site's own pages.
    Example: "Terms of Use | Privacy Notice | Your Privacy Choices | FCC Public File",
    "Permalink | Comments (4) | TrackBack (0)", "Site built on the Relay newsroom platform by Marlinspike Media".
    """
    if patterns.POWERED_BY.match(block.lower) is not None:
        return True
    if block.kind == "table":  # a table's row is joined with bars too
        return False
    items = _ROW_SPLIT.split(block.text)
    return len(items) >= LINK_ROW_ITEMS and not _table_header(ctx, len(items)) and all(
        item[:1].isupper() and len(item) >= LINK_ROW_ITEM_CHARS
        and len(item.split()) <= LINK_ROW_ITEM_WORDS and not ends_sentence(item)
        # A digit is a score's or a date's part, but for a link's count ("Comments (4)").
        and _DIGIT.search(_COUNT.sub("", item)) is None
        for item in items)


def _table_header(ctx: Context, columns: int) -> bool:
    """The row heads a table of as many columns under it, as text gives a table ("Party |
    Votes | Seats" over "Harbour Party | 12,345 | 5"): no footer's links."""
    below = next(ctx.neighbours(1, 1), None)
    return below is not None and len(_ROW_SPLIT.split(below[0].text)) == columns


# What a link counts, after its label: "Comments (4)", "TrackBack (0)".
_COUNT = re.compile(r" \(\d{1,6}\)$")


# A line of a box of figures: a figure (and its unit), its colon, what it counts ("412: workers
# at the mill when it closed", "$1.3 million: property taxes …", "22 feet: average drop …").
_FIGURE_LINE = re.compile(r"[$€£]?\d[\d.,]*%?(?: [a-z0-9]{1,12}){0,2}: \S")
FIGURES_MIN_LINES = 3
FIGURE_LINE_MAX_WORDS = 15
# The box's heading over its figures is at most this long ("By the numbers").
FIGURES_HEADING_WORDS = 5


def figures_box(block: Block, ctx: Context) -> bool:
    """Drop a sidebar of figures set beside the story: three lines or more that each open
    with a figure and its colon, and the short heading over them.

    Example: "By the numbers" / "412: workers at the mill when it closed" / "96: years the
    mill operated" / "68: acres in the mill site".
    """
    return ctx.index in figures_box_lines(ctx)


def figures_box_lines(ctx: Context) -> frozenset[int]:
    """The page's lines that ``figures_box`` removes, found once."""
    return ctx.memo("chrome.figures_boxes", _figures_boxes)


def _figures_boxes(ctx: Context) -> frozenset[int]:
    blocks, verdicts = ctx.blocks, ctx.verdicts
    kept = [i for i, verdict in enumerate(verdicts) if verdict is None]
    found: set[int] = set()
    start = 0  # where in ``kept`` the run of figure lines being read began
    for n, i in enumerate([*kept, None]):
        if i is not None and blocks[i].words <= FIGURE_LINE_MAX_WORDS and _FIGURE_LINE.match(
                blocks[i].text) is not None:
            continue
        if n - start >= FIGURES_MIN_LINES:
            found.update(kept[start:n])
            if start > 0:
                above = blocks[kept[start - 1]]
                if above.words <= FIGURES_HEADING_WORDS and not ends_sentence(above.text.rstrip(":")):
                    found.add(kept[start - 1])
        start = n + 1
    return frozenset(found)
