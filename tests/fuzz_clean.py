"""Fuzz target for ``cleaner.clean``, and the input strategies the property tests share.

The target feeds ``clean`` bytes and text of every shape (raw bytes, arbitrary text, article-like
plain text, generated HTML, HTML tag soup, known pages with bytes flipped, cut or spliced) and
checks that it returns a well-formed ``Article`` or raises a documented ``CleanerError``, and
nothing else.

In CI, ``tests/test_robustness.py::test_fuzz_target_bounded`` runs it for 200 examples. A longer
run, from the repository root:

    FUZZ_EXAMPLES=100000 .venv/bin/python tests/fuzz_clean.py

(``FUZZ_SEED=n`` makes a run reproducible; hypothesis shrinks and prints any failing input.)
With atheris installed, the same target runs under libFuzzer's coverage-guided search:

    .venv/bin/python tests/fuzz_clean.py --atheris -max_total_time=3600
"""

from __future__ import annotations

import html
import json
import os
import sys

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

import cleaner
from cleaner import Article, CleanerError

# ---------------------------------------------------------------- text pieces

_WORDS = (
    "the council voted on harbor plan after long debate and residents said it would cost "
    "million dollars over five years mayor city officials fishermen boats water port town "
    "budget school new bridge road police report on Tuesday in Bayport said Maya Chen "
    "Harbor Council Plan Vote Approved Friday März Straße über très été niño año café "
    "naïve São Paulo Zürich 2025 14 3.5 $22,000 6-1 U.S. it's don’t “quoted” (AP) — – … "
    "newsletter subscribe photo credit share email advertisement cookies comments related"
).split()
_CJK_SENTENCES = ("東京都は月曜日、新しい防災計画を発表した。", "市民の多くはこの計画に賛成している。",
                  "港の工事は来年の春に始まる予定だ。")
# Page furniture the filters look for, so the generated pages exercise their removals.
JUNK_LINES = (
    "Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Share this article",
    "Facebook Twitter Email Print", "Sign up for our newsletter", "Get the Morning Brief in your inbox!",
    "By signing up, you agree to our Terms of Use and Privacy Policy.", "Thank You!",
    "Photo: Dana Ruiz/Reuters", "Dana Ruiz/Harbor Ledger via Getty Images", "Image 3 of 12",
    "By Maya Chen and Tom Ruiz, Staff Writers", "Published March 3, 2025 at 6:14 p.m. ET",
    "Updated 2 hours ago", "Read more: Council approves harbor dredging plan", "Related",
    "More from The Harbor Ledger", "Ferry Fares To Rise In Spring", "Home", "News", "Sports",
    "Opinion", "© 2025 The Harbor Ledger. All rights reserved.", "Comments (14)",
    "Join the conversation", "We use cookies to improve your experience on our site.",
    "Accept all", "Subscribe to continue reading.", "You have 2 free articles remaining.",
    "Listen to this article", "5 min read", "Tags: harbor, dredging, council",
    "Got a tip? Email us at tips@ledger.example.", "Bayport, 54°F", "DOW 38,112.40 ▲0.4%",
    "Maya Chen is a senior reporter covering city hall for The Harbor Ledger.",
    "This article originally appeared in The Bayport Review.", "Anzeige", "Publicité",
    "Lesen Sie auch: Hafen wird ausgebaggert", "https://ledger.example/news/harbor",
)
# Characters that normalisation treats specially, mixed into generated text.
ODD_CHARS = "\u00a0\u200b\u2060\ufeff\u00ad\u2009\u3000\t\r\x0c\u2028\u0085"

words = st.sampled_from(_WORDS)


@st.composite
def sentences(draw) -> str:
    n = draw(st.integers(3, 18))
    text = " ".join(draw(st.lists(words, min_size=n, max_size=n)))
    return text[:1].upper() + text[1:] + draw(st.sampled_from(".!?.."))


@st.composite
def paragraphs(draw) -> str:
    if draw(st.integers(0, 15)) == 0:
        return "".join(draw(st.lists(st.sampled_from(_CJK_SENTENCES), min_size=1, max_size=4)))
    return " ".join(draw(st.lists(sentences(), min_size=1, max_size=5)))


@st.composite
def title_lines(draw) -> str:
    n = draw(st.integers(2, 9))
    return " ".join(w[:1].upper() + w[1:] for w in draw(st.lists(words, min_size=n, max_size=n)))


noise = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",))
                | st.sampled_from(ODD_CHARS), max_size=60)


def _sprinkle(draw, text: str) -> str:
    """Put a few odd spaces and invisible characters into the text."""
    for _ in range(draw(st.integers(0, 2))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(ODD_CHARS)) + text[at:]
    return text


# ---------------------------------------------------------------- plain-text pages

@st.composite
def plain_pages(draw) -> str:
    """A scraped page: a head of title lines, then paragraphs mixed with junk lines and noise."""
    pieces = draw(st.lists(title_lines(), max_size=2))
    body = st.one_of(paragraphs(), paragraphs(), paragraphs(), st.sampled_from(JUNK_LINES),
                     title_lines(), noise)
    pieces += draw(st.lists(body, min_size=0, max_size=14))
    out = []
    for piece in pieces:
        if draw(st.integers(0, 6)) == 0 and len(piece) > 80:
            # Hard-wrapped at a terminal's width, as copied from a text-mode page.
            import textwrap

            piece = "\n".join(textwrap.wrap(piece, draw(st.integers(50, 78))))
        if draw(st.booleans()):
            piece = _sprinkle(draw, piece)
        out.append(piece)
        out.append(draw(st.sampled_from(("\n\n", "\n\n", "\n", "\r\n\r\n", "\n \n", "\n\u00a0\n",
                                          "\n\n\n"))))
    return "".join(out)


# ---------------------------------------------------------------- HTML pages

CLASSES = ("", "", "", "content", "story-body", "article-body", "related", "newsletter-promo",
           "share", "byline", "caption", "ad-slot", "comments", "standfirst", "x7f3k", "main")
WRAPPERS = ("p", "p", "p", "div", "article", "li", "h2", "blockquote", "section", "aside", "nav",
            "figure", "td", "two")


def _attr(draw) -> str:
    cls = draw(st.sampled_from(CLASSES))
    return f' class="{cls}"' if cls else ""


@st.composite
def html_pieces(draw) -> str:
    """One element of a page's body, including the shapes whose text runs together if the
    extractor joins an element's text nodes without a space: a <br> inside a paragraph, two
    paragraphs in one cell, list item or quote."""
    text = draw(st.one_of(paragraphs(), paragraphs(), st.sampled_from(JUNK_LINES), title_lines(),
                          noise))
    if draw(st.booleans()):
        text = _sprinkle(draw, text)
    body = html.escape(text, quote=False)
    tag = draw(st.sampled_from(WRAPPERS))
    if draw(st.integers(0, 5)) == 0 and ". " in body:
        body = body.replace(". ", draw(st.sampled_from((".<br>", ".<br/>\n", ". <br> "))), 1)
    if draw(st.integers(0, 4)) == 0 and " " in body:
        # Inline markup and entities inside the text.
        head, tail = body.split(" ", 1)
        inline = draw(st.sampled_from(("a href=\"/x\"", "b", "em", "span", "strong")))
        body = f"<{inline}>{head}</{inline.split()[0]}> {tail}"
    if tag == "li":
        return f"<ul{_attr(draw)}><li>{body}</li></ul>"
    if tag == "td":
        return f"<table><tr><td>{body}</td></tr></table>"
    if tag == "two":
        # Two paragraphs in one cell, item or quote: they must not run together.
        second = html.escape(draw(paragraphs()), quote=False)
        outer = draw(st.sampled_from(("td", "li", "blockquote", "div")))
        open_, close = {"td": ("<table><tr><td>", "</td></tr></table>"),
                        "li": ("<ul><li>", "</li></ul>")}.get(outer, (f"<{outer}>", f"</{outer}>"))
        return f"{open_}<p>{body}</p><p>{second}</p>{close}"
    if tag == "figure":
        return f"<figure><img src=\"a.jpg\"><figcaption>{body}</figcaption></figure>"
    return f"<{tag}{_attr(draw)}>{body}</{tag}>"


@st.composite
def html_pages(draw) -> str:
    """A page: optional metadata in the head, then wrapped paragraphs and junk in the body."""
    head = []
    if draw(st.booleans()):
        head.append(f"<title>{html.escape(draw(title_lines()), quote=False)}</title>")
    if draw(st.booleans()):
        head.append(f'<meta property="og:title" content="{html.escape(draw(title_lines()))}">')
    if draw(st.booleans()):
        head.append(f'<meta name="description" content="{html.escape(draw(sentences()))}">')
    if draw(st.booleans()):
        ld = {"@type": "NewsArticle", "headline": draw(title_lines()),
              "description": draw(sentences())}
        head.append('<script type="application/ld+json">'
                    + json.dumps(ld).replace("</", "<\\/") + "</script>")
    parts = draw(st.lists(html_pieces(), min_size=0, max_size=14))
    if draw(st.booleans()):
        parts.insert(0, f"<h1>{html.escape(draw(title_lines()), quote=False)}</h1>")
    outer = draw(st.sampled_from(("article", "div", "main", "")))
    inner = "\n".join(parts)
    if outer:
        inner = f"<{outer}{_attr(draw)}>{inner}</{outer}>"
    doctype = draw(st.sampled_from(("<!DOCTYPE html>", "", "<!doctype html>\n")))
    return (f"{doctype}<html><head><meta charset=\"utf-8\">{''.join(head)}</head>"
            f"<body>{inner}</body></html>")


# ---------------------------------------------------------------- raw and mutated inputs

SEED_PAGE = (
    "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Harbor Plan Wins | Ledger</title>"
    "</head><body><nav><a href=\"/\">Home</a></nav><article><h1>Harbor Plan Wins</h1>"
    "<p>The Bayport council voted 6-1 on Tuesday to dredge the harbor, ending a two-year dispute"
    " over who pays for the work.</p><div class=\"ad\">Advertisement</div><p>Residents said the"
    " plan would cost about $22 million over five years.</p></article></body></html>"
)
_TAGS = ("<p>", "</p>", "<div>", "</div>", "<br>", "<!--", "-->", "<![CDATA[", "]]>", "<script>",
         "</script>", "<html>", "<body>", "<a href='", "'>", "&amp;", "&#", "&#x110000;", "<?xml",
         "<meta charset=", "utf-16", "\x00", "\n\n", "<table><tr><td>", "<h1>", "<li>")


@st.composite
def mutated(draw) -> bytes:
    """The seed page with bytes flipped, inserted, deleted, or the page cut or doubled."""
    data = bytearray(SEED_PAGE.encode(draw(st.sampled_from(("utf-8", "utf-16", "cp1252")))))
    for _ in range(draw(st.integers(1, 8))):
        op = draw(st.integers(0, 4))
        at = draw(st.integers(0, len(data)))
        if op == 0 and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif op == 1:
            data[at:at] = draw(st.binary(min_size=1, max_size=12))
        elif op == 2:
            del data[at:at + draw(st.integers(1, 40))]
        elif op == 3:
            data = data[:at]
        else:
            data[at:at] = draw(st.sampled_from(_TAGS)).encode()
    return bytes(data)


tag_soup = st.lists(st.sampled_from(_TAGS) | st.sampled_from(JUNK_LINES) | noise,
                    max_size=40).map("".join)

inputs = st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=500),
    plain_pages(),
    plain_pages().map(lambda s: s.encode("utf-8")),
    html_pages(),
    html_pages().map(lambda s: s.encode(draw_encoding(s))),
    tag_soup,
    tag_soup.map(lambda s: s.encode("utf-8", "surrogatepass")),
    mutated(),
)


def draw_encoding(text: str) -> str:
    """UTF-16 for some pages (with BOM), UTF-8 for the rest; stable per text."""
    return "utf-16" if len(text) % 5 == 0 else "utf-8"


# ---------------------------------------------------------------- the target


def check_one(source: str | bytes) -> Article | None:
    """Clean one input; fail unless the result is a well-formed Article or a CleanerError."""
    try:
        article = cleaner.clean(source)
    except CleanerError:
        return None
    assert isinstance(article, Article)
    assert isinstance(article.paragraphs, tuple)
    for paragraph in article.paragraphs:
        assert isinstance(paragraph, str) and paragraph.strip(), repr(paragraph)
        assert "\n" not in paragraph, repr(paragraph)
    for text in (article.headline, article.dek):
        assert text is None or isinstance(text, str) and text.strip()
    if not article.paragraphs:
        assert article.notes, "an empty article must say why"
    assert article.source_kind in ("text", "html", "binary")
    if article.source_kind == "binary":
        assert not article.paragraphs and article.notes
    # The result serialises: no lone surrogates or other text an encoder refuses.
    json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")
    return article


def target(source: str | bytes) -> None:
    check_one(source)


def fuzz(examples: int, seed_value: int | None = None) -> None:
    """Run the target on ``examples`` generated inputs (raises on the first failure)."""
    run = settings(max_examples=examples, deadline=None, database=None,
                   suppress_health_check=list(HealthCheck))(given(inputs)(target))
    if seed_value is not None:
        run = seed(seed_value)(run)
    run()


def _atheris_main() -> None:  # pragma: no cover - needs atheris, run by hand
    import atheris

    run = settings(deadline=None, suppress_health_check=list(HealthCheck))(
        given(inputs)(target))
    argv = [a for a in sys.argv if a != "--atheris"]
    atheris.Setup(argv, run.hypothesis.fuzz_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    if "--atheris" in sys.argv:
        _atheris_main()
    else:
        fuzz(int(os.environ.get("FUZZ_EXAMPLES", "100000")),
             int(os.environ["FUZZ_SEED"]) if "FUZZ_SEED" in os.environ else None)
        print("fuzz: no failure")
