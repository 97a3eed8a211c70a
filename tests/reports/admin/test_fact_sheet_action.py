"""The fact-sheet action that reports adds to the console's list of dialogues through
dialogues' extension point (``dialogues.admin.add_dialogue_action``)."""

import pytest
from django.urls import reverse

from tests.factories.dialogues import DialogueFactory
from tests.helpers import signed_in
from wetheinternet.core.models import DeferredTask

pytestmark = pytest.mark.django_db


def test_dialogue_list_offers_the_fact_sheet_and_queues_it_for_each_chosen_dialogue(client, staff_user):
    chosen, other = DialogueFactory(default_language="fr"), DialogueFactory()
    signed_in(client, staff_user)
    url = reverse("admin:dialogues_dialogue_changelist")

    choices = dict(client.get(url).context["action_form"].fields["action"].choices)
    response = client.post(url, {"action": "render_fact_sheets", "_selected_action": [chosen.pk]})

    assert choices["render_fact_sheets"] == "Render the one-page fact sheet (PDF)"
    assert response.status_code == 302
    assert list(DeferredTask.objects.values_list("task_name", "args")) == [
        ("reports.tasks.render_fact_sheet_task", [chosen.pk, "fr"])]
    assert other.pk not in DeferredTask.objects.get().args
