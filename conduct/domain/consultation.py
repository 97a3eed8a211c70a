from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wetheinternet.core.audit import log_action

from ..enums import ChangeKind, Familiarity
from ..models import ConsultationAnswer
from .errors import ConductError

# The open questions of the form, in order: (field, label).
TEXT_QUESTIONS = [
    ("works_well", gettext_lazy("What works well in the draft?")),
    ("missing_or_unclear", gettext_lazy("What is missing or unclear?")),
    ("change_suggestion", gettext_lazy("What should be added, removed or rethought? A concrete suggestion")),
    ("other_question", gettext_lazy("Any other question")),
]


def submit_consultation_answer(version, *, familiarity, works_well="", missing_or_unclear="", change_kind="",
                               change_suggestion="", working_session=None, name="", email="", other_question="",
                               language="en"):
    """Keep one person's feedback on a draft open for consultation. Anonymous: name
    and e-mail are dropped unless the person joins a working session.

    Side effects: one ConsultationAnswer row, audit ``conduct.consultation.answered``
    (no personal data)."""
    if not version.is_open_for_consultation or (
        version.consultation_closes_at is not None and version.consultation_closes_at < timezone.now()
    ):
        raise ConductError(_("This draft is not open for consultation."))
    if working_session is not None and working_session.version_id != version.pk:
        raise ConductError(_("Choose one of the working sessions announced for this draft."))
    if working_session is None:
        name, email = "", ""
    elif not (name.strip() and email.strip()):
        raise ConductError(_("To join a working session, give your name and e-mail address."))
    with transaction.atomic():
        answer = ConsultationAnswer.objects.create(
            version=version, familiarity=familiarity, works_well=works_well, missing_or_unclear=missing_or_unclear,
            change_kind=change_kind, change_suggestion=change_suggestion, working_session=working_session,
            name=name.strip(), email=email.strip(), other_question=other_question, language=language,
        )
        log_action("conduct.consultation.answered", target=version, data={"answer": answer.pk, "joins": bool(working_session)})
    return answer


@dataclass
class ConsultationSummary:
    total: int
    familiarity_counts: list  # [(label, count)] for every level, zeros included
    text_answers: list  # [(question label, [(answer text, change kind label)])]
    sessions: list  # WorkingSession rows annotated with sign_up_count


def consultation_summary(version):
    answers = ConsultationAnswer.objects.filter(version=version)
    counts = dict(answers.values_list("familiarity").annotate(count=Count("id")).values_list("familiarity", "count"))
    rows = list(answers.values("works_well", "missing_or_unclear", "change_suggestion", "change_kind", "other_question"))
    kind_labels = dict(ChangeKind.choices)
    text_answers = []
    for field, label in TEXT_QUESTIONS:
        texts = [
            (row[field].strip(), kind_labels.get(row["change_kind"], "") if field == "change_suggestion" else "")
            for row in rows
            if row[field].strip()
        ]
        text_answers.append((label, texts))
    sessions = version.working_sessions.annotate(sign_up_count=Count("sign_ups")).order_by("starts_at")
    return ConsultationSummary(
        total=len(rows),
        familiarity_counts=[(label, counts.get(value, 0)) for value, label in Familiarity.choices],
        text_answers=text_answers,
        sessions=list(sessions),
    )
