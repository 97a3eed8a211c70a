from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganisationRole(models.TextChoices):
    """Roles held across the organiser, not scoped to a partner, site or table.

    Organiser staff are users with ``is_staff`` (they use the admin console). Partner,
    site and table roles are scoped and live with those objects in ``dialogues``.
    """

    DATA_PROTECTION = "data_protection", _("Data-protection officer")
    RESPONSE_LEAD = "response_lead", _("Conduct Response Lead")
    CONDUCT_HANDLER = "conduct_handler", _("Conduct handler")
    ANALYST = "analyst", _("Analyst of open answers")
    TRANSLATOR = "translator", _("Translator of open answers")
