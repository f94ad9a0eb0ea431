"""Filters that need the page's structure: where a block sat in the HTML and how much of it was
links. On plain text these hints are empty and the filters never fire."""

from __future__ import annotations

from cleaner.context import Context
from cleaner.model import Block
from cleaner.textutil import ends_sentence

# Class and id tokens (of the element and its nearest ancestors) that name page furniture, or
# text for screen readers only ("visually-hidden", "sr-only", "screen-reader-text": a label no
# reader sees, "Article content").
JUNK_CLASS_TOKENS = frozenset(
    """newsletter newsletters signup subscribe subscription paywall related recommended
    recommendations recirc recirculation promo promotion sponsored sponsor advert advertisement
    advertising adslot adunit share sharing sharebar byline bio biography credit credits caption
    cutline cutlines
    copyright breadcrumb breadcrumbs comments disclaimer outbrain taboola mostread trending
    popular tags tagcloud cta upsell gate regwall donate donation donations comment comentarios comentario commentaires commentaire
    kommentare kommentar commenti commento comentários comentário reacties reactie
    yorumlar yorum komentarze komentarz komentare komentari kommentarer kommentit diskuse diskusia
    hozzaszolasok comentarii sxolia
    firma autor auteur autore infobox navbox reflist references toc vcard contact
    visually visuallyhidden sr screen""".split())


def link_list(block: Block, ctx: Context) -> bool:
    """Drop a block that is mostly link text and not a sentence: a menu entry, a teaser link.

    A linked sentence ("A new game is finally coming out — but only for VR.") is prose that
    links out, and stays; so does a quoted post, whose embed links its text to the post itself
    (an Instagram caption).
    Example: <li><a href="/music/amas">Jonas Brothers Added to Awards Lineup</a></li>
    """
    return (block.link_density > ctx.options.link_density_max and not ends_sentence(block.text)
            and block.kind != "quote")


def caption(block: Block, ctx: Context) -> bool:
    """Drop the caption and credit of a picture.

    Example: <figure><img ...><figcaption>Crews lift the last stone.</figcaption></figure>
    """
    return "figcaption" in block.containers or "figure" in block.containers


def form(block: Block, ctx: Context) -> bool:
    """Drop the text of a form: signup boxes, search fields, buttons.

    Example: <form class="signup"><label>Email address</label><button>Sign up</button></form>
    """
    return bool(block.containers & {"form", "button", "label", "select"})


def aside(block: Block, ctx: Context) -> bool:
    """Drop a block inside an aside: related links, fact boxes, pull quotes that repeat the body.

    Example: <aside class="related"><h3>Related</h3><ul>…</ul></aside>
    """
    return bool(block.containers & {"aside", "complementary"})


def site_chrome(block: Block, ctx: Context) -> bool:
    """Drop a block inside the site's navigation or footer.

    Example: <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    """
    return bool(block.containers & {"nav", "navigation", "footer", "contentinfo"})


def dialog(block: Block, ctx: Context) -> bool:
    """Drop the text of an overlay dialog: cookie consent, paywall or signup modals.

    Example: <div role="dialog">We value your privacy… <button>Accept all</button></div>
    """
    return bool(block.containers & {"dialog"})


def furniture_class(block: Block, ctx: Context) -> bool:
    """Drop a short block whose element is classed as page furniture.

    Example: <p class="article-byline">Maya Chen</p>, <div class="newsletter-promo">…</div>
    """
    return bool(block.classes & JUNK_CLASS_TOKENS)
