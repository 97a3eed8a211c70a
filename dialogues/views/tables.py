"""Tables of a site: bulk creation and naming their facilitator and note taker."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wetheinternet.core.forms import posted, show_domain_error
from wetheinternet.core.permissions import permission_required
from wetheinternet.core.visibility import get_visible_or_404, visible_getter

from ..domain.errors import DialoguesError
from ..domain.tables import create_tables, delete_table, update_table
from ..interfaces.site_forms import BulkTablesForm, TableForm
from ..models import Site, Table


@permission_required("dialogues.change_site", fn=visible_getter(Site))
def tables_create(request, pk):
    site = get_visible_or_404(Site.objects.select_related("partner"), request.user, pk=pk)
    form = BulkTablesForm(posted(request), initial={"language": (site.languages or ["en"])[0]})
    if request.method == "POST" and form.is_valid():
        try:
            tables = create_tables(site, by=request.user, **form.cleaned_data)
        except DialoguesError as error:
            show_domain_error(form, error)
        else:
            messages.success(request, _("%(count)s tables created.") % {"count": len(tables)})
            return redirect("dialogues:site_detail", pk=site.pk)
    return render(request, "dialogues/sites/tables_form.html", {"site": site, "form": form})


def _initial(table):
    return {
        "capacity": table.capacity, "language": table.language,
        "facilitator_email": table.facilitator.email if table.facilitator else "",
        "note_taker_email": table.note_taker.email if table.note_taker else "",
    }


@permission_required("dialogues.change_table", fn=visible_getter(Table))
def table_edit(request, pk):
    table = get_visible_or_404(Table.objects.select_related("site__partner", "facilitator", "note_taker"), request.user, pk=pk)
    form = TableForm(posted(request), initial=_initial(table))
    if request.method == "POST" and form.is_valid():
        try:
            update_table(table, by=request.user, **form.cleaned_data)
        except DialoguesError as error:
            show_domain_error(form, error)
        else:
            messages.success(request, _("Table %(number)s saved.") % {"number": table.number})
            return redirect("dialogues:site_detail", pk=table.site_id)
    return render(request, "dialogues/sites/table_form.html", {"table": table, "form": form})


@require_POST
@permission_required("dialogues.change_table", fn=visible_getter(Table))
def table_delete(request, pk):
    table = get_visible_or_404(Table.objects.all(), request.user, pk=pk)
    try:
        delete_table(table, by=request.user)
    except DialoguesError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Table %(number)s deleted.") % {"number": table.number})
    return redirect("dialogues:site_detail", pk=table.site_id)
