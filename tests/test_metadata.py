"""The furniture as data: bylines read into names, date lines into ISO 8601, and the fields an
Article gains from plain text and from HTML."""

from __future__ import annotations

import json

import pytest

import cleaner
from cleaner import bylines, dates, language, metadata

BODY = ("The Bayport council voted 6-1 on Tuesday to dredge the harbor, ending a two-year "
        "dispute over who pays for the work and how deep the channel should be.\n\n"
        "Supporters said larger boats could dock at low tide once the work is done, and that "
        "the fishing fleet would no longer have to wait for the tide to unload.")


def page(head: str = "", header: str = "", lang: str = ' lang="en"') -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    return (f"<!DOCTYPE html><html{lang}><head><meta charset='utf-8'><title>Harbor dredging plan "
            f"wins approval</title>{head}</head><body><article><h1>Harbor dredging plan wins "
            f"approval</h1>{header}{paragraphs}</article></body></html>")


def jsonld(**fields: object) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", **fields}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


# ---------------------------------------------------------------- bylines


@pytest.mark.parametrize(("byline", "names"), [
    ("By Maya Chen and Tom Ruiz, Staff Writers", ("Maya Chen", "Tom Ruiz")),
    ("By Ana Reyes, Tom Lind and Ke Wen", ("Ana Reyes", "Tom Lind", "Ke Wen")),
    ("By Ana Reyes | Reuters", ("Ana Reyes",)),
    ("Meg Kinnard and Errin Haines, Associated Press", ("Meg Kinnard", "Errin Haines")),
    ("The Associated Press", ("Associated Press",)),
    ("REUTERS", ("Reuters",)),
    ("By Renata Ilves, Senior Transit Reporter, renata@post.example", ("Renata Ilves",)),
    ("Natasha Turak @NatashaTurak", ("Natasha Turak",)),
    ("By Meg James Staff Writer", ("Meg James",)),
    ("Tom Davies Associated Press", ("Tom Davies",)),
    ("By Umair Irfan Updated Nov 13, 2019, 10:28am EST", ("Umair Irfan",)),
    ("By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.", ("Louis Jacobson",)),
    ("Posted on March 14, 2026 by Ruth Alder", ("Ruth Alder",)),
    ("Ana Reyes and Tom Lind · 9 min read · Feb 26, 2026", ("Ana Reyes", "Tom Lind")),
    ("Von Katharina Ebersbach und Lukas Pfeiffer", ("Katharina Ebersbach", "Lukas Pfeiffer")),
    ("Par Solène Marchetti et Yanis Fofana", ("Solène Marchetti", "Yanis Fofana")),
    ("Por Inés Carvajal y Martín Soler", ("Inés Carvajal", "Martín Soler")),
    ("Door Sanne de Wit", ("Sanne de Wit",)),
    ("Por Lucía Ferreras Ibarra | Redacción Montesclaros", ("Lucía Ferreras Ibarra",)),
    ("by Regan", ("Regan",)),
])
def test_a_byline_gives_the_names_it_credits(byline, names):
    assert bylines.names(byline) == names


@pytest.mark.parametrize("line", [
    "By admin", "By Staff Reports", "Editorial", "Monday 5:30PM", "New, 6 comments",
    "By JERUSALEM POST STAFF",
])
def test_accounts_desks_and_other_lines_name_no_one(line):
    assert bylines.names(line) == ()


def test_the_site_is_no_author_but_another_organization_is():
    assert bylines.names("Telegraph Sport", site="The Telegraph") == ()
    assert bylines.names("CBS News", site="CBS News") == ()
    assert bylines.names("by European Space Agency", site="Phys.org") == ("European Space Agency",)


def test_a_name_the_metadata_declares_may_be_one_word():
    assert bylines.names("Regan") == ()
    assert bylines.names("Regan", declared=True) == ("Regan",)


def test_a_wire_dateline_credits_its_agency():
    assert bylines.wire_agency("HARLOW, N.D. (AP) — Snow closed the interstate.") == "Associated Press"
    assert bylines.wire_agency("HARLOW, N.D. (Harlow Herald) — Snow closed it.") is None
    assert bylines.wire_agency("The council voted (6-1) — a surprise — on Tuesday.") is None


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(("line", "iso"), [
    ("Published March 3, 2025 at 6:14 p.m. ET", "2025-03-03T18:14:00-05:00"),
    ("July 4, 2025, 9 a.m. ET", "2025-07-04T09:00:00-04:00"),  # daylight time
    ("Nov. 19, 2019, 10:31 pm CST", "2019-11-19T22:31:00-06:00"),
    ("10:01 pm PST, Tuesday, November 19, 2019", "2019-11-19T22:01:00-08:00"),
    ("Mon 18 Nov 2019 18.54 GMT", "2019-11-18T18:54:00+00:00"),
    ("Veröffentlicht am 3. März 2025, 14:05 Uhr", "2025-03-03T14:05:00"),
    ("Publié le 3 mars 2025 à 14h05", "2025-03-03T14:05:00"),
    ("3 de marzo de 2025 - 14:05 CET", "2025-03-03T14:05:00+01:00"),
    ("Pubblicato il 3 marzo 2025 alle 14:05", "2025-03-03T14:05:00"),
    ("Publicado em 3 de março de 2025, às 14h05", "2025-03-03T14:05:00"),
    ("Gepubliceerd: 3 maart 2025", "2025-03-03"),
    ("2019-11-18T20:51:19Z", "2019-11-18T20:51:19+00:00"),
    ("11/19/19 06:56 AM EST", "2019-11-19T06:56:00-05:00"),
    ("27/09/2018", "2018-09-27"),
])
def test_a_date_line_is_read_to_iso_8601(line, iso):
    assert dates.read(line).iso() == iso


@pytest.mark.parametrize("line", [
    "Updated 2 hours ago", "Today 12:01 AM", "Monday 5:30PM", "Published 1 day ago",
    "5 min read", "Posted Nov 19, 6:51 AM",  # no year, and none given
])
def test_relative_and_yearless_dates_are_not_guessed(line):
    assert dates.read(line) is None


def test_a_missing_year_is_taken_from_the_metadata_when_given():
    assert dates.read("Posted Nov 19, 6:51 AM", default_year=2019).iso() == "2019-11-19T06:51:00"


def test_an_ambiguous_date_in_digits_is_read_in_the_languages_order():
    assert dates.read("04/03/2025").iso() == "2025-04-03"
    assert dates.read("04/03/2025", month_first=False).iso() == "2025-03-04"


@pytest.mark.parametrize(("value", "iso"), [
    ("2019-11-20T06:35:39+0000", "2019-11-20T06:35:39+00:00"),
    ("2019-11-19T13:03:00.000Z", "2019-11-19T13:03:00+00:00"),
    ("2019-11-18", "2019-11-18"),
    ("20191119", "2019-11-19"),
    ("Mon, 18 Nov 2019 16:07:38 -0600", "2019-11-18T16:07:38-06:00"),
])
def test_a_metadata_value_is_read_to_iso_8601(value, iso):
    assert dates.read_value(value).iso() == iso


def test_a_placeholder_date_is_no_date():
    assert dates.read_value("0001-01-01T00:00:00Z") is None


@pytest.mark.parametrize(("shown", "stated", "iso"), [
    # The metadata in UTC, the next day: the shown day, the time at the offset that makes
    # the two one instant, the metadata's seconds.
    ("Nov. 4, 2025, 9:52 p.m.", "2025-11-05T03:52:41Z", "2025-11-04T21:52:41-06:00"),
    # Only the day shown: the metadata's time does not fall on it, so the day alone.
    ("November 4, 2025", "2025-11-05T03:52:00Z", "2025-11-04"),
    # The day agrees: the metadata's moment.
    ("November 5, 2025", "2025-11-05T03:52:00Z", "2025-11-05T03:52:00+00:00"),
    # A metadata offset that is wrong: the shown line, in its own zone, stands.
    ("Nov 19, 2019, 10:31 pm CST", "2019-11-20T04:31:13-06:00", "2019-11-19T22:31:00-06:00"),
    # Shown a year away: it dates something else, and the metadata stands.
    ("April 10, 2019", "2018-04-18T10:00:00+02:00", "2018-04-18T10:00:00+02:00"),
])
def test_the_shown_day_wins_and_the_metadata_gives_the_time(shown, stated, iso):
    assert dates.reconcile(dates.read(shown), dates.read_value(stated)).iso() == iso


def test_a_moment_is_written_at_another_offset():
    moment = dates.read_value("2025-11-05T04:10:03Z")
    assert dates.in_offset(moment, dates.read_value("2025-11-04T21:00:00-06:00").offset).iso() == (
        "2025-11-04T22:10:03-06:00")


# ---------------------------------------------------------------- the article's fields


def test_plain_text_reads_its_byline_date_and_kicker_into_fields():
    article = cleaner.clean_text(
        "Harbor\n\nHarbor dredging plan wins council approval\n\nBy Jane Doe and Al Roe\n\n"
        "Published March 3, 2025\n\n" + BODY)
    assert article.authors == ("Jane Doe", "Al Roe")
    assert article.byline == "By Jane Doe and Al Roe"
    assert article.published == "2025-03-03"
    assert article.section == "Harbor"
    assert article.language == "en"
    fields = {r.text: r.fields for r in article.removed}
    assert fields["By Jane Doe and Al Roe"] == ("byline",)
    assert fields["Published March 3, 2025"] == ("published",)
    assert fields["Harbor"] == ("section",)


def test_a_relative_date_line_is_removed_but_not_read():
    article = cleaner.clean_text("Harbor Dredging Plan Wins Council Approval\n\nBy Jane Doe\n\n"
                                 "Updated 2 hours ago\n\n" + BODY)
    assert "Updated 2 hours ago" in {r.text for r in article.removed}
    assert article.published is None and article.modified is None


def test_removal_to_dict_keeps_its_keys_and_adds_fields():
    article = cleaner.clean_text("Harbor Dredging Plan Wins Council Approval\n\nBy Jane Doe\n\n" + BODY)
    removed = article.to_dict()["removed"]
    assert all({"filter", "text", "reason", "position", "fields"} <= set(r) for r in removed)
    assert [r["fields"] for r in removed if r["text"] == "By Jane Doe"] == [["byline"]]


def test_to_dict_carries_every_field():
    d = cleaner.clean_text("Harbor Dredging Plan Wins Council Approval\n\nBy Jane Doe\n\n" + BODY).to_dict()
    assert {"byline", "authors", "published", "modified", "section", "language", "site_name",
            "url", "canonical_url"} <= set(d)
    assert d["authors"] == ["Jane Doe"]


def test_html_reads_what_the_page_states_when_it_shows_nothing():
    source = page(head=jsonld(author=[{"@type": "Person", "name": "Jane Doe"}],
                              datePublished="2025-03-03T18:14:00-05:00", articleSection="Harbor")
                  + '<meta property="og:site_name" content="Bayport Bugle">'
                  + '<meta property="og:url" content="https://bugle.example/harbor/dredging">'
                  + '<link rel="canonical" href="/harbor/dredging-plan">')
    article = cleaner.clean_html(source)
    assert article.authors == ("Jane Doe",)
    assert article.published == "2025-03-03T18:14:00-05:00"
    assert article.section == "Harbor"
    assert article.site_name == "Bayport Bugle"
    assert article.url == "https://bugle.example/harbor/dredging"
    assert article.canonical_url == "https://bugle.example/harbor/dredging-plan"


def test_the_url_given_is_kept_and_resolves_a_relative_canonical():
    article = cleaner.clean_html(page(head='<link rel="canonical" href="/a/b">'),
                                 url="https://given.example/x")
    assert article.url == "https://given.example/x"
    assert article.canonical_url == "https://given.example/a/b"


def test_the_byline_shown_wins_over_a_publisher_in_the_metadata():
    source = page(head='<meta name="author" content="Harbor Media Group">',
                  header='<p class="byline">By Jane Doe</p>')
    assert cleaner.clean_html(source).authors == ("Jane Doe",)


def test_the_metadata_spells_the_names_the_byline_shows():
    source = page(head=jsonld(author=[{"@type": "Person", "name": "Lisa Mascaro"},
                                      {"@type": "Person", "name": "Eric Tucker"}]),
                  header='<div class="byline">By LISA MASCARO and ERIC TUCKER Associated Press</div>')
    assert cleaner.clean_html(source).authors == ("Lisa Mascaro", "Eric Tucker")


def test_a_byline_split_over_elements_is_read_in_its_pieces():
    source = page(header='<div class="byline"><span>By Meg James</span><span>Staff Writer</span>'
                         '<span>Nov. 19, 2019 5:50 PM</span></div>')
    article = cleaner.clean_html(source)
    assert article.authors == ("Meg James",)
    assert article.byline == "By Meg James Staff Writer"
    assert article.published == "2019-11-19T17:50:00"


@pytest.mark.parametrize(("head", "lang", "code"), [
    ("", ' lang="pt-BR"', "pt"),
    ('<meta property="og:locale" content="de_DE">', "", "de"),
    ('<meta http-equiv="content-language" content="nl">', "", "nl"),
    ("", "", "en"),  # from the stop words of the body
])
def test_the_language_is_the_pages_own_else_its_bodys(head, lang, code):
    assert cleaner.clean_html(page(head=head, lang=lang)).language == code


def test_stop_lists_are_read_as_justext_reads_them():
    import justext

    for name in justext.get_stoplists():
        assert language._read(name) == justext.get_stoplist(name), name


def test_language_codes_cover_every_stop_list():
    assert language.guess("el consejo votó el martes a favor del plan de la ciudad y de sus "
                          "vecinos, que lo pidieron durante años").code == "es"
    language._load()
    assert all(lang.code for lang in language._all)


def test_htmldate_runs_only_when_nothing_cheaper_dates_the_page(monkeypatch):
    def refuse(*args: object) -> None:
        raise AssertionError("htmldate asked although the page states its date")

    monkeypatch.setattr(metadata, "_searched", refuse)
    article = cleaner.clean_html(page(head=jsonld(datePublished="2025-03-03")))
    assert article.published == "2025-03-03"


def test_htmldate_dates_a_page_from_its_address_when_nothing_else_does():
    source = page(head='<link rel="canonical" href="https://bugle.example/2025/03/03/dredging">')
    assert cleaner.clean_html(source).published == "2025-03-03"


def test_a_page_with_no_date_anywhere_has_none():
    assert cleaner.clean_html(page()).published is None
