"""Newsletter and signup boxes: their heading, product blurbs, consent line and confirmation."""

from __future__ import annotations

from cleaner import patterns
from cleaner.context import Context
from cleaner.model import Block
from cleaner.textutil import TITLE_RATIO, ends_sentence, title_case_ratio

# A line of a signup box (a product name, a one-line blurb) is at most this long.
RUN_LINE_MAX_WORDS = 30
# The words the fine print's phrases (NEWSLETTER_CONSENT_PHRASE) need.
CONSENT_CUES = ("subscribe", "opt out", " your ")


def signup_heading(block: Block, ctx: Context) -> bool:
    """Drop the call to sign up that heads a newsletter box.

    Example: "Get The Harbor Ledger In Your Inbox!", "Sign up for The Morning Brief".
    """
    lower = block.lower
    return patterns.NEWSLETTER_HEADING.match(lower) is not None or (
        "newsletter" in lower and patterns.NEWSLETTER_NAME.match(lower) is not None) or (
        "alert" in lower and patterns.TEXT_ALERTS.match(lower) is not None)


def signup_consent(block: Block, ctx: Context) -> bool:
    """Drop the fine print under a signup form.

    Example: "By signing up, you agree to our Terms of Use and Privacy Policy."
    """
    return bool(patterns.NEWSLETTER_CONSENT.match(block.lower)
                and patterns.has_cue(block.lower, patterns.SIGNUP_TERMS)) or (
        patterns.has_cue(block.lower, CONSENT_CUES)
        and patterns.NEWSLETTER_CONSENT_PHRASE.search(block.lower) is not None)


def signup_confirmation(block: Block, ctx: Context) -> bool:
    """Drop the message a signup form shows once submitted.

    Example: "You are now subscribed to the Morning Brief."
    """
    return patterns.NEWSLETTER_CONFIRMATION.match(block.lower) is not None




# A newsletter's name is at most this many words; its button at most BUTTON_MAX_WORDS.
NAME_MAX_WORDS = 4
BUTTON_MAX_WORDS = 5


def _named_boxes(ctx: Context) -> frozenset[int]:
    """The lines of newsletter boxes headed by the newsletter's name alone: a short line in
    Title Case, a blurb under it that says when it comes (or a call to sign up), and its
    form's first line."""
    blocks, verdicts = ctx.blocks, ctx.verdicts
    found: set[int] = set()
    for i in range(1, len(blocks)):
        block, name = blocks[i], blocks[i - 1]
        # The name over a call to sign up that its filter knew ("The Morning Crossing" / "Get
        # the day's top headlines delivered to your inbox …").
        if verdicts[i] == "newsletter.signup_heading" and verdicts[i - 1] is None and (
                1 < name.words <= NAME_MAX_WORDS and not ends_sentence(name.text)
                and title_case_ratio(name.text) >= TITLE_RATIO):
            found.add(i - 1)
            continue
        if (verdicts[i] is not None or verdicts[i - 1] is not None
                or block.words > RUN_LINE_MAX_WORDS or not 1 < name.words <= NAME_MAX_WORDS
                or patterns.SCHEDULE.search(block.lower) is None
                or ends_sentence(name.text) or title_case_ratio(name.text) < TITLE_RATIO):
            continue
        # Its form follows: an e-mail field's label or a button in the reader's voice ("Put
        # me on the list", "Email address"); a subhead over a paragraph about a weekly market
        # has the story's next paragraph there.
        following = i + 1
        if following >= len(blocks):
            continue
        if _is_signup(verdicts[following]):
            found.update((i - 1, i))
        elif verdicts[following] is None and blocks[following].words <= BUTTON_MAX_WORDS and (
                not ends_sentence(blocks[following].text)
                and not _FORM_WORDS.isdisjoint(blocks[following].tokens)):
            found.update((i - 1, i, following))
    return frozenset(found)


# Words of a signup form's field or button.
_FORM_WORDS = frozenset(
    "email e-mail me my i sign subscribe join adresse inscrire suscribirme iscriviti "
    "anmelden abonneren".split())


def named_box(block: Block, ctx: Context) -> bool:
    """Drop a newsletter box headed only by the newsletter's name: the name, its blurb saying
    when it comes, and its button. A subhead over a paragraph about a weekly market is no box:
    the blurb is a line of a few words, and the name opens no sentence.

    Example: "Valley Weekly" / "What happened in the river towns this week, in one Friday
    email." / "Put me on the list".
    """
    return ctx.index in named_boxes(ctx)


def named_boxes(ctx: Context) -> frozenset[int]:
    """The page's lines that ``named_box`` removes, found once."""
    return ctx.memo("newsletter.named_boxes", _named_boxes)


# A signup form's e-mail field is a line of at most this many words; its button at most
# FORM_BUTTON_WORDS; its heading stands at most FORM_REACH lines above the field, in at most
# FORM_HEADING_WORDS.
FIELD_MAX_WORDS = 4
FORM_BUTTON_WORDS = 3
FORM_REACH = 3
FORM_HEADING_WORDS = 10


# The e-mail field's word: "mail" in most languages, "e-post", "e-pošta" and "e-pasts" in others.
_FIELD_WORDS = ("mail", "e-post", "e-pošt", "e-posta", "e-past", "e-bost", "sähköposti", "netfang")


# The fine print under a form's button names the policy agreed to, even amid the story: "…
# piekrītat mūsu privātuma politikai."
_FINE_PRINT_TERMS = (*patterns.SIGNUP_TERMS, "privat", "privāt", "politik", "politiq", "polityk")


def _field(block: Block) -> bool:
    """The label of a form's e-mail field, in most languages: "Adresa ta de e-mail"."""
    return (block.words <= FIELD_MAX_WORDS and patterns.has_cue(block.lower, _FIELD_WORDS)
            and not ends_sentence(block.text))


def _form_heading(block: Block, verdict: str | None, buttoned: bool) -> bool:
    """A signup's heading, or a short line that names a newsletter; over a field with its
    button under it, any short line that is no sentence ("Uudiskiri")."""
    return _is_signup(verdict) or verdict is None and (
        block.words <= FORM_HEADING_WORDS and not ends_sentence(block.text)
        and ("newsletter" in block.lower or buttoned and block.words <= NAME_MAX_WORDS))


def _button(block: Block, verdict: str | None) -> bool:
    return verdict is None and block.words <= FORM_BUTTON_WORDS and not ends_sentence(block.text)


def _form_boxes(ctx: Context) -> frozenset[int]:
    """The lines of signup boxes told by their form, in any language: a heading that is a
    signup's or names a newsletter, a few short lines of blurb, the e-mail field, its button,
    and the fine print under it when the box's end follows (a removed line or the page's end)."""
    blocks, verdicts = ctx.blocks, ctx.verdicts
    found: set[int] = set()
    for f, block in enumerate(blocks):
        if verdicts[f] is not None or not _field(block):
            continue
        # A field of a word alone ("Email") may be a share button; one of more is a form's.
        buttoned = (block.words > 1 and f + 1 < len(blocks)
                    and _button(blocks[f + 1], verdicts[f + 1]))
        # A short line heads the box when a blurb stands between it and the field: a comment
        # form's fields ("Name (required)" / "Email (required)") follow one another.
        head = next((h for h in range(f - 1, max(f - 1 - FORM_REACH, -1), -1)
                     if _form_heading(blocks[h], verdicts[h], buttoned and any(
                         ends_sentence(blocks[k].text) for k in range(h + 1, f)))), None)
        if head is None or any(verdicts[i] is not None or blocks[i].words > RUN_LINE_MAX_WORDS
                               for i in range(head + 1, f)):
            continue
        # A story's subhead ("E-mail first" under "How the newsletter grew") has its
        # paragraph under it; a form has its button, its fine print or the box's end.
        if (f + 1 < len(blocks) and verdicts[f + 1] is None
                and blocks[f + 1].words > RUN_LINE_MAX_WORDS):
            continue
        end = f + 1 + buttoned
        if end < len(blocks) and verdicts[end] is None and blocks[end].words <= RUN_LINE_MAX_WORDS \
                and ends_sentence(blocks[end].text) \
                and (end + 1 == len(blocks) or verdicts[end + 1] is not None
                     or patterns.has_cue(blocks[end].lower, _FINE_PRINT_TERMS)):
            end += 1
        found.update(i for i in range(head, end) if verdicts[i] is None)
    return frozenset(found)


def form_box(block: Block, ctx: Context) -> bool:
    """Drop a signup box told by its e-mail field, in a language the box's phrases do not
    hold: its heading naming a newsletter, a line of blurb, the field, the button, the fine
    print.

    Example: "Abonează-te la newsletter" / "Primește știrile zilei pe e-mail." / "Adresa ta de
    e-mail" / "Abonează-mă" / "Prin abonare, ești de acord cu Politica de confidențialitate."
    """
    return ctx.index in form_boxes(ctx)


def form_boxes(ctx: Context) -> frozenset[int]:
    """The page's lines that ``form_box`` removes, found once."""
    return ctx.memo("newsletter.form_boxes", _form_boxes)


def _is_signup(verdict: str | None) -> bool:
    return verdict is not None and verdict.startswith("newsletter.")


def _reaching(ctx: Context) -> tuple[list[bool], list[bool]]:
    """For every block, whether walking up the page (and down), short lines lead to a part of
    a signup box before anything else, within the signup window: found in one walk each way,
    for the whole page, rather than in a walk from every block."""
    window = ctx.options.signup_window
    verdicts, blocks = ctx.verdicts, ctx.blocks
    reached = []
    for order in (range(len(blocks)), range(len(blocks) - 1, -1, -1)):
        found = [False] * len(blocks)
        part = None  # how far back the nearest part of a box is, with only short lines between
        for i in order:
            found[i] = part is not None and part <= window
            if _is_signup(verdicts[i]):
                part = 1
            elif verdicts[i] is None and blocks[i].words > RUN_LINE_MAX_WORDS:
                part = None
            elif part is not None:
                part += 1
        reached.append(found)
    return reached[0], reached[1]


def _in_signup_box(ctx: Context) -> bool:
    """The block stands in a small group of lines (one chunk of text, one HTML container) that
    holds two or more parts of a signup box: the box's name and blurb above its form, the
    reassurance under its button. One part alone may be a "Subscribe" link in a menu; a group
    wider than the signup window is a page copied without blank lines, not a box."""
    group = ctx.blocks[ctx.index].group
    i = ctx.index
    if group < 0 or not (i > 0 and ctx.blocks[i - 1].group == group
                         or i + 1 < len(ctx.blocks) and ctx.blocks[i + 1].group == group):
        return False  # alone in its group, as every paragraph of plain text is
    window = ctx.options.signup_window
    parts = 0
    for step in (-1, 1):
        reach = 0
        for other, verdict in ctx.neighbours(step, window + 1):
            if other.group != group:
                break
            reach += 1
            parts += _is_signup(verdict)
        if reach > window:
            return False
    return parts >= 2


def signup_run(block: Block, ctx: Context) -> bool:
    """Drop the short lines inside a newsletter box, between its heading and its fine print.

    A product name and its blurb say nothing about signing up by themselves; they are junk
    because they stand between two parts of a signup box. A bare "Thank You!" next to one is the
    box's confirmation.
    The lines of one chunk that holds two parts of a box are the box's too: its name above the
    email field, "We'll never share your email." under the button.
    Example: "Daily Digest" / "Start and finish your day with the top stories." between
    "Get The Harbor Ledger In Your Inbox!" and "By clicking “Subscribe,” you agree…".
    """
    if patterns.THANK_YOU.match(block.lower) and (
        _is_signup(ctx.removed_by(ctx.index - 1) if ctx.index else None)
        or (ctx.index + 1 < len(ctx.blocks) and _is_signup(ctx.removed_by(ctx.index + 1)))
    ):
        return True
    up, down = ctx.memo("newsletter.reaching", _reaching)
    return up[ctx.index] and down[ctx.index] or _in_signup_box(ctx)
