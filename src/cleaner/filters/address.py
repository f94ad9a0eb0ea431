"""Lines in which the page speaks to its reader: appeals for support, promotions of the outlet's
own podcast, app, channel or events, invitations to write or to rate, republishing terms.

They are told by what they do, not by their wording: they address the reader (an imperative
that opens a sentence, or "you"), they are about the outlet or its products ("our podcast",
"this article", an e-mail address), and they report nobody's words. A story's sentence that
mentions a donation drive or a streaming service speaks of others, in the third person, and
stays. The words that carry these signs are data, per language, in ``cleaner.lexicon``.
"""

from __future__ import annotations

import re
from itertools import repeat

from cleaner import lexicon, patterns
from cleaner.context import Context
from cleaner.model import Block
from cleaner.textutil import ends_sentence

_VERBS = lexicon.merged(lexicon.READER_VERBS)
_YOU = lexicon.merged(lexicon.READER_PRONOUNS)
_OUR = lexicon.merged(lexicon.OUTLET_PRONOUNS)
_MEDIA = lexicon.merged(lexicon.MEDIA_WORDS)
_THIS = lexicon.merged(lexicon.THIS)
_REPORTING = lexicon.merged(lexicon.REPORTING)
_NOW = lexicon.merged(lexicon.NOW)
_INBOX = lexicon.merged(lexicon.INBOX)
_PLEASE = lexicon.merged(lexicon.PLEASE)
_SELF = lexicon.merged(lexicon.FIRST_PERSON)
_SUPPORT = lexicon.merged(lexicon.SUPPORT)
_ABOUT_OUTLET = _MEDIA | _INBOX
_EDGES = ".,;:!?\"'()[]{}“”„‘’«»—–…*"
_VOICED = _REPORTING | _SELF
_OUTLETS_WORDS = _MEDIA | _SUPPORT | _INBOX
_GATE = _ABOUT_OUTLET | _SUPPORT
# "© 2026 The Riverbend Report", "… for the Riverbend Report": where a page names its outlet.
_OUTLET_NAMED = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?P<a>[A-Z][\w&'’.-]*(?: [A-Z&][\w&'’.-]*){0,5})"
    r"|\bfor (?:the )?(?P<b>[A-Z][\w&'’.-]*(?: [A-Z&][\w&'’.-]*){1,5})$")
# A line that is the outlet's name as its web address, the masthead in text: "Snopes.com".
_DOMAIN_NAME = re.compile(r"(?:www\.)?([A-Z][\w-]+)\.(?:com|org|net|news|co\.uk|com\.\w\w|\w\w)$")
# An outlet's name is at least this long: "AP" is a word of too many sentences.
OUTLET_MIN_CHARS = 5
# A verb in quotation marks is someone's words, not the page's: only "¿¡" may stand before it.
# A label before a colon or a bar ("Courier Live: Catch our show") ends like a sentence.
# A line may open with an icon or an arrow before its first word: "📲 Receba notícias no WhatsApp".
_SENTENCE_START = re.compile(r"(?:^(?:[^\w\s]{1,2}\s)?|[.!?…:|]\s+)[¿¡]?([\w'’-]+)")
_ADDRESS = re.compile(r"\S@\S|\bwww\.|https?://|\.example\b|\.(?:com|org|net|de|fr|es|it|nl|br)\b")
# A button is at most this many words; a line that speaks to the reader at most this many.
BUTTON_MAX_WORDS = 4
PITCH_MAX_WORDS = 45
QUOTE_OPENERS = "\"“„«‘'"
# A box's heading is at most this long, and its button stands this near its other parts.
BOX_HEADING_MAX_WORDS = 8
BOX_REACH = 2


def _imperative(block: Block) -> bool:
    """A sentence of the line opens with a verb that asks the reader to act."""
    return any(m.group(1).lower() in _VERBS for m in _SENTENCE_START.finditer(block.text))


def _addressed(block: Block, tokens: set[str]) -> bool:
    return bool(tokens & _YOU) or any(p in block.text for p in lexicon.READER_PRONOUNS_CASED
                                      if f" {p} " in f" {block.text} ")


_NAMING = frozenset(("chrome.copyright", "chrome.byline", "credits.credit_line",
                     "credits.caption_credit"))


def outlets(ctx: Context) -> frozenset[str]:
    """The names the page gives its outlet: in its copyright line, after "for" in a byline,
    after the slash of its photographers' credits ("Wendell Oyama/Sorrel Bay Tribune"), on a
    line of its own as its web address ("Snopes.com")."""
    names = set()
    # Most lines are none of these: the few that may be are picked out first, in one pass.
    for block, verdict in [(block, verdict) for block, verdict in zip(ctx.blocks, ctx.verdicts)
                           if verdict in _NAMING or " " not in block.text]:
        if "." in block.text and " " not in block.text:
            domain = _DOMAIN_NAME.match(block.text)
            if domain and len(domain.group(1)) >= OUTLET_MIN_CHARS:
                names.add(domain.group(1))
        elif verdict in ("chrome.copyright", "chrome.byline"):
            for match in _OUTLET_NAMED.finditer(block.text):
                name = (match.group("a") or match.group("b") or "").strip(" .")
                if len(name) >= OUTLET_MIN_CHARS:
                    names.add(name)
        elif verdict in ("credits.credit_line", "credits.caption_credit") and "/" in block.text:
            name = block.text.rsplit("/", 1)[1].strip(" .)")
            if len(name) >= OUTLET_MIN_CHARS and name.split()[-1][:1].isupper():
                names.add(name)
    return frozenset(names)


def _names_outlet(block: Block, ctx: Context) -> bool:
    return any(name in block.text for name in ctx.memo("address.outlets", outlets))


def _owned(text: str, outlets: frozenset[str]) -> bool:
    """The line names one of the outlet's products by the outlet's name, whole or its last word:
    "the Tribune's weekly podcast", "the Sorrel Bay Tribune's app"."""
    for name in outlets:
        short = name.rsplit(None, 1)[-1]
        if len(short) >= OUTLET_MIN_CHARS and (f"{short}'s " in text or f"{short}’s " in text):
            return True
    return False


# Spanish, Portuguese and Italian say "please" with a particle: "por favor", "per favore";
# alone, "favor" is English prose ("voted in favor") and "favore" Italian ("a favore").
_PLEASE_PARTICLES = {"favor": "por", "favore": "per"}


def _please(found: set[str]) -> bool:
    return any(_PLEASE_PARTICLES.get(word, word) in found for word in found & _PLEASE)


def _self_named(block: Block, tokens: list[str]) -> bool:
    """The outlet speaks of itself: "our", "this article", an address to write to."""
    if _OUR.intersection(tokens) or _ADDRESS.search(block.lower):
        return True
    return any(a in _THIS and b in _MEDIA for a, b in zip(tokens, tokens[1:]))


def pitch(block: Block, ctx: Context) -> bool:
    """Drop a line in which the page speaks to its reader about itself or its products.

    It addresses the reader (an imperative opening a sentence, or "you"), is about the outlet
    (its podcast, app, newsletter, journalism, "this article") and reports nobody's words.
    Example: "Hören Sie auch unseren Podcast „Rundschau am Morgen“ – jeden Werktag ab 6 Uhr.",
    "If stories like this one matter to you, please make a gift today.", "Ouça esta
    reportagem".
    """
    if block.words > PITCH_MAX_WORDS or block.text[:1] in QUOTE_OPENERS:
        return False  # prose, or somebody's words
    # Most lines name none of the outlet's media, an inbox or a word of support: seen on their
    # words split at spaces (in C, str.strip called straight), before the finer tokens are taken.
    mailed = "@" in block.text  # an address to write to counts as one of the outlet's words
    if not mailed:
        words = block.lower.replace("’", "'").split()
        if _GATE.isdisjoint(map(str.strip, words, repeat(_EDGES))):
            return False
        # A word of support beside the outlet's name needs none of its media: "Support Snopes".
        if _ABOUT_OUTLET.isdisjoint(map(str.strip, words, repeat(_EDGES))) and not _names_outlet(
                block, ctx):
            return False
    tokens = block.tokens
    found = set(tokens)
    if found & _VOICED:
        return False  # reported words, or an author speaking for herself (a blog's voice)
    imperative = _imperative(block) or _please(found)
    addressed = _addressed(block, found)
    if found & _SUPPORT and _names_outlet(block, ctx):
        return True  # "The Riverbend Report is a nonprofit newsroom funded by readers."
    if found & _MEDIA and _owned(block.text, ctx.memo("address.outlets", outlets)):
        return True  # "On Tideline, the Tribune's weekly podcast: why the coho run collapsed."
    # The outlet asking for its readers' support, nobody quoted: "We're a nonprofit newsroom,
    # and 70% of our budget comes from readers." A word of support and another of the outlet's:
    # "we contacted the campaign" is a fact-check's reporting.
    if found & _OUR and found & _SUPPORT and len(found & _OUTLETS_WORDS) + mailed >= 2:
        return True
    if not (imperative or addressed):
        return False
    if _self_named(block, tokens):
        return True
    if imperative and (addressed or len(found & _MEDIA) >= 2) or addressed and found & _INBOX:
        return True
    # "Wil je niets missen? Met een abonnement lees je alle artikelen, ook in de app."
    return addressed and "?" in block.text and len(found & _MEDIA) >= 2


# The outlet's own paragraphs over its appeal: at most this many, each at most this long.
APPEAL_RUN_LINES = 3
APPEAL_RUN_MAX_WORDS = 120


def _outlet_voice(block: Block, ctx: Context) -> set[str] | None:
    """The paragraph's words when the outlet speaks in it of itself ("we", "our") and names
    itself or its reader, nobody quoted at its start and nobody's words reported."""
    if block.words > APPEAL_RUN_MAX_WORDS or block.text[:1] in QUOTE_OPENERS:
        return None
    found = set(block.tokens)
    if not found & _OUR or found & _VOICED:
        return None
    return found if _addressed(block, found) or _names_outlet(block, ctx) else None


def _appeal_runs(ctx: Context) -> frozenset[int]:
    """The paragraphs right above an appeal's pitch in which the outlet speaks of itself, when
    one of them asks the reader for support ("We do this work every day at no cost to you, …
    We need your financial support."): a fact-check's "we contacted the campaign" asks none."""
    blocks, verdicts = ctx.blocks, ctx.verdicts
    found: set[int] = set()
    for i, verdict in enumerate(verdicts):
        if verdict != "address.pitch":
            continue
        run: list[int] = []
        asks = False
        j = i - 1
        while j >= 0 and len(run) < APPEAL_RUN_LINES and verdicts[j] is None:
            voiced = _outlet_voice(blocks[j], ctx)
            if voiced is None:
                break
            asks = asks or bool(voiced & _SUPPORT) and _addressed(blocks[j], voiced)
            run.append(j)
            j -= 1
        if asks:
            found.update(run)
    return frozenset(found)


def appeal_runs(ctx: Context) -> frozenset[int]:
    """The page's lines that ``appeal_run`` removes, found once."""
    return ctx.memo("address.appeal_runs", _appeal_runs)


def appeal_run(block: Block, ctx: Context) -> bool:
    """Drop the outlet's own paragraphs over its appeal, which ask the reader for support.

    Example: "We do this work every day at no cost to you, but it is far from free to produce.
    We need your financial support." over "Support the Ledger so we keep reporting."
    """
    return ctx.index in appeal_runs(ctx)


# Every rating widget's line holds one of these: a star, or a word of its count or question.
RATING_CUES = ("★", "☆", "✩", "✪", "⭐", "rating", "vote", "review", "rate ", "score ", "think",
               "useful", "helpful")


def rating(block: Block, ctx: Context) -> bool:
    """Drop a rating widget: its stars, its count, the question it asks the reader.

    Example: "★★★★☆ 4.4 (96 ratings)", "Was this article useful?", "Rate this story".
    """
    return (patterns.RATING_STARS.search(block.text) is not None
            or patterns.RATING.match(block.lower) is not None)


def link_out(block: Block, ctx: Context) -> bool:
    """Drop a line that sends the reader to another page: an imperative, a colon, a title.

    Example: "Watch the full interview: Nadia Orlov on the future of local sports TV", "Get the
    recipe: Lemon and thyme tart", "See the full list: 20 spring exhibitions", "Catch up on
    every installment →".
    """
    # A few words with an arrow on to the page they link to: "Catch up on every installment →".
    if block.text.endswith(LINK_ARROWS) and block.words <= ARROW_LINK_WORDS:
        return True
    head, colon, rest = block.text.partition(":")
    return (bool(colon) and bool(rest.strip()) and head.count(" ") < BUTTON_MAX_WORDS
            and not ends_sentence(rest) and _imperative(block))


LINK_ARROWS = (" →", " »", " ›", "→")
ARROW_LINK_WORDS = 8


def button(block: Block, ctx: Context) -> bool:
    """Drop a button of an appeal or a promotion: a verb that asks, and "now" or an object,
    beside another part of the box.

    Example: "Donate now", "Jetzt unterstützen", "Republish this story" under the appeal.
    """
    tokens = block.tokens
    if not tokens or len(tokens) > BUTTON_MAX_WORDS or ends_sentence(block.text):
        return False
    if tokens[0] not in _VERBS and not (tokens[0] in _NOW and len(tokens) > 1 and tokens[1] in _VERBS):
        return False
    i, verdicts = ctx.index, ctx.verdicts
    # The verdicts within reach on either side, sliced (no walk from block to block).
    near = (*verdicts[max(0, i - BOX_REACH):i], *verdicts[i + 1:i + 1 + BOX_REACH])
    return any(verdict is not None and verdict.startswith(("address.", "newsletter.", "paywall."))
               for verdict in near)


def box_heading(block: Block, ctx: Context) -> bool:
    """Drop the heading of an appeal or a promotion: a short title right above its pitch.

    Example: "Local news is a public good" over "The Beacon is a nonprofit newsroom…".
    """
    # Most lines stand over no pitch: that is looked at first, as the cheapest.
    following = ctx.index + 1
    if following >= len(ctx.blocks) or ctx.verdicts[following] != "address.pitch":
        return False
    return not (block.words > BOX_HEADING_MAX_WORDS or ends_sentence(block.text)
                or not block.is_titleish)
