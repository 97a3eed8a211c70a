"""One answer to "does this partner cover this country", asked by the rules of
registrations and reports and by their scoped lists."""

from django.contrib.auth.models import AnonymousUser
from django_countries.fields import Country

from dialogues.models import Partner, partner_covers_country
from dialogues.regions import region_of
from registrations.models import Registrant
from tests.factories.accounts import UserFactory
from tests.factories.dialogues import PartnerFactory
from tests.factories.registrations import RegistrantFactory


def test_partner_covers_country_by_code_or_country(two_partners):
    partner, _ = two_partners

    assert [partner_covers_country(partner, c) for c in ["FR", "fr", Country("FR"), "KE", "", None]] == [
        True, True, True, False, False, False
    ]


def test_member_covers_only_their_partners_countries(two_partners):
    partner, other = two_partners
    member = partner.memberships.get().user

    covered = Partner.objects.of_member(member).filter(dialogue_id=partner.dialogue_id)

    assert (covered.cover_country("FR"), covered.cover_country("KE"), covered.covered_countries()) == (
        True, False, {"FR"}
    )


def test_anonymous_visitor_covers_nothing(two_partners):
    assert Partner.objects.of_member(AnonymousUser()).cover_country("FR") is False


def test_coverage_scopes_rows_to_dialogue_and_countries(two_partners):
    partner, other = two_partners
    elsewhere = PartnerFactory(countries=["FR"])
    own = RegistrantFactory(dialogue=partner.dialogue, country="FR")
    RegistrantFactory(dialogue=partner.dialogue, country="KE")
    RegistrantFactory(dialogue=elsewhere.dialogue, country="FR")

    visible = Registrant.objects.filter(partner.coverage(country_field="country"))

    assert list(visible) == [own]


def test_user_of_no_partner_sees_no_registrant(two_partners):
    RegistrantFactory(dialogue=two_partners[0].dialogue, country="FR")

    assert list(Registrant.objects.visible_to(UserFactory())) == []


def test_region_of_any_case_and_not_a_country():
    assert [region_of(code) for code in ["FR", "fr", Country("KE"), "AQ", "world", "150", ""]] == [
        "150", "150", "002", None, None, None, None
    ]
