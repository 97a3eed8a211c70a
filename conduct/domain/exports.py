"""Downloads of the conduct queue (``export_cases``)."""

from django.utils.translation import gettext as _

from wetheinternet.core.audit import log_action

from ..enums import CaseState, PlaceKind, ReportKind

CHUNK = 2000


def export_cases(cases, *, by, file_format):
    """The header and a row generator of ``cases`` (a queryset of the cases ``by`` may
    read): how each was handled (number, kind, urgency, state, place, times), never what
    was reported nor by whom.

    Side effects: audit entry ``conduct.cases.exported`` (format; no case content)."""
    log_action("conduct.cases.exported", actor=by, data={"format": file_format})
    header = [_("Case"), _("Kind"), _("Urgent"), _("State"), _("Where"), _("Site"), _("Dialogue"),
              _("Received"), _("Acknowledged"), _("Closed")]
    states, places, kinds = (
        {value: str(label) for value, label in choices.choices} for choices in (CaseState, PlaceKind, ReportKind)
    )

    def rows():
        fields = ["pk", "kind", "is_urgent", "state", "place_kind", "site__name", "dialogue__name",
                  "created_at", "acknowledged_at", "closed_at"]
        for case in cases.values(*fields).iterator(chunk_size=CHUNK):
            yield [
                case["pk"], kinds.get(case["kind"], case["kind"]), case["is_urgent"],
                states.get(case["state"], case["state"]), places.get(case["place_kind"], case["place_kind"]),
                case["site__name"] or "", case["dialogue__name"] or "",
                case["created_at"], case["acknowledged_at"], case["closed_at"],
            ]

    return header, rows()
