"""The names in a byline: "By Maya Chen and Tom Ruiz, Staff Writers" gives Maya Chen, Tom Ruiz.

A byline holds more than names: its "By", job titles ("AP Auto Writer"), the outlet or agency
("| Reuters", "CNN Business"), contacts (e-mail, @handle), a place ("Reuters, Washington") and
often the date. It is read in parts, as the page separates them (" | ", " · ", " - ", or, in
HTML, the elements it is built of); within a part, names are split at commas and "and" in the
seven languages. A part of names opens the list; the parts after it that are only names (one
author per list item) join it, and anything else (a role, an outlet, a date) ends it.

An agency is an author when it is the only one ("By Reuters", "The Associated Press"); after
people's names it is only where they work ("Meg Kinnard and Errin Haines, Associated Press").
A CMS's account ("admin") and a desk ("Staff Reports") are no one's names.

>>> names("By Maya Chen and Tom Ruiz, Staff Writers")
('Maya Chen', 'Tom Ruiz')
>>> names("By Ana Reyes | Reuters")
('Ana Reyes',)
>>> names("The Associated Press")
('Associated Press',)
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from cleaner import dates, patterns
from cleaner.textutil import opens_lower

# How a byline opens, lower case: the "By" in the seven languages, and labels ("Text:").
_OPENER = re.compile(
    r"(?:(?:written|words|story|report|reported|posted|published|analysis|opinion|review|"
    r"reviewed|photos and text|text|texto|texte|testo|publicado|publicada|publié|publiée|"
    r"escrito|escrita|scritto|scritta|geschreven)\s+)?"
    r"(?:by|von|par|por|di|da|door|af|av|oleh|γράφει|γράφουν)\b\s*:?\s*"
    r"|(?:text|texto|texte|testo|tekst|текст|author|authors|autor|autores|autorin|auteur|auteurs|"
    r"autore|autori|auteur\(s\)|byline|credit|reporter)\s*:\s*")
# "by" after a date or the page's buttons: the names follow it.
_INNER_OPENER = re.compile(r"\s(?:by|von|par|por|door)\s+(?=\S)", re.IGNORECASE)
# The agency in a wire dateline: "BAYPORT, Maine (AP) —".
_WIRE = re.compile(r"[^()]{1,80}\((?P<agency>[^()]{1,30})\)\s?[—–-]")
# A byline part splits at these: "Ana Reyes | Reuters", "Ana Reyes · 5 min read", "Tim Lee -
# Live Science Contributor".
_PARTS = re.compile(r"(?<!\s)\s+[|·•—–/-]{1,2}\s+|(?<!\s)\s*[|·•]\s*|\n")
# Names within a part split at commas and "and".
_JOINERS = re.compile(r"(?<!\s)\s*[,;]\s*(?:(?:and|und|et|y|e|en|i)\s+)?"
                      r"|(?<!\s)\s+(?:and|und|et|y|e|en|i|&)\s+", re.IGNORECASE)
_CONTACT = re.compile(r"(?<!\S)\S*@\S*|\bhttps?://\S+"
                      r"|(?<![\w.-])[\w.-]+\.(?:com|org|net|co\.uk|de|fr|es|it|nl|br)\b", re.IGNORECASE)
# Weekdays, which may stand between the names and the date they are cut from.
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri "
                     "sat sun".split())
# Where a part stops holding names: a date, a time, or the word that leads one.
_NAMES_END = re.compile(
    r"\b(?:updated|published|posted|modified|last|originally|aktualisiert|veröffentlicht|"
    r"publiziert|erschienen|bijgewerkt|gepubliceerd|mis à jour|publié|actualizado|publicado|"
    r"aggiornato|pubblicato|atualizado)\b|\d", re.IGNORECASE)

# Words that make a piece a job title: "Staff Writer", "News reporter", "Business Columnist".
ROLE_WORDS = frozenset("""
    writer writers reporter reporters correspondent correspondents editor editors columnist
    columnists contributor contributors journalist journalists critic critics producer
    producers analyst staff special contributing editor-at-large freelancer intern anchor
    redakteur redakteurin korrespondent korrespondentin autorin journaliste rédacteur rédactrice
    envoyé envoyée chroniqueur chroniqueuse periodista redactor redactora corresponsal enviado
    enviada giornalista inviato inviata corrispondente jornalista repórter correspondente
    verslaggever verslaggeefster redacteur correspondente""".split())
# The last word of an outlet's name: "CNN Business", "Florida Today", "Sioux Falls Argus Leader".
OUTLET_WORDS = frozenset("""
    news press times post media insider today magazine journal daily herald tribune sport sports
    bureau wire wires service services agency tv radio network online staff reports desk team
    gazette chronicle observer telegraph guardian review weekly digital group leader courier
    register dispatch inquirer enquirer examiner zeitung presse nachrichten kurier rundschau
    anzeiger tageblatt business communications office sentinel standard record star globe
    mirror echo gleaner ledger""".split())
# The verb after a writer's name in a byline: "Guðrún Helga Sigurðardóttir skrifar", "Ana
# Reyes writes", "Lena Fischer berichtet".
WRITES = frozenset("""
    writes reports skrifar skriver skrivar schreibt berichtet écrit escribe escreve scrive
    kirjoittaa írja pisze píše piše rašo raksta kirjutab yazdı""".split())
# Words of a byline's links and buttons, never of a name: "View More Articles", "Follow".
UI_WORDS = frozenset("""
    view more articles stories posts follow read see profile email e-mail twitter facebook
    instagram linkedin bio biography contact share all latest archive rss subscribe about""".split())
# Agencies, by every name they sign with, and the name they are given as authors.
AGENCIES = {
    "associated press": "Associated Press", "the associated press": "Associated Press",
    "ap": "Associated Press", "reuters": "Reuters", "thomson reuters": "Reuters", "afp": "AFP",
    "agence france-presse": "AFP", "agence france presse": "AFP", "dpa": "dpa",
    "deutsche presse-agentur": "dpa", "pti": "PTI", "press trust of india": "PTI", "ians": "IANS",
    "ani": "ANI", "ansa": "ANSA", "efe": "EFE", "agencia efe": "EFE", "europa press": "Europa Press",
    "anp": "ANP", "belga": "Belga", "lusa": "Lusa", "agência lusa": "Lusa",
    "agência brasil": "Agência Brasil", "bloomberg": "Bloomberg", "upi": "UPI", "xinhua": "Xinhua",
    "kyodo": "Kyodo", "yonhap": "Yonhap", "aap": "AAP", "pa": "PA", "pa media": "PA Media",
    "press association": "Press Association", "canadian press": "Canadian Press",
    "the canadian press": "Canadian Press", "tass": "TASS", "apa": "APA", "sda": "SDA",
    "keystone-sda": "Keystone-SDA", "kna": "KNA", "epd": "epd", "ntb": "NTB", "ritzau": "Ritzau",
}
# Accounts and desks that sign for no one.
NOBODY = frozenset("""
    admin administrator webmaster staff editor editors editorial redaktion rédaction redacción
    redazione redação redactie newsroom desk""".split()) | frozenset((
        "staff reports", "staff report", "news desk", "web desk", "editorial staff",
        "editorial board", "the editors", "the editorial board", "site admin"))
# Lower-case words a name may hold: "Abigail Van Buren", "Ana de la Cruz".
PARTICLES = frozenset("van von der den de del della la le da das dos du di ten ter bin al el y".split())
# A name is at most this many words; a longer piece is a name with its outlet run on.
NAME_MAX_WORDS = 5
# A byline is read over this many characters.
MAX_CHARS = 300
# The words of a name cut from a longer piece: given name and surname.
NAME_WORDS = 2


def key(text: str) -> str:
    """A name as compared: case and punctuation aside."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def _name_words(word: str) -> bool:
    """A word of a name: capitalised, in capitals, an initial, a particle, or in a script
    without case (Korean, Japanese)."""
    return word[:1].isupper() or word.lower() in PARTICLES or not opens_lower(word) and word[:1].isalpha()


def _cut_name(words: Sequence[str]) -> list[str]:
    """The name at the head of a longer piece: two words, and a middle initial or particle
    more ("Bruce Y. Lee", "Abigail Van Buren")."""
    size = NAME_WORDS
    while size < len(words) and (words[size - 1].lower() in PARTICLES or len(words[size - 1].rstrip(".")) == 1):
        size += 1
    return list(words[:size])


def _cut(words: Sequence[str]) -> str | None:
    """The name at the head of a piece that runs on into a title or an outlet, unless that
    head is itself an outlet's ("News Nation Bureau")."""
    name = _cut_name(words)
    return None if any(w.lower() in OUTLET_WORDS for w in name) else " ".join(name)


def _agency(piece: str) -> str | None:
    return AGENCIES.get(piece.casefold().strip(" .,"))


def _without_outlet(piece: str, site: str | None) -> str:
    """The piece without an agency or the site's name run on at its end ("Tom Davies
    Associated Press", "Kevin McCoy USA TODAY")."""
    words = piece.split()
    site_words = site.casefold().split() if site else []
    for size in range(min(len(words) - 1, 4), 0, -1):
        tail = " ".join(words[-size:])
        if _agency(tail) or site_words and tail.casefold() == " ".join(site_words[-size:]) and (
                size == len(site_words)) or tail.isupper() and not " ".join(words[:-size]).isupper():
            return " ".join(words[:-size])
    return piece


def _person(piece: str, first: bool, declared: bool = False) -> str | None:
    """The person a piece of a byline names, or None for a role, an outlet or other words.

    A piece of a name and a job title gives the name ("Meg James Staff Writer"), but only as
    the first piece: after a name, a title is that name's.
    """
    words = piece.split()
    lowered = [w.lower().strip(".,:") for w in words]
    role = next((i for i, w in enumerate(lowered) if w in ROLE_WORDS), None)
    if role is not None:
        words, lowered = words[:role], lowered[:role]
        if not first or len(words) < NAME_WORDS or _agency(words[0]):
            return None
    if not words or not (declared and len(words) == 1 or all(_name_words(w) for w in words)) or (
            any(ch.isdigit() for ch in piece) or UI_WORDS.intersection(lowered) or ":" in piece):
        return None
    if role is not None or len(words) > NAME_MAX_WORDS or (
            len(words) > NAME_WORDS + 1 and first and lowered[-1] in OUTLET_WORDS):
        return _cut(words)
    if len(words) >= NAME_WORDS and lowered[-1] in OUTLET_WORDS:
        return None
    if len(words) == 1 and not first:
        return None  # a place, an outlet or a degree after a name: "Washington", "CNN", "RD"
    return piece


def names_end(part: str) -> int | None:
    """Where a part of a byline stops naming people: at its date, a time, or the word that
    leads one ("Updated", "publiziert"); None if it does not."""
    ends = [m.start() for m in (_NAMES_END.search(part), dates.DATE.search(part.lower())) if m]
    return min(ends) if ends else None


def _without_lead_in(text: str) -> str:
    """The text without the lower-case words and weekday that led to a date cut from it: "Ana
    Reyes on Monday," gives "Ana Reyes"."""
    words = text.split()
    while words and (words[-1][:1].islower() and words[-1].lower() not in ROLE_WORDS
                     or words[-1].strip(",.").lower() in WEEKDAYS or not words[-1].strip(",.")):
        words.pop()
    return " ".join(words)


def _lead(text: str) -> bool:
    """Text before an inner "by" that is no name: a date, or a row of buttons ("Facebook
    Twitter Comments Print Email By Ana Reyes")."""
    return any(ch.isdigit() for ch in text) or bool(UI_WORDS.intersection(text.lower().split()))


def without_contacts(text: str) -> str:
    """The text without the e-mail and web addresses a byline gives its writers: "Celia
    Marchbanks (cmarchbanks@ledger.example)" gives "Celia Marchbanks"."""
    return _CONTACT.sub(" ", text).strip(" ,;:-–—|")


def _pieces(part: str) -> tuple[list[str], bool]:
    """The pieces of one part of a byline that may be names (its "By", contacts and the date
    after the names taken off), and whether a "By" opened them."""
    part = without_contacts(part)
    inner = _INNER_OPENER.search(part)
    if inner and _lead(part[:inner.start()]):
        part = part[inner.end() - 1:]  # "Posted on March 14, 2026 by Ruth Alder"
        opened = True
    else:
        opener = _OPENER.match(part.lower())
        opened = opener is not None
        if opener:
            part = part[opener.end():]
    end = names_end(part)
    if end is not None:
        # What led to the date goes with it: "By Ana Reyes on Monday, May 4", "Von Ana Reyes,
        # publiziert am 4. Mai".
        part = _without_lead_in(part[:end])
    return [p.strip(" .,;:-–—()") for p in _JOINERS.split(part) if p.strip(" .,;:-–—()")], opened


def parts(byline: str) -> list[str]:
    """The parts a byline is printed in."""
    return [p.strip() for p in _PARTS.split(byline) if p and p.strip()]


def _organization(piece: str, site: str | None) -> bool:
    """A body credited as the author, not a person: "European Space Agency". Not the site
    itself or one of its desks ("CBS News", "Telegraph Sport" on the Telegraph's site)."""
    words = piece.split()
    lowered = {w.lower() for w in words}
    site_words = set(key(site).split()) - {"the"} if site else set()
    return (len(words) >= NAME_WORDS and words[-1].lower() in OUTLET_WORDS
            and all(_name_words(w) for w in words) and not lowered & (ROLE_WORDS | UI_WORDS)
            and not set(key(piece).split()) & site_words)


def _read_part(part: str, site: str | None, opening: bool,
               declared: bool) -> tuple[list[str], list[str]]:
    """(people, bodies) a part names: bodies are agencies, or organizations credited as
    authors. ``opening``: no names were found before it; ``declared``: see ``names``."""
    people: list[str] = []
    bodies: list[str] = []
    pieces, opened = _pieces(part)
    for piece in pieces:
        if piece.casefold() in NOBODY or site and key(piece) == key(site):
            continue
        if piece.split(None, 1)[0].casefold() in NOBODY:
            break  # a desk closes the names: "Redacción Montesclaros", "Staff Reports"
        agency = _agency(piece)
        if agency:
            bodies.append(agency)
            continue
        if " " not in piece and not opened and not declared:
            continue  # a single word is a name only after a "By": "by Regan", not "Monday"
        first = opening and not people and not bodies
        person = _person(_without_outlet(piece, site), first=first, declared=declared)
        if person:
            people.append(person)
        elif people:
            break  # a role or an outlet closes the names
        elif first and _organization(piece, site):
            bodies.append(piece)
    return people, bodies


def _read(byline: str, site: str | None, declared: bool) -> Iterator[str]:
    people: list[str] = []
    bodies: list[str] = []
    for part in parts(byline):
        found, named = _read_part(part, site, not people and not bodies, declared)
        if people and (not found or named or len(_pieces(part)[0]) != len(found)):
            break  # after the names, anything but more names ends them
        people += found
        bodies += named
        if not people and bodies:
            break
    yield from people or bodies[:1]


def agency_line(text: str) -> bool:
    """A line that is only an agency's name: "The Associated Press", "REUTERS". Under a
    headline it is the byline, though it reads like a photo credit."""
    return _agency(text) is not None


def wire_agency(paragraph: str) -> str | None:
    """The agency a wire dateline credits the story to: "BAYPORT, Maine (AP) — The council…"
    gives Associated Press. A story with no byline is the agency's that filed it."""
    if patterns.DATELINE.match(paragraph) is None:
        return None
    credit = _WIRE.match(paragraph)
    return _agency(credit["agency"]) if credit else None


@lru_cache(maxsize=1024)  # a page's byline is read as each box around it is tried
def names(byline: str, site: str | None = None, declared: bool = False) -> tuple[str, ...]:
    """The authors a byline names, in its order, each once. ``site``: the outlet's name, which
    is not an author. ``declared``: the text is a name the page's metadata gives as an
    author's, which may be a single word or a handle ("kei_eno") without a "By"."""
    seen: set[str] = set()
    found = []
    for name in _read(byline[:MAX_CHARS], site, declared):
        folded = key(name)
        if folded and folded not in seen:
            seen.add(folded)
            found.append(name)
    return tuple(found)
