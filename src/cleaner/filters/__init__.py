"""The filter registry: every filter by name, and the order the default pipeline runs them in.

Filters that judge a block by its own text come first; filters that judge a block by its
neighbours come after, so they see the verdicts on the junk around them and junk cannot pass as
body by standing beside good text.
"""

from __future__ import annotations

from cleaner.context import Filter
from cleaner.filters import (
    ads,
    chrome,
    comments,
    consent,
    credits,
    dom,
    newsletter,
    paywall,
    related,
    share,
    trailers,
)

_TEXT_FILTERS = (
    Filter("newsletter.signup_heading", newsletter.signup_heading, "newsletter signup call"),
    Filter("newsletter.signup_consent", newsletter.signup_consent, "fine print of a signup form"),
    Filter("newsletter.signup_confirmation", newsletter.signup_confirmation,
           "confirmation shown after signing up"),
    Filter("credits.credit_line", credits.credit_line, "photo or image credit"),
    Filter("credits.caption_credit", credits.caption_credit, "photo caption with its credit"),
    Filter("credits.gallery_control", credits.gallery_control, "photo gallery control"),
    Filter("paywall.notice", paywall.notice, "subscription or paywall notice"),
    Filter("ads.slot", ads.slot, "advertisement slot label"),
    Filter("share.prompt", share.prompt, "share or follow prompt"),
    Filter("share.service_row", share.service_row, "row of share buttons"),
    Filter("related.heading", related.heading, "heading of a related-stories box"),
    Filter("related.link", related.link, "link to another story"),
    Filter("consent.cookie_notice", consent.cookie_notice, "cookie or consent notice"),
    Filter("comments.prompt", comments.prompt, "comment counter or prompt"),
    Filter("trailers.provenance", trailers.provenance,
           "provenance or newsroom credit line after the body"),
    Filter("chrome.byline", chrome.byline, "byline on a line of its own"),
    Filter("chrome.date_line", chrome.date_line, "publication date or time on a line of its own"),
    Filter("chrome.tags", chrome.tags, "tags or topics the article is filed under"),
    Filter("chrome.tip_line", chrome.tip_line, "request for news tips"),
    Filter("chrome.copyright", chrome.copyright, "copyright notice"),
    Filter("chrome.weather_ticker", chrome.weather_ticker, "weather or market ticker"),
    Filter("chrome.page_tools", chrome.page_tools, "page tool label"),
)

_DOM_FILTERS = (
    Filter("dom.link_list", dom.link_list, "mostly link text: a menu entry or teaser link"),
    Filter("dom.caption", dom.caption, "caption or credit of a picture"),
    Filter("dom.form", dom.form, "text of a form: signup box, search field or button"),
    Filter("dom.aside", dom.aside, "inside an aside: related links or a fact box"),
    Filter("dom.site_chrome", dom.site_chrome, "inside the site's navigation or footer"),
    Filter("dom.dialog", dom.dialog, "inside an overlay dialog such as a consent banner"),
    Filter("dom.furniture_class", dom.furniture_class, "element classed as page furniture"),
)

_CONTEXT_FILTERS = (
    Filter("newsletter.signup_run", newsletter.signup_run, "part of a newsletter signup box"),
    Filter("related.teaser_list", related.teaser_list, "headline in a related-stories list"),
    Filter("chrome.navigation", chrome.navigation, "navigation menu"),
    Filter("trailers.author_bio", trailers.author_bio, "author bio after the article"),
)

_ALL = _TEXT_FILTERS + _DOM_FILTERS + _CONTEXT_FILTERS

REGISTRY: dict[str, Filter] = {f.name: f for f in _ALL}

DEFAULT_ORDER: tuple[str, ...] = tuple(f.name for f in _ALL)
