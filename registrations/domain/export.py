"""Everything the platform keeps about a person, as plain data: the data-rights page,
its JSON download and its PDF are all made from ``personal_data``."""

from conduct.domain.queries import participant_acceptances

from ..models import TableSeat


def _time(value):
    return value.isoformat() if value else None


def _name(user):
    return (user.full_name or user.email) if user is not None else None


def personal_data(registrant):
    """Everything held on the person: registration, seat and check-in, demographic
    answers (codes and labels), consents (text version, witness), code-of-conduct
    acceptances, panel selection, and the history of their data-rights requests."""
    return {
        "reference_code": registrant.reference_code,
        "dialogue": registrant.dialogue.name,
        "country": registrant.country.code,
        "site": registrant.site.name if registrant.site else None,
        "first_name": registrant.first_name,
        "last_name": registrant.last_name,
        "email": registrant.email,
        "phone": registrant.phone,
        "preferred_language": registrant.preferred_language,
        "registered_at": _time(registrant.created_at),
        "registration_method": registrant.method,
        "registered_by": _name(registrant.registered_by),
        "status": registrant.status,
        "table": _seat_text(registrant),
        "former_table": (
            f"{registrant.former_table.number}/{registrant.former_seat_number}" if registrant.former_table else None
        ),
        "attendance": registrant.attendance or None,
        "checked_in_at": _time(registrant.checked_in_at),
        # When the person stopped reminders, thank-you and evaluation messages (or None).
        "optional_messages_stopped_at": _time(registrant.optional_messages_stopped_at),
        "demographic_answers": [
            {
                "question_code": answer.feature.code,
                "question": answer.feature.name,
                "answer_code": answer.category.code,
                "answer": answer.category.label,
            }
            for answer in registrant.answers.select_related("feature", "category").order_by("feature__position")
        ],
        "consents": [
            {
                "purpose": record.purpose,
                "text_version": record.text.version,
                "text": record.text.text,
                "language": record.language,
                "method": record.method,
                "witnessed": record.witness_id is not None,
                "witness": _name(record.witness),
                "given_at": _time(record.given_at),
                "withdrawn_at": _time(record.withdrawn_at),
            }
            for record in registrant.consents.select_related("text", "witness").order_by("purpose", "given_at")
        ],
        "code_of_conduct": [
            {
                "code": acceptance.version.code.title,
                "version": acceptance.version.number,
                "method": acceptance.method,
                "accepted_at": _time(acceptance.accepted_at),
                "recorded_by": _name(acceptance.recorded_by),
            }
            for acceptance in participant_acceptances(registrant.pk)
        ],
        "panel": [
            {"drawn_at": _time(entry.run.created_at), "role": entry.role, "reserve_rank": entry.rank}
            for entry in registrant.panel_entries.select_related("run").order_by("run__created_at")
        ],
        "requests": [
            {
                "kind": request.kind,
                "detail": request.detail,
                "received_at": _time(request.received_at),
                "due_at": _time(request.due_at),
                "fulfilled_at": _time(request.fulfilled_at),
                "fulfilment": request.fulfilment,
            }
            for request in registrant.rights_requests.order_by("received_at")
        ],
    }


def _seat_text(registrant):
    seat = TableSeat.objects.filter(registrant=registrant).select_related("table").first()
    return f"{seat.table.number}/{seat.seat_number}" if seat else None
