from django import forms
from django.contrib import admin
from django.contrib.admin.options import IS_POPUP_VAR
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from wetheinternet.core.admin_base import LabelledInlineMixin

from .admin_partners import AgendaTemplateInline
from .domain.days import days_outside_window
from .domain.questions import has_results, new_question_version
from .domain.toolkit import publish_toolkit, withdraw_toolkit
from .models import Category, Dialogue, Feature, Option, Question, Topic

# Actions that apps above dialogues add to the dialogue list (reports: render the fact
# sheet). They register here from their own admin module; this one imports none of them.
_extra_dialogue_actions = []


def add_dialogue_action(action):
    """Offer the admin action ``action`` on the list of dialogues."""
    if action not in _extra_dialogue_actions:
        _extra_dialogue_actions.append(action)


class TopicInline(LabelledInlineMixin, TranslationTabularInline):
    model = Topic
    extra = 0
    fields = ["position", "code", "title"]


class DialogueAdminForm(forms.ModelForm):
    """The window may not leave out a day a site has already scheduled."""

    def clean(self):
        cleaned = super().clean()
        first, last = cleaned.get("deliberation_date"), cleaned.get("end_date") or cleaned.get("deliberation_date")
        if self.instance.pk and first and last:
            outside = days_outside_window(self.instance, first, last)
            if outside:
                raise forms.ValidationError(
                    _("Sites meet on days outside these dates (%(days)s): move those days first."),
                    params={"days": ", ".join(day.isoformat() for day in outside)},
                )
        main = cleaned.get("compared_with")
        if main is not None and self.instance.pk and main.pk == self.instance.pk:
            raise forms.ValidationError({"compared_with": _("A dialogue cannot be compared with itself.")})
        return cleaned


@admin.register(Dialogue)
class DialogueAdmin(TranslationAdmin):
    form = DialogueAdminForm
    list_display = ["name", "slug", "kind", "status", "deliberation_date", "end_date", "toolkit_published_at"]
    readonly_fields = ["toolkit_published_at"]
    actions = ["publish_as_toolkit", "withdraw_toolkit", "prepare_next_round"]

    @admin.action(description=_("Publish as a toolkit"))
    def publish_as_toolkit(self, request, queryset):
        for dialogue in queryset:
            publish_toolkit(dialogue, by=request.user)
        self.message_user(request, _("The toolkit is public."))

    @admin.action(description=_("Withdraw the toolkit"))
    def withdraw_toolkit(self, request, queryset):
        for dialogue in queryset:
            withdraw_toolkit(dialogue, by=request.user)
        self.message_user(request, _("The toolkit is no longer public."))

    @admin.action(description=_("Prepare the next round (copy)"))
    def prepare_next_round(self, request, queryset):
        """The copy needs a name, a short name and dates: the staff page asks for them."""
        return redirect("dialogues:next_round", slug=queryset.first().slug)
    list_filter = ["kind", "status"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [TopicInline, AgendaTemplateInline]

    def get_actions(self, request):
        actions = super().get_actions(request)
        if IS_POPUP_VAR not in request.GET:
            for action in _extra_dialogue_actions:
                func, name, description = self.get_action(action)
                actions[name] = (func, name, description)
        return actions


class OptionInline(LabelledInlineMixin, TranslationTabularInline):
    model = Option
    extra = 0
    fields = ["position", "code", "label"]

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and not (obj and has_results(obj))

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not (obj and has_results(obj))

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not (obj and has_results(obj))


@admin.register(Question)
class QuestionAdmin(TranslationAdmin):
    list_display = ["code", "topic", "kind", "mode", "version", "is_current"]
    list_filter = ["topic__dialogue", "kind", "mode", "is_current"]
    search_fields = ["code", "text"]
    inlines = [OptionInline]
    actions = ["make_new_version"]

    def get_readonly_fields(self, request, obj=None):
        """Once results use a question, its wording and options are locked: change it by
        making a new version (action) so that results stay comparable."""
        if obj is not None and has_results(obj):
            return [field.name for field in obj._meta.fields if field.name not in ("position", "is_current")]
        return super().get_readonly_fields(request, obj)

    @admin.action(description=_("Make a new version (for questions whose wording is locked by results)"))
    def make_new_version(self, request, queryset):
        for question in queryset:
            copy = new_question_version(question, by=request.user)
            self.message_user(request, _("%(code)s: version %(version)s created.") % {
                "code": copy.code, "version": copy.version})


class CategoryInline(LabelledInlineMixin, TranslationTabularInline):
    model = Category
    extra = 0
    fields = ["position", "code", "label"]


@admin.register(Feature)
class FeatureAdmin(TranslationAdmin):
    list_display = ["name", "dialogue", "code", "position"]
    list_filter = ["dialogue"]
    inlines = [CategoryInline]


@admin.register(Topic)
class TopicAdmin(TranslationAdmin):
    list_display = ["title", "dialogue", "position", "code"]
    list_filter = ["dialogue"]
    search_fields = ["title", "code"]
