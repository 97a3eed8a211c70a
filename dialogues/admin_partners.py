"""Admin console entries for partners, onboarding, sites, agendas and tables: filters by
state, country and region; actions to approve applications and send reminders."""

from django import forms
from django.contrib import admin, messages
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_countries import countries
from modeltranslation.admin import TranslationTabularInline

from wetheinternet.core.admin_base import LabelledInlineMixin, ReadOnlyInline, VisibleToAdmin
from wetheinternet.core.forms import show_domain_error

from .domain.applications import approve_application
from .domain.errors import DialoguesError, SiteError
from .domain.onboarding import send_onboarding_reminder
from .domain.sites import FIRST_DAY_FIELDS, SITE_FIELDS, check_site_values, create_site, delete_site, update_site
from .enums import ApplicationDecision
from .models import (
    AgendaTemplateItem,
    OnboardingChecklist,
    Partner,
    PartnerApplication,
    PartnerMembership,
    ScheduledItem,
    Site,
    SiteDay,
    Table,
    TrainingAttempt,
)
from .regions import REGION_NAMES, countries_in


class RegionFilter(admin.SimpleListFilter):
    title = _("region")
    parameter_name = "region"
    country_field = "country"

    def lookups(self, request, model_admin):
        return list(REGION_NAMES.items())

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        if self.country_field == "countries":
            query = None
            for code in countries_in(self.value()):
                term = Q(countries__contains=code)
                query = term if query is None else query | term
            return queryset.filter(query)
        return queryset.filter(**{f"{self.country_field}__in": countries_in(self.value())})


class PartnerRegionFilter(RegionFilter):
    country_field = "countries"


class PartnerCountryFilter(admin.SimpleListFilter):
    """Partners covering a country."""

    title = _("country")
    parameter_name = "country"

    def lookups(self, request, model_admin):
        covered = {c.code for partner in Partner.objects.visible_to(request.user).only("countries") for c in partner.countries}
        return [(code, name) for code, name in countries if code in covered]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        # Stored as "BE,FR": two-letter codes between commas, so a substring match is exact.
        return queryset.filter(countries__contains=self.value().upper()[:2])


class MembershipInline(admin.TabularInline):
    """Members are invited on the partner's pages (``invite_partner_member``)."""

    model = PartnerMembership
    extra = 0
    can_delete = False
    fields = ["user", "role"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


class ChecklistInline(admin.StackedInline):
    """Ticked by the onboarding steps themselves (agreement, training, code, materials)."""

    model = OnboardingChecklist
    extra = 0
    can_delete = False

    def get_readonly_fields(self, request, obj=None):
        return [field.name for field in OnboardingChecklist._meta.fields]

    def has_add_permission(self, request, obj=None):
        return False


@admin.action(description=_("Send a reminder of what is left"))
def send_reminder(modeladmin, request, queryset):
    sent = sum(1 for partner in queryset if send_onboarding_reminder(partner, by=request.user))
    modeladmin.message_user(request, ngettext("%d partner reminded.", "%d partners reminded.", sent) % sent)


@admin.action(description=_("Approve their applications and invite the coordinators"))
def approve_partners(modeladmin, request, queryset):
    approved = 0
    for partner in queryset:
        application = PartnerApplication.objects.visible_to(request.user).filter(partner=partner, decision=ApplicationDecision.PENDING).first()
        if application is None:
            continue
        try:
            approve_application(application, by=request.user)
            approved += 1
        except DialoguesError as error:
            modeladmin.message_user(request, f"{partner}: {error.message}", messages.ERROR)
    modeladmin.message_user(request, ngettext("%d partner approved.", "%d partners approved.", approved) % approved)


@admin.register(Partner)
class PartnerAdmin(VisibleToAdmin):
    list_display = ["name", "dialogue", "state", "country_codes"]
    list_filter = ["dialogue", "state", PartnerCountryFilter, PartnerRegionFilter]
    search_fields = ["name"]
    inlines = [MembershipInline, ChecklistInline]
    actions = [approve_partners, send_reminder]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    # The onboarding state follows the checklist (``refresh_onboarding_state``) and the
    # application's decision; it is never set by hand.
    readonly_fields = ["state"]

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("countries"))
    def country_codes(self, partner):
        return ", ".join(c.code for c in partner.countries)


@admin.register(PartnerApplication)
class PartnerApplicationAdmin(VisibleToAdmin):
    list_display = ["partner", "coordinator_email", "decision", "submitted_at"]
    list_filter = ["decision", "partner__dialogue"]
    search_fields = ["partner__name", "coordinator_email"]
    readonly_fields = ["partner", "submitted_at", "decided_at", "decided_by"]

    @admin.action(description=_("Approve and invite the coordinators"))
    def approve(self, request, queryset):
        approve_partners(self, request, Partner.objects.visible_to(request.user).filter(application__in=queryset))

    actions = ["approve"]


@admin.register(TrainingAttempt)
class TrainingAttemptAdmin(admin.ModelAdmin):
    list_display = ["partner", "user", "score", "question_count", "passed", "attempted_at"]
    list_filter = ["passed", "partner__dialogue"]
    search_fields = ["partner__name", "user__email"]


class TableInline(ReadOnlyInline):
    model = Table
    fields = ["number", "language", "capacity", "facilitator", "note_taker"]
    readonly_fields = fields


class ScheduledItemInline(ReadOnlyInline):
    model = ScheduledItem
    fields = ["position", "kind", "topic", "title", "starts_at", "ends_at"]
    readonly_fields = fields


class SiteDayInline(ReadOnlyInline):
    """The site's days (changed on the site's page, through the domain)."""

    model = SiteDay
    fields = ["date", "mode", "start_time", "meeting_link"]
    readonly_fields = fields


class SiteRegionFilter(RegionFilter):
    country_field = "country"


class SiteAdminForm(forms.ModelForm):
    """The site pages' rules (country covered by the partner, known time zone, meeting
    link for online sites) apply in the console too."""

    local_date = forms.DateField(
        label=_("First day at this site"), required=False, help_text=_("Leave empty for the dialogue's first day.")
    )
    local_start_time = forms.TimeField(label=_("Local start time"), initial="09:00")
    meeting_link = forms.URLField(label=_("Online meeting link"), assume_scheme="https", required=False)

    class Meta:
        model = Site
        fields = ["partner", *SITE_FIELDS, "conduct_contact"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        first = self.instance.first_day if self.instance.pk else None
        if first is not None:
            self.initial.update(local_date=first.date, local_start_time=first.start_time, meeting_link=first.meeting_link)

    def clean(self):
        cleaned = super().clean()
        partner = cleaned.get("partner") or getattr(self.instance, "partner", None)
        if partner is not None:
            try:
                check_site_values(partner, cleaned)
            except SiteError as error:
                show_domain_error(self, error)
        return cleaned


@admin.register(Site)
class SiteAdmin(VisibleToAdmin):
    """Saving goes through ``create_site`` / ``update_site``: the agenda is scheduled,
    the conduct contact invited and every change audited, as on the partner's pages."""

    form = SiteAdminForm
    list_display = ["name", "partner", "country", "city", "mode", "time_zone"]
    list_filter = ["partner__dialogue", "mode", SiteRegionFilter, "country", "partner__state"]
    search_fields = ["name", "city", "partner__name"]
    autocomplete_fields = ["conduct_contact"]
    inlines = [SiteDayInline, ScheduledItemInline, TableInline]

    def get_readonly_fields(self, request, obj=None):
        return ["partner"] if obj is not None else []

    def delete_model(self, request, obj):
        """Through ``delete_site`` (audited, the partner's state refreshed). Only accounts
        with the delete permission (superusers) see the button; the console's confirmation
        page lists what blocks a deletion (results, conduct cases) before anything is done."""
        try:
            delete_site(obj, by=request.user)
        except SiteError as error:
            self.message_user(request, error.message, messages.ERROR)

    def delete_queryset(self, request, queryset):
        for site in queryset:
            self.delete_model(request, site)

    def save_model(self, request, obj, form, change):
        fields = (*SITE_FIELDS, *FIRST_DAY_FIELDS)
        values = {field: form.cleaned_data[field] for field in fields if field in form.cleaned_data}
        contact = form.cleaned_data.get("conduct_contact")
        email = contact.email if contact is not None else ""
        if change:
            update_site(Site.objects.visible_to(request.user).get(pk=obj.pk), by=request.user, conduct_contact_email=email, **values)
        else:
            site = create_site(form.cleaned_data["partner"], by=request.user, conduct_contact_email=email, **values)
            obj.pk, obj._state.adding = site.pk, False


class AgendaTemplateInline(LabelledInlineMixin, TranslationTabularInline):
    model = AgendaTemplateItem
    extra = 0
    fields = ["position", "day_number", "kind", "topic", "title", "duration_minutes"]
