from django import forms
from django.utils.translation import gettext_lazy as _

from wetheinternet.core.input import WholeNumberField

from ..enums import SelectionAlgorithm


class PanelSelectionForm(forms.Form):
    country = forms.ChoiceField(label=_("Country"))
    site = forms.ModelChoiceField(label=_("Site"), queryset=None, required=False, empty_label=_("Whole country"))
    panel_size = WholeNumberField(label=_("People to select"), min_value=1, max_value=5000)
    reserve_size = WholeNumberField(label=_("People on the reserve list"), min_value=0, max_value=5000, initial=0)
    seed = WholeNumberField(
        label=_("Seed (optional)"),
        min_value=1,
        max_value=2**31 - 1,
        required=False,
        help_text=_("Leave empty for a fresh random seed; give a past run's seed to reproduce it."),
    )

    def __init__(self, *args, partner, can_override, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [(c.code, c.name) for c in partner.countries]
        self.fields["site"].queryset = partner.sites.all()
        if can_override:
            self.fields["algorithm"] = forms.ChoiceField(
                label=_("Method"),
                choices=[("", _("Automatic, by pool size"))] + list(SelectionAlgorithm.choices),
                required=False,
            )

    def clean(self):
        cleaned = super().clean()
        site = cleaned.get("site")
        if site is not None and cleaned.get("country") and site.country.code != cleaned["country"]:
            self.add_error("site", _("This site is not in the chosen country."))
        return cleaned


class TableAssignmentForm(forms.Form):
    table_size = WholeNumberField(label=_("People per table"), min_value=2, max_value=20, initial=6)
    seed = WholeNumberField(label=_("Seed (optional)"), min_value=1, max_value=2**31 - 1, required=False)


class SwapForm(forms.Form):
    first = forms.ChoiceField(label=_("First seat"))
    second = forms.ChoiceField(label=_("Second seat"))

    def __init__(self, *args, seats, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(seat.pk, _("Table %(table)s, seat %(seat)s") % {"table": seat.table.number, "seat": seat.seat_number})
                   for seat in seats]
        self.fields["first"].choices = self.fields["second"].choices = choices

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("first") and cleaned.get("first") == cleaned.get("second"):
            raise forms.ValidationError(_("Choose two different seats."))
        return cleaned
