"""Whether a dialogue has results (an activity check of ``dialogues.domain.mirrors``)."""

from ...models import ResultSubmission


def has_results(dialogue):
    return ResultSubmission.objects.filter(table__site__partner__dialogue=dialogue).exists()
