"""Downloads of registrant lists (``export_registrants``)."""

from django.utils.translation import gettext as _

from wetheinternet.core.audit import log_action

from ..enums import Attendance, ConsentMethod, JobState, RegistrantStatus, RunKind, SelectionAlgorithm

CHUNK = 2000


def export_registrants(registrants, *, partner, by, personal, file_format):
    """The header and a row generator of ``registrants`` (a queryset already scoped to
    what ``by`` may see) for a download; names and contacts only when ``personal`` (the
    caller checked ``registrations.view_personal_data``). Rows are read in chunks, never
    all at once.

    Side effects: audit entry ``registrations.registrants.exported`` (partner, format,
    whether personal data went out; no personal data)."""
    log_action(
        "registrations.registrants.exported", actor=by, target=partner,
        data={"format": file_format, "personal": personal},
    )
    header = [_("Reference")]
    if personal:
        header += [_("First name"), _("Last name"), _("E-mail"), _("Phone"), _("Language")]
    header += [_("Country"), _("Site"), _("How"), _("Status"), _("Attendance"), _("Registered")]
    # Labels translated now, in the request's language: the rows are written after the view returns.
    statuses, methods, attendance = (
        {value: str(label) for value, label in choices.choices} for choices in (RegistrantStatus, ConsentMethod, Attendance)
    )

    def rows():
        fields = ["reference_code", "country", "site__name", "method", "status", "attendance", "created_at"]
        if personal:
            fields += ["first_name", "last_name", "email", "phone", "preferred_language"]
        for row in registrants.values(*fields).iterator(chunk_size=CHUNK):
            line = [row["reference_code"]]
            if personal:
                line += [row["first_name"], row["last_name"], row["email"], row["phone"], row["preferred_language"]]
            line += [
                str(row["country"]), row["site__name"] or "", methods.get(row["method"], row["method"]),
                statuses.get(row["status"], row["status"]), attendance.get(row["attendance"], ""),
                row["created_at"],
            ]
            yield line

    return header, rows()


def export_panel_runs(runs, *, partner, by, file_format):
    """The header and a row generator of panel draws (no personal data: scope, method,
    sizes, seed, state). Side effects: audit entry ``registrations.panel_runs.exported``."""
    log_action("registrations.panel_runs.exported", actor=by, target=partner, data={"format": file_format})
    header = [_("Requested"), _("Country"), _("Site"), _("Kind"), _("Method"), _("Panel size"), _("Reserve size"),
              _("Seed"), _("State")]
    kinds, methods, states = (
        {value: str(label) for value, label in choices.choices} for choices in (RunKind, SelectionAlgorithm, JobState)
    )

    def rows():
        fields = ["created_at", "country", "site__name", "kind", "algorithm", "panel_size", "reserve_size", "seed", "state"]
        for run in runs.values(*fields).iterator(chunk_size=CHUNK):
            yield [
                run["created_at"], str(run["country"]), run["site__name"] or "", kinds.get(run["kind"], run["kind"]),
                methods.get(run["algorithm"], run["algorithm"]), run["panel_size"], run["reserve_size"],
                str(run["seed"]), states.get(run["state"], run["state"]),
            ]

    return header, rows()


def export_table_plan(seats, *, site, by, personal, file_format):
    """The header and a row generator of a site's seating plan (``seats``: the site's
    seats ``by`` may see): table, its language, seat, reference code, and the names only
    when ``personal``. Side effects: audit entry ``registrations.table_plan.exported``."""
    log_action(
        "registrations.table_plan.exported", actor=by, target=site, data={"format": file_format, "personal": personal}
    )
    header = [_("Table"), _("Language"), _("Seat"), _("Reference")]
    if personal:
        header += [_("First name"), _("Last name")]
    fields = ["table__number", "table__language", "seat_number", "registrant__reference_code"]
    if personal:
        fields += ["registrant__first_name", "registrant__last_name"]

    def rows():
        ordered = seats.order_by("table__number", "seat_number").values_list(*fields)
        for row in ordered.iterator(chunk_size=CHUNK):
            yield list(row)

    return header, rows()
