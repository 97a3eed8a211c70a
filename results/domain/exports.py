"""Downloads of the staff's progress in every country (``export_country_progress``)."""

from django.utils.translation import gettext as _

from wetheinternet.core.audit import log_action

from .queries.country_progress import STEP_LABELS


def export_country_progress(rows, *, dialogue, by, file_format):
    """The header and rows of ``rows`` (``CountryProgress``, already computed: at most
    a few hundred countries); counts only, no person's data.

    Side effects: audit entry ``results.country_progress.exported`` (format)."""
    log_action("results.country_progress.exported", actor=by, target=dialogue, data={"format": file_format})
    header = [_("Country"), _("Region"), _("Partners"), _("Onboarding"), _("Registered"), _("Registration target"), _("Places"),
              _("Panels drawn"), _("Sites"), _("Tables with both volunteers"), _("Tables"), _("Checked in"),
              _("Selected"), _("Results in"), _("Expected"), _("Furthest behind")]
    lines = [
        [row.code, str(row.region_name), len(row.partners), str(row.least_onboarded_label), row.registered, row.target, row.places,
         row.panels_drawn, row.sites, row.tables_staffed, row.tables, row.checked_in, row.selected, row.results_in,
         row.expected_results, str(STEP_LABELS[row.behind[0]])]
        for row in rows
    ]
    return header, iter(lines)
