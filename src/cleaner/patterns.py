"""Phrase patterns, grouped by concept: data only, compiled once at import.

Every pattern is anchored at the start of the block (``match``) or at its end (``$``) and every
repeat over free text is bounded (``.{0,80}``), so matching stays linear on long input. The
filters only try them on blocks short enough to be page furniture, which is what lets a long
paragraph that merely mentions a newsletter survive. Phrases cover English, German, French,
Spanish, Italian and Portuguese.

Patterns are written in lower case and matched against ``Block.lower``, the block's lower-cased
text: that is about twice as fast as IGNORECASE matching. The few that read the original case
(``BYLINE``'s names, ``DATELINE``) say so.
"""

from __future__ import annotations

import re
from re import _constants, _parser  # the standard library's own regex parser


def _compile(*alternatives: str, ignore_case: bool = False) -> re.Pattern[str]:
    """One pattern of the alternatives, led by a lookahead for the characters any of them can
    start with: most blocks fail at their first character, at once, instead of in every
    alternative (a third of plain-text cleaning went to failing matches before)."""
    flags = re.IGNORECASE if ignore_case else 0
    pattern = "|".join(f"(?:{a})" for a in alternatives)
    first = _first_chars(_parser.parse(pattern, flags))
    return re.compile(f"(?=[{''.join(sorted(first))}])(?:{pattern})" if first else pattern, flags)


_CATEGORIES = {_constants.CATEGORY_DIGIT: r"\d", _constants.CATEGORY_WORD: r"\w",
               _constants.CATEGORY_SPACE: r"\s"}


def _first_chars(sub: _parser.SubPattern) -> set[str] | None:
    """The class items (``a``, ``\\d``, ``0-9``) of the characters a match can start with, or
    None when it may start with any character or be empty."""
    items: set[str] = set()
    for op, av in sub.data:
        first, nullable = _item_first(op, av)
        if first is None:
            return None
        items |= first
        if not nullable:
            return items
    return None  # the whole pattern can match nothing


def _item_first(op: object, av: object) -> tuple[set[str] | None, bool]:
    """(first class items, whether it can match nothing) of one parsed item."""
    c = _constants
    if op is c.LITERAL:
        return {re.escape(chr(av))}, False  # type: ignore[arg-type]
    if op is c.IN:
        items = set()
        for kind, value in av:  # type: ignore[attr-defined]
            if kind is c.LITERAL:
                items.add(re.escape(chr(value)))
            elif kind is c.RANGE:
                items.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
            elif kind is c.CATEGORY and value in _CATEGORIES:
                items.add(_CATEGORIES[value])
            else:
                return None, False  # a negated or unusual class: anything may come first
        return items, False
    if op is c.SUBPATTERN:
        return _first_chars(av[-1]), False  # type: ignore[index]
    if op is c.BRANCH:
        items = set()
        for branch in av[1]:  # type: ignore[index]
            first = _first_chars(branch)
            if first is None:
                return None, False
            items |= first
        return items, False
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        low, _, inner = av  # type: ignore[misc]
        first = _first_chars(inner)
        return first, low == 0
    return None, False  # any character, an anchor, a lookaround: no quick test


# ---------------------------------------------------------------- newsletters and signups

NEWSLETTER_HEADING = _compile(
    r"(?:sign ?up|subscribe|register|join|opt in)\b.{0,80}\b(?:newsletters?|inbox|e-?mails?|briefings?|digest|updates|alerts|mailing list)\b",
    r"(?:get|receive|have)\b.{0,70}\b(?:in|to|into|straight to|delivered to) your (?:inbox|e-?mail)",
    r"(?:enter|type|add|your) (?:your )?e-?mail(?: address)?\b",
    r"(?:sign ?up|subscribe|join)(?: now| today| here| for free)?[.!]?$",
    r"(?:sign ?up|subscribe|register) (?:for|to) [^.!?]{1,60}$",
    r"(?:get|receive) (?:new |our |the latest )?(?:posts|stories|updates|articles)\b.{0,30}\bby e-?mail\b.{0,30}$",
    r"(?:je m['’]abonne|je m['’]inscris|ich abonniere|me suscribo|mi iscrivo|quero assinar)[.!]?$",
    r"e-?mail address\*?:?$",
    r"(?:adresse (?:e-?mail|électronique|courriel)|e-?mail-adresse|ihre e-?mail-adresse|correo electr[oó]nico|tu (?:correo|email)|indirizzo (?:e-?mail|di posta)|endere[cç]o de e-?mail|seu e-?mail|e-?mailadres|je e-?mailadres)\*?:?$",
    r"(?:get|receive) [^.!?]{0,40}\b(?:alerts|updates|newsletters?)\b (?:by|via) (?:text|sms|e-?mail)\b.{0,40}$",
    r"(?:enter|type|add|your) (?:your )?(?:mobile|phone|cell)(?: phone)? number\b.{0,20}$",
    r"sign me up[.!]?$",
    r"text [\w-]{2,15} to \d[\d-]{3,8} (?:for|to get|to receive) [^.!?]{0,30}\b(?:alerts|updates|news|headlines)\b.{0,20}$",
    r"(?:newsletter (?:abonnieren|bestellen)|jetzt (?:anmelden|registrieren)|melden sie sich\b.{0,60}\bnewsletter)",
    r"(?:inscrivez-vous|abonnez-vous|recevez)\b.{0,60}\b(?:newsletter|lettre d'information|infolettre)",
    r"(?:suscr[ií]bete|recibe|ap[uú]ntate)\b.{0,60}\b(?:bolet[ií]n|newsletter)",
    r"(?:iscriviti|ricevi)\b.{0,60}\bnewsletter",
    r"(?:assine|inscreva-se|receba)\b.{0,60}\bnewsletter",
)

# Alerts by text message under their label: "Breaking News Alerts: Text KXRV to 555-99" (tried
# only on lines holding "alert").
TEXT_ALERTS = re.compile(r"[^.!?]{0,40}\balerts?: text [\w-]{2,15} to \d[\d-]{3,8}\b.{0,40}$")

# "The Morning Brief Newsletter": a short name ending in the word, tried only on lines holding it.
NEWSLETTER_NAME = re.compile(r"(?:\S{1,30} ){0,5}newsletters?[.!:]?$")

NEWSLETTER_CONSENT = _compile(
    r"by (?:clicking|signing up|subscribing|submitting|entering|registering|continuing|providing|tapping)\b",
    r"this site is protected by recaptcha\b",
    r"(?:mit (?:der|ihrer) anmeldung|en vous inscrivant|al suscribirte|iscrivendoti|ao se inscrever)\b",
)

# Fine print that may stand anywhere in a signup box's consent line (searched, not anchored).
NEWSLETTER_CONSENT_PHRASE = _compile(
    r"\b(?:you (?:can|may) (?:unsubscribe|opt out)|unsubscribe at any time)\b",
    r"\bwe (?:will|won['’]t|will never|do not|don['’]t) (?:not )?(?:share|sell|rent)(?: or (?:share|sell|rent))? your (?:e-?mail|information|data)\b",
)

NEWSLETTER_CONFIRMATION = _compile(
    r"thanks? (?:you )?for (?:subscribing|signing up|registering|joining)\b",
    r"you['’]?(?:re| are| have been) (?:now |all |successfully )?(?:subscribed|signed up|registered|on the list)\b",
    r"(?:please )?check your (?:inbox|e-?mail)(?: (?:to|for) (?:confirm|verify|complete|activate)\b.{0,60})?[.!]?$",
    r"(?:success|almost done|one more step)[.!]?$",
    r"keep an eye on your inbox\b.{0,100}$",
    r"(?:there was an|an) error (?:processing|with) your (?:subscription|sign ?up|request)\b.{0,60}$",
    r"(?:danke für ihre anmeldung|merci de votre inscription|gracias por suscribirte|grazie per (?:esserti iscritto|l'iscrizione)|obrigado por se inscrever)\b",
)

# A bare thank-you: junk only beside a signup block, a quote anywhere else.
THANK_YOU = _compile(r"thanks?(?: you)?[.!]*$", r"(?:merci|danke|gracias|grazie|obrigad[oa])[.!]*$")

# ---------------------------------------------------------------- photo credits and captions

_AGENCIES = (
    r"getty(?: images)?|ap|afp|reuters|epa(?:-efe)?|efe|xinhua|shutterstock|alamy|istock(?:photo)?|"
    r"bloomberg|dpa|anp|ansa|sipa|zuma(?: press)?|imago|picture alliance|pa(?: images| wire)?|"
    r"associated press|the associated press|afp via getty images|nurphoto|redux|magnum|unsplash|"
    r"pexels|wikimedia commons|courtesy|handout|pool|file|ap photo"
)

CREDIT_LINE = _compile(
    # "Photo: Dana Ruiz/The Harbor Ledger", "Credit: ...", "Foto: ..."
    r"(?:photo(?:graph|graphy)?s?|images?|pictures?|illustrations?|graphics?|videos?|credits?|"
    r"photo credit|image credit|media credit|source|fotos?|bild|bildquelle|crédits?(?: photo)?|cr[eé]dito|"
    r"fotograf[ií]a|immagine|"
    # The label in other scripts: Russian, Greek, Polish, Turkish, Hebrew, Hindi, Arabic,
    # Korean, Japanese, Chinese.
    r"фото|φωτ(?:ογραφία)?\.?|fot\.|zdj[eę]cie|fotoğraf|צילום|फ़ोटो|फोटो|تصوير|صورة|사진|写真|撮影|图片|圖片|摄影|"
    r"ඡායාරූපය|ဓာတ်ပုံ|sawirka|sary|hoto)"
    r"\s*[:|：=]\s*\S",
    # "Photo by ...", "Illustration by ...", "Photograph courtesy of ..."
    r"(?:photo(?:graph)?s?|illustrations?|images?|artwork|video|graphic)(?: courtesy)? (?:by|of|courtesy of|courtesy)\s+\S",
    # "© Photo AFP", "© Foto: dpa": a picture's rights, not the page's.
    r"(?:©|\(c\))\s*(?:photos?|fotos?|images?|illustrations?|bild)\b\s*:?\s*\S.{0,60}$",
    r"(?:courtesy of|photo courtesy|image courtesy)\s+\S",
    rf"(?:{_AGENCIES})$",
    r"\((?:ap|afp|reuters|getty|epa|photo)\b[^()]{0,100}\)$",
    # "Image copyright Getty Images", "Photo source: ...", a broadcaster's "Image caption, …"
    r"(?:image|photo|picture|foto|bild) (?:copyright|source|credit|quelle|caption)\b.{0,200}$",

)

# A credit line that opens with a name, apart from CREDIT_LINE so that that one can be told by
# its first characters; tried only on lines that hold one of CREDIT_NAMED_CUES.
CREDIT_NAMED = re.compile(
    # "Journal photo by Sam Etheridge", "Gazette staff photo by Tom Ulrich"
    r"(?:[\w.'’&-]+ ){1,3}(?:staff )?(?:photo|photograph|illustration)s? by\s+[^.!?]{2,60}$"
    # "Alex Wong | Getty Images", "Natalie Naccache | Bloomberg | Getty Images"
    rf"|[^|/]{{1,60}}(?:\|[^|/]{{1,40}}){{0,2}}\| ?(?:{_AGENCIES})$"
)
CREDIT_NAMED_CUES = ("photo", "illustration", "|")

# The words site sections are named with, which a breadcrumb ("Local News / Weather") is made of.
SECTION_WORDS = frozenset(
    """news local world national international us u.s. uk politics business economy money
    markets tech technology science health sport sports weather opinion opinions editorial
    culture arts entertainment lifestyle life style food travel education metro region regional
    home homepage features feature environment climate crime music film movies tv books
    fashion auto autos cars real estate property careers jobs obituaries & and the of""".split())

# "Jo Ma via Getty Images": searched only in lines that say "via ".
CREDIT_VIA = re.compile(r"\bvia (?:getty images|reuters|ap|afp|shutterstock|bloomberg|associated press)$")

# "Name/Agency via Getty Images", "Name / Reuters", "AP Photo/Name": tried only on lines with a slash.
CREDIT_SLASH = re.compile(r"[^\s/]{1,40}(?: [^\s/]{1,40}){0,4}\s?/\s?[^\s/]{1,40}(?: [^\s/]{1,40}){0,6}$")

# The attribution that closes an embedded social post: "— Cedar Hollow Fire (@CedarFD) May 4, 2025".
EMBED_ATTRIBUTION = re.compile(r"(?:[—–] ?|a post shared by )[^—–()\n]{1,80}\(@[\w.]{1,30}\)[^—–()\n]{0,40}$")

# A caption under its label: a wire's picture of an earlier day ("FILE PHOTO: Cranes stand over
# …"), a broadcaster's "Image caption, Crews used two boats …".
CAPTION_LABEL = re.compile(r"(?:file (?:photo|picture|image)|image caption|photo caption)\s*[:,]\s*\S")

# A caption that ends with its credit: "Volunteers sort donations on Tuesday. (Photo: Dana Ruiz)"
CAPTION_CREDIT_TAIL = _compile(
    r"[(\[]\s*(?:\w{2,10} ){0,2}(?:photo(?:graph)?s?|images?|illustration|credit|foto|pictures?|φωτ(?:ογραφία)?|fot)\b[^()\[\]]{0,100}[)\]]$",
    r"[(\[]\s*(?:ap|afp|reuters|getty images|file|handout|pool)\b[^()\[\]]{0,100}[)\]]$",
    r"(?:\||—|–|-|\.|/|।)\s*(?:file |staff |handout |submitted )?(?:photo(?:graph)?s?|images?|illustration|credit|foto|фото|تصوير|صورة|צילום|फोटो|picha|mynd|ছবি|تصویر|ფოტო)\s*(?:by|:|\|)\s*[^.!?]{2,80}$",
    # A credit in brackets in other scripts: "（撮影・森川早紀）", "(사진=청솔시 제공)", "(צילום: …)".
    r"[(（]\s*(?:사진|写真|撮影|摄影|圖|图|фото|צילום|تصوير|صورة|फोटो)\s*[=:：・·／/]\s*[^()（）]{1,60}[)）]$",
    # Thai's "(photo by …)", the label and its "by" one word: "(ภาพโดย ข่าวเมืองเหนือ)".
    r"[(（]\s*ภาพ(?:โดย|:)\s*[^()（）]{1,60}[)）]$",
    # A Japanese caption's place, date and photographer after "＝": "…＝北沢で3月11日、山口健太撮影".
    r"＝[^＝]{2,80}撮影$",
    # A Chinese caption's reporter: "……。记者 王涛 摄".
    r"(?:记者|記者)\s?[^\s。]{1,12}\s?摄$",
    r"(?:\||—|–|\.)\s*(?:courtesy|photo courtesy|image courtesy) (?:of )?[^.!?]{2,80}$",
    # A credit glued to its caption, as a page's text joins the two elements: "…sought
    # treatmentCredit: EPA", "…last week.Credit...Jo Ma/The Ledger" (not "Tax credit: …").
    r"(?:(?<=[^\W\d_])|(?<=[.!?”)]))credits?(?::|\.{3}|…) ?[^.!?:]{2,80}$",
    rf"(?:/|\bvia )\s?(?:{_AGENCIES})$",
)

# A slide's counter glued to its caption: "1of4Shoppers fill the center court …".
SLIDE_CAPTION = re.compile(r"\d{1,3}of\d{1,3} ?[^\W\d_]")

GALLERY_CONTROL = _compile(
    r"(?:image|photo|slide|picture)s? \d{1,3} (?:of|/) \d{1,3}$",
    r"\d{1,3} ?/ ?\d{1,3}$",
    r"(?:enlarge|expand|view) (?:this )?(?:image|photo|gallery)$",
    r"(?:view|see|open|launch) (?:the )?(?:full )?(?:photo )?gallery\b.{0,40}$",
    r"(?:hide|show) caption$",
    r"toggle caption$",
    # A gallery's pager and its way out: "< Prev | Next >", "View all photos in this gallery".
    r"[<‹«]? ?(?:prev(?:ious)?|back)(?: photo| image)? ?[|/·] ?next(?: photo| image)? ?[>›»]?$",
    r"(?:view|see) all (?:\d{1,3} )?(?:photos|images|pictures)\b.{0,40}$",
)

# ---------------------------------------------------------------- subscriptions and paywalls

PAYWALL = _compile(
    r"(?:subscribe|sign up|register|log ?in|sign in)(?: now| today)? (?:to|for) (?:continue|keep|read|unlock|get|access|unlimited|full)\b",
    r"(?:to )?(?:continue|keep) reading\b.{0,60}\b(?:subscribe|subscription|sign in|log ?in|register|member)",
    r"(?:you['’]?(?:ve| have)|there are) (?:\d{1,3}|one|two|three|four|five|no) (?:more )?free (?:articles?|stories|reads)\b",
    r"(?:this is your|you['’]?(?:ve| have) (?:read|reached)) .{0,40}\b(?:free|last) (?:articles?|stories)\b",
    r"already (?:a |an )?(?:subscriber|subscribed|member|registered(?: user)?)\b(?:\?|[^.!?]{0,40}\b(?:log|sign) ?in\b).{0,60}$",
    r"(?:this|the) (?:article|story|content|piece) is (?:only |exclusively )?(?:available|exclusive|reserved|for)\b.{0,30}\b(?:subscribers|members|premium)",
    r"(?:become|get|be) a (?:member|subscriber|supporter)\b.{0,60}$",
    r"(?:unlock|get|enjoy) (?:unlimited|full|complete|digital|premium) (?:access|digital access|reading)\b",
    r"(?:subscribe|subscribe now|subscribe today)[.!]?$",
    r"if you (?:enjoyed|liked|value|appreciate|appreciated) (?:this|our|reading this) (?:article|story|piece|journalism|reporting|work)\b.{0,240}$",
    r"cancel (?:any ?time|at any time)\b.{0,120}$",
    r"get \S.{0,60}\bdelivered (?:to|through) your (?:door|letterbox|mailbox|home)\b.{0,160}$",
    r"(?:get|unlock|enjoy|try|start)\b.{0,120}\bfor (?:as little as|just|only) (?:[$€£₹]|rs\.? ?|inr ?|usd ?)\d.{0,160}$",
    r"this copy is for your personal,? non-?commercial use\b.{0,300}$",
    r"(?:offer|discount|price) (?:available|valid|applies) (?:to|for) new (?:subscribers|members|customers)\b.{0,80}$",
    r"support (?:our|independent|local|quality|public[- ]service) (?:journalism|reporting|newsroom|news)\b.{0,160}$",
    r"subscribe (?:now |today )?(?:for|from) (?:just |only )?[$€£]",
    r"(?:subscriber|premium|members?)[- ]only(?: content| article| story)?[.!]?$",
    r"(?:subscribe|sign up)\b[^.!?]{0,60}\b(?:full|unlimited|complete|digital|premium) access\b.{0,80}$",
    r"(?:start|begin|try|get) (?:your |a |our )?(?:free|\d{1,3}[- ]day|risk[- ]free) trial\b.{0,60}$",
    r"(?:jetzt abonnieren|weiterlesen mit|dieser artikel ist (?:nur )?für abonnenten|sie sind bereits abonnent)",
    r"(?:abonnez-vous pour|(?:cet article est|article) réservé aux abonnés|déjà abonné)",
    r"(?:suscr[ií]bete (?:para|por|desde)|este art[ií]culo es exclusivo para|¿?ya eres suscriptor)",
    # A meter of free articles: "Te quedan 2 noticias gratuitas", "Il vous reste 3 articles gratuits".
    r"(?:te quedan?|le quedan?|il vous reste|il te reste|ti restano|ti resta|sie haben noch|du hast noch|restam-lhe|você tem|je hebt nog|u heeft nog) "
    r"(?:\d{1,3}|un|una|uno|une|ein|eine|um|uma) (?:gratis |kostenlose )?(?:noticias?|art[ií]culos?|articles?|articoli|articolo|artikel|artikelen|not[ií]cias?|mat[eé]rias?)\b",
    r"(?:al abonnee\?|word (?:nu )?abonnee|dit artikel is alleen voor abonnees)",
    r"(?:abbonati per|questo articolo è riservato|sei già abbonato)",
    r"(?:assine para|esta mat[eé]ria é exclusiva|j[aá] é assinante)",
)

# ---------------------------------------------------------------- advertisement slots

AD_SLOT = _compile(
    r"(?:advertisement|advertising|advert|ads?|anzeige|werbung|publicité|publicidad|"
    r"pubblicità|publicidade|advertentie|реклама|広告|광고|"
    # Beyond the seven languages: the label is one word, and prose never stands on it alone.
    r"reklama|reklam|reklame|annons|annonse|mainos|hirdetés|iklan|publicitate|reclamă|"
    r"διαφήμιση|oglas|quảng cáo|reklāma|auglýsing|reklamë|tangazo|פרסומת|اشتہار|বিজ্ঞাপন|"
    r"რეკლამა|விளம்பரம்|գովազդ|жарнама|ማስታወቂያ|ពាណិជ្ជកម្ម|hysbyseb|iragarkia|जाहिरात|දැන්වීම|ကြော်ငြာ|اعلان)(?: \d{1,2})?[.:]?$",
    r"(?:the )?(?:story|article|text|content) continues(?: (?:below|after)\b.{0,40})?$",
    r"(?:advertisement|ad)\s*[-–—:|]\s*(?:scroll|continue|story)\b.{0,40}$",
    r"(?:skip|close) (?:this )?(?:advertisement|ad)$",
    # A search engine's text ads under their label: "Ads by Google", "Sponsored results".
    r"ads by (?:google|yahoo!?|bing)$",
    r"(?:scroll|continue) (?:down )?to (?:continue|keep) reading$",
    r"(?:continue|keep) reading below[.:]?$",
    r"(?:weiter nach der anzeige|artikel wird nach der anzeige fortgesetzt|la suite après (?:cette )?(?:publicité|l'annonce)|contin[uú]a (?:después de la|tras la) publicidad)",
)

# ---------------------------------------------------------------- share and follow prompts

# The services a row of share buttons names, the same in every language.
SHARE_SERVICES = frozenset(
    "facebook twitter x whatsapp linkedin telegram line reddit pinterest messenger viber vk "
    "weibo wechat threads bluesky email e-mail".split())
SHARE_WORDS = SHARE_SERVICES | frozenset(
    "分享 複製連結 复制链接 シェア 공유 "
    "share shares sharing tweet print pin save copy link links flipboard tumblr "
    "mastodon sms google xing e mail comment comments on via this article story "
    "teilen partager compartir "
    "condividi compartilhar compartilhe partilhar partilhe gift "
    # Send and copy, as a row's buttons open in the other six languages.
    "envoyer copier enviar copiar invia copia senden kopieren versturen kopieer".split()
)

SHARE_PROMPT = _compile(
    r"(?:share|email|send|forward|gift) (?:this|the|full)(?: full)? (?:article|story|post|page|link|piece)\b.{0,40}$",
    r"share(?: this| it)? (?:on|via|to|with) \S.{0,40}$",
    r"share this [a-z]{2,20}$",
    # A count of the readers' claps or likes alone under the buttons: "1.2K".
    r"\d{1,3}(?:[.,]\d)?k$",
    # A blog's button rows under their headings: "Share this:", "Like this:".
    r"(?:share|like) this:$",
    r"(?:send|share|envoyer|partager|enviar|compartir|inviare|condividi|senden|teilen) (?:by|via|par|por|per|como) (?:e-?mail|courriel|correo(?: electr[oó]nico)?)$",
    r"(?:suivez-nous|suivez|síguenos|seguici|folgen sie uns|folge uns|siga-nos|sigam-nos) (?:sur|en|su|auf|no|na|nas)\b.{0,60}$",
    r"(?:deel|delen)(?: dit| het)?(?: artikel| bericht)?(?: via| op)?(?: \S{1,20})?$",
    # The share button's word beyond the seven languages: "Del artikel", "Distribuie:".
    r"(?:del|dela|udostępnij|sdílet|sdílejte|zdieľať|paylaş|bagikan|distribuie|κοινοποίηση|megosztás|jaa|jaga|podijeli|podeli|deli|chia sẻ|сподели|поділитися|dalintis|deel|deila|dalīties|shiriki|shpërndaje)"
    r"(?: artikel| artikeln| artiklen| artikkel| artikkelen| artykuł| článek| článok| haberi| artikel ini| articolul| cikket| artikkeli| članak| bài viết)?:?$",
    r"(?:follow|like|find|join) [^.!?]{1,60}? on (?:x|twitter|facebook|instagram|tiktok|linkedin|youtube|threads|bluesky|mastodon|whatsapp|telegram)\b.{0,60}$",
    # The link under an embedded post: "View this post on Instagram", "Ver publicação no X".
    r"(?:view|see|ver|voir|bekijk|vedi|sieh|beitrag) (?:this |the |esta |este |cette |ce |questo )?(?:post|tweet|publicação|publicación|publication|bericht|beitrag|post) (?:on|no|na|en|sur|auf|op|su) (?:x|twitter|instagram|facebook|tiktok|threads|bluesky|mastodon|youtube)$",
    r"(?:click|tap) (?:here )?to (?:share|tweet|email|print)\b.{0,40}$",
    r"copy (?:the )?(?:link|url)\b.{0,20}$",
    r"(?:link copied|copied to clipboard)[.!]?$",
    r"subscribe to (?:the |our )?[^.!?]{0,60}\b(?:youtube channel|podcast|channel)\b.{0,80}$",
    r"(?:like|enjoy|enjoyed|liked) this (?:story|article|post)\?.{0,80}$",
    # The same appeal in the other languages, and the pitch after it: "Gostou deste artigo? …
    # Assine a partir de 1 € por mês."
    r"(?:gostou (?:deste|desta|do) (?:artigo|mat[ée]ria|texto)|¿?te gust[oó] (?:este|esta) (?:art[ií]culo|nota)|vous avez aim[ée] cet article|ti [èe] piaciuto (?:questo|l['’])articolo|hat ihnen (?:dieser|der) (?:artikel|beitrag) gefallen|vond u dit artikel|vond je dit artikel)\b.{0,300}$",
    r"(?:show |see )?(?:more|all) shar(?:e|ing) options\b.{0,200}$",
    r"share all sharing options\b.{0,200}$",
    r"(?:artikel teilen|partagez (?:cet |l['’])article|comparte (?:esta|la) (?:noticia|nota)|condividi (?:questo |l['’])articolo|(?:compartilhe|partilhe) (?:esta|a|este|o) (?:mat[eé]ria|not[ií]cia|artigo))",
)

PAGE_TOOLS = _compile(
    r"listen to (?:this|the) (?:article|story|podcast)\b.{0,40}$",
    # A 2000s audio player's labels: "Listen Now [4 min 12 sec]", "Add to Playlist".
    r"(?:listen now|add to (?:my )?playlist)(?: \[[^\[\]]{1,20}\])?$",
    # A 2000s site's tools under a story: "Printer-friendly version", "Send to friend".
    r"(?:printer[- ]friendly(?: version| page)?|print(?:able)? version|send to (?:a )?friend|e-?mail to (?:a )?friend"
    r"|(?:story|article|page) tools)$",
    r"(?:back to|return to|go to) (?:the )?top(?: of (?:the )?page)?[.!]?$",
    # A shop's or box office's button: "Buy tickets", "Book now".
    r"(?:buy|get|book|order|reserve|shop) (?:tickets?|now|here|online|a table|your (?:tickets?|seats?))[.!]?$",
    # A review's shop buttons: "Check price at Voltmart", "See price on Amazon".
    r"(?:check|see|view|compare) (?:the )?(?:latest )?prices? (?:at|on) \S.{0,40}$",
    # A story's pager: "1 | 2 | 3 | Next Page »", "« Previous | 1 | 2".
    r"(?:(?:«|‹)?\s?prev(?:ious)?(?: page)? \| )?(?:\d{1,2} \| ){1,9}\d{1,2}(?: \| next(?: page)?\s?(?:»|›)?)?$",
    # "Page 1 of 2 | Next page >>", "Page 2 of 2 | << Previous page".
    r"page \d{1,3} of \d{1,3} ?\| ?(?:<<|«|‹)? ?(?:next|prev(?:ious)?)(?: page)? ?(?:>>|»|›)?$",
    r"(?:escuchar|escucha|écouter|ascolta|ouvir|ouça) (?:esta |este |la |el |l['’]|cet |cette |questo |a |o )?"
    r"(?:noticia|not[ií]cia|art[ií]culo|article|articolo|notizia|mat[eé]ria|audio)\b.{0,30}$",
    r"(?:artikel (?:anhören|vorlesen)|vorlesen lassen|beluister (?:dit )?artikel)\b.{0,30}$",
    r"listen(?: now)? ?[·|•:-] ?\d{1,3} ?min\w{0,5}\.?$",
    r"report (?:an? )?(?:error|typo|correction|problem|issue)\b.{0,30}$",
    # A script's stand-in: "This slideshow requires JavaScript.", "Please enable JavaScript to
    # view the comments."
    r"(?:(?:this|the) (?:[\w-]{1,20} ){1,2}requires javascript|(?:please )?(?:enable|turn on|activate) javascript"
    r"|javascript (?:is )?(?:required|disabled|must be enabled)|you (?:need|must|have) to enable javascript)\b.{0,100}$",
    # An obituary platform's tools: "Sign the Guest Book", "Send Flowers", "View 23 messages".
    r"(?:sign (?:the |our )?)?guest ?book$",
    r"(?:send|order) (?:flowers|sympathy gifts?)\b.{0,30}$",
    r"(?:share|add) a (?:memory|condolence|photo)\b.{0,30}$",
    r"view (?:all )?\d{0,5} ?(?:messages|condolences|memories|entries)$",
    r"(?:print|save|bookmark) (?:this )?(?:article|story|page|for later)$",
    r"(?:text|font) size\b.{0,20}$",
    r"(?:read|open|continue) in (?:the )?app$",
    r"(?:download|get) (?:the|our) (?:[^\s.!?]{1,25} ){0,3}app\b.{0,80}$",
    r"(?:\d{1,3} ?(?:min(?:ute)?s?)? read|reading time:? ?\d{1,3} ?min(?:utes?)?\.?)$",
    # Reading time in the main European languages: "Tempo de leitura: 2 minutos", "4 Min. Lesezeit".
    r"(?:tempo de leitura|tiempo de lectura|temps de lecture|tempo di lettura|lesezeit|lesedauer|leestijd)"
    r" ?:? ?(?:ca\. ?)?\d{1,3} ?min[a-z]{0,5}\.?$",
    r"\d{1,3} ?min[a-z]{0,5}\.? (?:de leitura|de lectura|de lecture|di lettura|lesezeit|leestijd)$",
    r"(?:show|hide) (?:more|less|summary|key points)$",
    r"(?:order )?reprints?(?: (?:&|and) permissions| permissions)?$",
    r"(?:an error (?:has )?occurred|something went wrong)\b.{0,60}$",
    r"this (?:article|story) has been sent to\b.{0,60}$",
    r"(?:zoom|sound|mute|unmute|play|pause|replay|fullscreen|full screen)$",
    r"(?:[←«‹<]\s?)?(?:older|newer|previous|next) (?:post|article|story|entry|page)(?:\s?[→»›>])?$",
    r"(?:show|hide) key (?:events|moments|points)(?: only)?$",
    r"(?:show|see|view|load) (?:all|more|new|latest) (?:updates|posts|entries)$",
    r"skip to (?:the )?(?:main )?(?:content|navigation|article|search)$",
    r"page \d{1,3} (?:of|/) \d{1,3}$",
    r"(?:these are external links|this is an external link) (?:and )?will open in a new (?:window|tab)[.]?$",
    # "Zum Inhalt springen", "Aller au contenu", "Saltar al contenido", "Vai al contenuto",
    # "Pular para o conteúdo", "Naar de inhoud".
    r"(?:direkt )?zum (?:haupt)?inhalt(?: springen)?$",
    r"(?:aller|passer) au contenu(?: principal)?$",
    r"(?:saltar|ir) al contenido(?: principal)?$",
    r"(?:vai|salta) al contenuto(?: principale)?$",
    r"(?:pular|ir|saltar) para o conte[uú]do(?: principal)?$",
    r"(?:ga |spring )?naar (?:de )?(?:hoofd)?inhoud$",
    r"(?:was|is|did you find) this (?:article|story|page|post|information|content) (?:helpful|useful)\?$",
    r"(?:pinned|pinned post|live|live updates|live coverage|refresh|auto-?refresh(?: on| off)?)$",
)

# A paragraph that is nothing but a web address.
BARE_URL = re.compile(r"(?:https?://|www\.)\S{1,500}$")
# One under a label of a word or four: "Trackback URL: http://…", "This story is from: www.…".
LABELLED_URL = re.compile(r"[^\W\d_][\w'’-]{0,20}(?: [\w'’-]{1,20}){0,3}: (?:https?://|www\.)\S{1,500}$")
URL_CUES = (": http", ": www.")

# Template code a site forgot to render: "[button link=…]Send us your review[/button]".
# Only the unmistakable forms: an attribute (key=value) or a closing tag; "[sic]" and "[1]" are prose.
SHORTCODE = re.compile(r"\[[a-z_]{2,20}\s[a-z_]{2,20}=|\[/[a-z_]{2,20}\]")

# Page-tool wording that may stand anywhere in a short line (searched, not anchored).
PAGE_TOOLS_PHRASE = re.compile(r"\b(?:click|tap)(?:ing)? here\b")

# ---------------------------------------------------------------- related links and teasers

RELATED_HEADING = _compile(
    r"(?:read|see|view) (?:more|also|next)\b[^.!?]{0,60}$",
    r"(?:more (?:from|on|about|in|stories|news|articles|coverage|headlines|reading|features|videos|photos|podcasts)|more like this|latest from|also in|also today)\b[^.!?]{0,60}$",
    # A section's name between: "More Local News", "More Sports Headlines".
    r"more (?:[\w&'’-]{1,20} ){1,2}(?:news|stories|headlines|coverage|articles)[:.!]?$",
    r"(?:sponsored|promoted|paid|partner)(?: content| post| stories| links| by \S.{0,40})?[:.!]?$",
    r"(?:related|recommended|suggested|popular|trending|featured|latest|top|most (?:read|popular|viewed|shared|emailed))"
    r"(?: stories| articles| news| coverage| reads| content| links| videos| posts| topics| for you| now| on \S{1,30}"
    # A section's list: "Most read in world news", "Latest in Business".
    r"| in (?:[\w&'’-]{1,20} ){0,2}[\w&'’-]{1,20})?[:.!]?$",
    r"(?:today['’]s|this week['’]s|tonight['’]s) (?:top )?(?:headlines|stories|news)[:.!]?$",
    # A calendar's listings: "Today's Events", "Community Calendar", "Coming Up".
    r"(?:today['’]s |this week['’]s |upcoming |community |local )(?:events|calendar|events calendar)[:.!]?$",
    r"events calendar[:.!]?$",
    r"coming up[:.!]?$",
    # The paper's other stories: "Other stories from today's edition", "Other news".
    r"other (?:stories|news|headlines|articles)\b[^.!?]{0,40}$",
    r"(?:you (?:may|might|could) (?:also )?(?:like|enjoy|be interested in)|don['’]t miss|do not miss|editor['’]?s['’]? picks?|what to read next|further reading|keep reading|also read|in case you missed it|elsewhere on \S{1,40}|around the web|from our partners|up next|next up|explore further|watch next|must reads?|top headlines)\b[^.!?]{0,60}$",
    r"(?:watch|listen|video|podcast|gallery|photos|explainer|multimedia|now playing|next video|up next)[:.!]?$",
    r"related quotes$",
    # A fact-check's list of what it read and whom it asked, under its story.
    r"(?:our )?sources(?: cited)?$",
    # A poll's widget over its question and answers.
    r"(?:(?:quick|reader|daily|our) )?(?:poll|umfrage|sondage|encuesta|sondaggio|enquete|peiling)[:.!]?$",
    # A live blog's list of links to its own entries.
    r"key (?:events|moments|points|updates)$",
    # The summary in bullets above a story: "STORY HIGHLIGHTS".
    r"(?:story )?highlights:?$",
    r"(?:lesen sie (?:auch|mehr)|mehr zum thema|auch interessant|das könnte sie (?:auch )?interessieren|weitere artikel|meistgelesen)\b.{0,60}$",
    r"(?:meest gelezen|lees ook|ook interessant|meer nieuws|meer over)\b.{0,60}$",
    r"(?:[àa] lire (?:aussi|également)|lire (?:aussi|également|la suite)|sur le même sujet|voir aussi|les plus lus)\b.{0,60}$",
    r"(?:lea tambi[eé]n|lee tambi[eé]n|te puede interesar|noticias relacionadas|m[aá]s informaci[oó]n|lo m[aá]s (?:le[ií]do|visto|compartido)|m[aá]s (?:le[ií]das?|vistas?))\b.{0,60}$",
    r"(?:leggi anche|potrebbe interessarti|articoli correlati|i pi[uù] (?:letti|visti|condivisi))\b.{0,60}$",
    r"(?:leia (?:tamb[eé]m|mais)|veja (?:tamb[eé]m|mais)|mais (?:lidas|vistas|lidos|vistos))\b.{0,60}$",
    r"(?:meistgesehen|meistgeteilt|les plus (?:vus|partagés)|meest bekeken|meest gedeeld|artikel zum thema|mehr zum thema)\b.{0,60}$",
    # Related and most-read lists in languages beyond the seven: Nordic, Finnish, Slavic,
    # Romanian, Hungarian, Turkish, Indonesian, Greek, Vietnamese, Catalan.
    r"(?:läs (?:också|även|mer)|mest lästa|læs (?:også|mere)|mest læste|les (?:også|mer)|mest leste|lue myös|luetuimmat|"
    r"čtěte (?:také|též|dále)|nejčtenější|zobacz (?:też|także|również)|czytaj (?:też|także|również)|najnowsze|najpopularniejsze|čítajte (?:aj|tiež)|najčítanejšie|pročitajte (?:i|još)|najčitanije|preberite (?:tudi|še)|"
    r"cite[șs]te [șs]i|cele mai citite|olvasd el ezt is|legolvasottabb|kapcsolódó (?:cikk|cikkek|hírek)|ayrıca okuyun|en çok okunanlar|baca (?:juga|pula)|berita terkait|terpopuler|"
    r"σχετικά άρθρα|τα πιο δημοφιλή|xem thêm|tin liên quan|đọc nhiều nhất|llegeix també|et pot interessar|по теме|"
    r"прочетете (?:още|също)|най-четени|taip pat skaitykite|skaitomiausi|loe ka|loetumad|najbolj brano|"
    r"lasītākie|mest lesið|lexo (?:edhe|gjithashtu)|më të lexuarat|soma (?:pia|zaidi)|habari zaidi)\b.{0,60}$",
    # Related and most-read lists in other scripts.
    r"(?:関連記事|相关新闻|相关阅读|延伸阅读|热点推荐|相關新聞|延伸閱讀|更多新聞|熱門新聞|관련기사|많이 본 뉴스|главное за сутки|самое читаемое|читайте также|"
    r"اقرأ أيضا|أخبار ذات صلة|כתבות נוספות|ये भी पढ़ें|najczęściej czytane|διαβάστε επίσης|ilgili haberler|çok okunanlar|"
    r"הכי נקראים|קראו עוד|مزید پڑھیں|یہ بھی پڑھیں|আরও পড়ুন|আরো পড়ুন|সর্বাধিক পঠিত|ასევე წაიკითხეთ|ყველაზე კითხვადი|"
    r"կարդացեք նաև|ամենաընթերցված|அதிகம் படித்தவை|mwyaf darllen|gehien irakurriak|ဆက်စပ်ဖတ်ရှုရန်|सर्वाधिक वाचलेले|"
    r"karanta kuma)[:.]?$",
    # The front page's and the latest stories, in the seven languages.
    r"(?:[àa] la une|l['’]essentiel|derni[eè]res (?:infos|actualit[ée]s|nouvelles)|notas relacionadas|lo [uú]ltimo|[uú]ltimas noticias|ultime notizie|[uú]ltimas not[ií]cias|top-?themen|neueste artikel|laatste nieuws|net binnen)[:.]?$",
)

# A typo report's prompt, in any language: "Помітили помилку? Виділіть її та натисніть
# Ctrl+Enter"; searched only in lines that hold "ctrl".
TYPO_PROMPT = re.compile(r"\bctrl ?\+ ?enter\b")
# A poll's heading named for its paper: "Sentinel Poll"; tried only on lines that hold the word.
NAMED_POLL = re.compile(r"[\w'’-]{1,20} (?:poll|umfrage|sondage|encuesta|sondaggio|enquete|peiling)[:.!]?$")
POLL_WORDS = ("poll", "umfrage", "sondage", "encuesta", "sondaggio", "enquete", "peiling")

# "Read more: Council approves budget" — a link to another story with a label in front.
RELATED_LINK = _compile(
    r"\(?(?:read|see|watch|listen|related|more|recommended|also|previously|don['’]t miss|do not miss|trending|latest|opinion|analysis|explainer|video|photos|photo gallery|gallery|slide ?show|podcast|live|now playing|next video|up next|lesen sie auch|mehr zum thema|mehr|auch interessant|lire aussi|(?:también )?te puede interesar|te podría interesar|potrebbe interessarti|pode interessar|ook interessant|à lire aussi|voir aussi|lea también|lee también|leggi anche|leia também|veja também|lees ook|lees meer|bekijk ook"
    r"|читайте также|смотрите также|читайте також|czytaj (?:też|także|również)|zobacz (?:też|także)"
    r"|διαβάστε (?:επίσης|ακόμα)|اقرأ أيضا|اقرأ أيضاً|اقرأ أيضًا|ये भी पढ़ें|यह भी पढ़ें|קראו (?:עוד|גם)"
    r"|läs (?:också|även|mer)|læs (?:også|mere)|les også|lue myös|čtěte (?:také|též)|čítajte (?:aj|tiež)|cite[șs]te [șs]i"
    r"|olvasd el ezt is|baca (?:juga|pula)|pročitajte (?:i|još)|preberite (?:tudi|še)|xem thêm|llegeix també"
    r"|прочетете (?:още|също)|taip pat skaitykite|skaitykite taip pat|loe ka|lasiet arī|basahin"
    r"|lexo (?:edhe|gjithashtu)|soma (?:pia|zaidi)|مزید پڑھیں|یہ بھی پڑھیں|আরও পড়ুন|আরো পড়ুন"
    r"|ასევე წაიკითხეთ|оқи отырыңыз|இதையும் படிங்க|կարդացեք նաև|ተጨማሪ ያንብቡ|អានបន្ថែម|irakurri ere|darllenwch hefyd"
    r"|ອ່ານເພີ່ມ|हेही वाचा|මෙයත් කියවන්න|funda nalokhu|akhriso sidoo kale"
    r"|دا هم ولولئ|ẹ tún ka|بخوێنەرەوە|окуңуз|karanta kuma|vakio ihany koa)"
    r"(?: more| also| next| this| on| here| read| see)?(?: su| on| at| in)?\s*(?P<sep>[:|»›>→៖፦：]|--|—|–)\s*\S.{0,200}$",
    r"(?:also|more) on [\w-]{1,40}\.[a-z]{2,6}(?P<sep2>\s)\S.{0,200}$",
)

# ---------------------------------------------------------------- cookie and consent notices

CONSENT_OPENING = _compile(
    r"(?:we|this (?:web)?site|our (?:web)?site|we and our (?:\d{1,4} )?(?:partners|vendors)|this page) (?:use|uses|may use|are using|store|process)\b.{0,80}\b(?:cookies|tracking|personal data|similar technologies)",
    r"by (?:continuing to |clicking .{0,30})?(?:use|using|browse|browsing|visit|visiting) (?:this|our) (?:web)?site\b",
    r"(?:we value (?:your )?|your )privacy\b.{0,80}$",
    r"(?:cookie (?:policy|settings|preferences|notice|consent|banner)|privacy (?:settings|preferences|center|centre)|manage (?:cookies|preferences|consent|settings|options))\b.{0,30}$",
    r"(?:accept|reject|allow|decline|refuse)(?: all)?(?: cookies)?[.!]?$",
    r"(?:i agree|agree|agree and (?:close|continue)|ok,? i agree|got it|ok|okay|continue without (?:accepting|agreeing))[.!]?$",
    r"(?:wir verwenden cookies|diese (?:web)?seite verwendet cookies|nous utilisons des cookies|ce site utilise des cookies|utilizamos cookies|este sitio (?:web )?utiliza cookies|utilizziamo (?:i )?cookie|usamos cookies|este site usa cookies)\b",
    r"(?:alle akzeptieren|tout accepter|aceptar todo|accetta tutti|aceitar todos)$",
    # The banner in French, Spanish, Italian, German, Portuguese: its title, its opening, its buttons.
    r"(?:vos choix concernant|gestion des|paramètres des|param[eè]tres de) (?:les )?(?:cookies|traceurs|confidentialit[eé])\b.{0,30}$",
    r"(?:avec votre (?:accord|consentement), )?nous et nos (?:\d{1,4} )?partenaires (?:utilisons|stockons|accédons)\b",
    r"(?:nous utilisons|utilizamos|usamos|utilizziamo|wir (?:verwenden|nutzen)) (?:des |los |i |os )?(?:cookies|traceurs|cookie)\b",
    r"(?:accepter|refuser|continuer sans accepter|personnaliser(?: mes choix)?|aceptar|rechazar|configurar|accetta|rifiuta|personalizza|akzeptieren|ablehnen|einstellungen|aceitar|rejeitar)(?: et fermer| tout| todo| tutto| todos)?[.!]?$",
)

# ---------------------------------------------------------------- comment prompts

COMMENT_PROMPT = _compile(
    # "Comments (14)", "New, 12 comments" (a counter that marks comments since the last visit)
    r"(?:new, )?(?:\d{1,6} )?comments?(?: \(\d{1,6}\))?[:.]?$",
    # The counter beyond the seven languages: "Komentarze (12)", "Yorumlar (3)", "Diskuse (43)".
    r"(?:\d{1,6} )?(?:komentarze|komentarzy|komentáře|komentárov|komentari|kommentarer|kommentit|yorumlar|yorum|hozzászólások|"
    r"comentarii|σχόλια|bình luận|коментарі|коментарів|комментарии|diskuse|diskusia)(?: \(\d{1,6}\))?[:.]?$",
    r"(?:join|start|enter) the (?:conversation|discussion|debate)\b.{0,60}$",
    r"(?:leave|post|add|write|submit) (?:a |your )?(?:comment|reply|response)\b.{0,60}$",
    r"comment on (?:this|the) (?:story|article|post|blog|column)[:.!]?$",
    r"(?:\d{1,6} )?(?:amazwana|faallooyin|комментарийлер|sharhi)(?: \(\d{1,6}\))?[:.]?$",
    r"(?:login|log in|sign in|register) (?:or register )?to post comments$",
    # "Deja tu comentario" (and the "Dejá" of Argentina), "Laisser un commentaire", "Lascia un
    # commento", "Deixe seu comentário", "Schreiben Sie einen Kommentar".
    r"(?:dej[aá]|deje|escrib[eaí]) (?:tu|su|un) comentario\b.{0,40}$",
    r"(?:laisser|laissez|[ée]crire|postez?) un commentaire\b.{0,40}$",
    r"(?:lascia|scrivi|lasciate) un commento\b.{0,40}$",
    r"(?:deixe|deixa|escreva) (?:seu|o seu|um|teu) coment[aá]rio\b.{0,40}$",
    r"(?:schreiben sie|schreib|hinterlassen sie) (?:einen|ihren) kommentar\b.{0,40}$",
    r"(?:show|view|load|see|read|hide) (?:all )?(?:\d{1,6} )?(?:more )?(?:comments|replies)\b.{0,30}$",
    r"be the first to (?:comment|reply|respond)\b.{0,30}$",
    r"(?:sign in|log ?in|register|subscribe) to (?:comment|reply|join the (?:conversation|discussion))\b.{0,40}$",
    r"(?:comment on this (?:story|article)|what do you think\?|have your say|tell us what you think)[.!?…]*$",
    r"(?:conversation|discussion)[.:]?$",
    r"(?:reageer|reacties?)(?: op dit artikel)?(?: \(\d{1,6}\))?[:.]?$",
    r"(?:\d{1,6} )?(?:kommentare|kommentieren|commentaires|réagissez|r[eé]agir|comentarios|comentar|commenti|commenta|coment[aá]rios)(?: \(\d{1,6}\))?[:.]?$",
    # "Réactions des lecteurs (10)", "Leserkommentare (4)", "Comentarios de los lectores".
    r"(?:vos |les )?(?:r[ée]actions|commentaires) (?:des (?:lecteurs|internautes)|de nos lecteurs)(?: \(\d{1,6}\))?[:.]?$",
    r"(?:leserkommentare|leserreaktionen|comentarios de (?:los )?lectores|commenti dei lettori|coment[aá]rios dos leitores|reacties van lezers)(?: \(\d{1,6}\))?[:.]?$",
    # A thread's heading: "34 responses to “Title”", "12 thoughts on “Title”", "[ 167 comments ]".
    r"(?:\d{1,6}|one|two|three) (?:responses?|replies|thoughts|reactions|comments?) (?:to|on) .{1,160}$",
    r"\[ ?\d{1,6} comments? ?\]$",
    # An obituary's guest book is its comment section: "4 entries", "Kondolenzbuch" (its
    # English name is a page tool's).
    r"\d{1,6} (?:entries|condolences|tributes)[:.]?$",
    r"(?:kondolenzbuch|livre d['’]or|libro de condolencias|libro (?:delle|di) condoglianze|livro de condol[eê]ncias|condoleanceregister)\b.{0,40}$",
    r"\[? ?(?:read|view|see|show) all (?:\d{1,6} )?comments ?\]?$",
    r"(?:top rated|most recent|newest|oldest|latest|recent|featured|reader|readers['’]?|your) comments?(?: \(\d{1,6}\))?[:.]?$",
    # "Message Boards: Discuss this story"
    r"(?:message boards?|forums?|discussion)[:|]?\s*(?:discuss|talk about) this (?:story|article)\b.{0,30}$",
    r"(?:discuss|talk about) this (?:story|article)\b.{0,60}$",
    # The button under each comment.
    r"(?:reply|antworten|répondre|responder|rispondi|reageer|beantwoorden|responder)$",
)

# The line over each reader comment, naming its writer: "thelastfan says:", "Ana Ruiz on May 4,
# 2025 at 6:34 pm said:". A name is at most a few words; the line ends in the verb and a colon.
COMMENT_AUTHOR = re.compile(
    r"[^\s!?]{1,40}(?: [^\s!?]{1,40}){0,3}"
    r"(?: (?:on|at|am|le|el|il|em|op|-|·|\|) [^\n]{1,60} (?:said|wrote|replied|commented|schrieb|dijo|ha scritto|disse|schreef)"
    r"| (?:says|writes|sagt|dice|scrive|diz|zegt|a écrit)"
    # "islandgirl62 wrote on 6/24/2006 7:41 AM:"
    r"| (?:wrote|said|posted|commented|replied|schrieb|escribió|scrisse|escreveu|schreef) (?:on|at|am|le|el|il|em|op) [^\n]{1,40})(?: ?:)$")

# The header in the past tense, the date after its colon: "canalst_regular wrote:",
# "PKfan wrote: 3/11/2009 8:13 PM".
COMMENT_AUTHOR_DATED = re.compile(
    r"(?P<name>[^\s!?]{1,40}(?: [^\s!?]{1,40}){0,3}) (?:wrote|said|posted|commented|replied):"
    r"(?: \d[\d/.:, -]{3,30}(?: ?[ap]\.?m\.?)?)?$")

# A reader's comment with its header glued on: its writer, the date in brackets, a colon, the
# comment. "Papé48 (14/10/2008 à 07h12) : Après la poste, c'est l'école."
COMMENT_SIGNED = re.compile(
    r"[^\s()]{1,40}(?: [^\s()]{1,40}){0,3} \([^()\d]{0,20}"
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2},? (?:19|20)\d\d|(?:19|20)\d\d)[^()]{0,25}\) ?: \S")

# A comment-moderation notice, anywhere in the line (searched, not anchored).
COMMENT_POLICY = re.compile(
    r"\b(?:comments?|coment[aá]rios|commentaires|kommentare|comentarios|commenti)\b[^.!?]{0,160}\bmodera"
    r"|\bwe['’]?d (?:like|love) to hear (?:what you think|from you)\b"
    r"|\b(?:comment|community) (?:policy|guidelines|rules)\b"
    # A paper's rules for letters under its opinion page: "Letters policy" / "The Courier
    # welcomes letters to the editor. Letters should be no longer than 250 words …".
    r"|^letters? (?:policy|guidelines)\b|\bwelcomes? letters\b[^.!?]{0,40}[.!?] letters (?:should|must)\b"
    r"|^comments? (?:are|is) (?:now )?(?:closed|disabled|turned off)\b"
    # The link to a comment section's rules: "Normas de participación", "Charte de modération".
    r"|^(?:normas de (?:participaci[oó]n|la comunidad)|charte de (?:mod[ée]ration|participation)|r[eè]gles de (?:la )?mod[ée]ration|regole (?:della community|di partecipazione)|netiquette|community-richtlinien|huisregels)\b")

# ---------------------------------------------------------------- trailers after the body

# How TRAILER and DESK_CREDIT lines open: the patterns are tried only on lines that open so.
TRAILER_OPENERS = ("this ", "the article", "the story", "the piece", "the post", "the column",
                   "a version", "follow ", "read ", "see ", "our standards", "media ", "press ",
                   "investor ", "contact", "story source", "material", "published ",
                   "dieser ", "cet ", "cette ", "ce ", "este ", "esta ", "questo ")
DESK_OPENERS = ("(", "reporting", "additional", "writing", "editing", "compiled", "translated")
TRAILER = _compile(
    r"this (?:article|story|piece|post|column|interview|essay) (?:was )?(?:originally|first|also) (?:appeared|published|ran|posted|produced)\b.{0,200}$",
    r"(?:this|the) (?:article|story|piece|post|column) (?:originally |first )?appeared (?:in|on|at)\b.{0,200}$",
    r"(?:a version of )?this (?:article|story|piece) (?:originally |first )?(?:appears|appeared|ran|was published)\b.{0,200}$",
    r"a version of this (?:article|story|piece)\b.{0,200}$",
    # Who paid for the reporting: "This story was reported with support from the … Fund."
    r"this (?:article|story|report|reporting|series|project|coverage) (?:was|is) (?:reported|produced|written|made possible|supported|funded) (?:with|by|through|in part by) (?:the )?(?:support|funding|a grant|grants)? ?(?:from|of|by)?\b.{0,200}$",
    # "This story is one chapter of 'Chalk and Change,' the Courier's yearlong reporting project …"
    r"this (?:story|article|report) is (?:one|the \w+|part) (?:chapter|part|installment|instalment|of) (?:of |in )?\S.{0,240}$",
    r"(?:follow|read|see) (?:\S{1,30} ){0,3}(?:full |complete |latest |all of our |our )?coverage of\b.{0,160}$",
    r"our standards\s*:.{0,300}$",
    # A press release's contacts: "Media Contact: Lena Marsh, Director of Communications …".
    r"(?:media|press|investor|news media) (?:contacts?|inquiries|enquiries)\s*(?::.{0,300})?$",
    # A reprinted release's source note: "Story Source:" / "Materials provided by …".
    r"story source:?$",
    # Where and when a paid notice ran: "Published by The Courier from Feb. 22 to Feb. 25, 2024."
    r"published (?:by|in|on) [^.!?]{1,80}? (?:from|on) [^!?]{1,40}\d{4}\.?$",
    r"materials? (?:provided|supplied) by\b.{0,300}$",
    r"contacts?: (?:the )?(?:press|media|news|communications) (?:office|desk|team|officer)\b.{0,100}$",
    r"(?:dieser (?:artikel|beitrag) erschien (?:zuerst|erstmals)|cet article a (?:d'abord )?été publié|este art[ií]culo (?:fue publicado|se public[oó]) (?:originalmente|primero)|questo articolo è stato pubblicato)\b.{0,200}$",
    # "Cet article est paru dans l'édition papier du 12 mars", "Este artículo se publicó en la edición impresa"
    r"(?:cet article|ce texte|cette chronique) (?:est paru|a paru|a été publié) (?:dans|initialement)\b.{0,200}$",
    r"(?:este art[ií]culo|esta nota) (?:se public[oó]|fue publicad[oa]|apareci[oó]) (?:en|originalmente)\b.{0,200}$",
)

# "(Reporting by Ines Takahara; Editing by Bram Oduya)", "AP writers Jo Ma and Ed Li contributed to
# this report.": a desk's credit, a line of names.
DESK_CREDIT = _compile(
    r"\(?(?:reporting|additional reporting|writing|editing|compiled|translated) by\b[^\n]{0,240}$",
)

# Searched, and only in lines that hold the cue word: "The Ledger is published by Harbor Media.",
# "AP writers Jo Ma and Ed Li contributed to this report."
# "… is published by …", and who pays for a beat: "Sentinel courts coverage is underwritten in
# part by the Fairbank-Aldous Foundation."
PUBLISHED_BY = re.compile(r"\b(?:is|are) (?:a )?(?:published|produced|distributed) (?:by|in partnership with)\b"
                          r"|\bcoverage (?:is|are) (?:underwritten|funded|supported|sponsored) (?:in part )?by\b")
CONTRIBUTED = re.compile(r"\bcontributed (?:reporting )?to this (?:report|story|article)\b[^.!?]{0,40}\.?$")

# Affiliate and commerce disclosures: "If you buy something through this post, we may earn…".
DISCLOSURE = re.compile(
    r"(?:if you (?:buy|purchase|click|shop)|when you (?:buy|purchase|click|shop))\b.{0,160}\b(?:commission|share of the sale|earn|affiliate|compensat)"
    r"|(?:this (?:post|article|story|page) (?:contains|includes|may contain) affiliate links)"
    r"|(?:we|this (?:site|post|article|page)) (?:use|uses|may use) [^.!?]{0,40}\baffiliate links\b"
    r"|(?:we may (?:earn|receive|get) (?:a )?(?:commission|share|compensation))"
    # The outlet by its name: "Homestead Daily may earn a commission when you buy through links".
    r"|\bmay (?:earn|receive|get) (?:a )?(?:small )?(?:commission|compensation)\b.{0,80}\b(?:links?|buy|purchase)"
    # A deal's prices: "Prices and availability are accurate as of the time of publication."
    r"|\bprices?\b.{0,40}\b(?:accurate|correct|current) (?:as of|at) (?:the )?time of (?:publication|publishing|writing|posting)\b"
    # Sponsored content says who paid for it, and that the newsroom had no hand in it.
    r"|\b(?:this|the following) (?:content|article|story|post|feature|page|series) (?:was|is|has been) (?:paid for|sponsored|funded|commissioned)\b"
    r"|\b(?:newsroom|editorial (?:staff|team|department)|journalists?) (?:was|were|is|are) not involved in\b")

# An opinion disclaimer: the views are the writer's, not the outlet's (searched, not anchored).
DISCLAIMER = re.compile(
    r"\b(?:views|opinions) (?:expressed|stated|presented)\b.{0,120}\b(?:are (?:those|solely|the|his|her|their)|do(?:es)? not (?:necessarily )?(?:reflect|represent))\b"
    r"|\bdo(?:es)? not necessarily (?:reflect|represent) (?:the )?(?:views|opinions?|position|policy)\b"
    r"|\beditorials? (?:represent|reflect|express|are) the (?:views?|opinions?|position) of\b"
    r"|\b(?:les opinions|les propos) (?:exprimée?s|tenus)\b.{0,120}\bn['’]engagent\b"
    r"|\b(?:las opiniones|los puntos de vista) expresad[oa]s\b|\bno reflejan? necesariamente\b"
    r"|\b(?:gibt|geben) nicht (?:unbedingt |notwendigerweise )?die meinung\b|\bmeinung des autors\b"
    r"|\ble opinioni espresse\b|\bnon riflettono necessariamente\b"
    r"|\bas opiniões expressas\b|\bnão refletem necessariamente\b"
    r"|\b(?:geeft|geven) niet (?:noodzakelijkerwijs )?de mening\b"
    # An automatic transcript's warning: "This transcript was generated automatically …".
    r"|\b(?:this|the) transcript (?:was|has been|is) (?:generated|produced|created|machine)\b"
    # "Guest columns reflect the writer's own views and not those of the Courier", "Views in
    # its columns and letters belong to their writers".
    r"|\b(?:columns?|commentar(?:y|ies)|opinion pieces?) (?:reflect|represent|express) (?:only )?(?:the )?(?:writer|author|columnist)s?['’]s? (?:own )?(?:views|opinions)\b"
    r"|\bviews (?:in|expressed in) (?:its|our|these|the) (?:columns|opinion pages|editorials)\b.{0,80}\bbelong to\b"
    # "Opinions in guest commentaries belong to their authors."
    r"|\b(?:opinions|views) (?:in|of) (?:guest |these |our )?(?:columns|commentar(?:y|ies)|essays|op-eds)\b.{0,40}\bbelong to (?:their|the) (?:authors?|writers?)\b"
    # A press release's: its forward-looking statements, and the outlet's note on reprinting it.
    r"|\b(?:this|the) (?:news |press )?release (?:contains|includes|may contain) forward[- ]looking statements\b"
    r"|\bthe following (?:news |press )?release was (?:distributed|issued|provided) by\b"
    r"|\b(?:is|was) (?:presented|published|reproduced) as (?:submitted|received)\b")
DISCLAIMER_CUE = ("express", "reflect", "editorial", "propos", "opini", "meinung", "mening",
                  "reflej", "riflett", "reflet", "release", "submitted", "received", "belong",
                  "transcript")

# ---------------------------------------------------------------- site chrome

BYLINE = _compile(
    r"(?:by|written by|words by|story by|report by|reported by|posted by|published by|reviewed by|fact[- ]checked by|edited by|analysis by|opinion by|commentary by|interview by|von|par|por|di|door|af|av|oleh|γράφει|γράφουν|كتب|بقلم|โดย|ដោយ|ໂດຍ)(?: ?:\s*|\s+)(?P<names>\S.{0,140})$",
    ignore_case=True,
)

# A correspondent's byline with the place filed from: "From Chukwudi Anyaegbu-Ellis, Abuja",
# "From Our Correspondent, Kano" (a name's capitals, then a comma and the place).
FROM_BYLINE = re.compile(r"From (?:[A-Z][\w'’.-]{0,25} ){1,3}[A-Z][\w'’.-]{0,25}, [A-Z][\w'’.-]{1,25}(?: [A-Z][\w'’.-]{1,25}){0,2}$")

# How a byline opens: BYLINE is tried only on lines that start with one of these.
BYLINE_OPENERS = ("by ", "by:", "written by", "words by", "story by", "report by", "reported by",
                  "posted by", "published by", "reviewed by", "fact-checked by", "fact checked by",
                  "edited by", "analysis by", "opinion by", "commentary by", "interview by",
                  "von ", "par ", "por ", "di ", "door ",
                  # Beyond the seven languages: Danish, Swedish and Norwegian, Indonesian, Greek.
                  "af ", "av ", "oleh ", "γράφει ", "γράφουν ",
                  # Thai, Khmer and Lao: "by", before names in scripts without capitals.
                  "โดย ", "ដោយ ", "ໂດຍ ",
                  # Arabic's "wrote:" and "by the pen of", its names in a script without capitals.
                  "كتب:", "كتب :", "بقلم")

# "Maya Chen, Staff Writer", "Maya Chen | Senior Reporter"
# The job words a staff-title byline ends with: STAFF_TITLE is tried only on lines holding one.
STAFF_CUE = ("writer", "reporter", "correspondent", "editor", "columnist", "contributor",
             "journalist", "critic", "producer", "author", "autor", "auteur", "services",
             "report")
STAFF_MARKS = (",", "|", "—", "–", " -", ":")
STAFF_TITLE = _compile(
    # The job may carry a word or two of beat or rank: "Ports Correspondent", "Senior Political Reporter".
    r".{2,60}(?:,|\||—|–| -)\s*(?:the |an? )?(?:[^\s,|]{1,25} ){0,2}"
    r"(?:staff writers?|writers?|reporters?|correspondents?|editors?|columnists?|contributors?|journalists?|critics?|producers?)(?: at \S.{0,40})?$",
    r"(?:author|authors|writer|reporter|autor|auteur|autore)\s*:\s*\S.{0,80}$",
    r"(?:[^\s,|]{1,25} ){0,2}(?:columnist|staff writer|reporter|correspondent|contributor|critic|writer|editor)s?$",
    # The desk as the byline: "Detroit News wire services", "From staff and wire reports".
    r"(?:from )?(?:[^\s,|]{1,25} ){0,3}(?:wire|news) (?:services|reports)$",
    r"(?:from )?(?:[^\s,|]{1,25} )?staff (?:and wire )?reports?$",
    # "News reporter @TomGillespie1"
    r"(?:[^\s,|]{1,25} ){0,2}(?:columnist|staff writer|reporter|correspondent|contributor|critic|editor)s? @\w{1,30}$",
)

# A date as Chinese, Japanese and Korean write it, with its time and a label of publication:
# "2015年6月3日 10時21分", "发布时间：2018年03月05日 08:30", "2021년 5월 4일 14:02 입력".
CJK_DATE = re.compile(
    r"(?:(?:更新|公開|配信|发布|發布|发表|發表|时间|時間|日期|入力|입력|수정|発行)(?:时间|時間|日時|日期)?\s?[:：]?\s?)?"
    r"(?:\d{2,4} ?[年년] ?\d{1,2} ?[月월] ?\d{1,2} ?[日일]?|\d{4}\.\d{1,2}\.\d{1,2}\.?)(?: ?[（(][^）)]{1,3}[）)])?"
    r"(?: ?\d{1,2} ?[時时시:：] ?\d{1,2}(?: ?[分분])?(?:[:：]\d{2}| ?\d{1,2} ?秒)?)?"
    r"(?: ?(?:更新|公開|配信|发布|發布|입력|수정))?")

# A game's score on a line of its own, as a sports page sets it over the story: "Lakeport 2,
# Harbor City 4 - Final", "Gulls 3, Anchors 1 (10 inn.)". A headline with a score has a verb.
SCORE_LINE = re.compile(
    r"[A-Z][\w.'’&-]{0,25}(?: [A-Z][\w.'’&-]{0,25}){0,3} \d{1,3}, [A-Z][\w.'’&-]{0,25}(?: [A-Z][\w.'’&-]{0,25}){0,3} \d{1,3}"
    r"(?: ?[-–—|:(] ?[\w./ ]{1,20}\)?)?$")

# Words a date or time line is made of; a line of nothing else is a date line.
# A line of page metadata joins its parts with "·", "|" or "•": "Ana Reyes · 9 min read · Feb 26".
META_SPLIT = re.compile(r"\s[·|•]\s")
# A part of such a line that names the print issue: "From the Winter 2026 issue".
ISSUE_LABEL = re.compile(r"(?:from|in) (?:the |our )?[^·|•]{0,40}\b(?:issue|edition)$"
                         r"|vol(?:ume|\.)? ?\d{1,4},? (?:no\.?|number|issue) ?\d{1,5}$")

DATE_WORDS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday mon tue tues wed thu thur thurs fri sat sun published updated posted
    modified last first on at am pm a p m et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc
    bst cet cest ist aest às segunda terça quarta quinta sexta feira ago hour hours hr hrs minute minutes min mins second seconds day days
    week weeks month months year years today yesterday just now read reading time of th st nd
    rd the and
    januar februar märz mai juni juli oktober dezember montag dienstag mittwoch donnerstag
    freitag samstag sonntag aktualisiert veröffentlicht publiziert erstellt stand um uhr vor stunden
    minuten gestern heute
    januari februari maart mei augustus maandag dinsdag woensdag donderdag vrijdag zaterdag
    zondag bijgewerkt gepubliceerd geplaatst om uur geleden gisteren vandaag
    janvier février mars avril juin juillet août septembre octobre novembre décembre lundi
    mardi mercredi jeudi vendredi samedi dimanche publié mis jour le à h il y hier
    enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
    lunes martes miércoles jueves viernes sábado domingo publicado actualizado el las hace
    horas ayer hoy de
    gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre pubblicato
    aggiornato modificato modifica alle ore fa ieri oggi
    janeiro fevereiro março maio junho julho setembro outubro novembro dezembro atualizado
    há ontem hoje em
    hora minuto minutos segundo segundos día días dia dias semana semanas mes meses mês año
    años ano anos stunde tag tage tagen woche wochen monat monaten jahr jahren sekunden minuut
    seconden dag dagen weken maand maanden jaar heure heures jours mois ans secondes minuti
    giorno giorni settimana settimane mese mesi anno anni secondi
    fev abr set out dez ene dic janv févr avr juil déc gen mag giu lug ott mär okt mrt""".split()
)

# The other words of a line of dated metadata: "Posted on March 14, 2026 by Ruth Alder".
META_WORDS = frozenset(
    "by von par por di door posted submitted filed in under comments comment no - | / · • : updated "
    "on at".split())

# The date words that make a line a date line rather than just short filler ("the", "at").
DATE_ANCHORS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday published updated posted ago today yesterday januar februar märz mai juni
    juli oktober dezember aktualisiert veröffentlicht publiziert heute gestern januari februari maart augustus
    bijgewerkt gepubliceerd janvier février mars avril juin juillet
    août septembre octobre novembre décembre publié enero febrero marzo abril mayo junio julio
    agosto septiembre octubre noviembre diciembre publicado actualizado gennaio febbraio aprile
    maggio giugno luglio settembre ottobre dicembre pubblicato aggiornato janeiro fevereiro
    março maio junho julho setembro outubro novembro dezembro atualizado""".split()
)

# "Tags: postmortem, infrastructure", "Filed under: Politics"
TAGS = _compile(
    r"(?:tags?|tópicos|themen|schlagworte|etiquetas|mots-clés|etichete|štítky|tagi|etiketter|etiketler|címkék|oznake|ετικέτες|emneord|avainsanat)$",
    r"(?:tags?|tagged(?: with| as)?|topics?|filed under|categories|category|related topics|themen|schlagworte|mots-clés|sujets|etiquetas|temas|argomenti"
    r"|etichete|štítky|tagi|tagit|etiketter|etiketler|címkék|oznake|ετικέτες|chủ đề|emneord|avainsanat|tagovi|етикети|žymės|sildid"
    r"|टैग्स|टैग|الوسوم|وسوم|برچسب‌ها|برچسب|タグ|标签|標籤|태그)\s*:.{0,300}$",
)

TIP_LINE = _compile(
    r"(?:got|have) (?:a |any )?(?:news |story )?(?:tips?|story ideas?|scoop)\b.{0,120}$",
    r"(?:got|have) (?:a |any )?[^.!?]{0,30}\bor (?:a |any )?tips?\?.{0,120}$",
    r"(?:send|email|e-mail) (?:us )?(?:your |a )?(?:news )?tips?\b.{0,120}$",
    r"(?:contact|reach|email|e-mail|write to) (?:the )?(?:reporter|author|writer|us|newsroom|editor|\S{1,30} \S{1,30})\b.{0,80}(?:@|\bat \S{1,40}\.(?:com|org|net)\b).{0,40}$",
    r"(?:tip us|tips?:)\s.{0,120}$",
    # "Call The Bee's Hector Villalobos at (555) 210-4471.": the reporter's number, as an address.
    r"(?:call|contact|reach) (?:\S{1,30} ){1,4}at \(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}\b.{0,60}$",
    # A question to the reader, then where to write: "Did you work at the cannery? Reach
    # Corinne at corinne@…", "Know something we should? Theo takes tips on Signal at …".
    r"[^?]{5,200}\? .{0,160}\S@\S.{0,80}$",
    # "Reporter Hank Osterhout can be reached at 555-0121 or …"
    r"(?:reporter|staff writer|writer|columnist|correspondent|editor) (?:\S{1,30} ){1,3}(?:can|may) be (?:reached|contacted) (?:at|by|via)\b.{0,120}$",
    # The writer's name alone before it, with a telephone number or an address to reach them:
    # "Dora Kelleher can be reached at 555-0134 or dkelleher@…".
    r"(?:\S{1,30} ){1,3}(?:can|may) be (?:reached|contacted) (?:at|by|via)\b.{0,60}(?:\S@\S|\d{3}[-.]\d{4}).{0,80}$",
    r"(?:got|have) (?:a |an |any )?(?:\w{1,15} )?questions?\?.{0,120}(?:@|e-?mail|write to)\b.{0,80}$",
    # An invitation to write a letter, after the question it asks: "Was meinen Sie? Schreiben
    # Sie uns an leserbriefe@…", "What do you think? Write to us at letters@…".
    r"(?:[^.!?]{1,40}\? )?(?:write to us|write us|schreiben sie (?:uns|an)|[ée]crivez-nous|escr[ií]banos|escribinos|scriveteci|scrivici|escreva-nos|escreva para|schrijf ons)\b.{0,160}$",
    # "¿Tienes una noticia?", "Vous avez une info ?", "Hai una segnalazione?", "Haben Sie einen Hinweis?"
    r"¿?(?:tienes|tiene|vous avez|tu as|hai|avete|haben sie|hast du|tem|você tem) (?:una |un |une |einen |eine |uma )?"
    r"(?:noticia|información|pista|info|information|scoop|segnalazione|notizia|hinweis|tipp|not[ií]cia|den[uú]ncia) ?\?.{0,120}$",
)

# A site's footer credit for its platform: "Powered by Relay", "Site built on the Relay
# newsroom platform by Marlinspike Media", "Hosted and built with Quire".
POWERED_BY = _compile(
    r"(?:proudly )?powered by\b.{0,100}$",
    r"(?:this |our )?(?:site|website|digital edition|web edition|app) (?:is |was )?(?:built|hosted|designed|developed|made|powered)(?: and (?:built|hosted|designed|developed|made))? (?:on|with|by|using) .{0,100}$",
    r"(?:this |our )?(?:site|website|digital edition|web edition) runs on .{0,100}$",
    r"(?:web ?)?site (?:design )?by \S.{0,60}$",
    # Without the site named, the credit names a platform: "Hosted and built with Quire CMS".
    r"(?:built|hosted|designed|developed|made)(?: and (?:built|hosted|designed|developed|made))? (?:on|with|by|using) [^.!?]{0,80}\b(?:platform|cms|wordpress|drupal|ghost|web ?works|technolog(?:y|ies)|digital)\b[^.!?]{0,40}$",
)

# A republishing licence box: "You may republish this story for free under …", "Other
# newsrooms are welcome to run this article at no charge under a Creative Commons licence."
# (searched, not anchored), and its buttons.
REPUBLISH = re.compile(
    r"\b(?:republish|reprint|re-publish|reuse|run|share) (?:this|our) (?:story|article|stories|articles|work)\b"
    r".{0,200}\b(?:creative commons|free of charge|for free|at no (?:charge|cost)|licen[cs]e)\b"
    r"|\bcreative commons\b.{0,60}\b(?:licen[cs]e|by-nd|by-nc|by-sa|attribution)\b")
REPUBLISH_BUTTON = _compile(
    r"(?:republish|reprint|reuse) (?:this )?(?:story|article)$",
    r"copy (?:the )?(?:story|article)(?: html| text| code)?$",
)
REPUBLISH_CUE = ("republish", "reprint", "creative commons", "reuse", "copy")

# A rating widget: a row of stars, or the question it asks.
RATING_STARS = re.compile(r"[★☆✩✪⭐]\s?[★☆✩✪⭐]\s?[★☆✩✪⭐]")
RATING = _compile(
    r"(?:rate|score) this (?:article|story|recipe|post)[.!:]?$",
    r"(?:was|is) this (?:article|story|page|post) (?:useful|helpful)\??$",
    r"what did you think(?: of this (?:article|story|recipe))?\?$",
    r"how (?:useful|helpful) (?:was|is) this (?:article|story|page)\??$",
    r"\d(?:[.,]\d)? ?(?:out of \d )?(?:stars?)?\s?[★☆⭐]?\s?[(·]?\s?\d[\d,]{0,8} (?:ratings?|votes?|reviews?)\)?$",
    # A portal's score in words over its count: "Average (412 votes)".
    r"(?:average|good|excellent|poor|fair|rating|rated|avg\.?):? \(\d[\d,]{0,8} (?:ratings?|votes?|reviews?)\)$",
)

# A newsletter's blurb says when it comes (searched): "… every Wednesday morning", "Twice a
# month.", "in one Friday email", "jeden Freitag".
SCHEDULE = re.compile(
    r"\b(?:every (?:day|morning|evening|weekday|week|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"|(?:once|twice|three times) a (?:day|week|month)|each (?:week|weekday|morning)"
    r"|in (?:one|a|your) (?:daily|weekly|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening) (?:email|e-mail|newsletter)"
    r"|jeden (?:tag|morgen|abend|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
    r"|chaque (?:jour|matin|soir|semaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    r"|cada (?:d[ií]a|mañana|semana|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)"
    r"|ogni (?:giorno|mattina|settimana|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica)"
    r"|toda (?:manh[aã]|semana|segunda|ter[cç]a|quarta|quinta|sexta)|todos os dias"
    r"|elke (?:dag|ochtend|week|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag))\b")

COPYRIGHT = _compile(
    r"copyright\b[^.!?]{0,60}\b(?:19|20)\d\d\b.{0,200}$",
    r"(?:©|\(c\)|copyright ?(?:©|\(c\))? ?(?:\d{4}|by\b)|all rights reserved\b|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados).{0,300}$",
    # "This document is subject to copyright. Apart from any fair dealing …"
    r"this (?:document|article|story|material|content) is (?:subject to|protected by) copyright\b.{0,300}$",
)
COPYRIGHT_PHRASE = re.compile(
    r"\b(?:all rights reserved|may not be (?:published|reproduced|redistributed)"
    r"|(?:republication|reproduction) or redistribution\b.{0,120}\b(?:prohibited|without)"
    r"|for (?:their|your) (?:own )?personal,? non-commercial use)\b")

# Searched, not anchored, in lines holding one of WEATHER_MARKS: a temperature, a ticker arrow.
WEATHER_MARKS = ("°", "▲", "▼", "↑", "↓")
WEATHER_TICKER_PHRASE = re.compile(r"\d ?°|[▲▼↑↓]")
# A stock's quote: "PLWT 31.62 -2.91 (-8.43%)".
STOCK_QUOTE = re.compile(r"[A-Z][A-Z.]{0,5} [\d,.]{1,10} [+\-−–][\d,.]{1,10} \(?[+\-−–]?[\d,.]{1,6} ?%\)?$")
WEATHER_TICKER = _compile(
    r"(?:dow|dow jones|nasdaq|s&p(?: 500)?|ftse(?: 100)?|dax|cac 40|nikkei(?: 225)?|hang seng|btc|bitcoin|eth|oil|gold|eur/usd|usd)\b.{0,20}[\d,.]{2,20}.{0,20}$",
)

# "Maya Chen is a senior reporter covering..." at the end of an article.
AUTHOR_BIO = _compile(
    r"(?:(?:he|she|they) |(?:\S{1,30} ){2,3})(?:is|was|has been|are) (?:a|an|the|(?:\S{1,30} )?\S{1,30}['’]s?)\b.{0,80}\b(?:reporter|writer|correspondent|editor|columnist|journalist|contributor|author|producer|photographer|critic|fellow|intern|anchor|host|freelancer|curator|analyst|planner|adviser|advisor|economist)s?\b.{0,300}$",
    r"(?:\S{1,30} ){1,4}(?:is|are) (?:a|an|the) (?:global|leading|world['’]s leading|premier|trusted)\b.{0,60}\b(?:provider|leader|company|manufacturer|supplier|developer|platform|firm|maker)\b.{0,400}$",
    r"(?:about the author|about the writer|author bio|über den autor|à propos de l'auteur|sobre el autor|sull'autore|sobre o autor)\b.{0,300}$",
    r"(?:\S{1,30} ){1,3}(?:covers|writes about|reports on)\b.{0,200}\bfor (?:the |this )?\S.{0,100}$",
    r"(?:\S{1,30} ){1,3}has (?:covered|written about|reported on)\b.{0,120}\bfor (?:\w{1,10} |more than |over |nearly |almost )?(?:\w{1,10} )?(?:years|decades)\b.{0,300}$",
)

# A date in figures: "05/10/2018", "2018-10-05", "2026.03.12", and the Central European
# "12. 3. 2024" with its spaces.
FULL_DATE = re.compile(r"\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{1,2}\. \d{1,2}\. \d{4}"
                       r"|\d{4}-\d{2}-\d{2}|\d{4}\.\d{2}\.\d{2})\b")

# A wire dateline opening the first paragraph: "BAYPORT, Maine (AP) —" — body, never a byline.
DATELINE = re.compile(r"[A-Z][A-Z .'’-]{1,40}(?:,[^—–\-(]{1,40})?(?:\([^()]{1,30}\))?\s?[—–-]{1,2}\s")


# ---------------------------------------------------------------- cue words
# Literal words a filter looks for (with ``has_cue``) before its costlier pattern, or that tell a
# real notice from prose using the same opening.

# A cookie notice names what the cookies are for; a bakery story does not.
COOKIE_PURPOSE = (
    "experience", "browsing", "consent", "accept", "privacy", "partners",
    "personali", "analytics", "advertis", "traffic", "settings", "preferences",
    "policy", "site", "navigation", "audience", "publicit", "pubblicit",
    "navegación", "navigazione", "experiencia", "esperienza", "expérience", "consentement",
    "consentimiento", "consenso", "einwilligung", "zustimmung", "datenschutz", "confidentialité",
    "privacidad", "akzeptieren", "accepter", "aceptar", "accetta", "aceitar",
    "improve", "mejorar", "améliorer", "migliorare", "melhorar", "verbessern",
    "terceros", "tiers", "terzi", "terceiros", "dritt",
)

# Every caption credit closes a bracket or names a picture, a courtesy, an agency after a slash.
CREDIT_CUE = (
    "photo", "image", "illustration", "credit", "foto", "courtesy",
    "/", "via ",
    "фото", "φωτ", "fot.", "zdj", "fotoğraf", "צילום", "फोटो", "फ़ोटो", "تصوير", "صورة", "사진",
    "写真", "撮影", "摄", "攝", "图片", "圖片", "／", "picha", "mynd", "ছবি", "تصویر", "ფოტო",
)

# Signup fine print names what is agreed to; "By signing up early, the family…" does not.
SIGNUP_TERMS = (
    "agree", "terms", "privacy", "consent", "acknowledge", "polic",
    "unsubscribe", "recaptcha", "datenschutz", "confidentialité", "privacidad",
)

# Every affiliate disclosure names the money.
DISCLOSURE_CUE = (
    "commission", "affiliate", "earn", "compensat", "share of the sale", "paid for", "sponsored",
    "funded", "not involved", "time of",
)

# "… is published by …": the words PUBLISHED_BY needs.
PUBLISHED_CUE = (" published by", " produced by", " distributed by", "in partnership with",
                 " by the", "in part by")

# Every comment-policy line names comments or the community.
POLICY_CUE = (
    "comment", "coment", "kommentar", "hear ", "community", "normas", "charte", "modération", "letter",
    "moderation", "regole", "netiquette", "richtlinien", "huisregels",
)


def has_cue(text: str, cues: tuple[str, ...]) -> bool:
    """Whether any cue word occurs in the text."""
    for cue in cues:  # a plain loop beats any(map(...)) on these short tuples
        if cue in text:
            return True
    return False
