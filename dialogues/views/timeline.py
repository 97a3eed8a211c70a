"""The follow-the-sun timeline for staff: every site's agenda on one UTC axis."""

import datetime as dt

from django import forms
from django.shortcuts import get_object_or_404, render
from django.utils import formats
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from wetheinternet.core.permissions import permission_required

from ..domain.queries.timeline import timeline_bounds, timeline_items, timeline_rows, window_days
from ..models import Dialogue
from ..regions import REGION_NAMES

CHART_WIDTH = 960  # SVG units; the axis spans the first start to the last end


class TimelineFilterForm(forms.Form):
    region = forms.ChoiceField(label=_("Region"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)
    day = forms.TypedChoiceField(label=_("Day"), required=False, coerce=dt.date.fromisoformat, empty_value=None)

    def __init__(self, *args, days, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].choices = [("", _("All regions"))] + list(REGION_NAMES.items())
        self.fields["country"].choices = [("", _("All countries"))] + list(countries)
        self.fields["day"].choices = [("", _("Every day"))] + [
            (day.isoformat(), formats.date_format(day, "DATE_FORMAT")) for day in days
        ]


def _bar(item, start, seconds):
    x = (item.starts_at - start).total_seconds() / seconds * CHART_WIDTH
    width = (item.ends_at - item.starts_at).total_seconds() / seconds * CHART_WIDTH
    return {"item": item, "x": round(x, 1), "width": round(max(width, 1), 1)}


def _chart(rows, start, end):
    if start is None:
        return None
    seconds = (end - start).total_seconds()
    hours = int(seconds // 3600)
    # One tick an hour for a day; every 6 hours over a week; one a day beyond.
    step = 1 if hours <= 36 else 6 if hours <= 7 * 24 else 24
    ticks = []
    for h in range(0, hours + 1, step):
        moment = start + dt.timedelta(hours=h)
        label = f"{moment.hour}h" if step == 1 else f"{moment.day}/{moment.month} {moment.hour}h"
        ticks.append({"x": round(h * 3600 / seconds * CHART_WIDTH, 1), "label": label})
    return {
        "width": CHART_WIDTH,
        "ticks": ticks,
        "rows": [{"site": row.site, "y": index * 28, "bars": [_bar(i, start, seconds) for i in row.items]}
                 for index, row in enumerate(rows)],
        "height": len(rows) * 28 + 24,
    }


@permission_required("dialogues.view_timeline")
def timeline(request, slug):
    dialogue = get_object_or_404(Dialogue, slug=slug)
    days = window_days(dialogue)
    form = TimelineFilterForm(request.GET or None, days=days)
    filters = form.cleaned_data if form.is_valid() else {}
    items = timeline_items(
        dialogue, seen_by=request.user, region=filters.get("region", ""), country=filters.get("country", ""),
        day=filters.get("day"),
    )
    rows = timeline_rows(items)
    start, end = timeline_bounds(items)
    context = {"dialogue": dialogue, "form": form, "items": items, "chart": _chart(rows, start, end),
               "start": start, "end": end, "several_days": len(days) > 1}
    return render(request, "dialogues/timeline.html", context)
