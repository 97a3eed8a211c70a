"""The console's action on dialogues that queues every dissemination kit."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from reports.models import DisseminationKit
from tests.factories.dialogues import DialogueFactory
from tests.helpers import signed_in
from wetheinternet.core.models import DeferredTask

pytestmark = pytest.mark.django_db


def test_staff_queue_the_kits_of_a_released_dialogue_and_are_told_when_nothing_is_released(client, staff_user, tiny):
    unreleased = DialogueFactory(status="results")
    signed_in(client, staff_user)
    url = reverse("admin:dialogues_dialogue_changelist")

    response = client.post(url, {"action": "build_dissemination_kits", "_selected_action": [tiny.pk, unreleased.pk]})

    kits = DisseminationKit.objects.filter(dialogue=tiny).count()
    said = [str(message) for message in get_messages(response.wsgi_request)]
    assert response.status_code == 302
    assert kits == 7 * len(tiny.languages)  # 3 countries, 3 regions, the world
    assert DeferredTask.objects.filter(task_name="reports.tasks.build_kit_task").count() == kits
    assert not DisseminationKit.objects.filter(dialogue=unreleased).exists()
    assert f"{tiny}: {kits} dissemination kits are queued for the workers." in said
    assert f"{unreleased}: No results have been released yet, so there is nothing to put in a kit." in said
