import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from registrations.domain.panels import execute_panel_run
from registrations.models import PanelRun, Registrant
from tests.factories.accounts import StaffFactory
from tests.helpers import deliver_messages, signed_in
from wetheinternet.core.messaging.delivery import send_due_messages
from wetheinternet.core.models import Message

from ..conftest import make_pool

pytestmark = pytest.mark.django_db


@pytest.fixture
def drawn(setup):
    make_pool(setup.lyon, 10, features=setup.features)
    run = PanelRun.objects.create(dialogue=setup.dialogue, country="FR", panel_size=6, reserve_size=2,
                                  algorithm="legacy", seed=5, algorithm_reason="Legacy: test.")
    execute_panel_run(run.pk)
    return run


def test_panel_form_queues_a_draw_and_shows_progress(client, setup, django_capture_on_commit_callbacks):
    make_pool(setup.lyon, 10, features=setup.features)
    signed_in(client, setup.france_member)
    url = reverse("registrations:panel_selection", kwargs={"partner_id": setup.france.pk})

    with django_capture_on_commit_callbacks() as callbacks:
        response = client.post(url, {"country": "FR", "panel_size": 4, "reserve_size": 2, "algorithm": "nash"})

    run = PanelRun.objects.get()
    assert response["Location"] == reverse("registrations:panel_run", kwargs={"run_id": run.pk})
    assert len(callbacks) == 1
    assert run.algorithm == "maximin"  # partners cannot override the method
    page = client.get(response["Location"]).content.decode()
    assert 'http-equiv="refresh"' in page and "Queued" in page


def test_staff_may_override_the_method(client, setup, django_capture_on_commit_callbacks):
    make_pool(setup.lyon, 10, features=setup.features)
    signed_in(client, StaffFactory())
    url = reverse("registrations:panel_selection", kwargs={"partner_id": setup.france.pk})

    with django_capture_on_commit_callbacks():
        client.post(url, {"country": "FR", "panel_size": 4, "reserve_size": 0, "algorithm": "legacy"})

    run = PanelRun.objects.get()
    assert run.algorithm == "legacy"
    assert run.algorithm_reason.startswith("Chosen by")


def test_run_page_shows_result_to_partner_with_names(client, setup, drawn):
    signed_in(client, setup.france_member)

    content = client.get(reverse("registrations:panel_run", kwargs={"run_id": drawn.pk})).content.decode()

    selected = Registrant.objects.filter(status="selected")
    assert "every quota is met" in content
    assert all(p.reference_code in content and p.first_name in content for p in selected)
    assert "Legacy: test." in content


def test_run_page_for_staff_shows_codes_not_names(client, setup, drawn):
    signed_in(client, StaffFactory())

    content = client.get(reverse("registrations:panel_run", kwargs={"run_id": drawn.pk})).content.decode()

    person = Registrant.objects.filter(status="selected").first()
    assert person.reference_code in content and person.first_name not in content


def test_run_of_another_partner_is_refused(client, setup, drawn):
    signed_in(client, setup.kenya_member)

    assert client.get(reverse("registrations:panel_run", kwargs={"run_id": drawn.pk})).status_code == 403
    assert client.post(reverse("registrations:notify_panel", kwargs={"run_id": drawn.pk})).status_code == 403


def test_notify_emails_selected_and_lists_phone_only_people(client, setup, drawn, mailoutbox):
    phone_only = Registrant.objects.filter(status="selected").first()
    phone_only.email, phone_only.phone = "", "+33600"
    phone_only.save()
    signed_in(client, setup.france_member)

    response = client.post(reverse("registrations:notify_panel", kwargs={"run_id": drawn.pk}))
    deliver_messages()

    assert len(mailoutbox) == 5 + Registrant.objects.filter(status="reserve").exclude(email="").count()
    assert list(response.context["calls"]) == [phone_only]


def test_replace_from_page_and_refusal_for_other_partner(client, setup, drawn):
    leaving = Registrant.objects.filter(status="selected").first()
    signed_in(client, setup.kenya_member)
    assert client.post(reverse("registrations:replace", kwargs={"registrant_id": leaving.pk})).status_code == 403

    signed_in(client, setup.france_member)
    client.post(reverse("registrations:replace", kwargs={"registrant_id": leaving.pk}))

    leaving.refresh_from_db()
    assert leaving.status == "registered"
    assert Registrant.objects.filter(status="selected").count() == 6


def test_notify_succeeds_when_the_mail_server_is_down_and_the_messages_are_retried(
    client, setup, drawn, settings, mailoutbox, eager_tasks, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.core.messaging.test_message_path.FailingBackend"
    signed_in(client, setup.france_member)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("registrations:notify_panel", kwargs={"run_id": drawn.pk}))

    states = set(Message.objects.values_list("state", "attempts", "last_error"))
    assert response.status_code == 200 and "messages are being sent" in response.content.decode()
    assert states == {("queued", 1, "SMTPServerDisconnected")}
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    send_due_messages(now=timezone.now() + dt.timedelta(minutes=3))
    assert len(mailoutbox) == Message.objects.filter(state="sent").count() == Message.objects.count() == 8


def test_notify_twice_writes_to_nobody_twice(client, setup, drawn, mailoutbox):
    signed_in(client, setup.france_member)

    client.post(reverse("registrations:notify_panel", kwargs={"run_id": drawn.pk}))
    client.post(reverse("registrations:notify_panel", kwargs={"run_id": drawn.pk}))
    deliver_messages()

    assert sorted(message.to[0] for message in mailoutbox) == sorted(
        Registrant.objects.filter(status__in=["selected", "reserve"]).values_list("email", flat=True))
