"""The filter registry: every filter by name, and the order the default pipeline runs them in.

Filters that judge a block by its own text come first; filters that judge a block by its
neighbours come after, so they see the verdicts on the junk around them and junk cannot pass as
body by standing beside good text.
"""

from __future__ import annotations

from cleaner import patterns
from cleaner.context import Filter
from cleaner.textutil import TITLE_MAX_WORDS
from cleaner.filters import (
    address,
    ads,
    chrome,
    comments,
    consent,
    credits,
    dom,
    newsletter,
    paywall,
    region,
    related,
    share,
    trailers,
)

# Each filter with the longest block it may remove: a number of words, or the name of the
# Options field that sets it. Longer blocks are prose and are never offered to it.
FURNITURE = "furniture_max_words"

_TEXT_FILTERS = (
    # The commonest furniture first: a block removed early is offered to no later filter.
    Filter("chrome.page_tools", chrome.page_tools, "page tool label", FURNITURE,
           opens=(patterns.PAGE_TOOLS,), holds=("here", "ctrl")),
    Filter("chrome.date_line", chrome.date_line, "publication date or time on a line of its own",
           24, opens=(chrome.DATE_OPENING,), holds=chrome.DATE_CUES),
    Filter("chrome.byline", chrome.byline, "byline on a line of its own", 16,
           opens=(*chrome.BYLINE_OPENS, "from "), holds=(*patterns.STAFF_CUE, " by", ":"), reach=1),
    Filter("newsletter.signup_heading", newsletter.signup_heading, "newsletter signup call", 24,
           opens=(patterns.NEWSLETTER_HEADING,), holds=("newsletter", "alert")),
    Filter("newsletter.signup_confirmation", newsletter.signup_confirmation,
           "confirmation shown after signing up", 30, opens=(patterns.NEWSLETTER_CONFIRMATION,)),
    Filter("newsletter.signup_consent", newsletter.signup_consent, "fine print of a signup form",
           50, opens=(patterns.NEWSLETTER_CONSENT,), holds=newsletter.CONSENT_CUES),
    Filter("credits.credit_line", credits.credit_line, "photo or image credit", 16,
           opens=(patterns.CREDIT_LINE,), holds=credits.CREDIT_CUES),
    Filter("credits.caption_credit", credits.caption_credit, "photo caption with its credit",
           "caption_max_words", holds=credits.CAPTION_CUES),
    Filter("credits.embed_attribution", credits.embed_attribution,
           "attribution line of an embedded social post", 20,
           opens=(patterns.EMBED_ATTRIBUTION,)),
    Filter("credits.slide_caption", credits.slide_caption, "a gallery slide's caption", 80,
           opens=(patterns.SLIDE_CAPTION,)),
    Filter("credits.gallery_control", credits.gallery_control, "photo gallery control", 8,
           opens=(patterns.GALLERY_CONTROL,)),
    Filter("paywall.notice", paywall.notice, "subscription or paywall notice", 40,
           opens=(patterns.PAYWALL,)),
    Filter("ads.slot", ads.slot, "advertisement slot label", FURNITURE, opens=(patterns.AD_SLOT,)),
    # Its patterns bound what may follow the prompt; a share bar may carry the headline
    # ("Share All sharing options for: <headline>"), longer than other furniture.
    Filter("share.prompt", share.prompt, "share or follow prompt", 40,
           opens=(patterns.SHARE_PROMPT,)),
    Filter("share.service_row", share.service_row, "row of share buttons", 20,
           opens=share.SERVICE_ROW_OPENS, holds=share.SERVICE_CUES),
    Filter("related.heading", related.heading, "heading of a related or sponsored stories box", 8,
           opens=(patterns.RELATED_HEADING,), holds=patterns.POLL_WORDS),
    Filter("related.link", related.link, "link to another story", 30,
           opens=(patterns.RELATED_LINK,)),
    Filter("related.numbered_run", related.numbered_run,
           "numbered list of other stories run together on one line",
           related.NUMBERED_RUN_MAX_WORDS, opens=("1 ",)),
    Filter("consent.cookie_notice", consent.cookie_notice, "cookie or consent notice", 90,
           opens=(patterns.CONSENT_OPENING,)),
    # Its patterns bound what may follow; a thread's heading carries the headline ("10
    # thoughts on “<headline>”").
    Filter("comments.prompt", comments.prompt, "comment counter or prompt", 40,
           opens=(patterns.COMMENT_PROMPT,)),
    Filter("comments.policy", comments.policy, "comment rules or invitation to comment", 30,
           holds=patterns.POLICY_CUE),
    Filter("comments.author_line", comments.author_line, "header line of a reader comment",
           comments.AUTHOR_LINE_MAX_WORDS, holds=(":",)),
    Filter("comments.signed", comments.signed, "reader comment signed with its writer and date",
           holds=(") :", "):")),
    Filter("trailers.provenance", trailers.provenance,
           "provenance or newsroom credit line after the body", 50,
           opens=trailers.PROVENANCE_OPENS, holds=trailers.PROVENANCE_CUES),
    Filter("trailers.disclosure", trailers.disclosure, "affiliate, commerce or sponsorship disclosure", 40,
           holds=patterns.DISCLOSURE_CUE),
    Filter("trailers.disclaimer", trailers.disclaimer, "disclaimer of the outlet's views", 50,
           holds=patterns.DISCLAIMER_CUE),
    Filter("chrome.tip_line", chrome.tip_line, "request for news tips", 30,
           opens=(patterns.TIP_LINE,)),
    Filter("address.pitch", address.pitch, "the page speaking to its reader about itself", 45),
    Filter("address.link_out", address.link_out, "a line sending the reader to another page", 20,
           holds=(":", *address.LINK_ARROWS)),
    Filter("address.rating", address.rating, "a rating widget", 12,
           holds=address.RATING_CUES),
    Filter("chrome.footer_line", chrome.footer_line, "a footer's row of links or platform credit",
           30, opens=(patterns.POWERED_BY,), holds=(" | ", " · ", " • ")),
    Filter("trailers.republish", trailers.republish, "a republishing licence box", 60,
           holds=patterns.REPUBLISH_CUE),
    Filter("chrome.bare_url", chrome.bare_url, "a web address on its own",
           opens=(patterns.BARE_URL,), holds=patterns.URL_CUES),
    Filter("chrome.shortcode", chrome.shortcode, "unrendered template code", holds=("[",)),
    Filter("chrome.pull_quote", chrome.pull_quote, "a pull quote repeating a line of the story",
           chrome.PULL_QUOTE_MAX_WORDS),
    Filter("chrome.tags", chrome.tags, "tags or topics the article is filed under", 30,
           opens=(patterns.TAGS, "#")),
    Filter("chrome.copyright", chrome.copyright, "copyright notice", 50,
           opens=(patterns.COPYRIGHT,), holds=chrome.COPYRIGHT_CUES),
    Filter("chrome.weather_ticker", chrome.weather_ticker, "weather or market ticker", 8,
           opens=(patterns.WEATHER_TICKER,), holds=(*patterns.WEATHER_MARKS, "%")),
)

_DOM_FILTERS = (
    Filter("dom.link_list", dom.link_list, "mostly link text: a menu entry or teaser link", 40,
           needs_dom=True),
    Filter("dom.caption", dom.caption, "caption or credit of a picture", "caption_max_words",
           needs_dom=True),
    Filter("dom.form", dom.form, "text of a form: signup box, search field or button",
           needs_dom=True),
    Filter("dom.aside", dom.aside, "inside an aside: related links or a fact box", needs_dom=True),
    Filter("dom.site_chrome", dom.site_chrome, "inside the site's navigation or footer",
           needs_dom=True),
    Filter("dom.dialog", dom.dialog, "inside an overlay dialog such as a consent banner",
           needs_dom=True),
    Filter("dom.furniture_class", dom.furniture_class, "element classed as page furniture", 60,
           needs_dom=True),
)

_CONTEXT_FILTERS = (
    Filter("newsletter.signup_run", newsletter.signup_run, "part of a newsletter signup box",
           newsletter.RUN_LINE_MAX_WORDS, needs="newsletter."),
    Filter("newsletter.named_box", newsletter.named_box,
           "newsletter box headed by the newsletter's name", newsletter.RUN_LINE_MAX_WORDS,
           members=newsletter.named_boxes),
    Filter("newsletter.form_box", newsletter.form_box, "signup box told by its e-mail field",
           newsletter.RUN_LINE_MAX_WORDS, members=newsletter.form_boxes),
    Filter("address.button", address.button, "button of an appeal or a promotion",
           address.BUTTON_MAX_WORDS, needs="address."),
    Filter("address.appeal_run", address.appeal_run,
           "the outlet's own paragraphs over its appeal, asking for support",
           address.APPEAL_RUN_MAX_WORDS, members=address.appeal_runs),
    Filter("address.box_heading", address.box_heading, "heading of an appeal or a promotion",
           address.BOX_HEADING_MAX_WORDS, needs="address.pitch"),
    Filter("related.teaser_list", related.teaser_list,
           "headline or summary in a related-stories list", related.SUMMARY_MAX_WORDS,
           needs="related.heading"),
    Filter("ads.text_ads", ads.text_ads, "text ads under their label",
           ads.TEXT_AD_WORDS, members=ads.text_ad_lines),
    Filter("related.labelled_link", related.labelled_link,
           "link to another story under a label the page repeats", related.LABELLED_MAX_WORDS,
           members=related.labelled_links),
    Filter("related.headless_cards", related.headless_cards,
           "teaser cards of other stories with no heading", related.SUMMARY_MAX_WORDS,
           members=related.headless_card_lines),
    Filter("credits.caption_above", credits.caption_above, "photo caption over its credit line",
           "caption_max_words", needs="credits.credit_line"),
    # Its entries' word limit is the menu finder's own (a wordier entry among others).
    Filter("chrome.navigation", chrome.navigation, "navigation menu", None, members=chrome.menus),
    Filter("credits.caption_twice", credits.caption_twice, "a picture's caption said twice in a row",
           "caption_max_words", members=credits.captions_twice),
    Filter("chrome.tag_line", chrome.tag_line, "tags listed under their heading",
           chrome.TAG_LINE_MAX_WORDS, needs="chrome.tags"),
    Filter("chrome.figures_box", chrome.figures_box, "a sidebar of figures and its heading",
           chrome.FIGURE_LINE_MAX_WORDS, members=chrome.figures_box_lines),
    Filter("chrome.feedback_answers", chrome.feedback_answers,
           "answer button of a reader-feedback question", 2, needs="chrome.page_tools"),
    Filter("region.templated", region.templated, "built like the furniture beside it",
           region.TEMPLATE_MAX_WORDS),
    Filter("region.between", region.between, "between two pieces of the same furniture",
           region.BETWEEN_MAX_WORDS),
    Filter("region.outside", region.outside, "outside the article's region of the page",
           page_only=True),
    Filter("trailers.author_bio", trailers.author_bio, "author or company bio after the article, under its byline or under an 'About' heading", 70,
           members=trailers.bios),
    Filter("trailers.about_box", trailers.about_box,
           "an organisation's boilerplate at the end of a press release", 120),
    Filter("trailers.last_heading", trailers.last_heading, "a subhead over nothing of the article",
           trailers.LAST_HEADING_MAX_WORDS, needs_dom=True),
)

_ALL = _TEXT_FILTERS + _DOM_FILTERS + _CONTEXT_FILTERS

REGISTRY: dict[str, Filter] = {f.name: f for f in _ALL}

DEFAULT_ORDER: tuple[str, ...] = tuple(f.name for f in _ALL)
