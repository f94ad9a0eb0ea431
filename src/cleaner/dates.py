"""Dates as pages give them: read from metadata values and from date lines, and written out as
ISO 8601.

A page states its date twice over: in its metadata (JSON-LD ``datePublished``,
``article:published_time``, ``<time datetime>``), machine-readable but often in UTC or with a
wrong offset, and on a line the reader sees ("Nov. 19, 2019, 10:31 pm CST"), in the newsroom's
own day. ``reconcile`` takes the day from the line and the time from the metadata.

Lines are read with one pattern for the shapes dates take on news pages (a month's name before
or after the day, in the seven languages of the phrase lists; a day, month and year in digits)
and a table of time zones. It runs on every page, so it must be cheap: dateparser, made for
this, takes one to two milliseconds a call, a tenth of cleaning a whole page, and the lines
the date-line filter recognises are in those seven languages anyway. A relative date ("2 hours
ago", "Today 12:01 AM") names no day and gives nothing: it is not guessed at. For an HTML page
that dates its article nowhere the cheap sources reach, ``htmldate`` searches the whole page
(see ``cleaner.metadata``).

>>> read("Published March 3, 2025 at 6:14 p.m. ET").iso()
'2025-03-03T18:14:00-05:00'
>>> read("3 de marzo de 2025").iso()
'2025-03-03'
>>> read("Updated 2 hours ago") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# Years outside these are a CMS's placeholder ("0001-01-01") or a typo, not a publication date.
FIRST_YEAR = 1990
LAST_YEAR = 2100
# A line longer than this is prose, not a date line: only its opening is read.
MAX_CHARS = 200
# Offsets from UTC run from -12:00 to +14:00, in quarter hours.
MAX_OFFSET = timedelta(hours=14)
QUARTER_HOUR = timedelta(minutes=15)
# Local days differ from UTC's by at most one.
ZONE_DAY = timedelta(days=1)

# Month names and their common abbreviations, per language, in month order: data, so a language
# is added as a line.
MONTHS = {
    "en": "january|jan february|feb march|mar april|apr may june|jun july|jul august|aug "
          "september|sep|sept october|oct november|nov december|dec",
    "de": "januar|jänner|jan februar|feb märz|mär|maerz april|apr mai juni|jun juli|jul "
          "august|aug september|sep|sept oktober|okt november|nov dezember|dez",
    "fr": "janvier|janv février|fevrier|févr|fev mars avril|avr mai juin juillet|juil "
          "août|aout septembre|sept octobre|oct novembre|nov décembre|decembre|déc",
    "es": "enero|ene febrero|feb marzo|mar abril|abr mayo|may junio|jun julio|jul agosto|ago "
          "septiembre|setiembre|sep|sept octubre|oct noviembre|nov diciembre|dic",
    "it": "gennaio|gen febbraio|feb marzo|mar aprile|apr maggio|mag giugno|giu luglio|lug "
          "agosto|ago settembre|set|sett ottobre|ott novembre|nov dicembre|dic",
    "pt": "janeiro|jan fevereiro|fev março|marco|mar abril|abr maio|mai junho|jun julho|jul "
          "agosto|ago setembro|set outubro|out novembro|nov dezembro|dez",
    "nl": "januari|jan februari|feb maart|mrt april|apr mei juni|jun juli|jul augustus|aug "
          "september|sep|sept oktober|okt november|nov december|dec",
}
MONTH_NUMBERS = {name: n for months in MONTHS.values()
                 for n, names in enumerate(months.split(), 1) for name in names.split("|")}

# Time zones as news pages name them: a fixed offset, or a region whose offset the date decides
# ("ET" is -05:00 in winter and -04:00 in summer).
ZONES: dict[str, str | timedelta] = {
    "utc": timedelta(0), "gmt": timedelta(0), "z": timedelta(0), "wet": timedelta(0),
    "bst": timedelta(hours=1), "cet": timedelta(hours=1), "mez": timedelta(hours=1),
    "cest": timedelta(hours=2), "mesz": timedelta(hours=2), "eet": timedelta(hours=2),
    "msk": timedelta(hours=3), "ist": timedelta(hours=5, minutes=30), "hkt": timedelta(hours=8),
    "sgt": timedelta(hours=8), "jst": timedelta(hours=9), "kst": timedelta(hours=9),
    "aest": timedelta(hours=10), "aedt": timedelta(hours=11),
    "est": timedelta(hours=-5), "edt": timedelta(hours=-4), "cst": timedelta(hours=-6),
    "cdt": timedelta(hours=-5), "mst": timedelta(hours=-7), "mdt": timedelta(hours=-6),
    "pst": timedelta(hours=-8), "pdt": timedelta(hours=-7),
    "et": "America/New_York", "ct": "America/Chicago", "mt": "America/Denver",
    "pt": "America/Los_Angeles", "brt": timedelta(hours=-3),
}


def _alternation(names: object) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))  # type: ignore[arg-type]


_MONTH = rf"(?:{_alternation(MONTH_NUMBERS)})"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?!\d)"
_YEAR = r"\d{4}(?!\d)"
# Lower-cased text. Day and month in either order, the year optional ("Posted Nov 19, 6:51 AM"
# takes its year from the metadata) and maybe after the time ("Wed Nov 20 15:23:01 2019"); or
# a date in digits, ISO or day/month/year.
DATE = re.compile(
    rf"(?<!\w)(?P<month>{_MONTH})\.?\s*(?P<day>{_DAY})(?:st|nd|rd|th)?"
    rf"(?:,?\s*(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s+)?(?P<year>{_YEAR}))?"
    rf"|(?<![\w.])(?P<day2>{_DAY})(?:\.|º|°|er|st|nd|rd|th)?\s*(?:de\s+|of\s+|-)?"
    rf"(?P<month2>{_MONTH})(?![^\W\d_])\.?(?:,?\s*(?:de\s+|-)?(?P<year2>{_YEAR}))?"
    r"|(?<!\d)(?P<iso_year>\d{4})-(?P<iso_month>[01]?\d)-(?P<iso_day>[0-3]?\d)(?!\d)"
    r"|(?<![\d.:/])(?P<first>[0-3]?\d)(?P<sep>[./])(?P<second>[0-3]?\d)(?P=sep)(?P<num_year>\d{4}|\d{2})(?![\d:])"
)
# "6:14 p.m.", "18.54", "14h05", "10:48", "7:53pm", "9 a.m."; the zone or offset right after.
TIME = re.compile(
    r"(?<![\d:.])(?P<hour>[01]?\d|2[0-3])"
    r"(?:[:.h](?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?(?!\d)\s*(?:(?P<half>[ap])\.?\s?m\b\.?)?"
    r"|\s*(?P<half2>[ap])\.?\s?m\b\.?)"
    rf"(?:\s*(?:uhr|hrs?|h)\b)?(?:,?\s*\(?(?P<zone>{_alternation(ZONES)})\b)?"
    r"(?:\s*(?:gmt|utc)?\s*(?P<sign>[+-])(?P<off_hour>\d{1,2})(?::?(?P<off_minute>\d{2}))?(?!\d))?"
)


@dataclass(frozen=True)
class Stamp:
    """A moment as a page gives it: its day, maybe the time of day, maybe the offset from UTC
    that the time is in."""

    day: date
    time: time | None = None
    offset: timedelta | None = None

    def iso(self) -> str:
        """ISO 8601: the day alone, or with the time, and the offset when known."""
        if self.time is None:
            return self.day.isoformat()
        moment = datetime.combine(self.day, self.time)
        if self.offset is not None:
            moment = moment.replace(tzinfo=timezone(self.offset))
        return moment.isoformat(timespec="seconds")

    def instant(self) -> datetime | None:
        """The moment in UTC, when time and offset are both known."""
        if self.time is None or self.offset is None:
            return None
        return datetime.combine(self.day, self.time, timezone(self.offset)).astimezone(timezone.utc)


def in_offset(stamp: Stamp, offset: timedelta) -> Stamp:
    """The same moment written at another offset from UTC: "2025-11-05T04:10:03+00:00" at
    -06:00 is "2025-11-04T22:10:03-06:00". A stamp without an instant stays as it is."""
    instant = stamp.instant()
    if instant is None:
        return stamp
    local = instant.astimezone(timezone(offset))
    return Stamp(local.date(), local.time().replace(tzinfo=None), offset)


def later(a: Stamp, b: Stamp) -> bool:
    """Whether ``a`` is after ``b``: by the instant when both have one, else by the day."""
    first, second = a.instant(), b.instant()
    if first is not None and second is not None:
        return first > second
    return a.day > b.day


def _valid(year: int, month: int, day: int) -> date | None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _numeric(first: int, second: int, year: int, month_first: bool) -> date | None:
    """A date in digits: the number over 12 is the day; otherwise the order the language uses."""
    if first > 12 or not month_first and second <= 12:
        return _valid(year, second, first)
    return _valid(year, first, second)


def _day(match: re.Match[str], default_year: int | None, month_first: bool) -> date | None:
    if match["iso_year"]:
        return _valid(int(match["iso_year"]), int(match["iso_month"]), int(match["iso_day"]))
    if match["first"]:
        year = int(match["num_year"])
        year += 2000 if year < 100 else 0
        return _numeric(int(match["first"]), int(match["second"]), year, month_first)
    month = MONTH_NUMBERS[match["month"] or match["month2"]]
    day = int(match["day"] or match["day2"])
    year_text = match["year"] or match["year2"]
    year = int(year_text) if year_text else default_year
    return _valid(year, month, day) if year is not None else None


def _offset(match: re.Match[str], day: date, clock: time) -> timedelta | None:
    """The offset the time is given in: a numeric one, or a zone's on that day."""
    if match["sign"]:
        offset = timedelta(hours=int(match["off_hour"]), minutes=int(match["off_minute"] or 0))
        return -offset if match["sign"] == "-" else offset
    zone = ZONES.get(match["zone"] or "")
    if zone is None or isinstance(zone, timedelta):
        return zone
    try:
        return datetime.combine(day, clock, ZoneInfo(zone)).utcoffset()
    except ZoneInfoNotFoundError:  # a system without the time zone database
        return None


def _clock(match: re.Match[str]) -> time | None:
    """The time of day of a TIME match; a bare number ("19") is no time."""
    minute, half = match["minute"], match["half"] or match["half2"]
    if minute is None and half is None:
        return None
    hour = int(match["hour"])
    if half is not None and hour <= 12:
        hour = hour % 12 + (12 if half == "p" else 0)
    return time(hour, int(minute or 0), int(match["second"] or 0))


def _time_near(lower: str, start: int, end: int) -> re.Match[str] | None:
    """The time given with a date: after it ("Nov 19, 2019, 10:31 pm"), else before it
    ("10:01 pm PST, Tuesday, November 19, 2019")."""
    for found in TIME.finditer(lower, end):
        if _clock(found) is not None:
            return found
    for found in TIME.finditer(lower[:start]):
        if _clock(found) is not None:
            return found
    return None


def read(text: str, *, default_year: int | None = None, month_first: bool = True) -> Stamp | None:
    """The first date in a line of text, with its time and offset when the line gives them.

    ``default_year`` completes a date printed without its year; ``month_first`` reads an
    ambiguous date in digits (3/4/2025) as the United States do, month first.

    >>> read("Chris Davies - Nov 19, 2019, 10:31 pm CST").iso()
    '2019-11-19T22:31:00-06:00'
    >>> read("Bijgewerkt: 12 april 2026, 21:05").iso()
    '2026-04-12T21:05:00'
    """
    lower = text[:MAX_CHARS].lower()
    for match in DATE.finditer(lower):
        day = _day(match, default_year, month_first)
        if day is None:
            continue
        found = _time_near(lower, match.start(), match.end())
        if found is None:
            return Stamp(day)
        clock = _clock(found)
        assert clock is not None  # _time_near returns only times
        return Stamp(day, clock, _offset(found, day, clock))
    return None


def read_value(value: str) -> Stamp | None:
    """A date from a metadata value: ISO 8601 mostly ("2019-11-20T06:35:39+0000", "20191119"),
    else what a line would give ("Mon, 18 Nov 2019 16:07:38 -0600")."""
    value = value.strip()
    if value[:4].isdigit():
        try:
            moment = datetime.fromisoformat(value.replace(" ", "T", 1) if " " in value[:11] else value)
        except ValueError:
            pass
        else:
            day = _valid(moment.year, moment.month, moment.day)
            if day is None:
                return None
            if len(value) <= len("2019-11-19"):  # a day alone
                return Stamp(day)
            offset = moment.utcoffset()
            return Stamp(day, moment.time().replace(microsecond=0, tzinfo=None), offset)
    return read(value, month_first=True)


def _derived_offset(local: datetime, instant: datetime) -> timedelta | None:
    """The offset that makes a local time the given instant, when it is a real one."""
    offset = local - instant.replace(tzinfo=None)
    if abs(offset) > MAX_OFFSET or offset % QUARTER_HOUR:
        return None
    return offset


def reconcile(visible: Stamp | None, stated: Stamp | None) -> Stamp | None:
    """One date from the line the reader sees and the page's metadata.

    The line gives the day: it is the newsroom's own, where metadata is often in UTC (a story
    of 10 p.m. in New York is stated as the next day) or carries a wrong offset. The metadata
    gives the time: a line's time that is the metadata's instant is written in the line's zone
    (its own, or the offset that makes it that instant), with the metadata's seconds; a line
    without a time takes the metadata's moment when it falls on its day. A line more than a
    day from the metadata dates something else (an update, another story): the metadata's
    date stands.
    """
    if visible is None or stated is None:
        return visible or stated
    if abs(visible.day - stated.day) > ZONE_DAY:
        return stated
    if visible.time is None:
        return stated if stated.day == visible.day else visible
    if stated.time is None:
        return visible
    instant = stated.instant()
    if instant is not None:
        local = datetime.combine(visible.day, visible.time.replace(second=0))
        minute = instant.replace(tzinfo=None, second=0)
        offset = visible.offset if visible.offset is not None else _derived_offset(local, minute)
        if offset is not None and local - offset == minute:
            return Stamp(visible.day, visible.time.replace(second=instant.second), offset)
    if visible.offset is not None:
        return visible
    return stated if stated.day == visible.day else Stamp(visible.day)
