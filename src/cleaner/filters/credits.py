"""Photo credits, captions that end in a credit, and gallery controls."""

from __future__ import annotations

import re

from cleaner import patterns
from cleaner.context import Context
from cleaner.model import Block
from cleaner.textutil import (CLOSERS, SMALL_WORDS, TITLE_RATIO, ends_sentence, is_cased, lettered,
                              title_case_ratio)

_PROSE_ENDS = frozenset(".!?”\"’'…")
# "…released Thursday. (Halden County Sheriff's Office)": a source in brackets after a sentence.
_SOURCE_AFTER_SENTENCE = re.compile(r"[.!?”’\"] \(([^()]{3,80})\)$")
_PICTURE_WORDS = ("photo", "image", "picture", "pictured", "foto")
# A credit after a caption's sentence is at most this long.
CREDIT_TAIL_CHARS = 80
# A sentence's end with the next element's text glued to it: ".Dana", the capital's position.
_GLUED_SENTENCE_END = re.compile(r"(?<=[a-z][.!?])[A-Z]")
# A caption's last words credit its source after a capital "Credit:" in the line, where prose
# writes "tax credit": "…surveys the damage from the promenade Credit: Solent News Agency".
_CAPITAL_CREDIT = re.compile(r"\w Credits?: [A-Z][^.!?:]{1,80}$")
# What every credit line holds, if it does not open as CREDIT_LINE does.
CREDIT_CUES = (*patterns.CREDIT_NAMED_CUES, "via ", "/")
# What every caption with its credit holds: a closing bracket, a slash, or a credit's word.
CAPTION_CUES = (*patterns.CREDIT_CUE, ")", "]", ": ", "：", "፦", "՝")



def _section_path(lower: str) -> bool:
    """A breadcrumb of site sections: every word a section's name."""
    return all(word in patterns.SECTION_WORDS for word in lower.replace("/", " ").split())


# A slash between figures is a fraction, a date or "24/7", not a name over its agency.
_FIGURES_SLASH = re.compile(r"\d ?/ ?\d")


# Labels over several pictures or a video, which may head a link to a gallery instead of a
# credit; and the words a credit holds in lower case besides a name's small words.
_GALLERY_LABELS = ("photos:", "videos:", "video:", "gallery:", "fotos:")
_CREDIT_WORDS = frozenset("courtesy handout file supplied provided staff photographer "
                          "photographers photo photos".split())


def _gallery_title(text: str, lower: str) -> bool:
    """A link to a gallery or a video under a plural label, not its credit: its title holds
    a word in lower case that no name holds ("Photos: Sierra Vista Mall through the years";
    "Photos: Dana Ruiz and Tom Lind" credits)."""
    if not lower.startswith(_GALLERY_LABELS) or "/" in text:
        return False
    title = text.partition(":")[2].split()
    return any(word[:1].islower() and word not in SMALL_WORDS and word not in _CREDIT_WORDS
               for word in title)


def credit_line(block: Block, ctx: Context) -> bool:
    """Drop a line that only credits a picture.

    Example: "Dana Ruiz/Harbor Ledger via Getty Images", "Photo: Dana Ruiz", "(AP Photo/Jo Ma)".
    """
    text, lower = block.text, block.lower
    if (patterns.CREDIT_LINE.match(lower) is None
            and (not patterns.has_cue(lower, patterns.CREDIT_NAMED_CUES)
                 or patterns.CREDIT_NAMED.match(lower) is None)
            and ("via " not in lower or patterns.CREDIT_VIA.search(lower) is None)
            and ("/" not in text or patterns.CREDIT_SLASH.match(text) is None
                 or _FIGURES_SLASH.search(text) is not None)):
        return False
    if ends_sentence(text) and title_case_ratio(text) < 0.5:
        # "Photographs by Lena Marsh will hang in the lobby." is a sentence about a photographer.
        return False
    if _gallery_title(text, lower):
        return False
    if "/" in text and ":" not in text and not text.startswith("("):
        # The bare "Name/Agency" shape also fits "and/or" prose and a section path ("Local
        # News / Weather"): insist on a line of names.
        return block.is_titleish and not ends_sentence(text) and not _section_path(lower)
    return True


def caption_credit(block: Block, ctx: Context) -> bool:
    """Drop a photo caption that ends with its credit.

    A caption that names its picture may end with the source alone, in brackets after the last
    sentence: "…in a booking photo released Thursday. (Halden County Sheriff's Office)".
    Example: "Volunteers sort donations in the gym on Tuesday. (Photo: Dana Ruiz/The Ledger)",
    "FILE PHOTO: Cranes stand over stacked containers at the Eastmole terminal".
    """
    if patterns.CAPTION_LABEL.match(block.lower) is not None:
        return True
    # A credit ends the caption with a bracket or a name, never with a full stop or a quote.
    if block.lower[-1:] in _PROSE_ENDS:
        return False
    if _credited_after_sentence(block.text) or _CAPITAL_CREDIT.search(block.text[-100:]) \
            or _labelled_after_sentence(block):
        return True
    source = _SOURCE_AFTER_SENTENCE.search(block.text)
    if source and patterns.has_cue(block.lower, _PICTURE_WORDS) and (
            title_case_ratio(source.group(1)) >= TITLE_RATIO):
        return True
    tail = block.lower[-160:]
    if not tail.endswith((")", "]")) and not patterns.has_cue(tail, patterns.CREDIT_CUE):
        return False
    return patterns.CAPTION_CREDIT_TAIL.search(tail) is not None


def _labelled_after_sentence(block: Block) -> bool:
    """The caption's sentence, then a label of one word in any language and the names it
    credits: "… yn y festri. Llun: Newyddion y Fro", "… hutsik dagoena. Argazkia: Jon Urkiola",
    "…բացման օրը։ Լուսանկարը՝ Արամ Գևորգյանի". A paragraph goes on past a colon in prose."""
    if block.words > CAPTION_MAX_WORDS:
        return False
    match = _LABELLED_TAIL.search(block.text[-CREDIT_TAIL_CHARS:])
    if match is None or not lettered(match.group(1)):
        return False
    names = match.group(2)
    if is_cased(names):
        return title_case_ratio(names) >= TITLE_RATIO
    return len(names.split()) <= UNCASED_CREDIT_WORDS


# A sentence's end, a label's word and its colon (as Armenian, Amharic and the fullwidth forms
# write it), and the credited names, none of them a sentence's end.
_LABELLED_TAIL = re.compile(r"[.!?։።।。] (\S{2,20}) ?[:：፦՝] ?([^.!?։።।。:]{2,60})$")
# A caption with its credit is at most this long; the names in a script without capitals are
# at most this many words.
CAPTION_MAX_WORDS = 40
UNCASED_CREDIT_WORDS = 4


def _credited_after_sentence(text: str) -> bool:
    """The caption's last words, after its sentence, credit the photographer and the outlet:
    "Crews clear debris on Main Street. Dana Ruiz/The Bayport Ledger", or glued to it as a
    page's text joins two elements: "…on Main Street.Dana Ruiz / The Bayport Ledger"."""
    if "/" not in text[-CREDIT_TAIL_CHARS:]:
        return False
    cut = max(text.rfind(". "), text.rfind("! "), text.rfind("? "))
    glued = _GLUED_SENTENCE_END.search(text, max(cut, len(text) - CREDIT_TAIL_CHARS))
    if glued is not None:  # "…in Braunau, Austria.Leonhard Foeger / Reuters": the page joined them
        cut = glued.start() - 2
    if cut <= 0:
        return False
    credit = text[cut + 2:]
    # The photographer's name before the slash has no digit: "DOI: 10.5555/jibe.2017.0412"
    # ends a journal reference.
    photographer = credit.split("/", 1)[0]
    return (patterns.CREDIT_SLASH.match(credit) is not None and not ends_sentence(credit)
            and title_case_ratio(credit) >= TITLE_RATIO
            and not any(ch.isdigit() for ch in photographer))


# A caption over its credit line is a sentence's length at least; a subhead is often shorter.
CAPTION_MIN_WORDS = 6
# The paragraph above a caption is prose: this long at least, and a sentence.
PARAGRAPH_MIN_WORDS = 15


# The lines of an article's head that stand between its dek and its lead picture.
_HEAD_LINES = ("chrome.byline", "chrome.date_line")
# Lines of the page's tools that may stand between the byline and the lead picture.
HEAD_TOOLS = 4


def _tool(block: Block) -> bool:
    """A button of the page's tools: a few words, no sentence."""
    return block.words <= TOOL_WORDS and not ends_sentence(block.text)


# A button is at most this many words.
TOOL_WORDS = 3


_SOURCE_LABEL = ("source:", "source :")
# A caption over its credit in brackets is at most this long: a paragraph runs longer.
BRACKETED_CAPTION_WORDS = 30


def caption_above(block: Block, ctx: Context) -> bool:
    """Drop a photo's caption whose credit stands on the line under it, between two
    paragraphs of the body, as a page's text gives a figure: the caption, then the credit.

    Example: "Crews clear the fallen bridge at dawn on Tuesday" over "Photo: Lena Marsh/The
    Ledger", with the story's paragraphs above and below.
    """
    # The verdict under the line is read first: most lines stand over no credit.
    i, verdicts = ctx.index, ctx.verdicts
    if i + 1 >= len(verdicts) or verdicts[i + 1] != "credits.credit_line" or block.words < 2:
        return False
    # "Source: GNA" credits the story's agency, not a picture: the line over it is the head's.
    if ctx.blocks[i + 1].lower.startswith(_SOURCE_LABEL):
        return False
    below = [verdict for _, verdict in ctx.neighbours(1, 2)]
    # Between the byline or the date and the body, the line over the lead picture's credit is
    # its caption, however it ends or however short ("Soccer ball on grass"). A dek may stand
    # there too, but the byline comes after it.
    # The page's tools under the byline ("View comments", a share row) may stand between.
    right_above = next(ctx.neighbours(-1, 1), None)
    # Buttons no filter knew yet ("Deila" / "Facebook" / "Senda í tölvupósti") are passed over.
    head_above = next((verdict for above, verdict in ctx.neighbours(-1, HEAD_TOOLS + 1)
                       if verdict is None and not _tool(above) or verdict in _HEAD_LINES), None)
    if head_above in _HEAD_LINES:
        return below[1:] != ["chrome.byline"]
    if block.words < CAPTION_MIN_WORDS:
        return False
    # Under a gallery's counter ("Image 1 of 12"), the line over the credit is the picture's.
    if right_above is not None and right_above[1] == "credits.gallery_control":
        return True
    # Elsewhere, a caption in sentence case without a full stop: a paragraph over a picture's
    # credit (a photo with no caption) or a dek over the lead picture's credit ends like a
    # sentence. A credit in brackets follows its caption, full stop and all ("The No. 3 paper
    # machine, idle since Aug. 31." / "(Photo: Marcy Lindell / Tamsen County Ledger)").
    bracketed = ctx.blocks[i + 1].text.startswith("(") and block.words <= BRACKETED_CAPTION_WORDS
    if ends_sentence(block.text) and not bracketed or title_case_ratio(block.text) >= TITLE_RATIO:
        return False
    above = next(ctx.kept_neighbours(-1), None)
    return above is not None and above.words >= PARAGRAPH_MIN_WORDS and ends_sentence(above.text)


def embed_attribution(block: Block, ctx: Context) -> bool:
    """Drop the attribution line of an embedded social post.

    Example: "— Cedar Hollow Fire District (@CedarHollowFD) August 14, 2025", "A post shared
    by Harbourview Marina (@harbourviewmarina) on Jun 8, 2020 at 3:12pm PDT"
    """
    return patterns.EMBED_ATTRIBUTION.match(block.lower) is not None


def gallery_control(block: Block, ctx: Context) -> bool:
    """Drop the controls of a photo gallery.

    Example: "Image 3 of 12", "Enlarge this image", "Hide caption".
    """
    return patterns.GALLERY_CONTROL.match(block.lower) is not None


def slide_caption(block: Block, ctx: Context) -> bool:
    """Drop a gallery slide's caption that opens with the slide's counter, glued to it as a
    page's text gives it.

    Example: "2of4A crowd waits for the doors to open at the mall's anchor store."
    """
    return patterns.SLIDE_CAPTION.match(block.text) is not None


def caption_twice(block: Block, ctx: Context) -> bool:
    """Drop a picture's caption said twice in a row, as a page's text gives the picture's
    alternative text and then its caption (a paragraph of the story is not said twice), and
    the picture's buttons right under it.

    Example: "Okoro hits her tee shot on the 18th hole during the final round." on two lines,
    then "Caption" / "Close".
    """
    return ctx.index in captions_twice(ctx)


def captions_twice(ctx: Context) -> frozenset[int]:
    """The page's lines that ``caption_twice`` removes, found once."""
    return ctx.memo("credits.captions_twice", _captions_twice)


def _captions_twice(ctx: Context) -> frozenset[int]:
    found: set[int] = set()
    blocks, verdicts = ctx.blocks, ctx.verdicts
    if blocks and blocks[0].tag:
        return frozenset()  # an HTML page's pictures are told by their markup
    for i in range(len(blocks) - 1):
        text = blocks[i].text
        # A headline may be said twice in a row too (a breadcrumb's last step, then the
        # heading), even one that asks, but not with a full stop; a caption may end in its
        # credit and a toggle's word ("… won 5-4. (AP Photo/Gene J. Puskar) less").
        if (blocks[i].words >= CAPTION_TWICE_MIN_WORDS and _said_again(text, blocks[i + 1].text)
                and (text.rstrip(CLOSERS).endswith(".") or ". " in text)):
            found.update((i, i + 1))
            # Its buttons, among the credits and counters other filters removed.
            j, buttons = i + 2, 0
            while j < len(blocks) and buttons < PICTURE_BUTTONS:
                if verdicts[j] is None:
                    if blocks[j].words > PICTURE_BUTTON_WORDS or ends_sentence(blocks[j].text):
                        break
                    found.add(j)
                    buttons += 1
                j += 1
    return frozenset(found)


# A caption's toggle at its end: "… more" when cut short, "less" when shown whole.
_TOGGLES = (" more", " less")


def _untoggled(text: str) -> str | None:
    """The caption without its toggle and the dots before it, if it ends in one."""
    if not text.endswith(_TOGGLES):
        return None
    return text[:-len(" more")].rstrip().removesuffix("...").removesuffix("…").rstrip()


def _said_again(text: str, other: str) -> bool:
    """The same caption again, or once whole and once cut short behind a toggle ("… The
    Islanders won 5-4. (AP Photo/Gene J. Puskar) less" / "… The Islanders ... more")."""
    if other == text:
        return True
    if other[:CAPTION_PREFIX_CHARS] != text[:CAPTION_PREFIX_CHARS]:
        return False
    a, b = _untoggled(text), _untoggled(other)
    if a is None and b is None:
        return False  # no toggle: two lines that open alike
    a, b = a or text, b or other
    return a.startswith(b) or b.startswith(a)


# A caption said twice is at least this long: a short line twice is a button or a label. Under
# it stand at most this many buttons of the picture, each this short ("Caption", "Close").
CAPTION_TWICE_MIN_WORDS = 12
# Two lines that open alike for this many characters may be one caption, cut short once.
CAPTION_PREFIX_CHARS = 40
PICTURE_BUTTONS = 3
PICTURE_BUTTON_WORDS = 3
