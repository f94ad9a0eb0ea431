"""Never crash, never hang, never lose or invent text: an adversarial corpus made here, time
that grows linearly with the input, the documented refusals, and a bounded fuzzing run.

Every input gives an ``Article`` (possibly empty, and then ``notes`` says why) or one of the
documented errors, ``InputTooLarge`` and ``UnsupportedInput``.
"""

from __future__ import annotations

import codecs
import os
import random
import re
import time

import pytest

import cleaner
from cleaner import Article, Options, Pipeline
from cleaner.context import Context
from cleaner.filters import REGISTRY
from cleaner.model import Block
from cleaner.segment import text_blocks
from cleaner.textutil import collapse

import fuzz_clean

# ---------------------------------------------------------------- helpers

LEDE = ("The Bayport council voted 6-1 on Tuesday to dredge the harbor, ending a two-year "
        "dispute over who pays for the work.")
COST = "Residents said the plan would cost about $22 million over five years, and most agree."
FAKE = "FAKE ARTICLE TEXT that hides in the markup and must never reach the output"


def checked(article: Article) -> Article:
    """The article is well formed: paragraphs of text, and notes when there are none."""
    assert isinstance(article, Article)
    assert isinstance(article.paragraphs, tuple)
    assert all(isinstance(p, str) and p.strip() for p in article.paragraphs)
    if not article.paragraphs:
        assert article.notes, "an empty article must say why in its notes"
    return article


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def article_page(*paragraphs: str, head: str = "") -> str:
    return page("<article>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article>", head)


def everything(article: Article) -> str:
    return " ".join([article.headline or "", article.dek or "", *article.paragraphs])


def timed(func, *args):
    start = time.perf_counter()
    result = func(*args)
    return time.perf_counter() - start, result


# ---------------------------------------------------------------- empty and garbage input


@pytest.mark.parametrize("source", [
    "", b"", " ", "\n\n\t\r\n", b"   \r\n\r\n", "\u00a0\u200b\u3000\ufeff\n\u2060",
    codecs.BOM_UTF8, codecs.BOM_UTF16_LE, "<html></html>", "<html><body>  </body></html>",
    "<!DOCTYPE html>", b"<html><body><p>\xc2\xa0</p></body></html>",
], ids=lambda s: repr(s)[:30])
def test_empty_and_whitespace_input_gives_an_empty_article_with_a_note(source):
    article = checked(cleaner.clean(source))
    assert article.paragraphs == () and article.headline is None and article.notes


def test_binary_garbage_gives_an_article():
    rng = random.Random(1234)
    for size in (1, 7, 1000, 200_000):
        checked(cleaner.clean(rng.randbytes(size)))
    # Garbage that opens like HTML takes the HTML path.
    checked(cleaner.clean(b"<html><body>" + rng.randbytes(50_000)))


@pytest.mark.parametrize("source", [b"\x00" * 10_000, "\x00" * 10_000, b"\x00\xff" * 5000],
                         ids=["nul-bytes", "nul-str", "nul-ff"])
def test_nul_bytes_give_an_article(source):
    checked(cleaner.clean(source))


def test_nul_bytes_inside_an_html_page_do_not_cost_its_text():
    source = article_page(LEDE.replace("dredge", "dre\x00dge"), COST).encode("utf-8")
    article = checked(cleaner.clean(source))
    assert any("dredge the harbor" in p for p in article.paragraphs), article.paragraphs


@pytest.mark.parametrize("char", ["\x1b", "\x01", "\x0c", "\x1f"])
def test_control_characters_in_an_html_page_do_not_cost_its_text(char):
    # lxml keeps them in the tree from the lenient parser but refuses them in text set later
    broken = "<P></P></P>" + char
    checked(cleaner.clean(broken))
    source = article_page(LEDE.replace("the harbor", "the " + char + "harbor"), COST) + char
    article = checked(cleaner.clean(source))
    assert any("harbor" in p for p in article.paragraphs), article.paragraphs


def test_lone_surrogates_in_str_input_do_not_cost_the_paragraph():
    """A str can hold lone surrogates no encoder accepts; the parser dropped their paragraph."""
    for source in (article_page(f"{LEDE} \ud800", COST), f"{LEDE} \udfff\n\n{COST}"):
        article = checked(cleaner.clean(source))
        assert any(LEDE in p for p in article.paragraphs), article.paragraphs
        everything(article).encode("utf-8")  # serialisable
    # A surrogate pair written as two code points is the character it stands for.
    assert "😀" in cleaner.clean(f"{LEDE} \ud83d\ude00").body


# ---------------------------------------------------------------- encodings


def test_invalid_utf8_in_a_utf8_page_keeps_the_rest():
    data = f"Café owners cheered. {LEDE}".encode("utf-8") + b" \xff\xfe stray \xc3( bytes."
    article = checked(cleaner.clean(data))
    assert article.encoding == "utf-8"
    assert article.body.startswith("Café owners cheered.")


def test_a_utf8_page_cut_in_the_middle_of_a_character_stays_utf8():
    data = f"{LEDE}\n\nPeople in Zürich and São Paulo watched the vote — “closely”.".encode()
    article = checked(cleaner.clean(data[:-2]))
    assert article.encoding == "utf-8"
    assert "Zürich and São Paulo watched the vote — “closely" in article.body


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
@pytest.mark.parametrize("kind", ["text", "html"])
def test_utf16_and_utf32_with_bom(encoding, kind):
    text = (f"Grüße aus Zürich\n\n{LEDE}\n\n{COST} — “quoted”." if kind == "text"
            else article_page("Grüße aus Zürich, where the council met.", LEDE,
                              f"{COST} — “quoted”.", head='<meta charset="utf-8">'))
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    from_bytes, from_str = checked(cleaner.clean(data)), cleaner.clean(text)
    assert from_bytes.paragraphs == from_str.paragraphs
    assert any("“quoted”" in p for p in from_bytes.paragraphs)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(encoding):
    text = f"{LEDE}\n\n{COST}"
    article = checked(cleaner.clean(text.encode(encoding)))
    assert article.paragraphs == cleaner.clean(text).paragraphs


CP1252_PARAGRAPHS = (
    "The mayor said it’s “the right call” for the harbor — and the council’s vote sealed it.",
    "Fishermen’s groups, who had fought the plan for two years, said they would not appeal.",
    "Work on the channel begins in March and should take about 18 months, officials said.",
)


@pytest.mark.parametrize("head", ['<meta charset="utf-8">',
                                  '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">',
                                  ""], ids=["meta-charset", "http-equiv", "undeclared"])
def test_page_declaring_utf8_but_in_cp1252_decodes_its_curly_quotes(head):
    data = article_page(*CP1252_PARAGRAPHS, head=head + "<title>Harbor vote</title>")
    article = checked(cleaner.clean(data.encode("cp1252")))
    body = article.body
    assert "council’s vote" in body and "“the right call”" in body and "it’s" in body, body
    assert "\ufffd" not in body


def test_plain_text_in_cp1252():
    text = "Le conseil a voté mardi, après deux années de débats très animés entre élus et pêcheurs."
    article = checked(cleaner.clean((text + "\n\n" + "\n\n".join(CP1252_PARAGRAPHS)).encode("cp1252")))
    assert "après deux années de débats très animés" in article.body
    assert "council’s vote" in article.body


def test_polish_in_cp1250_is_not_read_as_cp1252():
    text = ("Rada miasta przegłosowała we wtorek plan pogłębienia portu, kończąc dwuletni spór o "
            "to, kto zapłaci za prace. Zażółć gęślą jaźń, mówili rybacy. ") * 3
    article = checked(cleaner.clean(text.encode("cp1250")))
    assert "przegłosowała" in article.body and "Zażółć gęślą jaźń" in article.body


@pytest.mark.parametrize("label", ["rot13", "base64", "hex", "zlib", "bz2", "uu", "quopri",
                                   "undefined", "punycode", "idna", "utf-7", "unicode_escape",
                                   "raw_unicode_escape", "utf-16", "utf-32", "cp037", "nonsense",
                                   "x-user-defined"])
def test_a_bogus_declared_charset_is_ignored(label):
    """Labels that name no web encoding: text codecs that rewrite the page, codecs that raise."""
    source = article_page(LEDE, COST + r" A backslash \u0041 and a +AGEA- stay as written.",
                          head=f'<meta charset="{label}">').encode("utf-8")
    article = checked(cleaner.clean(source))
    assert LEDE in article.paragraphs
    assert r"\u0041 and a +AGEA- stay" in article.body


def test_charset_in_an_xml_declaration():
    text = "<?xml version='1.0' encoding='windows-1252'?>" + article_page(*CP1252_PARAGRAPHS)
    article = checked(cleaner.clean(text.encode("cp1252")))
    assert "council’s vote" in article.body


# ---------------------------------------------------------------- extreme shapes


def test_ten_thousand_nested_tags():
    inner = f"<p>{LEDE}</p><p>{COST}</p>"
    for source in ("<div>" * 10_000 + inner + "</div>" * 10_000,
                   page("<div>" * 10_000 + inner),
                   page("<b>" * 10_000 + LEDE),
                   "<ul><li>" * 10_000 + "x",
                   page("<table><tr><td>" * 3000 + LEDE)):
        elapsed, article = timed(cleaner.clean, source)
        checked(article)
        assert elapsed < 10


@pytest.mark.xfail(strict=True, reason="libxml2 stops at 255 levels, so an article nested deeper "
                   "is lost: 'no article text found' (reported; drop this mark once fixed)")
def test_an_article_nested_300_deep_survives():
    source = page("<article>" + "<div>" * 300 + f"<p>{LEDE}</p><p>{COST}</p>" + "</div>" * 300
                  + "</article>")
    assert LEDE in checked(cleaner.clean(source)).paragraphs


def test_deeply_nested_json_ld_is_skipped():
    deep = '<script type="application/ld+json">' + "[" * 100_000 + "]" * 100_000 + "</script>"
    article = checked(cleaner.clean(article_page(LEDE, COST, head=deep)))
    assert LEDE in article.paragraphs


@pytest.mark.parametrize("char", ["a", "/", "(", "—", "@", "1", "°", ":", "[", "é", "東"])
def test_a_one_megabyte_line_without_spaces_is_kept_or_accounted_for(char):
    line = char * 1_000_000
    elapsed, article = timed(cleaner.clean, line)
    checked(article)
    assert elapsed < 10
    if char.isalpha():
        assert article.paragraphs == (line,)
    else:
        # A line of digits or symbols may be judged junk (chrome.date_line takes any line of
        # digits), but then the removal trail has it: nothing goes without a trace.
        assert article.paragraphs == (line,) or [r.text for r in article.removed] == [line]


def test_a_one_megabyte_word_in_html_is_kept_whole():
    word = "x" * 1_000_000
    article = checked(cleaner.clean(article_page(LEDE, word, COST)))
    assert word in article.paragraphs


@pytest.mark.parametrize("make", [
    lambda n: "x" * n,
    lambda n: b"x" * n,
    lambda n: bytearray(b"<p>" * (n // 3)),
    lambda n: memoryview(b" " * n),
    lambda n: "😀" * (n // 7),  # 4 bytes each in UTF-8: over 10 MB in under 3 M characters
], ids=["str", "bytes", "bytearray", "memoryview", "astral-str"])
def test_a_twenty_megabyte_page_is_refused_quickly(make):
    source = make(20_000_000)
    start = time.perf_counter()
    with pytest.raises(cleaner.InputTooLarge) as refusal:
        cleaner.clean(source)
    assert time.perf_counter() - start < 1.0
    assert "10,000,000" in str(refusal.value) and refusal.value.kind == "too_large"
    with pytest.raises(cleaner.CleanerError):
        cleaner.clean_html(source)
    with pytest.raises(cleaner.CleanerError):
        cleaner.clean_text(source)


def test_max_bytes_option_sets_the_limit():
    small = Pipeline.default(Options(max_bytes=1000))
    assert checked(small.clean("a" * 1000)).paragraphs == ("a" * 1000,)
    assert checked(small.clean("é" * 500))  # 1000 bytes in UTF-8
    assert checked(small.clean(b"b" * 1000))
    for refused in ("a" * 1001, "é" * 501, b"b" * 1001, "😀" * 251):
        with pytest.raises(cleaner.InputTooLarge):
            small.clean(refused)
    assert Pipeline.default().with_options(max_bytes=10).clean_text("Hello you!").paragraphs
    with pytest.raises(cleaner.InputTooLarge):
        Pipeline.default().with_options(max_bytes=10).clean_html("<p>Hello you!</p>")


@pytest.mark.parametrize("source", [None, 42, 3.5, ["text"], {"html": "<p>x</p>"}, object()],
                         ids=lambda s: type(s).__name__)
def test_anything_but_str_or_bytes_is_unsupported(source):
    with pytest.raises(cleaner.UnsupportedInput) as refusal:
        cleaner.clean(source)
    assert refusal.value.kind == "unsupported"


# ---------------------------------------------------------------- pages with no article


def test_a_page_of_only_scripts_and_styles():
    source = page(f"<script>document.write('<p>{FAKE}</p>')</script>"
                  f"<style>p::before {{ content: '{FAKE}' }}</style>"
                  f"<script type='application/json'>{{\"text\": \"{FAKE}\"}}</script>",
                  head=f"<script>var story = '{FAKE}';</script><style>body{{}}</style>")
    article = checked(cleaner.clean(source))
    assert article.paragraphs == () and "FAKE" not in everything(article)


MENU = "Home News Sports Opinion Business Culture Weather Obituaries Contact".split()


def test_a_page_of_only_navigation():
    links = "".join(f'<li><a href="/{w.lower()}">{w}</a></li>' for w in MENU)
    for source in (page(f"<header><nav><ul>{links}</ul></nav></header><footer><nav>{links}</nav></footer>"),
                   page("".join(f'<div class="menu"><a href="/{w}">{w}</a></div>' for w in MENU)),
                   "\n".join(MENU), "\n\n".join(MENU)):
        article = checked(cleaner.clean(source))
        assert article.paragraphs == (), article.paragraphs
        assert article.notes


def test_a_page_of_only_a_data_table():
    rows = "".join(f"<tr><td>Team {i}</td><td>{i}</td><td>{10 - i}</td></tr>" for i in range(12))
    source = page(f"<table><tr><th>Team</th><th>Wins</th><th>Losses</th></tr>{rows}</table>")
    article = checked(cleaner.clean(source))
    # Kept as rows, in order, each its cells' text (or dropped): nothing else.
    wanted = ["Team | Wins | Losses"] + [f"Team {i} | {i} | {10 - i}" for i in range(12)]
    assert all(p in wanted for p in article.paragraphs), article.paragraphs
    assert list(article.paragraphs) == [w for w in wanted if w in article.paragraphs]


def test_a_page_of_only_layout_tables():
    source = page("<table><tr><td><table><tr><td>" + f"<p>{LEDE}</p>" + "</td></tr></table></td>"
                  f"<td><p>{COST}</p></td></tr></table>")
    article = checked(cleaner.clean(source))
    assert LEDE in article.body and COST in article.body


# ---------------------------------------------------------------- non-English articles

NON_ENGLISH = {
    "de": ("Hafen von Lindau wird ausgebaggert", [
        "Der Stadtrat von Lindau hat am Dienstag mit großer Mehrheit beschlossen, die Hafeneinfahrt "
        "im kommenden Frühjahr ausbaggern zu lassen. Damit endet ein Streit, der die Stadt seit "
        "zwei Jahren beschäftigt.",
        "Die Kosten von rund 3,4 Millionen Euro teilen sich Stadt und Land. Die Fischer hatten "
        "lange befürchtet, dass sie während der Arbeiten monatelang nicht auslaufen können.",
        "„Wir haben eine Lösung gefunden, mit der alle leben können“, sagte Bürgermeisterin "
        "Claudia Alfons nach der Sitzung. Die Arbeiten sollen im März beginnen.",
        "Gegen den Beschluss stimmten nur zwei Abgeordnete der Grünen. Sie fordern, dass zuerst "
        "die Folgen für die Wasservögel am Ufer untersucht werden.",
    ]),
    "fr": ("Le port de Sète sera dragué dès le printemps", [
        "Le conseil municipal de Sète a voté mardi soir le dragage du chenal principal, mettant "
        "fin à deux années de débats entre les élus, les pêcheurs et les associations.",
        "Les travaux, estimés à 4,2 millions d'euros, seront financés à parts égales par la ville "
        "et la région. Ils devraient durer environ dix-huit mois.",
        "« C'est une décision attendue depuis longtemps », a déclaré le maire à l'issue de la "
        "séance. Les chalutiers pourront de nouveau entrer au port à marée basse.",
        "Les opposants, minoritaires, réclament une étude d'impact sur les herbiers marins avant "
        "le début du chantier, prévu au mois de mars.",
    ]),
    "es": ("El puerto de Cádiz será dragado en primavera", [
        "El pleno del Ayuntamiento de Cádiz aprobó el martes el dragado del canal de entrada al "
        "puerto, poniendo fin a dos años de discusiones entre vecinos y pescadores.",
        "Las obras costarán unos 5 millones de euros, que pagarán a partes iguales el municipio y "
        "la Junta. Está previsto que comiencen en marzo y duren año y medio.",
        "«Es una buena noticia para toda la ciudad», dijo la alcaldesa tras la votación. Los "
        "pesqueros podrán volver a entrar con marea baja sin riesgo de encallar.",
        "Solo dos concejales votaron en contra. Piden que antes se estudie el efecto de las obras "
        "sobre las praderas de posidonia de la bahía.",
    ]),
    "ja": ("横浜港の浚渫工事、来春に着工へ", [
        "横浜市議会は火曜日、港の入り口にある航路の浚渫工事を行う計画を賛成多数で可決した。"
        "二年にわたって続いた市と漁業者との議論に区切りがついた。",
        "工事費はおよそ八億円で、市と県が半分ずつ負担する。工事は三月に始まり、"
        "一年半ほどかかる見込みだという。",
        "市長は採決の後、「長い間待たれていた決定だ」と述べた。漁船は干潮時でも"
        "安全に入港できるようになる。",
        "反対したのは二人の議員だけだった。工事の前に、湾内の藻場への影響を調べるべきだと"
        "主張している。",
    ]),
}


def _kept_share(paragraphs: list[str], article: Article) -> float:
    body = article.body
    return sum(len(p) for p in paragraphs if p in body) / sum(len(p) for p in paragraphs)


@pytest.mark.parametrize("lang", NON_ENGLISH)
@pytest.mark.parametrize("kind", ["html", "text", "html-bytes"])
def test_non_english_articles_keep_their_body(lang, kind):
    title, paragraphs = NON_ENGLISH[lang]
    junk = ["Anzeige", "Publicité", "Publicidad", "広告"]
    if kind == "text":
        source = "\n\n".join([title, junk[0], *paragraphs[:2], junk[1], *paragraphs[2:]])
    else:
        source = page(f"<article><h1>{title}</h1><p>{paragraphs[0]}</p><p>{paragraphs[1]}</p>"
                      f"<div class='ad'>{junk[2]}</div><p>{paragraphs[2]}</p><p>{paragraphs[3]}</p>"
                      "</article>", head=f'<meta charset="utf-8"><title>{title}</title>')
    if kind == "html-bytes":
        source = source.encode("utf-8")
    article = checked(cleaner.clean(source))
    assert _kept_share(paragraphs, article) >= 0.8, article.paragraphs
    assert article.headline == title
    assert not any(p in junk for p in article.paragraphs)


# ---------------------------------------------------------------- hidden text stays hidden

HIDDEN = {
    "comment": f"<!-- <p>{FAKE}</p> -->",
    "comment-unclosed-p": f"<!--<p>{FAKE}-->",
    "cdata": f"<![CDATA[{FAKE}]]>",
    "svg-cdata": f"<svg><style><![CDATA[{FAKE}]]></style></svg>",
    "script": f"<script>document.write('<p>{FAKE}</p>')</script>",
    "style": f"<style>p::after {{ content: '{FAKE}' }}</style>",
    "svg-text": f"<svg><text>{FAKE}</text></svg>",
    "iframe": f"<iframe srcdoc='<p>{FAKE}</p>'><p>{FAKE}</p></iframe>",
    "template": f"<template><p>{FAKE}</p></template>",
    "hidden-attribute": f"<p hidden>{FAKE}</p>",
    "display-none": f"<div style='display: none'><p>{FAKE}</p></div>",
    "noscript": f"<noscript><p>{FAKE}</p></noscript>",
}


def _hidden_check(markup: str) -> None:
    for source in (article_page(LEDE, COST).replace("</p><p>", f"</p>{markup}<p>"),
                   page(f"<article>{markup}</article>")):
        article = checked(cleaner.clean(source))
        assert "FAKE" not in everything(article), article.paragraphs


@pytest.mark.parametrize("markup", HIDDEN.values(), ids=list(HIDDEN))
def test_text_in_comments_cdata_and_scripts_never_reaches_the_output(markup):
    _hidden_check(markup)


# ---------------------------------------------------------------- bounded time

# Runs of the characters the patterns repeat, alone and in the pairs their repeats alternate.
RUNS = (" ", "/", "a", "A", "1", "°", "(", "[", "—", ":", "@", ".", ",", "-", "|", "a ", "a/",
        "a /", "1,", "1 ", "( ", "(a", "[1", ": ", "@a", "— ", "a.", "A ", "by ", "ab cd/",
        "photo ", "©", "'", "’s", "a, ", "http://", "\u00a0", "\t", "<p>", "=")


def _worst_cases(size: int) -> list[str]:
    cases = []
    for run in RUNS:
        body = run * (size // len(run))
        # Bare, after a word the patterns open with, and with a tail that fails at the end.
        cases += [body, "Photo: " + body + "!", "By " + body + " x", body + "\n"]
    return cases


def _best_of(repeats: int, func) -> float:
    return min(timed(func)[0] for _ in range(repeats))


def _assert_linear(label: str, small: float, large: float, ratio: float = 8.0,
                   slack: float = 0.003) -> None:
    """Four times the input takes at most ``ratio`` times as long (plus a little for timer noise)."""
    assert large <= ratio * small + slack, (
        f"{label}: {small * 1000:.1f} ms, then {large * 1000:.1f} ms for 4x the input")


def _check_linear(label: str, run_small, run_large, slack: float = 0.02) -> None:
    """Time both runs; a failure is measured again, better of five, before it counts, so that
    a busy machine does not fail the test. At these sizes a quadratic pattern takes seconds on
    the large input, far beyond the slack."""
    small, large = _best_of(2, run_small), _best_of(2, run_large)
    if large > 8.0 * small + slack:
        small, large = _best_of(5, run_small), _best_of(5, run_large)
    _assert_linear(label, small, large, slack=slack)


def _compiled(module) -> dict[str, re.Pattern[str]]:
    return {name: value for name, value in vars(module).items()
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str)}


def _how_used(name: str, sources: str) -> str:
    """How the library applies a pattern: anchored (match), or scanning (search or findall)."""
    used = set(re.findall(rf"\b{name}\.(\w+)\(", sources))
    if used & {"findall", "finditer", "sub", "subn", "split"}:
        return "findall"
    return "search" if "search" in used else "match"


# Patterns the library only applies to whitespace-collapsed text. _SITE_SEPARATORS splits the
# <title> and og:title, both collapsed when read; on a raw run of spaces it is quadratic
# ("\s+" retried from every space), so a caller handing strip_site_name an uncollapsed title
# would hang: 3,000 spaces take 0.3 s, 12,000 take 6 s.
COLLAPSED_INPUT = {"cleaner.htmlhead._SITE_SEPARATORS", "cleaner.html._SITE_SEPARATORS"}


def test_every_pattern_runs_in_linear_time_on_worst_cases():
    """Each pattern of the library, applied the way the library applies it (patterns handed to
    a filter's helper are matched), on runs of the characters patterns repeat."""
    import importlib
    import pkgutil
    from pathlib import Path

    sources = "\n".join(p.read_text(encoding="utf-8")
                        for p in Path(cleaner.__file__).parent.rglob("*.py"))
    found = {}
    for info in pkgutil.walk_packages(cleaner.__path__, "cleaner."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        found.update({f"{module.__name__}.{name}": (pattern, _how_used(name, sources))
                      for name, pattern in _compiled(module).items()})
    assert "cleaner.patterns.NEWSLETTER_HEADING" in found
    assert len(found) > 30
    n = 3000
    small_cases, large_cases = _worst_cases(n), _worst_cases(4 * n)
    for name, (pattern, how) in found.items():
        apply = getattr(pattern, how)
        cases = zip(small_cases, large_cases)
        if name in COLLAPSED_INPUT:
            cases = ((collapse(a), collapse(b)) for a, b in cases)
        for small, large in cases:
            _check_linear(f"{name}.{how} on {small[:12]!r}...", lambda: apply(small),
                          lambda: apply(large))


def test_every_filter_runs_in_linear_time_on_worst_cases():
    """Each filter on its own, offered blocks of any length (the word limits lifted)."""
    n = 3000
    options = Options()

    def run(text):
        blocks = [Block(text, position=0), Block(text.upper(), position=1)]
        ctx = Context(blocks, 0, (None, None), options)

        def all_filters():
            for f in REGISTRY.values():
                f.func(blocks[0], ctx)
        return all_filters

    for small, large in zip(_worst_cases(n), _worst_cases(4 * n)):
        small, large = small.strip(), large.strip()
        if small:  # blocks are stripped lines: never empty, never only spaces
            _check_linear(f"filters on {small[:12]!r}...", run(small), run(large))


SENTENCE = ("The council voted {i} to {j} on the harbor plan after a long debate in Bayport on "
            "Tuesday, officials said.")


def plain_page(size: int) -> str:
    """An article of distinct paragraphs, with junk lines and a long run of each worst-case
    character now and then."""
    out, total, i = [], 0, 0
    while total < size:
        if i % 7 == 3:
            piece = fuzz_clean.JUNK_LINES[i % len(fuzz_clean.JUNK_LINES)]
        elif i % 29 == 11:
            run = RUNS[i % len(RUNS)]
            piece = run * (3000 // len(run))
        else:
            piece = " ".join(SENTENCE.format(i=i, j=i * 7 + k) for k in range(3))
        out.append(piece)
        total += len(piece) + 2
        i += 1
    return "\n\n".join(out)


def html_page(size: int) -> str:
    out, total, i = [], 0, 0
    while total < size:
        k = i % 10
        if k == 3:
            piece = '<div class="ad-slot">Advertisement</div>'
        elif k == 5:
            piece = f"<ul><li>Item {i} of the list</li><li>Another item {i}</li></ul>"
        elif k == 7:
            piece = (f'<figure><img src="{i}.jpg"><figcaption>Crews work on pier {i}. '
                     "Photo: Dana Ruiz</figcaption></figure>")
        elif k == 9:
            piece = (f'<p>The plan, <a href="/x{i}">first proposed</a> in {i}, <b>would</b> cost '
                     "more than expected, said the mayor of Bayport on Tuesday.</p>")
        else:
            piece = "<p>" + " ".join(SENTENCE.format(i=i, j=i * 7 + k) for k in range(3)) + "</p>"
        out.append(piece)
        total += len(piece) + 1
        i += 1
    return page('<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul>'
                "</nav><article><h1>Harbor Plan Wins</h1>" + "\n".join(out) + "</article><footer>"
                "<p>© 2025 The Harbor Ledger. All rights reserved.</p></footer>",
                head='<meta charset="utf-8"><title>Harbor Plan Wins | Ledger</title>')


@pytest.mark.parametrize("make", [plain_page, html_page], ids=["text", "html"])
def test_cleaning_time_grows_linearly_from_one_to_four_megabytes(make):
    small, large = make(1_000_000), make(4_000_000)
    cleaner.clean(make(20_000))  # warm up
    t_small, article = timed(cleaner.clean, small)
    assert len(checked(article).paragraphs) > 1000
    t_large, article = timed(cleaner.clean, large)
    assert len(checked(article).paragraphs) > 4000
    # Best of a few runs: one run can be slowed by another process or a garbage collection,
    # and a busy machine gets a second, longer look before a failure counts.
    for small_runs, large_runs in ((2, 1), (4, 3)):
        t_small = min(t_small, _best_of(small_runs, lambda: cleaner.clean(small)))
        t_large = min(t_large, _best_of(large_runs, lambda: cleaner.clean(large)))
        if t_large <= 8.0 * t_small + 0.05:
            break
    _assert_linear(make.__name__, t_small, t_large, slack=0.05)


def test_a_long_hard_wrapped_paragraph_is_joined_in_linear_time():
    line = "The council voted on the harbor plan after a long debate, and the\n"
    text_blocks(line * 100)  # warm up
    small = _best_of(2, lambda: text_blocks(line * (250_000 // len(line))))
    large = _best_of(2, lambda: text_blocks(line * (1_000_000 // len(line))))
    # Splitting lines is linear: 4x the text takes 4-5x the time; copying the paragraph so far
    # for each line takes 10x (and 30x once the copies no longer fit the heap).
    _assert_linear("text_blocks on a wrapped paragraph", small, large, ratio=6, slack=0.002)


def test_a_paragraph_of_many_inline_elements_cleans_in_linear_time():
    """trafilatura is quadratic in the inline elements of one paragraph; html.py flattens such a
    paragraph before extraction."""
    def run(count):
        source = page("<article><p>" + "<b>word</b> " * count + "</p></article>")
        return lambda: cleaner.clean_html(source)

    _assert_linear("paragraph of <b> elements", _best_of(1, run(1500)), _best_of(1, run(6000)),
                   slack=0.05)


# ---------------------------------------------------------------- fuzzing


def test_fuzz_target_bounded():
    """The fuzz target of tests/fuzz_clean.py for a bounded run (FUZZ_EXAMPLES, default 200)."""
    fuzz_clean.fuzz(int(os.environ.get("FUZZ_EXAMPLES", "200")))


def test_fuzz_target_catches_a_crash(monkeypatch):
    """The target fails on an exception that is not a CleanerError (so it can find one)."""
    def broken(source, **_):
        raise IndexError("boom")

    monkeypatch.setattr(cleaner, "clean", broken)
    with pytest.raises(IndexError):
        fuzz_clean.check_one("anything")
    monkeypatch.setattr(cleaner, "clean", lambda source, **_: Article(None, None, ()))
    with pytest.raises(AssertionError):
        fuzz_clean.check_one("an empty article without notes")


def test_a_page_trafilaturas_loader_rejects_is_parsed_leniently():
    """Text before any tag and no <html> in the first bytes: trafilatura's loader calls it not
    HTML; a browser shows it, and so does cleaner (lxml's parser, then BeautifulSoup's)."""
    source = ("Notice: undefined index on line 4 of header.php, please ignore this "
              f"<p>{LEDE}</p><p>{COST}</p>")
    article = checked(cleaner.clean_html(source))
    assert "not parseable as HTML" not in article.notes
    assert any(COST in p for p in article.paragraphs)
