import csv
import io

from ..domain.consultation import TEXT_QUESTIONS
from ..models import ConsultationAnswer


def consultation_answers_csv(version):
    """The consultation's answers as CSV, one row per answer: no names or e-mail
    addresses (the sign-ups are listed separately to staff)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["answer", "submitted_at_utc", "language", "familiarity", "change_kind", *[f for f, _ in TEXT_QUESTIONS],
                     "joins_session"])
    rows = ConsultationAnswer.objects.filter(version=version).order_by("submitted_at", "id")
    for number, answer in enumerate(rows, start=1):
        writer.writerow([
            number, answer.submitted_at.strftime("%Y-%m-%d %H:%M"), answer.language, answer.familiarity, answer.change_kind,
            *[_safe(getattr(answer, field)) for field, _label in TEXT_QUESTIONS], "yes" if answer.working_session_id else "no",
        ])
    return buffer.getvalue()


def _safe(text):
    """Defuse spreadsheet formulas in free text (CSV injection)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
