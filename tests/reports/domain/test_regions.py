from django_countries import countries

from dialogues.regions import REGION_NAMES, countries_in, region_of


def test_region_of_every_iso_country_except_antarctica():
    missing = [country.code for country in countries if region_of(country.code) is None]

    assert missing == ["AQ"]


def test_region_of_known_countries():
    assert [region_of(code) for code in ["FR", "KE", "AR", "FJ", "TN", "US", "IN"]] == [
        "150", "002", "019", "009", "002", "019", "142"
    ]


def test_every_region_has_a_name_and_countries():
    assert all(countries_in(code) for code in REGION_NAMES)
