"""A dialogue with a design in two languages: a topic with a question and its options,
a demographic feature, an agenda template, its own code of conduct and consent texts
(one agreed to), and people, partners and sites that must never be copied or shown."""

import datetime as dt
from types import SimpleNamespace

import pytest

from dialogues.enums import AgendaItemKind
from registrations.enums import ConsentPurpose
from tests.factories.conduct import CodeOfConductFactory, PublishedVersionFactory
from tests.factories.dialogues import (
    DialogueFactory,
    OptionFactory,
    PartnerFactory,
    PartnerMembershipFactory,
    QuestionFactory,
    SiteFactory,
    TopicFactory,
)
from tests.factories.onboarding import AgendaTemplateItemFactory
from tests.factories.registrations import (
    CategoryFactory,
    ConsentTextFactory,
    FeatureFactory,
    RegistrantFactory,
)


@pytest.fixture
def design(db):
    dialogue = DialogueFactory(slug="wti-2020", name="We, the Internet 2020", name_fr="Nous, l'Internet 2020",
                               languages=["en", "fr"], deliberation_date=dt.date(2020, 10, 1), end_date=dt.date(2020, 10, 31))
    topic = TopicFactory(dialogue=dialogue, code="digital-identity", title="Digital identity", title_fr="Identité numérique")
    question = QuestionFactory(topic=topic, code="di-holder", text="Who should hold your identity?",
                               text_fr="Qui devrait détenir votre identité ?")
    for n, (en, fr) in enumerate([("The state", "L'État"), ("Myself", "Moi-même")]):
        OptionFactory(question=question, code=f"opt-{n}", position=n, label=en, label_fr=fr)
    feature = FeatureFactory(dialogue=dialogue, code="age", name="Age band", name_fr="Tranche d'âge")
    CategoryFactory(feature=feature, code="18-29", label="18 to 29", label_fr="18 à 29 ans")
    AgendaTemplateItemFactory(dialogue=dialogue, position=1, kind=AgendaItemKind.OPENING, title="Opening",
                              title_fr="Ouverture", duration_minutes=30)
    AgendaTemplateItemFactory(dialogue=dialogue, position=2, kind=AgendaItemKind.TOPIC_SESSION, topic=topic,
                              title="Digital identity", title_fr="Identité numérique", duration_minutes=60, day_number=2)
    code = CodeOfConductFactory(slug="wti-2020-code", dialogue=dialogue, title="Our code", title_fr="Notre code")
    PublishedVersionFactory(code=code, title="Our code", title_fr="Notre code", body="We listen to each other.",
                            body_fr="Nous nous écoutons.")
    consent = ConsentTextFactory(dialogue=dialogue, purpose=ConsentPurpose.PARTICIPATION, text="I take part.",
                                 text_fr="Je participe.")
    partner = PartnerFactory(dialogue=dialogue, name="Citoyens du Numérique", countries=["FR"])
    member = PartnerMembershipFactory(partner=partner, user__email="coordinator@citoyens.example.org").user
    site = SiteFactory(partner=partner, name="Maison des Associations", local_date=dt.date(2020, 10, 10),
                       meeting_link="https://meet.example.org/secret-room")
    person = RegistrantFactory(dialogue=dialogue, site=site, first_name="Inès", email="ines@example.net",
                               consents=[ConsentPurpose.PARTICIPATION])
    return SimpleNamespace(dialogue=dialogue, topic=topic, question=question, consent=consent, partner=partner,
                           member=member, site=site, person=person)
