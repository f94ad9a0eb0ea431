"""Words that tell a page speaking to its reader from a story, per language: data only.

A line that speaks to the reader asks them to do something for the outlet (support it,
subscribe, listen to its podcast, share, write a letter) or tells them about the outlet itself.
Prose cannot tell that from a story's sentences by its shape alone; these small word lists can.
Each concept is a dict of language to words, so a language is added as data: the seven
languages of the phrase lists are here. Words are lower case.
"""

from __future__ import annotations

# Imperatives a page addresses its reader with, at a sentence's start ("Donate now", "Hören Sie
# unseren Podcast", "Escucha el pódcast"). Not the imperatives of a recipe or a how-to.
READER_VERBS = {
    "en": "support donate give contribute subscribe join sign watch stream listen download follow "
          "share republish rate get read see try send submit shop buy order register catch tune "
          "hear discover explore check visit click tap become help chip write tell email talk "
          "discuss stay reach let",
    "de": "unterstützen unterstütze spenden spende abonnieren abonniere hören höre sehen schauen "
          "lesen lies folgen folge teilen teile laden bewerten bewerte melden registrieren "
          "entdecken entdecke holen hol werden werde schreiben schreibe testen",
    "fr": "soutenez soutiens faites abonnez-vous abonnez inscrivez-vous inscrivez regardez "
          "écoutez téléchargez suivez partagez notez lisez découvrez rejoignez recevez retrouvez "
          "écrivez envoyez donnez participez",
    "es": "apoya apoye dona done suscríbete suscríbase mira mire escucha escuche descarga "
          "descargue sigue síguenos comparte comparta valora valore lee lea descubre únete "
          "recibe consigue escribe envía participa",
    "it": "sostieni sostienici dona abbonati iscriviti guarda ascolta scarica segui seguici "
          "condividi leggi scopri ricevi scrivi invia partecipa",
    "pt": "apoie apoia doe assine inscreva-se assista ouça baixe siga compartilhe leia descubra "
          "receba avalie escreva envie participe partilhe subscreva aceda assinar subscrever",
    "nl": "steun doneer abonneer word kijk luister download volg deel lees ontdek ontvang "
          "beoordeel schrijf stuur",
}

# A link back to where the reader came from, at a short line's start: "Back to overview",
# "Zurück zur Übersicht", "Retour à l'accueil".
BACK = {
    "en": "back", "de": "zurück", "fr": "retour", "es": "volver regresar", "it": "torna",
    "pt": "voltar", "nl": "terug",
}

# A plea, wherever it stands in the sentence: "…, please make a gift today."
PLEASE = {
    "en": "please", "de": "bitte", "fr": "s'il", "es": "favor", "it": "favore", "pt": "favor",
    "nl": "alsjeblieft alstublieft",
}

# Words addressing the reader. German formal "Sie"/"Ihnen" are told from "sie" (she, they) by
# their capital, so they are matched on the text as written (READER_PRONOUNS_CASED).
READER_PRONOUNS = {
    "en": "you your you're yours you'll you've",
    "de": "du dein deine dich dir",
    "fr": "vous votre vos tu ton ta tes",
    "es": "usted ustedes tú tu tus te",
    "it": "voi vostro vostra tuo tua tuoi",
    "pt": "você vocês",
    "nl": "je jij jouw u uw",
}
READER_PRONOUNS_CASED = ("Sie", "Ihnen", "Ihr", "Ihre", "Ihrer", "Ihren", "Ihrem")

# The outlet speaking of itself: "our newsletter", "unser Podcast", "nuestro boletín".
OUTLET_PRONOUNS = {
    "en": "our we us we're",
    "de": "unser unsere unseren unserem unserer uns wir",
    "fr": "notre nos nous",
    "es": "nuestro nuestra nuestros nuestras nosotros",
    "it": "nostro nostra nostri nostre noi",
    "pt": "nosso nossa nossos nossas nós",
    "nl": "ons onze wij we",
}

# What such a line is about: the outlet's products and its reader's support of it.
MEDIA_WORDS = {
    "en": "journalism newsroom reporting subscription subscriptions subscriber subscribers "
          "subscribe donation donations donate gift contribution member members membership "
          "newsletter newsletters podcast podcasts app episode episodes live stream channel "
          "edition license licence republish article articles story stories editor letters "
          "letter interview list recipe alerts emails board boards forum whatsapp telegram "
          "newscast newscasts coverage",
    "de": "journalismus redaktion abo abonnement abonnenten spende spenden beitrag mitglied "
          "newsletter podcast app folge sendung ausgabe artikel leserbrief leserbriefe zeitung "
          "livestream rezept",
    "fr": "journalisme rédaction abonnement abonnés don dons newsletter podcast application "
          "appli article articles émission journal édition direct lettre recette",
    "es": "periodismo redacción suscripción suscriptores donación donaciones boletín pódcast "
          "podcast aplicación app artículo artículos noticia programa directo edición carta receta",
    "it": "giornalismo redazione abbonamento abbonati donazione newsletter podcast app articolo "
          "articoli puntata diretta edizione lettera ricetta",
    "pt": "jornalismo redação assinatura assinantes doação newsletter podcast aplicativo app "
          "reportagem matéria edição carta receita notícias artigo artigos conteúdos",
    "nl": "journalistiek redactie abonnement abonnees donatie nieuwsbrief podcast app artikel "
          "artikelen uitzending editie brief recept",
}

# An author speaking for herself ("My goal with this article is to show you…"): a blog's voice,
# not the outlet's.
FIRST_PERSON = {
    # Not French "je": Dutch uses it for "you". The sets of all languages are merged.
    "en": "i my me i'm i've", "de": "ich mein meine mich mir", "fr": "j' mon ma mes moi",
    "es": "yo mi mis me", "it": "io mio mia miei", "pt": "eu meu minha meus", "nl": "ik mijn",
}

# What an outlet asks of its readers when it speaks of itself by name: "The Riverbend Report is
# a nonprofit newsroom funded by readers. A gift of any size pays for investigations."
SUPPORT = {
    "en": "donate donation donations gift gifts nonprofit subscribe subscription members "
          "membership support",
    "de": "spende spenden spenden abonnieren abonnement unterstützen mitglied",
    "fr": "don dons abonnez abonnement soutenez soutenir",
    "es": "donación donativo suscríbete suscripción apoya apoyar",
    "it": "donazione abbonati abbonamento sostieni sostenere",
    "pt": "doação doe assine assinatura apoie apoiar",
    "nl": "donatie doneer abonneer abonnement steun",
}

# "In your inbox": what a newsletter's blurb promises its reader.
INBOX = {
    "en": "inbox mailbox", "de": "postfach posteingang", "fr": "boîte courriel", "es": "bandeja buzón",
    "it": "casella", "pt": "caixa", "nl": "inbox mailbox",
}

# "this article", "dieser Artikel", "esta reportagem": the page naming itself.
THIS = {
    "en": "this", "de": "dieser diesen diesem dieses", "fr": "cet cette ce", "es": "este esta",
    "it": "questo questa", "pt": "este esta", "nl": "dit deze",
}

# Verbs that report what someone said: a line with one is a story's sentence, not the page's.
REPORTING = {
    "en": "said says told according",
    "de": "sagte sagt sagten erklärte",
    "fr": "dit déclaré explique affirme",
    "es": "dijo dice afirmó explicó",
    "it": "detto dice spiega",
    "pt": "disse diz afirmou",
    "nl": "zei zegt aldus",
}

# Words after an imperative that make a button of it: "Donate now", "Jetzt unterstützen".
NOW = {
    "en": "now today here", "de": "jetzt heute hier", "fr": "maintenant aujourd'hui ici",
    "es": "ahora hoy aquí", "it": "ora oggi qui", "pt": "agora hoje aqui", "nl": "nu vandaag hier",
}


def merged(table: dict[str, str]) -> frozenset[str]:
    """The words of every language of a table, as one set."""
    return frozenset(word for words in table.values() for word in words.split())
