"""The head of an HTML page: what it says of itself (JSON-LD, meta tags, title, h1), and from
that the headline and dek, chosen by agreement between the sources."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from copy import deepcopy
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from html import unescape
from itertools import chain, islice

from lxml import etree

from cleaner import headline as text_head
from cleaner import patterns, prose
from cleaner.context import ALONE
from cleaner.filters import chrome
from cleaner.html import text_of, tokens, without_anchor
from cleaner.model import Block
from cleaner.options import Options
from cleaner.textutil import collapse, word_key, words

# A site's name is at most this long.
SITE_NAME_MAX_WORDS = 6
# A title of at least this many parts may be a path: site, sections, headline.
PATH_MIN_PARTS = 3
# The headline and dek are looked for among this many first kept blocks of the body.
HEAD_SCAN = 8
# A description is a body paragraph's copy when this share of its words (the first
# LEDE_COMPARE_WORDS of them) run in the same order in the paragraph's opening (LEDE_WINDOW
# times as many words: a word or two inserted); a body block shorter than LEDE_MIN_WORDS
# inside it is a heading.
LEDE_SIMILAR = 0.9
LEDE_COMPARE_WORDS = 60
LEDE_WINDOW = 1.2
LEDE_MIN_WORDS = 8
# A description that opens with this many of the first paragraph's words is its opening.
LEDE_OPENING_WORDS = 12
# A description is about the article when it shares this many of its common words (not
# names, not stop words) with the headline and the body's opening.
TOPIC_WORDS = 2
# Or when it shares this many words, names among them, and one common word.
TOPIC_NAMES = 4
# A one-word site name this short ("Star") is too common a word to tell a site's description.
OUTLET_KEY_CHARS = 8
# A year, even glued to the word after it ("2019Updated").
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# An article's h1 this short may be a label ("Opinion"), not its headline.
H1_MIN_WORDS = 4
# Two titles are the same when this share of the shorter one's words is in the other.
SAME_TITLE_SHARE = 0.8


@dataclass
class Meta:
    """The page's own statements about its headline and summary, by source."""

    jsonld_headline: str | None = None
    jsonld_description: str | None = None
    og_title: str | None = None
    og_description: str | None = None
    twitter_title: str | None = None
    twitter_description: str | None = None
    meta_description: str | None = None
    title: str | None = None
    site_name: str | None = None
    h1: str | None = None
    h1_in_article: bool = False
    # The h1 is classed as the headline ("<h1 class="headline">"), not as a logo or a name.
    h1_classed: bool = False
    # The word keys of h1s that are the site's logo (all a link home): no headline.
    logos: frozenset[str] = frozenset()
    dek_elements: list[str] = field(default_factory=list)
    # Those of them that stand under the byline or date: what the body repeats of them is its
    # lede.
    deks_under_byline: frozenset[str] = frozenset()
    # Lead boxes the descriptions do not repeat: the dek where the body lacks them.
    lead_elements: list[str] = field(default_factory=list)
    # The page, for what is read from it only when needed (its headings).
    tree: etree._Element | None = field(default=None, repr=False, compare=False)
    # Its JSON-LD scripts, kept apart from the tree that no longer holds them (html.Page.jsonld).
    jsonld: etree._Element | None = field(default=None, repr=False, compare=False)
    # The objects of those scripts, and each <meta>'s (property, name, itemprop, http-equiv,
    # content): read once for the head and the article's fields (``metadata``).
    jsonld_objects: list[dict] = field(default_factory=list, repr=False, compare=False)
    meta_elements: list[tuple[str | None, ...]] = field(default_factory=list, repr=False,
                                                       compare=False)

    def has_descriptions(self) -> bool:
        """Whether the page describes itself at all (a dek element, a meta description): a page
        that does says where its dek is, or that it has none."""
        return bool(self.dek_elements or self.jsonld_description or self.og_description
                    or self.twitter_description or self.meta_description)

    def headings(self) -> list[str]:
        """The texts that may be the page's headline (read once, when first asked)."""
        found = self.__dict__.get("_headings")
        if found is None:
            found = self.__dict__["_headings"] = _headings(self.tree) if self.tree is not None else []
        return found

    def heading_keys(self) -> frozenset[str]:
        """The headings' word keys, as the title and its parts are compared with them."""
        keys = self.__dict__.get("_heading_keys")
        if keys is None:
            keys = self.__dict__["_heading_keys"] = frozenset(map(word_key, self.headings()))
        return keys


def _meta_elements(tree: etree._Element) -> list[tuple[str | None, ...]]:
    """Each <meta>'s property, name, itemprop, http-equiv and content."""
    return [(el.get("property"), el.get("name"), el.get("itemprop"), el.get("http-equiv"),
             el.get("content")) for el in tree.iter("meta")]


def _meta_tags(elements: list[tuple[str | None, ...]]) -> dict[str, str]:
    """Each <meta> property or name with its first non-empty content."""
    found: dict[str, str] = {}
    for prop, name, _, _, content in elements:
        key = (prop or name or "").strip().lower()
        if key and key not in found:
            content = collapse(content or "")
            if content:
                found[key] = content
    return found


_ARTICLE_TYPES = {"newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
                  "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "liveblogposting",
                  "webpage", "report", "scholarlyarticle", "techarticle", "socialmediaposting"}


def _jsonld_objects(tree: etree._Element) -> Iterator[dict]:
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.append(item["@graph"])
                yield item


def _jsonld_article(objects: list[dict]) -> tuple[str | None, str | None, str | None]:
    """headline, description and publisher name of the first article object in the JSON-LD."""
    site = None
    for item in objects:
        types = item.get("@type", "")
        types = [types] if isinstance(types, str) else types if isinstance(types, list) else []
        lowered = {str(t).lower() for t in types}
        if "website" in lowered or "organization" in lowered or "newsmediaorganization" in lowered:
            site = site or (item.get("name") if isinstance(item.get("name"), str) else None)
        if lowered & _ARTICLE_TYPES and lowered != {"webpage"}:
            headline = item.get("headline") or item.get("name")
            description = item.get("description") or item.get("alternativeHeadline")
            publisher = item.get("publisher")
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                site = site or publisher["name"]
            # JSON-LD is written by templates that often escape its strings as HTML too.
            return (collapse(unescape(headline)) if isinstance(headline, str) else None,
                    collapse(unescape(description)) if isinstance(description, str) else None,
                    site)
    return None, None, site


_DEK_TOKENS = frozenset(
    "dek deck sub subtitle subheadline subhead subhed standfirst summary strapline excerpt intro "
    "chapo chapeau sottotitolo entradilla bajada vorspann abstract "
    # Beyond the seven languages: Turkish and Vietnamese (others in _DEK_PARTS).
    "spot sapo".split())
# Elements a dek is written in: a paragraph, a box, or a heading of any level below the h1.
_DEK_TAGS = frozenset(("p", "div", "span", "td", "h2", "h3", "h4", "h5", "h6"))
_LEAD_TOKENS = frozenset(("lead", "lede", "leadin"))
_MEDIA_TAGS = ("img", "picture", "figure", "video", "iframe", "svg")
# A description that is a lead's first sentence has at least this many words.
LEAD_OPENING_WORDS = 6
# schema.org microdata names a dek as the article's description or alternative headline.
_DEK_PROPS = frozenset(("description", "alternativeHeadline"))
_SUBHEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
# Parts of class names that mark a dek even inside a longer name ("article__standfirst").
_DEK_PARTS = ("standfirst", "subtitle", "subhead", "subhed", "dek", "deck", "strap", "precis",
              # The seven languages' own words for it: "chapo", "entradilla", "vorspann" …
              "chapo", "chapeau", "entradilla", "bajada", "vorspann", "sottotitolo", "sommario",
              # Beyond the seven languages: Czech and Slovak, Nordic, Polish.
              "perex", "ingress", "zajawka",
              # A magazine's dek ("rubric"; its section link is an <a>, no dek's element).
              "rubric",
              # A post's description, not the site's ("site-description", a theme's tagline).
              "postdescription", "articledescription", "entrydescription", "storydescription",
              "postdesc", "articledesc", "entrydesc", "storydesc")
# Parts of class names of a kicker set inside the headline, and of the text a page hides from
# sight but gives screen readers (the ":" between kicker and headline).
_KICKER_PARTS = ("kicker", "dachzeile", "overline", "eyebrow", "topline", "roofline",
                 "surtitre", "antetitulo", "occhiello", "supertitle", "hidden")
# A subheading right under the headline this long is a sentence: its subtitle.
SUBTITLE_MIN_WORDS = 8
# Parts of class names of the byline and date, and of the share boxes beside them.
_BYLINE_PARTS = ("byline", "author", "date")
_META_PARTS = (*_BYLINE_PARTS, "share")
# How many elements after the headline a dek may stand, and the paragraph length that shows
# the body has begun.
DEK_SCAN = 40
BODY_PARAGRAPH_CHARS = 150


def _after_headline(tree: etree._Element, h1: etree._Element | None) -> Iterator[etree._Element]:
    """The elements that follow the headline, until the body's first real paragraph.

    A dek stands between the headline and the body; a subhead further down is the body's.
    Without an h1, the page from its top.
    """
    if h1 is None:
        following: Iterator[etree._Element] = tree.iter()
    else:
        following = _following(h1)
    for count, el in enumerate(following):
        # A long paragraph starts the body, unless it is named a standfirst outright ("summary"
        # or "intro" may name the lede).
        if count >= DEK_SCAN or (el.tag == "p" and len(text_of(el)) > BODY_PARAGRAPH_CHARS
                                 and not _named_dek(el) and not _dek_prop(el)
                                 and not _in_header_classed(el) and not _standfirst_over_byline(el, h1)
                                 and not _lead_classed(el) and not _classed_over_byline(el)):
            return
        yield el


def _standfirst_over_byline(el: etree._Element, h1: etree._Element | None) -> bool:
    """A paragraph right under the headline with the byline or date under it, however long:
    the standfirst ("<h1>…</h1><p><em>Ashford's ballclub traded …</em></p><div>Posted by …")."""
    return h1 is not None and el.getprevious() is h1 and _over_byline(el, by_text=True)


def _following(el: etree._Element) -> Iterator[etree._Element]:
    """Every element after this one in document order (its own subtree excluded)."""
    node: etree._Element | None = el
    while node is not None:
        for sibling in node.itersiblings():
            yield sibling
            yield from sibling.iterdescendants()
        node = node.getparent()


def _named_dek(el: etree._Element) -> bool:
    # "sub-headline", "sub_title": the parts are matched with the joins taken out; a kicker's
    # class is none ("episode-kicker" joined holds "dek").
    joined = f"{el.get('class', '')} {el.get('id', '')}".lower().replace("-", "").replace("_", "")
    return any(t in joined for t in _DEK_PARTS) and not any(t in joined for t in _KICKER_PARTS)


def _classed_over_byline(el: etree._Element) -> bool:
    """A paragraph classed a summary or intro with the byline or date right under it: the
    standfirst, not the body's first paragraph ("<p class="article-intro">…</p><div
    class="byline">")."""
    return _dek_classed(el) and _over_byline(el)


def _over_byline(el: etree._Element, *, by_text: bool = False) -> bool:
    """The element right after this one is a date, or classed as a byline or date; with
    ``by_text``, or reads as a byline ("By Nadia Kwan")."""
    following = el.getnext()
    return following is not None and isinstance(following.tag, str) and (
        following.tag == "time" or _class_has(following, _BYLINE_PARTS)
        or by_text and patterns.BYLINE.match(collapse(text_of(following))) is not None)


def _in_header(el: etree._Element) -> bool:
    return any(a.tag == "header" for a in el.iterancestors())


def _lead_classed(el: etree._Element) -> bool:
    """Classed a lead: the standfirst on some sites, the body's first paragraph on others."""
    return _class_has(el, ("lead", "lede")) and bool(_LEAD_TOKENS.intersection(tokens(el)))


def _lead_apart(el: etree._Element) -> bool:
    """A lead set apart from the body: in the article's <header>, or with the lead picture
    right under it, before the body's paragraphs."""
    following = el.getnext()
    return _in_header(el) or (
        following is not None and isinstance(following.tag, str) and following.tag != "p"
        and (following.tag in _MEDIA_TAGS or next(following.iter(*_MEDIA_TAGS), None) is not None))


def _in_header_classed(el: etree._Element) -> bool:
    """A "summary" or "intro" in the article's <header> is its standfirst, not its lede."""
    return _dek_classed(el) and _in_header(el)


def _dek_classed(el: etree._Element) -> bool:
    """Classed or marked as a dek; a site's own subtitle ("siteSub", "site-subtitle": its
    tagline) is not the article's."""
    if _dek_prop(el):
        return True
    if not _names_of(el):
        return False
    parts = set(tokens(el))
    return "site" not in parts and (bool(parts & _DEK_TOKENS) or _named_dek(el))


def _dek_prop(el: etree._Element) -> bool:
    """Marked in the page's microdata as the article's description or alternative headline."""
    return any(prop in _DEK_PROPS for prop in el.get("itemprop", "").split())


def _heading_text(h1: etree._Element) -> str:
    """The headline's text without the kicker a page sets inside its <h1> ("<span
    class="kicker">Mobilität auf dem Land</span><span class="visually-hidden">:</span>
    <span>Kellbach testet Rufbus</span>"): the kicker is a label of the section or topic."""
    text = without_anchor(collapse(text_of(h1)))
    if not any(map(_kicker, h1.iterdescendants())):
        return text
    copy = deepcopy(h1)
    for el in filter(_kicker, copy.iterdescendants()):
        el.text, el[:] = None, []
    rest = collapse(text_of(copy))
    return rest if len(rest.split()) >= H1_MIN_WORDS else text


def _kicker(el: etree._Element) -> bool:
    return isinstance(el.tag, str) and _class_has(el, _KICKER_PARTS)


def _holds_metadata(el: etree._Element) -> bool:
    """A box classed like a dek that holds the byline, the date or the share buttons (a
    theme's "entry-subhead"), not a standfirst."""
    return any(d.tag == "time" or _class_has(d, _META_PARTS)
               for d in el.iterdescendants() if isinstance(d.tag, str))


def _class_has(el: etree._Element, parts: Sequence[str]) -> bool:
    """The element's class or id holds one of the parts ("article__kicker" holds "kicker");
    an element with neither, as most are, is told at once."""
    names = _names_of(el)
    return bool(names) and any(part in names for part in parts)


def _dek_elements(tree: etree._Element, h1: etree._Element | None, descriptions: Sequence[str | None]
                  ) -> tuple[list[str], frozenset[str], list[str]]:
    """Texts of the elements between headline and body that are a dek: classed or marked up
    as a dek/subtitle/standfirst, or a subheading that says what the page's description says
    (the standfirst of a page that names it nothing); those of them that stand under the
    byline or the date; and the lead boxes no description repeats."""
    described = {word_key(text) for text in descriptions if text}
    # A header may set the dek before the headline in its source and let its style sheet put
    # it under it: the headline's earlier siblings are looked at too (as far as the headline's
    # followers are), for a classed one.
    before = islice((el for sibling in h1.itersiblings(preceding=True) for el in sibling.iter()),
                    DEK_SCAN) if h1 is not None else iter(())
    found = []
    leads = []
    under: set[str] = set()
    first = h1 is not None  # the first element with text after the headline is still ahead
    bylined = False  # a byline or date has stood between the headline and this element
    for el in chain(_after_headline(tree, h1), before):
        tag = el.tag
        if not isinstance(tag, str):
            continue
        text = None  # read only where needed: a box's text is all the page below it
        subtitle = False
        if first and tag in _SUBHEADINGS:
            # A subheading of a sentence right under the headline is its subtitle, whatever
            # the page's description says ("<h1>…</h1><h2>With the reservoir at 41 percent, …").
            text = text_of(el)
            subtitle = len(text.split()) >= SUBTITLE_MIN_WORDS
        if first and tag == "p" and not _class_has(el, _META_PARTS):
            # A paragraph right under the headline, over the byline or date, is its
            # standfirst, whatever its class ("<h1>…</h1><p class="css-yl3rj4">…</p><div
            # class="byline">").
            subtitle = _over_byline(el, by_text=True)
            text = text_of(el) if subtitle else None
        first = first and not (text or el.text and el.text.strip())
        classed = tag in _DEK_TAGS and _dek_classed(el) and not _holds_metadata(el)
        # A lead paragraph the description repeats, or opens ("<p
        # class="gem-c-lead-paragraph">", "<div class="noticia__lead">"), is the dek; one it
        # does not is the body's first.
        lead = tag in ("p", "div") and not classed and _lead_classed(el)
        if classed or subtitle or lead or tag in _SUBHEADINGS:
            text = text_of(el) if text is None else text
            key = word_key(text)
            if not 20 <= len(text) <= 400:
                continue
            if classed or subtitle or key in described or (
                    lead and tag == "p" and _lead_apart(el)) or (
                    lead and any(key.startswith(f"{opening} ") for opening in described
                                 if len(opening.split()) >= LEAD_OPENING_WORDS)):
                found.append(text)
                if bylined:
                    under.add(text)
            elif lead and next(el.iter(*_MEDIA_TAGS), None) is None:
                # A "lead" box of a picture is the lead art, its text the caption.
                leads.append(text)
        elif tag == "time" or _class_has(el, _BYLINE_PARTS):
            bylined = True
    return found, frozenset(under), leads


def _names_of(el: etree._Element) -> str:
    """The element's class and id, lower-cased ("" for most elements, which have neither)."""
    names, ident = el.get("class"), el.get("id")
    if names is None and ident is None:
        return ""
    return f"{names or ''} {ident or ''}".lower()


def read_meta(tree: etree._Element, jsonld: etree._Element | None = None) -> Meta:
    """What the page says of itself. ``jsonld`` holds the page's JSON-LD scripts when the tree
    no longer does (``html.Page.jsonld``)."""
    objects = list(_jsonld_objects(tree if jsonld is None else jsonld))
    headline, description, site = _jsonld_article(objects)
    elements = _meta_elements(tree)
    tags = _meta_tags(elements)
    descriptions = (description, tags.get("og:description"), tags.get("twitter:description"),
                    tags.get("description"))
    title_el = tree.find(".//title")
    # The page's h1s, those inside an <article> or <main> first: one walk of the page, where
    # an XPath for each would walk it whole.
    h1s = list(tree.iter("h1"))
    in_article = [el for el in h1s if next(el.iterancestors("article", "main"), None) is not None]
    h1 = next((el for el in in_article or h1s if text_of(el) and not _logo(el)), None)
    title = _title_text(title_el)
    # Without an <h1> of text (a logo's) or with one of the site's name, the dek stands under
    # the heading the title holds.
    anchor = h1
    if title and (h1 is None or _site_part(collapse(text_of(h1)), title)):
        titled = _titled_heading_element(tree, title)
        anchor = h1 if titled is None else titled
    dek_elements, under_byline, leads = _dek_elements(tree, anchor, descriptions)
    return Meta(
        jsonld_headline=headline,
        jsonld_description=description,
        og_title=tags.get("og:title"),
        og_description=tags.get("og:description"),
        twitter_title=tags.get("twitter:title"),
        twitter_description=tags.get("twitter:description"),
        meta_description=tags.get("description"),
        title=title,
        site_name=tags.get("og:site_name") or tags.get("application-name") or site,
        h1=_heading_text(h1) if h1 is not None else None,
        h1_in_article=bool(in_article),
        h1_classed=h1 is not None and _headline_classed(h1),
        logos=frozenset(word_key(text_of(el)) for el in h1s if _logo(el)),
        dek_elements=dek_elements,
        deks_under_byline=under_byline,
        lead_elements=leads,
        tree=tree,
        jsonld=jsonld,
        jsonld_objects=objects,
        meta_elements=elements,
    )


def _site_part(heading: str, title: str) -> bool:
    """The heading is the part of a title of two that is not its longer one: the site's name
    ("El Heraldo de Valdemora" in "El Heraldo de Valdemora - Valdemora cerrará la calle
    Mayor")."""
    parts = [word_key(part) for part in _title_parts(title)]
    return len(parts) == 2 and word_key(heading) == min(parts, key=len) != max(parts, key=len)


def _titled_heading_element(tree: etree._Element, title: str) -> etree._Element | None:
    """The first heading (an h2 or h3, or an element classed as a headline) of a headline's
    length whose words the page's <title> holds: "<div class="headline">Fire destroys 14
    buses</div>" under "Fire destroys 14 buses | Evening Post"."""
    key = f" {word_key(title)} "
    for el in tree.iter("h2", "h3", "div", "span", "p"):
        if el.tag in ("h2", "h3") or _headline_classed(el):
            text = collapse(text_of(el))
            if len(words(text)) >= H1_MIN_WORDS and f" {word_key(text)} " in key:
                return el
    return None


def _title_text(title: etree._Element | None) -> str | None:
    """The <title>'s text. A CMS that leaves the element open lets a script's code in as text
    ("Bus routes merge | The Star<script>var dataLayer…"): the title ends where markup starts."""
    if title is None:
        return None
    text = collapse(text_of(title).split("<", 1)[0])
    return text or None


# Class and id words that name an element holding a headline.
_HEADLINE_TOKENS = frozenset(
    "headline headlines title entry storytitle storyheadline posttitle articletitle heading "
    # The 2000s' own words for it: "storyhead", "storyhed", "hed".
    "storyhead storyhed articlehead hed".split())
# Headings are read among this many first candidates of the page.
HEADINGS_SCAN = 40
# A heading is at most this long; old pages set theirs in a big font: <font size="4"> and up.
HEADING_MAX_WORDS = 30
_BIG_FONT = frozenset("4 5 6 7 +1 +2 +3 +4".split())


# Each word of _HEADLINE_TOKENS holds one of these: an element whose class and id hold none of
# them needs no closer look (most of a page's thousands of elements).
_HEADLINE_PARTS = ("title", "headline", "heading", "entry", "head", "hed")


def _headings(tree: etree._Element) -> list[str]:
    """The texts that may be the page's headline, in page order: its h1-h3, elements classed
    as a headline or title, and big bold text in an old page's <font>."""
    found = []
    for el in tree.iter("h1", "h2", "h3", "td", "div", "span", "p", "font", "b", "strong", "a"):
        tag = el.tag
        if tag in ("h1", "h2", "h3") or _headline_classed(el) or (
                tag == "font" and (el.get("size") or "").strip() in _BIG_FONT):
            text = without_anchor(collapse(text_of(el)))
            if text and len(words(text)) <= HEADING_MAX_WORDS:
                found.append(text)
                if len(found) == HEADINGS_SCAN:
                    break
    return found


def _headline_classed(el: etree._Element) -> bool:
    names = el.get("class")
    ident = el.get("id")
    if names is None and ident is None:
        return False
    names = f"{names} {ident}".lower()
    if not any(part in names for part in _HEADLINE_PARTS):
        return False
    # The site's own title, its logo's ("header__logo--title", "site-title"), is no headline.
    parts = set(tokens(el))
    return bool(_HEADLINE_TOKENS & parts) and not _MASTHEAD_TOKENS & parts


_MASTHEAD_TOKENS = frozenset(("logo", "brand", "masthead", "site"))


# On collapsed titles (single spaces): "A | B", "A|B", "A — B", "A - B", "A :: B", "A_B".
_SITE_SEPARATORS = re.compile(r" ?[|–—•·_] ?| [:-]{1,2} ")


def _title_parts(title: str | None) -> list[str]:
    """The parts of a title between its separators, a site's or a section's name among them:
    "Council votes | The Ledger" -> ["Council votes", "The Ledger"]."""
    return [part.strip() for part in _SITE_SEPARATORS.split(title or "") if part.strip()]


def strip_site_name(title: str, site: str | None) -> str:
    """The title without the site name at either end: "Council votes | The Ledger" -> "Council votes"."""
    parts = [p for p in _SITE_SEPARATORS.split(title) if p]
    if len(parts) < 2:
        return title
    site_key = (site or "").casefold()
    first, last = parts[0], parts[-1]
    if site_key and last.casefold() in site_key or site_key and site_key in last.casefold():
        return _rejoin(title, last, end=True)
    if site_key and first.casefold() in site_key or site_key and site_key in first.casefold():
        return _rejoin(title, first, end=False)
    # A path of names before the headline ("WBS NEWS | UK | Scotland | Island ferry link axed
    # after 32 years"): the site and its sections, each a few words, the headline the last.
    if len(parts) >= PATH_MIN_PARTS and all(
            len(words(part)) <= SITE_NAME_MAX_WORDS // 2 for part in parts[:-1]) and (
            len(words(last)) >= H1_MIN_WORDS + 2):
        return last.strip()
    # No site name known: the shorter end piece, when short, is the site.
    if len(words(last)) <= 4 and len(words(last)) < len(words(title)) / 2:
        return _rejoin(title, last, end=True)
    return title


def _rejoin(title: str, piece: str, end: bool) -> str:
    if end:
        cut = title.rfind(piece)
        rest = title[:cut]
    else:
        rest = title[title.find(piece) + len(piece):]
    return rest.strip(" |–—•·:-") or title


def _agrees(a: str, b: str) -> bool:
    """Two sources name the same headline: equal, one inside the other (a site name added), or
    nearly the same words ("Michael Anastassiades’ light installation" and "Anastassiades'
    light installation")."""
    if not a or not b:
        return False
    return a == b or a in b or b in a or _same_words(a, b)


def _same_words(a: str, b: str) -> bool:
    """Nearly all the words of either key are in the other."""
    wa, wb = set(a.split()), set(b.split())
    return len(wa & wb) >= SAME_TITLE_SHARE * max(len(wa), len(wb))


@dataclass(frozen=True)
class HtmlHead:
    headline: str | None
    dek: str | None
    headline_source: str | None
    dek_source: str | None
    blocks: text_head.Head


def _logo(el: etree._Element) -> bool:
    """An h1 that is the site's logo: all its text a link to the home page ("/", or a site's
    address with no path: "http://pottingshednotes.blogspark.example/")."""
    links = list(el.iter("a"))
    if len(links) != 1:
        return False
    href = (links[0].get("href") or "").rstrip("/")
    return (href in _HOME_HREFS or _SITE_ROOT.fullmatch(href) is not None) and (
        collapse(text_of(links[0])) == collapse(text_of(el)))


_HOME_HREFS = ("", ".", "index.html", "index.php", "index.htm")
_SITE_ROOT = re.compile(r"(?:https?:)?//[^/?#\s]{1,100}")


def choose_headline(meta: Meta) -> tuple[str | None, str | None]:
    """The headline and the source it came from.

    The h1 of the article (inside <article> or <main>) is the headline the reader sees, and wins
    when it reads as one (a few words, not the site's name): og:title and <title> are often a
    shortened social version. But when the <title> holds another of the page's headings and
    not the h1, that heading is the page's. Otherwise the sources vote: the text most others
    agree with wins.
    """
    if meta.h1 and meta.h1_in_article and len(words(meta.h1)) >= H1_MIN_WORDS and not (
            meta.site_name and word_key(meta.site_name) in word_key(meta.h1)) and not (
            # An article's h1 that shares no words with the title, when another heading is
            # in the title, is a featured story's beside the one the page is. (The headings
            # are read only then: most pages need them nowhere else.)
            not _content_words(word_key(meta.h1)) & _content_words(word_key(meta.title))
            and _titled_heading(meta)):
        return _unlabelled(meta.h1, meta.title), "h1"
    # An h1 that the social or structured title repeats word for word is the headline.
    titled = None if meta.h1 and word_key(meta.h1) in {
        word_key(strip_site_name(t, meta.site_name)) for t in
        (meta.og_title, meta.twitter_title, meta.jsonld_headline) if t} else _titled_heading(meta)
    if titled and not _owner(titled, meta):
        return titled, "title"
    names_only = _names_only(meta)
    title = (strip_site_name(meta.title, meta.site_name or _shown_name(meta))
             if meta.title and not names_only else None)
    if title and title.endswith(("...", "…")):
        # A title cut short that no heading completes, a sentence ended inside it, is the
        # opening of the post's text (a photo post's caption), no headline.
        completed = _completed(title, meta)
        title = None if completed == title and _SENTENCE_INSIDE.search(title) else completed
    h1 = None if meta.h1 and site_heading(meta, meta.h1, names_only) else meta.h1
    og = strip_site_name(meta.og_title, meta.site_name) if meta.og_title else None
    jsonld = (strip_site_name(meta.jsonld_headline, meta.site_name)
              if meta.jsonld_headline else None)
    candidates = [("json-ld", jsonld), ("h1", h1), ("og:title", og),
                  ("twitter:title", meta.twitter_title), ("title", title)]
    candidates = [(s, t) for s, t in candidates if t]
    if not candidates:
        return _first_heading(meta)
    keys = [word_key(t) for _, t in candidates]
    best, best_votes = None, -1
    for i, (source, text) in enumerate(candidates):
        votes = sum(1 for j, k in enumerate(keys) if j != i and _agrees(keys[i], k))
        if votes > best_votes:
            best, best_votes = (text, source), votes
    text, source = best
    # A lone h1 that no other source backs is often the site's logo; prefer the declared title
    # (unless the page classes it as its headline: a portal's short headline over a wire
    # story the <title> names in full).
    if best_votes == 0 and source == "h1" and len(candidates) > 1 and not (
            meta.h1_classed and len(words(text)) >= H1_MIN_WORDS):
        text, source = candidates[1][1], candidates[1][0]
    # The page's rights notice is read once for both questions below.
    owned = source in ("h1", "title") and _owner(text, meta)
    if source == "title" and best_votes == 0 and (
            len(words(text)) < H1_MIN_WORDS or _unlike_headings(text, meta) or owned):
        return _first_heading(meta)  # the title is the site's name, backed by nothing
    if owned:
        # The h1 and the title are the site's masthead, its name the rights notice gives: the
        # story's headline is a heading further down ("<h3>" in the story's cell).
        first = _first_heading(meta)
        if first[0] is not None:
            return first
    if source == "h1":
        text = _unlabelled(text, title)
    if source == "title":
        # The headline as the page shows it, where a heading says the title's words: its
        # quotes straight where the <title>'s are curly.
        key = word_key(text.replace("’", "'"))
        text = next((heading for heading in meta.headings()
                     if word_key(heading.replace("’", "'")) == key), text)
    return text, source


# A label before the headline in its h1 is a word or two: "Thread: …", "Review: …".
HEADING_LABEL_MAX_WORDS = 2


_SENTENCE_INSIDE = re.compile(r"\w[.!?] [A-Z]")


def _completed(title: str, meta: Meta) -> str:
    """A title cut short ("State budget gap forces cuts to rural clinic gr...") as the page's
    heading gives it in full, when one opens with its words."""
    words_before = word_key(title.rstrip(".… ")).split()[:-1]  # the last word may be cut
    if len(words_before) < H1_MIN_WORDS:
        return title
    opening = " ".join(words_before)
    return next((heading for heading in meta.headings()
                 if word_key(heading).startswith(opening) and len(heading) > len(opening)), title)


def _unlabelled(h1: str, title: str | None) -> str:
    """The h1 without the label a forum or a section sets before the headline, when the
    <title> is the headline alone: "Thread: Got my grandfather's '51 Harlan running again"
    under the <title> "Got my grandfather's '51 Harlan running again"."""
    label, colon, rest = h1.partition(": ")
    if colon and title and len(words(label)) <= HEADING_LABEL_MAX_WORDS and word_key(rest) == word_key(title):
        return rest
    return h1


def _first_heading(meta: Meta) -> tuple[str | None, str | None]:
    """Where nothing names the headline (a <title> of the site's name alone, no h1 of the
    story), the page's first heading of a headline's length that is not the title's: an old
    page's big bold line, a print version's <h2>."""
    title = word_key(meta.title or "")
    names_only = _names_only(meta)
    for heading in meta.headings():
        key = word_key(heading)
        if len(key.split()) >= H1_MIN_WORDS and key not in title and not heading.endswith(":") \
                and not site_heading(meta, heading, names_only):
            return heading, "heading"
    return None, None


def _shown_name(meta: Meta) -> str | None:
    """The site's name in a title of two parts, for a page that states none: the shorter part,
    which the page shows as its masthead (as text, or as its logo's alt text) and not as a
    heading ("Tamsin Valley Herald - Council votes to close Fenwick Street fire station", the
    headline itself a GIF)."""
    parts = _title_parts(meta.title)
    if len(parts) != 2 or meta.tree is None:
        return None
    short, long = sorted(parts, key=lambda part: len(words(part)))
    if len(words(short)) > SITE_NAME_MAX_WORDS or len(words(long)) <= len(words(short)):
        return None
    body = meta.tree.find("body")
    if body is None:
        return None
    key = word_key(short)
    if key in meta.heading_keys():  # a short headline, shown as the page's heading
        return None
    shown = (word_key(img.get("alt")) for img in body.iter("img") if img.get("alt"))
    return short if key in shown or f" {key} " in f" {word_key(text_of(body))} " else None


# A rights notice names its owner within this many characters of its mark.
OWNER_REACH = 80
_RIGHTS_MARK = re.compile(r"©|\(c\)|copyright", re.IGNORECASE)


def _owner(title: str, meta: Meta) -> bool:
    """The title is a name of a few words that the page's rights notice gives its owner
    ("The Pell County Ledger" and "Contents copyright © 2008 Pell County Ledger Publishing
    Co."): the site's name, shown as its masthead, not a headline."""
    body = meta.tree.find("body") if meta.tree is not None else None
    if body is None or len(words(title)) > SITE_NAME_MAX_WORDS:
        return False
    key = word_key(title).removeprefix("the ")
    text = text_of(body)
    return any(f" {key} " in f" {word_key(text[m.end():m.end() + OWNER_REACH])} "
               for m in _RIGHTS_MARK.finditer(text))


def _unlike_headings(title: str, meta: Meta) -> bool:
    """The title is a name's few words, the page has headings, and the title is none of them:
    it is the site's name ("Harlan Ridge Gazette Online") over a page whose story has a
    heading of its own."""
    if len(words(title)) > SITE_NAME_MAX_WORDS:
        return False
    headings = meta.heading_keys()
    return bool(headings) and word_key(title) not in headings


def _names_only(meta: Meta) -> bool:
    """The title names the site and its section, not the story: "Brackwater Sentinel | Crime &
    Courts", "The Osage Bend Citizen - State & Nation". It is in parts of a few words each,
    and neither it nor any part is a heading of the page (as a short headline would be), but
    the site's name over a section's, which the page's masthead shows."""
    parts = _title_parts(meta.title)
    if len(parts) < 2 or any(len(words(part)) > SITE_NAME_MAX_WORDS for part in parts):
        return False
    headings = meta.heading_keys()
    if word_key(meta.title) in headings:
        return False
    # A part the page shows as a heading beside a section's name is its masthead.
    named = [part for part in parts if word_key(part) in headings]
    return not named or _sectioned(word_key(meta.title), word_key(named[0]))


def site_heading(meta: Meta, heading: str, names_only: bool | None = None) -> bool:
    """A heading of the site's own words, under a title of the site's and a section's names:
    the masthead or logo ("The Port Alden Beacon-Herald" under "The Beacon-Herald | Port Alden
    | Opinion"), never the story's headline."""
    if names_only is None:
        names_only = _names_only(meta)
    return names_only and _content_words(word_key(heading)) <= _content_words(word_key(meta.title))


def _titled_heading(meta: Meta) -> str | None:
    """The page's own heading that its <title> holds: the title is the headline plus the site's
    name (and maybe a section's), so the longest heading inside it is the headline, and the
    rest is the site's. A section label ("Latest News") or the site's name alone is too short
    to count."""
    if not meta.title:
        return None
    title = word_key(meta.title)
    best = None
    for heading in meta.headings():
        key = word_key(heading)
        if key and key in title and len(key.split()) >= H1_MIN_WORDS and key not in meta.logos and (
                best is None or len(key) > len(word_key(best))) and not _sectioned(title, key):
            best = heading
    return best if best is not None or meta.tree is None else _titled_bold_line(meta.tree, title)


def _titled_bold_line(tree: etree._Element, title: str) -> str | None:
    """A bold line alone on an old page (a mobile page's "<b>headline</b><br>") that the title
    gives whole after or before a shorter name: "Courier Mobile: Fire guts vacant Kessler
    Avenue warehouse"."""
    for el in tree.iter("b", "strong"):
        text = collapse(text_of(el))
        key = word_key(text)
        if len(key.split()) < H1_MIN_WORDS or not _alone(el):
            continue
        rest = title.removesuffix(key) if title.endswith(key) else title.removeprefix(key)
        # The headline is the longer part; a masthead over a section's name is no headline.
        if rest != title and len(rest.split()) <= min(SITE_NAME_MAX_WORDS, len(key.split()) - 1) and (
                not _sectioned(title, key)):
            return text
    return None


def _alone(el: etree._Element) -> bool:
    """Nothing but the element on its line: no text of its box before or after it (a bold
    headline over a <br>, not a bold lead-in to a paragraph)."""
    if (el.tail or "").strip():
        return False
    before = el.getprevious()
    parent = el.getparent()
    return not ((parent.text if before is None and parent is not None else
                 before.tail if before is not None else "") or "").strip()


def _sectioned(title: str, key: str) -> bool:
    """What the title adds to the heading is a section's name: the heading is the site's
    masthead ("The Alder Prairie Times - News"), not a story's headline."""
    rest = title.replace(key, " ").split()
    return bool(rest) and all(word in patterns.SECTION_WORDS for word in rest)


def _lede_like(text_key: str, block_key: str) -> bool:
    """The description repeats a body paragraph, is its opening cut short, or is a copy of it
    edited by a word or two ("the third witness who listened in on Trump's call" for "… on
    President Trump's call"): a summary written as a dek words things its own way. A short
    block inside the description (a heading of a few words) is no paragraph it repeats."""
    probe = text_key[:150]
    if not probe or not block_key:
        return False
    if probe in block_key or text_key.startswith(block_key) or (
            len(block_key.split()) >= LEDE_MIN_WORDS and block_key in text_key):
        return True
    said = text_key.split()[:LEDE_COMPARE_WORDS]
    if len(said) >= LEDE_OPENING_WORDS and block_key.split()[:LEDE_OPENING_WORDS] == said[
            :LEDE_OPENING_WORDS]:
        return True  # the lede's opening, then the page's text and the description part ways
    matcher = SequenceMatcher(None, said, block_key.split()[:int(LEDE_WINDOW * len(said))],
                              autojunk=False)
    return sum(m.size for m in matcher.get_matching_blocks()) >= LEDE_SIMILAR * len(said)


def _set_apart(block: Block) -> bool:
    """A block of the body that reads as a standfirst: a heading or inside the page's header."""
    return block.kind == "heading" or "header" in block.containers


class _Keys:
    """The blocks' word keys, each made when first asked: the few opening blocks are compared
    with the headline and with each description the page gives."""

    def __init__(self, blocks: Sequence[Block]) -> None:
        self._blocks = blocks
        self._keys: dict[int, str] = {}

    def __getitem__(self, i: int) -> str:
        key = self._keys.get(i)
        if key is None:
            key = self._keys[i] = word_key(self._blocks[i].text)
        return key


def choose_dek(meta: Meta, headline_key: str, blocks: Sequence[Block], top: Sequence[int],
               keys: _Keys | None = None) -> tuple[str | None, int | None, str | None]:
    """The page's own standfirst, the index of the body block that repeats it, if any, and
    where it came from (``element``: one classed as a dek; ``json-ld``, ``og:description``,
    ``twitter:description``, ``description``; ``body`` for a line of the body set apart).

    Candidates: a dek/subtitle/standfirst element beside the headline, then the JSON-LD,
    og:, twitter: and meta descriptions. A description that repeats an ordinary body paragraph
    is the lede and stays in the body (no dek then); one that the body repeats as a heading or
    header line is the dek; one the body lacks is the dek only if it is about this article (a
    site-wide tagline shares no words with it) and not a truncated excerpt.
    """
    keys = _Keys(blocks) if keys is None else keys
    site_keys = {word_key(meta.site_name) or _site_from_title(meta.title, headline_key)}
    if _names_only(meta):  # "The Pell Creek Pilot - Local News": each part a name of the site's
        site_keys.update(word_key(part) for part in _title_parts(meta.title))
    site_keys = {key for key in site_keys if len(key.split()) >= 2 or len(key) >= OUTLET_KEY_CHARS}
    descriptions = [(_without_site(text, meta.site_name), source)
                    for source, text in (("json-ld", meta.jsonld_description),
                                         ("og:description", meta.og_description),
                                         ("twitter:description", meta.twitter_description),
                                         ("description", meta.meta_description)) if text]
    keyed = [(text, source, word_key(text)) for text, source in descriptions]
    described = [(text, "element") for text in meta.dek_elements if not _metadata_line(text)] + [
        (text, "lead") for text in meta.lead_elements] + [
        _uncut(text, source, key, keyed) for text, source, key in keyed]
    for text, source in described:
        from_element = source == "element"
        if not text or len(text) < 20:
            continue
        key = word_key(text)
        if key == headline_key:
            continue
        match = next((i for i in top if _lede_like(key, keys[i])), None)
        if source == "lead":
            # A lead box the body lacks (the extractor left it out with the head) is the dek;
            # one the body holds is its first paragraph.
            if match is None and not any(key in keys[i] for i in range(len(blocks))):
                return text, None, "element"
            continue
        if match is not None:
            if from_element:
                # An element under the byline or date that the body's first paragraph repeats
                # is its lede, however it is classed ("Headline" / date / <p
                # class="summary">lede</p> / body).
                if text in meta.deks_under_byline and all(
                        blocks[i].words < LEDE_MIN_WORDS for i in top if i < match):
                    return None, None, None
                # The body's copy of the dek is not said twice; a paragraph that only opens
                # like it ("… died Sunday at 91" over "… died Sunday at Maplewood Manor. She
                # was 91.") is the body's own.
                return text, match if keys[match] == key else None, source
            if _set_apart(blocks[match]):
                return blocks[match].text, match, "body"
            if source == "json-ld":
                # A template's excerpt of the lede; the page's own description may differ.
                continue
            return None, None, None
        if from_element:
            return text, None, source
        # A description naming the site is its tagline, unless the story is about the site's
        # own owner (a company's release on its own site names it in the headline too).
        if any(site in key and site not in headline_key for site in site_keys) or text.endswith(
                ("...", "…")):
            continue
        if _shares_topic(text, headline_key, [keys[i] for i in top], blocks):
            return text, None, source
    return None, None, None


def _uncut(text: str, source: str, key: str,
           descriptions: Sequence[tuple[str, str, str]]) -> tuple[str, str]:
    """The description in full, and where it came from, when another of the page's
    descriptions is it cut short: an og:description of the meta description's first sentence.
    (JSON-LD's is often a template's excerpt of the lede, the article's text, not its dek.)
    ``key`` is the description's word key; ``descriptions`` are with theirs."""
    return max(((other, other_source) for other, other_source, other_key in descriptions
                if other_source != "json-ld" and other_key.startswith(key + " ")),
               key=lambda other: len(other[0]), default=(text, source))


def _site_from_title(title: str | None, headline_key: str) -> str:
    """The site's name as the title gives it beside the headline ("Headline - The Sentinel"),
    for a page that does not name its site otherwise."""
    key = word_key(title)
    if not key or key == headline_key:
        return ""
    # A short title without the headline is the site's name alone.
    rest = " ".join(part for part in key.split(headline_key) if part.strip()) if headline_key else key
    return rest.strip() if 0 < len(rest.split()) <= SITE_NAME_MAX_WORDS else ""


def _metadata_line(text: str) -> bool:
    """A line classed like a dek that is the byline or the date: "by Ana Reyes / 2016.12.01",
    or a short one that holds a year and a clock time, which no standfirst does: the byline
    and dates its elements glue together ("JANE ROENov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.")."""
    block = Block(text)
    return chrome.byline(block, ALONE) or chrome.date_line(block, ALONE) or (
        block.words <= chrome.DATED_MAX_WORDS and _YEAR.search(text) is not None
        and chrome.TIME_OF_DAY.search(block.lower) is not None)


def _without_site(text: str, site: str | None) -> str:
    """A description without the site's name some pages append: "… — www.wday.ru", or a last
    sentence that sends the reader to the site: "… Jetzt lesen auf weserland-kurier.example"."""
    parts = _SITE_SEPARATORS.split(text)
    last = parts[-1] if len(parts) > 1 else ""
    if last and (site and word_key(last) in word_key(site) or "." in last and " " not in last.strip()):
        return text[:text.rfind(last)].rstrip(" |–—•·:-")
    cut = text.rfind(". ")
    if cut > 0 and len(text) - cut < SENT_TO_SITE_CHARS and _DOMAIN_END.search(text) is not None:
        return text[:cut + 1]
    return text


# A last sentence sending the reader to the site is at most this long, and ends on its address.
SENT_TO_SITE_CHARS = 60
_DOMAIN_END = re.compile(r" [\w-]{2,40}\.[a-z]{2,12}\.?$")


def _content_words(key: str) -> set[str]:
    """The words of a key longer than a function word is."""
    return {w for w in key.split() if len(w) > 3}


def _shares_topic(text: str, headline_key: str, body_keys: Sequence[str],
                  blocks: Sequence[Block]) -> bool:
    """The description is about this article: it shares content words with it, and one of
    them a common word, not a name. A site-wide description shares none, or only the names
    of the places it covers ("Local news for Port Aldous and the Eastgate neighborhoods")."""
    lang = prose.page_language(blocks)
    stop = lang.stopwords if lang is not None else frozenset()
    article = set(headline_key.split()) | {w for k in body_keys for w in k.split()}
    shared = (_content_words(word_key(text)) & article) - stop
    common = {w for w in _content_words(" ".join(words(text))) if w[0].islower()}
    # Or many of its names and one common word: "NASA's sights are set on our Moon and Mars,
    # but Jupiter's moon Europa…" under "NASA's commercial moon shot".
    return len(shared & common) >= TOPIC_WORDS or len(shared) >= TOPIC_NAMES and bool(
        shared & common)


def find_head(meta: Meta, blocks: Sequence[Block], verdicts: Sequence[str | None],
              options: Options, read: text_head.Head | None = None) -> HtmlHead:
    """The headline and dek: what the page says of itself first; ``read``, the head the
    headline finder read off a whole page's blocks, where the page says nothing of use (an
    old page whose <title> is its site's name, whose dek is no element of its own)."""
    headline, source = choose_headline(meta)
    if headline is None and read is not None and read.headline is not None:
        headline, source = blocks[read.headline].text, "text"
    headline_key = word_key(headline)
    kept = [i for i, v in enumerate(verdicts) if v is None]
    keys = _Keys(blocks)
    # The body repeats the headline as it stands, or with a word or two more or less.
    head_index = next((i for i in kept[:HEAD_SCAN] if headline_key and (
        keys[i] == headline_key or _same_words(headline_key, keys[i]))), None)
    top = [i for i in kept[:HEAD_SCAN] if i != head_index]
    dek, dek_index, dek_source = choose_dek(meta, headline_key, blocks, top, keys)
    if dek is None and head_index is not None:
        # The line under the headline the page names, read as a dek is in plain text (set
        # apart by a byline or date under it), when no element or description of the page's
        # is its dek: an old page's subheadline in italics.
        dek_index = text_head.dek_under(blocks, verdicts, head_index, options)
        if dek_index is not None:
            dek, dek_source = blocks[dek_index].text, "body"
    return HtmlHead(headline, dek, source, dek_source,
                    text_head.Head(head_index, dek_index, _above_headline(blocks, kept, head_index)))


def _kicker_label(block: Block) -> bool:
    """A kicker that ends on its colon, a word or two: "UPDATE:", "Breaking news:"."""
    return block.words <= HEADING_LABEL_MAX_WORDS and block.text.endswith(":")


def _above_headline(blocks: Sequence[Block], kept: Sequence[int], head_index: int | None) -> tuple[int, ...]:
    """Headline-shaped blocks before the headline: a section label, a teaser of another story.

    When the body does not repeat the headline, only labels (a few words) that open it qualify.
    """
    if head_index is not None:
        return tuple(i for i in kept if i < head_index and (blocks[i].is_titleish or _kicker_label(blocks[i])))
    above = []
    for i in kept:
        block = blocks[i]
        if block.kind == "list_item" or block.words > text_head.KICKER_MAX_WORDS or not block.is_titleish:
            break
        above.append(i)
    return tuple(above)
