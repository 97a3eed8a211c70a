"""How the list of sites is searched, filtered, sorted and exported
(``wetheinternet/core/lists.py``)."""

from django.utils.translation import gettext_lazy as _
from django_countries import countries

from wetheinternet.core.lists import Filter, ListSpec, Sort

from ..enums import SiteMode

SITES_KEY = "sites"


def site_list_spec(country_codes):
    """Search by site name, city or country code; filter by format and country."""
    return ListSpec(
        sorts={
            "country": Sort(_("Country"), ("country", "name", "id")),
            "name": Sort(_("Name"), ("name", "id")),
            "capacity": Sort(_("Capacity"), ("capacity", "name")),
            "tables": Sort(_("Tables"), ("table_count", "name")),
        },
        default_sort="country",
        filters={
            "mode": Filter(_("Format"), "mode", tuple(SiteMode.choices)),
            "country": Filter(
                _("Country"), "country",
                tuple(sorted(((code, countries.name(code) or code) for code in country_codes), key=lambda c: c[1])),
            ),
        },
        per_page=50,
    )
