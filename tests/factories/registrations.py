import factory

from dialogues.models import Category, Feature
from registrations.enums import ConsentMethod, ConsentPurpose
from registrations.models import ConsentRecord, ConsentText, QuotaTarget, Registrant, RegistrantAnswer, TableSeat

from .dialogues import DialogueFactory, SiteFactory, TableFactory


class FeatureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Feature

    dialogue = factory.SubFactory(DialogueFactory)
    code = factory.Sequence(lambda n: f"feature-{n}")
    name = factory.Sequence(lambda n: f"Question {n}")
    position = factory.Sequence(int)


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category

    feature = factory.SubFactory(FeatureFactory)
    code = factory.Sequence(lambda n: f"category-{n}")
    label = factory.Sequence(lambda n: f"Answer {n}")
    position = factory.Sequence(int)


class QuotaTargetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = QuotaTarget

    category = factory.SubFactory(CategoryFactory)
    country = "FR"


class ConsentTextFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ConsentText
        django_get_or_create = ["dialogue", "purpose", "version"]

    dialogue = factory.SubFactory(DialogueFactory)
    purpose = ConsentPurpose.PARTICIPATION
    version = 1
    text = factory.LazyAttribute(lambda o: f"I agree to {o.purpose}.")


class RegistrantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Registrant
        skip_postgeneration_save = True

    site = factory.SubFactory(SiteFactory)
    dialogue = factory.LazyAttribute(lambda o: o.site.partner.dialogue)
    country = factory.LazyAttribute(lambda o: o.site.country.code)
    first_name = factory.Sequence(lambda n: f"Firstname{n}")
    last_name = factory.Sequence(lambda n: f"Lastname{n}")
    email = factory.Sequence(lambda n: f"citizen{n}@example.net")
    phone = ""
    preferred_language = "fr"

    @factory.post_generation
    def consents(self, create, extracted, **kwargs):
        """``consents=[purposes]``; by default participation and statistics."""
        if not create:
            return
        purposes = extracted if extracted is not None else [ConsentPurpose.PARTICIPATION, ConsentPurpose.STATISTICS]
        for purpose in purposes:
            ConsentRecordFactory(registrant=self, purpose=purpose)


class ConsentRecordFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ConsentRecord

    registrant = factory.SubFactory(RegistrantFactory)
    purpose = ConsentPurpose.PARTICIPATION
    text = factory.LazyAttribute(lambda o: ConsentTextFactory(dialogue=o.registrant.dialogue, purpose=o.purpose))
    language = "fr"
    method = ConsentMethod.ONLINE


class RegistrantAnswerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RegistrantAnswer

    registrant = factory.SubFactory(RegistrantFactory)
    category = factory.SubFactory(CategoryFactory)
    feature = factory.LazyAttribute(lambda o: o.category.feature)


class TableSeatFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TableSeat

    table = factory.SubFactory(TableFactory)
    seat_number = factory.Sequence(lambda n: n + 1)
    registrant = factory.LazyAttribute(lambda o: RegistrantFactory(site=o.table.site))


def features_with_categories(dialogue, spec):
    """``spec``: {feature_code: [category_code, ...]} → {feature_code: {category_code: Category}}."""
    result = {}
    for position, (code, categories) in enumerate(spec.items()):
        feature = FeatureFactory(dialogue=dialogue, code=code, name=code.title(), position=position)
        result[code] = {
            c: CategoryFactory(feature=feature, code=c, label=c.title(), position=i) for i, c in enumerate(categories)
        }
    return result


def answer(registrant, categories):
    for category in categories:
        RegistrantAnswerFactory(registrant=registrant, category=category)
    return registrant


def registration_world():
    """Two partners (France, Kenya) of one dialogue, a site each, two demographic
    questions (gender, age) and the four consent texts, as a namespace."""
    from types import SimpleNamespace

    from registrations.enums import ConsentPurpose

    from .dialogues import PartnerFactory, PartnerMembershipFactory

    france = PartnerFactory(countries=["FR"])
    kenya = PartnerFactory(dialogue=france.dialogue, countries=["KE"])
    PartnerMembershipFactory(partner=france)
    PartnerMembershipFactory(partner=kenya)
    dialogue = france.dialogue
    dialogue.languages = ["en", "fr", "es", "ar"]
    dialogue.save()
    features = features_with_categories(dialogue, {"gender": ["woman", "man"], "age": ["young", "old"]})
    return SimpleNamespace(
        dialogue=dialogue,
        france=france,
        kenya=kenya,
        lyon=SiteFactory(partner=france, country="FR", name="Lyon hall"),
        nairobi=SiteFactory(partner=kenya, country="KE", city="Nairobi", time_zone="Africa/Nairobi", name="Nairobi hall"),
        features=features,
        texts={p: ConsentTextFactory(dialogue=dialogue, purpose=p) for p in ConsentPurpose.values},
        france_member=france.memberships.first().user,
        kenya_member=kenya.memberships.first().user,
    )


def pool_at(site, count, *, features):
    """``count`` consenting registrants at ``site`` spread across the categories."""
    people = []
    for i in range(count):
        person = RegistrantFactory(site=site)
        answer(person, [features["gender"]["woman" if i % 2 else "man"], features["age"]["young" if i % 3 else "old"]])
        people.append(person)
    return people
