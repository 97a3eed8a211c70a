import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from conduct.models import Decision
from dialogues.models import Category, Feature
from dialogues.models.partners import in_partner_countries
from wetheinternet.accounts.rules import is_data_protection_officer, is_organiser_staff, is_response_lead
from wetheinternet.core.lists import normalise_search_text
from wetheinternet.core.models import TimeStampedModel
from wetheinternet.core.record_keys import record_key_field
from wetheinternet.core.visibility import VisibleQuerySet

from ..enums import Attendance, ConsentMethod, RegistrantStatus

# No 0/O, 1/I/L: codes are read aloud and typed from paper slips.
REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def new_reference_code():
    raw = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
    return f"{raw[:4]}-{raw[4:]}"


def normalise_reference_code(typed):
    """A reference code as stored, from what someone typed or read off a slip: any case,
    spaces ignored, the dash optional ("abcd 2345" and "ABCD2345" give "ABCD-2345")."""
    code = typed.upper().replace(" ", "")
    if len(code) == 8 and "-" not in code:
        code = f"{code[:4]}-{code[4:]}"
    return code


class RegistrantQuerySet(VisibleQuerySet):
    def visibility(self, user):
        """All for organiser staff and the data-protection officer (contact details are
        hidden by the views unless they hold that role); for partner members, those of
        their partners' countries in the same dialogue; for a site's conduct contact, the
        people of that site (check-in); for the Response Lead, the people a conduct
        decision names (admission despite the decision); nothing else."""
        if (is_organiser_staff | is_data_protection_officer)(user):
            return self
        if not user.is_authenticated:
            return self.none()
        visible = self.filter(in_partner_countries(user) | models.Q(site__conduct_contact=user))
        if is_response_lead(user):
            named = Decision.objects.filter(subject_participant_id__isnull=False).values("subject_participant_id")
            return (visible | self.filter(pk__in=named)).distinct()
        return visible

    def of_partner(self, partner):
        return self.filter(partner.coverage(country_field="country"))


class Registrant(TimeStampedModel):
    """A citizen registered for a dialogue. Personal fields are blanked on erasure;
    the row stays (with its anonymous answers if statistics consent was given)."""

    dialogue = models.ForeignKey("dialogues.Dialogue", on_delete=models.CASCADE, related_name="registrants")
    site = models.ForeignKey(
        "dialogues.Site", on_delete=models.SET_NULL, null=True, blank=True, related_name="registrants"
    )
    country = CountryField(_("country"))
    reference_code = models.CharField(_("reference code"), max_length=9, unique=True, default=new_reference_code)
    first_name = models.CharField(_("first name"), max_length=100, blank=True)
    last_name = models.CharField(_("last name"), max_length=100, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    preferred_language = models.CharField(_("preferred language"), max_length=10, default="en")
    method = models.CharField(_("registered"), max_length=20, choices=ConsentMethod.choices, default=ConsentMethod.ONLINE)
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=RegistrantStatus.choices, default=RegistrantStatus.REGISTERED
    )
    attendance = models.CharField(
        _("attendance"), max_length=20, choices=Attendance.choices, default=Attendance.UNKNOWN, blank=True
    )
    checked_in_at = models.DateTimeField(_("checked in at"), null=True, blank=True)
    erased_at = models.DateTimeField(_("erased at"), null=True, blank=True)
    # Where the person sat when they withdrew from taking part while keeping the
    # statistics consent: their ballots there still carry their categories, and a
    # later withdrawal of that consent takes them off. Cleared at erasure.
    former_table = models.ForeignKey(
        "dialogues.Table", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("former table"),
    )
    former_seat_number = models.PositiveSmallIntegerField(_("former seat"), null=True, blank=True)
    record_key = record_key_field()
    # Names and reference code, lower case without accents, for searching lists
    # (wetheinternet/core/lists.py); derived from the fields above on every save, so
    # erasure blanks it with them.
    search_text = models.CharField(max_length=250, blank=True, editable=False)
    # The evaluation questionnaires (ids) this person was handed a one-time code for, so
    # that a reprinted slip hands out no second code. Never the code itself, nor a time
    # (registrations/domain/evaluation_codes.py).
    evaluation_codes_for = models.JSONField(default=list, blank=True, editable=False)
    # When the person followed the unsubscribe link of an optional message (reminders,
    # the thank-you with the results and the evaluation): from then on the message path
    # drops those for this dialogue (docs/messages.md, "Essential and optional").
    # Cleared at erasure.
    optional_messages_stopped_at = models.DateTimeField(
        _("optional messages stopped at"), null=True, blank=True, editable=False
    )

    objects = RegistrantQuerySet.as_manager()

    class Meta:
        verbose_name = _("registrant")
        verbose_name_plural = _("registrants")
        ordering = ["dialogue", "last_name", "first_name", "id"]
        indexes = [
            models.Index(fields=["dialogue", "country", "status"]),
            models.Index(fields=["dialogue", "email"]),
            models.Index(fields=["dialogue", "phone"]),
        ]

    def __str__(self):
        # Never a name: this string can end up in logs and admin messages.
        return self.reference_code

    def save(self, *args, **kwargs):
        self.search_text = self.searchable_text()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "search_text"}
        super().save(*args, **kwargs)

    def searchable_text(self):
        return normalise_search_text(self.first_name, self.last_name, self.reference_code)[:250]

    @property
    def display_name(self):
        return f"{self.first_name} {self.last_name}".strip()


class RegistrantAnswer(models.Model):
    """A registrant's demographic answer: one category per feature."""

    registrant = models.ForeignKey(Registrant, on_delete=models.CASCADE, related_name="answers")
    feature = models.ForeignKey(Feature, on_delete=models.CASCADE, related_name="+")
    category = models.ForeignKey(Category, on_delete=models.CASCADE, related_name="answers")

    class Meta:
        verbose_name = _("demographic answer")
        verbose_name_plural = _("demographic answers")
        constraints = [models.UniqueConstraint(fields=["registrant", "feature"], name="one_answer_per_feature")]

    def __str__(self):
        return f"{self.registrant_id}: {self.category_id}"
