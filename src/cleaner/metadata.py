"""The article's furniture as data: who wrote it, when, in which section and language, and where
it lives.

The filters already find the byline, the date line and the section label, and remove them from
the body; here they become fields. In plain text those lines are all there is. An HTML page
also states its authors and dates in its metadata (JSON-LD, ``<meta>`` tags), and shows them in
the head of the article, between the headline and the body, where trafilatura's extraction
rarely reaches; both are read. What the reader sees wins where the two disagree: a byline names
the people the page credits, where metadata may name the publisher ("Condé Nast") or an
account, and a date line gives the newsroom's own day, where metadata is often in UTC. The
metadata, in turn, gives names in their clean form and times to the second.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import urljoin

from lxml import etree

from cleaner import bylines, dates, headline, language, patterns
from cleaner.context import ALONE
from cleaner.filters import chrome
from cleaner.html import raw_text_of, text_of, tokens
from cleaner.htmlhead import BODY_PARAGRAPH_CHARS, Meta, _following
from cleaner.model import Block
from cleaner.textutil import fold

# The fields a removed line went to, as the removal trail names them.
BYLINE, PUBLISHED, MODIFIED, SECTION = "byline", "published", "modified", "section"

# In plain text, the byline and date are looked for from the head of the article down to this
# many of its paragraphs (a date line may follow the lede).
BODY_REACH = 2
# In HTML, the head of the article is read over this many elements after the headline, and
# until this many paragraphs of prose.
HEAD_ELEMENTS = 60
HEAD_PARAGRAPHS = 2
# The date of an article stands within this many elements of its byline.
DATE_NEAR_BYLINE = 20
# A text longer than this is not a byline or a date line.
LINE_MAX_CHARS = 200

# Words that open a date line about an update, not the first publication, in the seven
# languages: "Updated May 4", "Bijgewerkt: 12 april", "Mis à jour le 3 mars".
_UPDATED = re.compile(
    r"\b(?:updated|last updated|modified|last modified|aktualisiert|geändert|bijgewerkt|"
    r"mis à jour|modifié|actualizado|actualización|aggiornato|aggiornamento|atualizado|"
    r"atualização)\b", re.IGNORECASE)
# Words that open the first publication's date where a line gives both.
_ORIGINAL = re.compile(
    r"\b(?:published|posted|original|first published|veröffentlicht|erschienen|gepubliceerd|"
    r"publié|publicado|pubblicato)\b", re.IGNORECASE)

# Class and id words of the elements that hold a byline or a date.
_BYLINE_TOKENS = frozenset("byline bylines author authors byl writer writers autor autore auteur "
                           "contributor contributors meta".split())
_DATE_TOKENS = frozenset("date dates time timestamp published posted updated modified pubdate "
                         "dateline datetime publish fecha datum data meta".split())
# Parts of class and id names that mark a byline or a date inside a longer word
# ("arttidate_pub", "ArticleByline").
_BYLINE_STEMS = ("byline", "author")
_DATE_STEMS = ("date", "publish")
# Class and id words of the boxes that name an author without being the byline: a bio, an
# avatar, an author's other stories, a comment's author.
_NOT_BYLINE_TOKENS = frozenset("bio biography avatar image img photo picture about more related "
                               "follow social share comment comments reply respond flyout "
                               "description desc".split())
# Elements whose text is never a byline or date line of the article: a link (to another story),
# a form's parts.
_NOT_LINES = frozenset("a option select button form input textarea".split())
# Elements without text of their own, passed over at once.
_NO_TEXT = frozenset("img br hr wbr input picture source video audio canvas".split())
# Boxes in the head of an article whose dates and names are not its own: a photo's caption
# and credit, a form.
_NOT_HEAD = frozenset("figure figcaption form select button nav".split())
# An element with more children than this is a box of several things, not a line.
LINE_MAX_CHILDREN = 3
# Class and id words of the boxes around the article whose bylines and dates are not its own:
# the site's header (its date is today's), comments, other stories.
_NOT_ARTICLE_TOKENS = frozenset("site comment comments related sidebar widget footer nav menu "
                                "breadcrumb breadcrumbs".split())
# Above the headline, the boxes holding it are read this many levels up, over at most this many
# elements.
ABOVE_LEVELS = 2
ABOVE_ELEMENTS = 40
# Any of the words above in a class or id: an element whose class names none of them is read
# without splitting its class into words.
_TELLING = re.compile("|".join(sorted(
    _BYLINE_TOKENS | _DATE_TOKENS | _NOT_BYLINE_TOKENS | _NOT_ARTICLE_TOKENS | set(_BYLINE_STEMS)
    | set(_DATE_STEMS) | {"updated", "modified"})))
_BLOCK_TAGS = frozenset("p div li ul ol h1 h2 h3 h4 h5 h6 section header footer figure table tr td "
                        "dl dt dd address blockquote".split())

_ARTICLE_TYPES = frozenset("newsarticle article blogposting reportagenewsarticle analysisnewsarticle "
                           "opinionnewsarticle reviewnewsarticle backgroundnewsarticle "
                           "liveblogposting report scholarlyarticle techarticle socialmediaposting "
                           "posting".split())
# <meta> names (property, name or itemprop) of the publication and update dates and of the
# authors, in the order they are trusted.
PUBLISHED_META = ("article:published_time", "og:article:published_time", "datepublished",
                  "article:published", "article.published", "publish-date", "publishdate",
                  "pubdate", "pub_date", "parsely-pub-date", "sailthru.date", "dc.date.issued",
                  "dc.date", "dcterms.date", "dcterms.created", "dcterms.issued", "date",
                  "published", "published_at", "article_date_original", "datecreated")
MODIFIED_META = ("article:modified_time", "og:article:modified_time", "og:updated_time",
                 "datemodified", "article:modified", "article.updated", "dcterms.modified",
                 "last-modified", "updated-date", "article_date_updated", "modified")
AUTHOR_META = ("author", "byl", "dc.creator", "dcterms.creator", "article:author",
               "og:article:author", "sailthru.author", "parsely-author")


@dataclass(frozen=True)
class Metadata:
    """What an article says of itself besides its text. Every field is optional."""

    byline: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    modified: str | None = None
    section: str | None = None
    language: str | None = None
    site_name: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    # The fields read from each block, by its position: the removal trail says where each went.
    fields: Mapping[int, tuple[str, ...]] = field(default_factory=dict, compare=False)


# ---------------------------------------------------------------- both inputs


def _code(tag: str | None) -> str | None:
    """The primary language subtag of a language tag: "en-US", "pt_BR" and "EN" give en, pt,
    en."""
    if not tag:
        return None
    primary = re.split(r"[-_]", tag.strip(), maxsplit=1)[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None


def _body_language(paragraphs: Sequence[str]) -> str | None:
    guessed = language.guess(" ".join(paragraphs[:20]))
    return guessed.code if guessed is not None else None


def _wire(paragraphs: Sequence[str]) -> tuple[str, ...]:
    """The agency of a story with no byline, from its wire dateline."""
    agency = bylines.wire_agency(paragraphs[0]) if paragraphs else None
    return (agency,) if agency else ()


def _month_first(code: str | None) -> bool:
    """Whether a date in digits with both numbers under 13 is read month first: in English,
    the United States' order; in the other languages, day first."""
    return code in (None, "en")


def _labelled(text: str) -> Iterator[tuple[str, str]]:
    """The pieces of a date line with the field each dates: "Published May 4 | Updated May 5"
    gives (published, "Published May 4 |"), (modified, "Updated May 5")."""
    cuts = sorted([(m.start(), MODIFIED) for m in _UPDATED.finditer(text)]
                  + [(m.start(), PUBLISHED) for m in _ORIGINAL.finditer(text)])
    if not cuts or cuts[0][0] > 0:
        cuts.insert(0, (0, PUBLISHED))
    for (start, kind), (end, _) in zip(cuts, [*cuts[1:], (len(text), "")]):
        yield kind, text[start:end]


@dataclass
class _Seen:
    """The visible byline and dates of an article, as found, with the blocks they came from."""

    byline: str | None = None
    dates: dict[str, tuple[dates.Stamp, str]] = field(default_factory=dict)
    fields: dict[int, tuple[str, ...]] = field(default_factory=dict)
    # Dates in the attributes of the elements that show them (<time datetime>): metadata, where
    # the page has no other.
    machine: dict[str, dates.Stamp] = field(default_factory=dict)
    # htmldate's date, for a page that dated its article nowhere else.
    searched: dates.Stamp | None = None

    def add_machine(self, el: etree._Element, toks: set[str]) -> None:
        """Read the date an element holds in its datetime or content attribute, or a <time>
        inside it does ("Von Ana Reyes | <time datetime=…>")."""
        value = el.get("datetime") or el.get("content")
        if not value:
            inner = next((t for t in el.iter("time") if t.get("datetime")), None)
            if inner is None:
                return
            el, toks, value = inner, set(tokens(inner)), inner.get("datetime")
        updated = "modified" in (el.get("itemprop") or "").lower() or toks & {"updated", "modified"}
        kind = MODIFIED if updated else PUBLISHED
        stamp = dates.read_value(value)
        if stamp is not None and kind not in self.machine:
            self.machine[kind] = stamp

    def add_date(self, text: str, default_year: int | None, month_first: bool,
                 position: int | None = None) -> bool:
        """Read the dates of a line into the fields not yet dated; True if it held one."""
        found = False
        for kind, piece in _labelled(text):
            stamp = dates.read(piece, default_year=default_year, month_first=month_first)
            if stamp is not None:
                found = True
                if kind not in self.dates:
                    self.dates[kind] = (stamp, piece)
                    if position is not None:
                        self.fields[position] = (*self.fields.get(position, ()), kind)
        return found

    def add_byline(self, text: str, position: int | None = None) -> bool:
        """Take the line as the byline if none was found yet and it names someone."""
        if self.byline is not None or not bylines.names(text):
            return False
        self.byline = text
        if position is not None:
            self.fields[position] = (BYLINE, *self.fields.get(position, ()))
        return True


def _printed(byline: str | None) -> str | None:
    """The byline as printed, up to its date: "By Ana Reyes · May 4, 2025" gives "By Ana
    Reyes". The pieces of an HTML byline (one a line) are joined by spaces, as they read."""
    if byline is None:
        return None
    end = 0
    for part in bylines.parts(byline):
        start = byline.index(part, end)
        if part.strip(" ,.").lower() in bylines.WEEKDAYS:
            break  # "Wed" | "03/11/2026": the date's first piece
        stop = bylines.names_end(part)
        if stop is not None:
            end = start + stop if part[:stop].strip() else end
            break
        end = start + len(part)
    return " ".join(byline[:end].split()).rstrip(" ,;:|·•-–—") or None


# ---------------------------------------------------------------- plain text


def _head_lines(blocks: Sequence[Block], verdicts: Sequence[str | None],
                head: headline.Head) -> range:
    """The blocks of the article's head: from its kicker or headline to the first paragraphs
    of the body."""
    marked = [*head.above, *(i for i in (head.headline, head.dek) if i is not None)]
    top = min(marked, default=0)
    seen = 0
    for i in range(top, len(blocks)):
        if verdicts[i] is None and i not in marked:
            seen += 1
            if seen > BODY_REACH:
                return range(top, i)
    return range(top, len(blocks))


def _byline_block(block: Block, verdict: str | None) -> bool:
    """A line the filters removed as a byline, or an agency's name alone, which the credit
    filter takes for a photo's credit."""
    return verdict == "chrome.byline" or verdict is not None and verdict.startswith(
        "credits.") and bylines.agency_line(block.text)


def from_text(blocks: Sequence[Block], verdicts: Sequence[str | None], head: headline.Head,
              paragraphs: Sequence[str], found: Mapping[str, object] | None = None) -> Metadata:
    """The fields of a plain-text article, from the lines the filters removed at its head: the
    byline (and a line of names under the headline), the date line, the kicker. ``found``:
    what the filters found of the page (``Context.found``), its language among it."""
    if found is not None and "language" in found:
        lang = found["language"]
        code = lang.code if isinstance(lang, language.Language) else None
    else:
        code = _body_language(paragraphs)
    seen = _Seen()
    lines = _head_lines(blocks, verdicts, head)
    for i in lines:
        if _byline_block(blocks[i], verdicts[i]):
            seen.add_byline(blocks[i].text, blocks[i].position)
        elif verdicts[i] == "chrome.date_line":
            if seen.add_date(blocks[i].text, None, _month_first(code), blocks[i].position):
                seen.add_byline(blocks[i].text, blocks[i].position)  # "Ana Reyes · May 4, 2025"
    for i in head.bylines:  # a line of names without its "By", when no byline is surer
        seen.add_byline(blocks[i].text, blocks[i].position)
    section, fields = None, dict(seen.fields)
    kicker = _kicker(blocks, head)
    if kicker is not None:
        section = blocks[kicker].text
        fields[blocks[kicker].position] = (SECTION,)
    published, modified = _visible_dates(seen)
    authors = bylines.names(seen.byline) if seen.byline else _wire(paragraphs)
    return Metadata(byline=_printed(seen.byline), authors=authors,
                    published=published, modified=modified, section=section, language=code,
                    fields=fields)


def _kicker(blocks: Sequence[Block], head: headline.Head) -> int | None:
    """The section label nearest above the headline (a site's name may stand higher up)."""
    return next((i for i in reversed(head.above)
                 if headline.above_reason(blocks[i])[0] == "headline.kicker"), None)


def _visible_dates(seen: _Seen) -> tuple[str | None, str | None]:
    published = seen.dates.get(PUBLISHED)
    modified = seen.dates.get(MODIFIED)
    return (published[0].iso() if published else None,
            modified[0].iso() if modified and (not published or modified[0] != published[0]) else None)


# ---------------------------------------------------------------- HTML: what the page states


def _meta(elements: Iterable[tuple[str | None, ...]]) -> dict[str, str]:
    """Each <meta> property, name, itemprop or http-equiv, lower case, with its first
    non-empty content (``htmlhead.Meta.meta_elements``)."""
    found: dict[str, str] = {}
    for prop, name, itemprop, http_equiv, content in elements:
        key = prop or name or itemprop or http_equiv
        if content and key:
            key = key.strip().lower()
            if key not in found and content.strip():
                found[key] = content.strip()
    return found


def _types(item: Mapping) -> set[str]:
    kind = item.get("@type", "")
    kinds = [kind] if isinstance(kind, str) else kind if isinstance(kind, list) else []
    return {str(k).lower() for k in kinds}


def _names_in(value: object, by_id: Mapping[str, Mapping]) -> Iterator[tuple[str, str]]:
    """(name, type) of each author a JSON-LD value gives: a string, a Person or Organization,
    a reference to one elsewhere in the graph, or a list of these."""
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str):
            yield item, "person"
        elif isinstance(item, dict):
            item = by_id.get(item.get("@id", ""), item) if "name" not in item else item
            name = item.get("name")
            if isinstance(name, str):
                yield name, "organization" if _types(item) & {"organization", "newsmediaorganization"} else "person"


@dataclass
class _Stated:
    """What the page's metadata says of the article."""

    authors: list[str] = field(default_factory=list)
    published: dates.Stamp | None = None
    modified: dates.Stamp | None = None
    section: str | None = None
    site_name: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    language: str | None = None


def _jsonld(items: Sequence[dict]) -> tuple[dict, dict[str, Mapping]]:
    """The page's article object in its JSON-LD (or, without one, the first object that dates
    something), and every object by its @id."""
    by_id = {item["@id"]: item for item in items if isinstance(item.get("@id"), str)}
    article = next((item for item in items if _types(item) & _ARTICLE_TYPES), None)
    if article is None:
        article = next((item for item in items if "datePublished" in item), {})
    return article, by_id


def _authors_of(article: Mapping, by_id: Mapping[str, Mapping], meta: Mapping[str, str],
                site: str | None) -> list[str]:
    """The authors the metadata names: the JSON-LD article's people (an organization only when
    it is an agency), else the first <meta> that names someone."""
    found: list[str] = []
    for raw, kind in _names_in(article.get("author") or article.get("creator"), by_id):
        names = bylines.names(raw, site, declared=True)
        if kind == "organization":
            names = tuple(n for n in names if bylines.AGENCIES.get(n.casefold()))
        found += [n for n in names if n not in found]
    if found:
        return found
    for key in AUTHOR_META:
        value = meta.get(key, "")
        if value and not value.startswith(("http:", "https:", "@")):
            names = bylines.names(value, site, declared=True)
            if names:
                return list(names)
    return []


def _first_date(values: Iterable[object]) -> dates.Stamp | None:
    for value in values:
        if isinstance(value, str) and value.strip():
            stamp = dates.read_value(value)
            if stamp is not None:
                return stamp
    return None


def _section(article: Mapping, meta: Mapping[str, str]) -> str | None:
    section = article.get("articleSection")
    if isinstance(section, list):
        section = next((s for s in section if isinstance(s, str) and s.strip()), None)
    return (section.strip() or None) if isinstance(section, str) else meta.get("article:section")


def _absolute(href: str | None, base: str | None) -> str | None:
    """An address as given, or resolved against the page's; None if it is no web address."""
    if not href:
        return None
    href = href.strip()
    if not href.startswith(("http://", "https://")):
        href = urljoin(base or "", href)
    return href if href.startswith(("http://", "https://")) else None


def _stated(tree: etree._Element, read: Meta, site: str | None, url: str | None) -> _Stated:
    """What the page's JSON-LD, <meta> tags, canonical link and <html lang> say."""
    article, by_id = _jsonld(read.jsonld_objects)
    meta = _meta(read.meta_elements)
    head = tree.find("head")  # where <link> belongs: far cheaper than walking the page
    canonical = next((el.get("href") for el in (head if head is not None else tree).iter("link")
                      if (el.get("rel") or "").strip().lower() == "canonical"), None)
    page_url = _absolute(meta.get("og:url"), url)
    return _Stated(
        authors=_authors_of(article, by_id, meta, site),
        published=_first_date([article.get("datePublished"), *(meta.get(k) for k in PUBLISHED_META)]),
        modified=_first_date([article.get("dateModified"), *(meta.get(k) for k in MODIFIED_META)]),
        section=_section(article, meta),
        site_name=site,
        url=page_url,
        canonical_url=_absolute(canonical, url or page_url),
        language=_code(tree.get("lang") or tree.get("xml:lang")) or _code(meta.get("og:locale"))
        or _code(meta.get("content-language")),
    )


# ---------------------------------------------------------------- HTML: what the reader sees


_LINE_BREAKS = str.maketrans("\n\r\t\f\v", "     ")


def _pieces_text(el: etree._Element) -> str:
    """An element's text, a line for each piece set apart by elements: a byline's name, its
    title and its date are often separate elements with no space between ("Meg James" "Staff
    Writer" shows as "Meg JamesStaff Writer" in the joined text). Block elements always set
    pieces apart; inline ones when a capital or a digit follows a word with no space, as no
    word goes on that way (a name split over elements, "Woo" "d", stays one)."""
    out: list[str] = []

    def add(text: str | None, boundary: bool) -> None:
        if not text:
            return
        text = text.translate(_LINE_BREAKS)  # the page's own line breaks are spaces to a reader
        if not text.strip():
            out.append(" ")
        elif out and (boundary or out[-1][-1:].isalnum() and (text[:1].isupper() or text[:1].isdigit())):
            out.extend(("\n", text))
        else:
            out.append(text)

    def walk(node: etree._Element, boundary: bool) -> None:
        block = isinstance(node.tag, str) and node.tag in _BLOCK_TAGS
        add(node.text, block or boundary)
        for child in node:
            if isinstance(child.tag, str):
                walk(child, False)
                add(child.tail, isinstance(child.tag, str) and child.tag in _BLOCK_TAGS)

    walk(el, False)
    return "\n".join(" ".join(line.split()) for line in "".join(out).split("\n") if line.strip())


def _headline_element(tree: etree._Element, headline_text: str | None) -> etree._Element | None:
    """The element the page shows its headline in: the heading that holds the headline, else
    its first h1."""
    key = bylines.key(headline_text or "")
    first = None
    for el in tree.iter("h1", "h2"):
        text = bylines.key(text_of(el))
        if key and text == key:
            return el
        if first is None and el.tag == "h1" and text:
            first = el
    return first


def _named(el: etree._Element) -> str:
    """The element's class and id, lower case ("" for most elements, which have neither)."""
    named = el.get("class")
    ident = el.get("id")
    return f"{named or ''} {ident or ''}".lower() if named or ident else ""


def _bylined(el: etree._Element, named: str, toks: set[str]) -> bool:
    """Marked as the byline: by its class or id, or as the author's (rel, itemprop)."""
    if named:
        if toks & _NOT_BYLINE_TOKENS:
            return False
        if toks & _BYLINE_TOKENS or any(stem in named for stem in _BYLINE_STEMS):
            return True
    return el.get("rel") == "author" or el.get("itemprop") == "author"


def _dated(el: etree._Element, named: str, toks: set[str]) -> bool:
    """Marked as a date: a <time>, a date's itemprop, a class or id that says so."""
    if el.tag == "time" or named and (toks & _DATE_TOKENS or any(stem in named for stem in _DATE_STEMS)):
        return True
    itemprop = el.get("itemprop")
    return itemprop is not None and "date" in itemprop.lower()


def _after_headline(start: etree._Element | None, tree: etree._Element) -> Iterator[etree._Element]:
    """The elements after the headline, until the body's second paragraph of prose (the first
    may be a standfirst, or the caption of the lead photo). Without a headline, the page from
    its top."""
    following = _following(start) if start is not None else tree.iter()
    prose = 0
    for count, el in enumerate(following):
        if count >= HEAD_ELEMENTS:
            return
        if el.tag == "p" and len(raw_text_of(el)) > BODY_PARAGRAPH_CHARS:
            prose += 1
            if prose == HEAD_PARAGRAPHS:
                return
        if isinstance(el.tag, str):
            yield el


def _before_headline(start: etree._Element) -> list[etree._Element]:
    """The elements right above the headline in the boxes that hold it, in page order: a date
    or a byline set above the title."""
    found: list[etree._Element] = []
    node = start
    for _ in range(ABOVE_LEVELS):
        for sibling in node.itersiblings(preceding=True):
            for el in _backwards(sibling):
                found.append(el)
                if len(found) == ABOVE_ELEMENTS:
                    return found[::-1]
        parent = node.getparent()
        if parent is None:
            break
        node = parent
    return found[::-1]


def _backwards(el: etree._Element) -> Iterator[etree._Element]:
    """The element and its descendants, last first: the nearest to what follows it, without
    walking a whole menu to reach its end."""
    for child in el[::-1]:
        yield from _backwards(child)
    if isinstance(el.tag, str):
        yield el


def _read_elements(elements: Iterable[etree._Element], seen: _Seen, default_year: int | None,
                   month_first: bool) -> None:
    """The byline and date lines among the elements: those classed as such, and short ones the
    byline and date-line filters would remove. Boxes of the site around the article (its
    header's date is today's), and comments, are passed over."""
    skip: set[etree._Element] = set()
    after_byline = 0
    for el in elements:
        if seen.byline is not None:
            after_byline += 1
            if after_byline > DATE_NEAR_BYLINE:
                return  # the date, if shown, stands beside the byline
        if el in skip or el.tag in _NO_TEXT:
            continue
        if el.tag in _NOT_HEAD:
            skip.update(el.iterdescendants())
            continue
        named = _named(el)
        toks = set(tokens(el)) if named and _TELLING.search(named) else set()
        if toks & _NOT_ARTICLE_TOKENS:
            skip.update(el.iterdescendants())
            continue
        byline, dated = _bylined(el, named, toks), _dated(el, named, toks)
        if dated:
            seen.add_machine(el, toks)
        if byline or dated:
            text = _pieces_text(el)
            if len(text) > LINE_MAX_CHARS:
                continue
            if byline:
                seen.add_byline(text)
            if dated or seen.byline == text:
                seen.add_date(text, default_year, month_first)
        elif el.tag not in _NOT_LINES and _line(el):
            _read_line(el, seen, default_year, month_first)
        if seen.byline is not None and PUBLISHED in seen.dates:
            return


def _line(el: etree._Element) -> bool:
    """An element that holds one line of text: few children, none of them a block (the block
    is read as the line itself)."""
    return len(el) <= LINE_MAX_CHILDREN and not any(
        isinstance(child.tag, str) and child.tag in _BLOCK_TAGS for child in el)


_DIGIT = re.compile(r"\d")


def _may_be_line(lower: str) -> bool:
    """What every date line (a digit) and byline (its "By" or a job title) holds: most
    elements fail this at once, before the filters are asked."""
    return (_DIGIT.search(lower) is not None or lower.lstrip().startswith(patterns.BYLINE_OPENERS)
            or patterns.has_cue(lower, patterns.STAFF_CUE))


def _read_line(el: etree._Element, seen: _Seen, default_year: int | None, month_first: bool) -> None:
    """A short element that the byline or the date-line filter would remove, read as one."""
    raw = raw_text_of(el)
    if len(raw) > 2 * LINE_MAX_CHARS or not _may_be_line(raw.lower()):
        return
    text = fold(raw)
    if not text or len(text) > LINE_MAX_CHARS:
        return
    block = Block(text)
    # The two filters judge a line by itself: they read nothing of the context. A byline may
    # carry the date: "Von Ana Reyes, publiziert am 4. Mai 2025".
    bylined = seen.byline is None and chrome.byline(block, ALONE)
    if bylined:
        seen.add_byline(text)
    if bylined or chrome.date_line(block, None):  # type: ignore[arg-type]
        seen.add_date(text, default_year, month_first)


# Reached through the attributes: libxml2 walks //@name far faster than //*[@name].
_BYLINE_ANYWHERE = etree.XPath(
    '//@class[contains(., "yline") or contains(., "uthor")]/.. | //@rel[. = "author"]/.. '
    '| //@itemprop[. = "author"]/..')


def _byline_anywhere(tree: etree._Element, seen: _Seen) -> None:
    """The first byline of the page outside its comments, asides and footer: where the head of
    the article was not found (its headline is not in a heading, or the page's h1 is another
    story's)."""
    for el in _BYLINE_ANYWHERE(tree):
        if not _bylined(el, _named(el), set(tokens(el))):
            continue
        text = _pieces_text(el)
        if len(text) <= LINE_MAX_CHARS and bylines.names(text) and not _aside(el):
            seen.add_byline(text)
            return


def _aside(el: etree._Element) -> bool:
    """Inside the page's comments, asides, footer or another box around the article."""
    return any(a.tag in ("aside", "footer") or _named(a) and set(tokens(a)) & _NOT_ARTICLE_TOKENS
               for a in el.iterancestors())


def _date_anywhere(tree: etree._Element, seen: _Seen, default_year: int | None,
                   month_first: bool) -> None:
    """The first <time> of the page outside its comments and asides, for a page that dates its
    article nowhere else."""
    for el in tree.iter("time"):
        if _aside(el):
            continue
        seen.add_machine(el, set(tokens(el)))
        if seen.add_date(_pieces_text(el), default_year, month_first) or seen.machine:
            return


def _read_page(tree: etree._Element, headline_text: str | None, seen: _Seen, stated: _Stated,
               month_first: bool, url: str | None) -> None:
    """The byline and dates the page shows around its headline; where none is there and the
    metadata says nothing either, a byline and a date anywhere else."""
    year = stated.published.day.year if stated.published else None
    start = _headline_element(tree, headline_text)
    _read_elements(_after_headline(start, tree), seen, year, month_first)
    if start is not None and (seen.byline is None or PUBLISHED not in seen.dates):
        _read_elements(_before_headline(start), seen, year, month_first)
    if seen.byline is None and not stated.authors:
        _byline_anywhere(tree, seen)
    if not seen.dates and not seen.machine and stated.published is None:
        _date_anywhere(tree, seen, year, month_first)
    if PUBLISHED not in seen.dates and not seen.machine and stated.published is None:
        seen.searched = _searched(tree, url)


def _searched(tree: etree._Element, url: str | None) -> dates.Stamp | None:
    """htmldate's search of the whole page (its text, its URL's date): thorough, and a few
    milliseconds, so only for a page whose metadata and head gave no date."""
    from htmldate import find_date

    found = find_date(tree, extensive_search=False, original_date=True, url=url,
                      outputformat="%Y-%m-%d")
    return dates.read_value(found) if found else None


def _removed_head(blocks: Sequence[Block], verdicts: Sequence[str | None], head: headline.Head,
                  seen: _Seen, default_year: int | None, month_first: bool) -> None:
    """The byline and date lines among the blocks trafilatura kept, which the filters removed."""
    for i in _head_lines(blocks, verdicts, head):
        if _byline_block(blocks[i], verdicts[i]):
            seen.add_byline(blocks[i].text, blocks[i].position)
        elif verdicts[i] == "chrome.date_line":
            seen.add_date(blocks[i].text, default_year, month_first, blocks[i].position)
    for i in head.bylines:
        seen.add_byline(blocks[i].text, blocks[i].position)


# ---------------------------------------------------------------- HTML: one answer


def _tokens(name: str) -> set[str]:
    return set(bylines.key(name).split())


def _same_person(a: str, b: str) -> bool:
    """Two spellings of one name: "Troy L. Smith" and "Troy Smith", "LISA MASCARO" and "Lisa
    Mascaro"."""
    ta, tb = _tokens(a), _tokens(b)
    return bool(ta and tb) and (ta <= tb or tb <= ta)


def choose_authors(shown: Sequence[str], stated: Sequence[str], byline: str | None) -> tuple[str, ...]:
    """The authors from the byline the reader sees and the ones the metadata names.

    The byline decides who: metadata that names no one in it names the publisher or an
    account. The metadata decides how each is spelled, and adds the people a byline split
    over elements hid from its reading.
    """
    if not shown or not byline:
        return tuple(stated)
    visible = _tokens(byline)
    confirmed = [s for s in stated if _tokens(s) <= visible]
    chosen = [next((s for s in confirmed if _same_person(s, p)), p) for p in shown]
    chosen += [s for s in confirmed if not any(_same_person(s, c) for c in chosen)]
    return tuple(dict.fromkeys(chosen))


def _dates(seen: _Seen, stated: _Stated) -> tuple[str | None, str | None]:
    """The publication and update dates: the day the reader sees, the time the metadata
    states."""
    shown_pub = seen.dates.get(PUBLISHED)
    shown_mod = seen.dates.get(MODIFIED)
    visible_pub = shown_pub[0] if shown_pub else None
    visible_mod = shown_mod[0] if shown_mod else None
    published = dates.reconcile(visible_pub, stated.published or seen.machine.get(PUBLISHED)
                                or seen.searched)
    modified = dates.reconcile(visible_mod, stated.modified or seen.machine.get(MODIFIED))
    if visible_mod is None and modified is not None and published is not None and (
            published.offset is not None and visible_pub is not None):
        modified = dates.in_offset(modified, published.offset)  # in the zone the page shows
    if published is not None and modified is not None and not dates.later(modified, published):
        modified = None  # an update no later than publication says nothing new
    return (published.iso() if published else None, modified.iso() if modified else None)


def from_html(tree: etree._Element, meta: Meta, blocks: Sequence[Block],
              verdicts: Sequence[str | None], head: headline.Head, headline_text: str | None,
              paragraphs: Sequence[str], site: str | None, url: str | None) -> Metadata:
    """The fields of an HTML article, from its metadata (``meta``, as ``htmlhead.read_meta``
    read it) and from the head of the article."""
    stated = _stated(tree, meta, site, url)
    code = stated.language or _body_language(paragraphs)
    seen = _Seen()
    _removed_head(blocks, verdicts, head, seen, stated.published.day.year if stated.published else None,
                  _month_first(code))
    if seen.byline is None or PUBLISHED not in seen.dates:
        _read_page(tree, headline_text, seen, stated, _month_first(code), url)
    shown = bylines.names(seen.byline, site) if seen.byline else ()
    published, modified = _dates(seen, stated)
    section, fields = stated.section, dict(seen.fields)
    kicker = _kicker(blocks, head)
    if kicker is not None and (section is None or section.casefold() == blocks[kicker].lower):
        section = section or blocks[kicker].text
        fields[blocks[kicker].position] = (SECTION,)
    authors = choose_authors(shown, stated.authors, seen.byline) or _wire(paragraphs)
    return Metadata(byline=_printed(seen.byline), authors=authors,
                    published=published, modified=modified, section=section, language=code,
                    site_name=stated.site_name, url=stated.url, canonical_url=stated.canonical_url,
                    fields=fields)
