"""The detector on its own: each kind of personal data a note taker may write, in the
platform's languages and scripts, and the texts it must leave alone."""

import pytest

from dialogues.domain.redaction import NameRegister, find_personal_data, highlighted, redact

NAMES = NameRegister(["Amélie Dupont", "Jean-Pierre Martin", "محمد العلي", "Wanjiru Kamau", "Tomás Rivera"])


def kinds(text, language="en", regions=("FR", "KE")):
    return redact(text, names=NAMES, language=language, regions=regions)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Merci à Amelie Dupont.", "fr", "Merci à [name removed]."),
        ("AMELIE had the idea.", "en", "[name removed] had the idea."),
        ("It was Dupont’s proposal.", "en", "It was [name removed] proposal."),
        ("It was Kamau's proposal.", "en", "It was [name removed] proposal."),
        ("Ask Jean-Pierre about it.", "en", "Ask [name removed] about it."),
        ("Ask Kamau-Njoroge about it.", "en", "Ask [name removed] about it."),
        ("Ask jean pierre martin.", "en", "Ask [name removed]."),
        ("شكرا لمحمد العلي على الفكرة", "ar", "شكرا [name removed] على الفكرة"),
        ("قال مُحَمَّد ذلك", "ar", "قال [name removed] ذلك"),
        ("Une idée de Tomas Rivera", "fr", "Une idée de [name removed]"),
        ("A ideia foi de Tomás Rivera.", "pt", "A ideia foi de [name removed]."),
    ],
)
def test_register_names_found_in_every_spelling(text, language, expected):
    assert kinds(text, language)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected", "kind"),
    [
        ("Appelez le 06/12/34/56/78 ce soir", "Appelez le [phone number removed] ce soir", "phone"),
        ("Call +254 712 345 678 now", "Call [phone number removed] now", "phone"),
        ("Call 0712-345-678 now", "Call [phone number removed] now", "phone"),
        ("Call (020) 7946 0958 now", "Call [phone number removed] now", "phone"),
        ("zéro six douze trente-quatre cinquante-six soixante-dix-huit", "[phone number removed]", "phone"),
        ("call oh seven one two three four five six seven", "call oh [phone number removed]", "phone"),
        ("cero seis uno dos tres cuatro cinco seis", "[phone number removed]", "phone"),
        ("Liga-me: nove um dois, três quatro cinco, seis sete oito", "Liga-me: [phone number removed]", "phone"),
        ("Message wa.me/33612345678 please", "Message [account removed] please", "handle"),
        ("Join t.me/amina_chan today", "Join [account removed] today", "handle"),
        ("Follow @wanji_k for more", "Follow [account removed] for more", "handle"),
        ("Instagram: amina.art", "[account removed]", "handle"),
        ("Use #JusticeForAmina", "Use [hashtag removed]", "hashtag"),
        ("Write to 221B Baker Street, London", "Write to [address removed], London", "address"),
        ("Send it to P.O. Box 1234, Nairobi", "Send it to [address removed], Nairobi", "address"),
        ("We met on Kenyatta Avenue.", "We met on [address removed].", "address"),
        ("Rendez-vous au 12 rue de la Paix.", "Rendez-vous au [address removed].", "address"),
        ("Nos vemos en calle Mayor 5.", "Nos vemos en [address removed].", "address"),
        ("Encontramo-nos na Rua da Paz 12.", "Encontramo-nos na [address removed].", "address"),
        ("Escreva para a Caixa Postal 88, Maputo.", "Escreva para a [address removed], Maputo.", "address"),
        ("نلتقي في شارع الحبيب بورقيبة", "نلتقي في [address removed]", "address"),
        ("Write to jo.doe@example.org", "Write to [e-mail removed]", "email"),
        ("See https://example.org/a/b", "See [web address removed]", "url"),
    ],
)
def test_contact_details_accounts_and_addresses_removed(text, expected, kind):
    redacted, found = kinds(text)

    assert redacted == expected
    assert kind in found


def test_french_names_outside_the_register_found_by_the_language_model():
    redacted, found = kinds("Nous voulons un internet libre, comme le disait Jean Valjean.", "fr")

    assert redacted == "Nous voulons un internet libre, comme le disait [name removed]."
    assert found == ["name"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Everyone should be able to get online at an affordable price in 2030.", "en"),
        ("A new avenue for dialogue: the Internet Governance Forum in 2021 had 5000 people.", "en"),
        ("En 2020, 1500 personnes ont participé en Afrique et en Europe.", "fr"),
        ("Internet debe ser un derecho para todos, también en 2030.", "es"),
        ("يجب أن يكون الإنترنت متاحا للجميع", "ar"),
        ("A Internet deve ser um direito e uma escolha de todos, também em 2030.", "pt"),
        ("Somos dois ou três por mesa e um facilitador.", "pt"),
        ("C#, C++ and #1 are not hashtags; one or two ideas.", "en"),
    ],
)
def test_plain_text_kept(text, language):
    assert kinds(text, language) == (text, [])


def test_highlighted_covers_the_text_with_findings_marked():
    text = "Call 06 12 34 56 78, Amélie."
    findings = find_personal_data(text, names=NAMES, language="fr", regions=["FR"])

    assert highlighted(text, findings) == [
        ("Call ", None), ("06 12 34 56 78", "phone"), (", ", None), ("Amélie", "name"), (".", None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Everyone should be able to get online at an affordable price.",
        "Fight online harassment with faster reporting.",
        "Tout le monde devrait pouvoir se connecter à un prix abordable.",
        "Que l'ONU et l'Union africaine coopèrent sur la gouvernance.",
    ],
)
def test_language_model_does_not_take_a_sentences_first_word_for_a_name(text):
    assert kinds(text, "fr") == (text, [])


def test_hyphenated_first_name_opening_a_french_sentence_removed():
    assert kinds("Marie-Claire a proposé un fonds pour les zones rurales.", "fr")[0] == (
        "[name removed] a proposé un fonds pour les zones rurales."
    )
