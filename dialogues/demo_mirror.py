"""Demo step: a self-service mirror dialogue made from the demo dialogue's published
toolkit, as its sign-up makes it, by a youth club in Lagos (the demo account
``mirror@demo.example.org``), with one site and two tables whose note taker is the
organiser. The results and the staff's approval of their publication are added by the
results and reports steps. Idempotent. Runs after the conduct step, so the copy carries
the demo's code of conduct."""

import datetime as dt

from wetheinternet.core.demo import DEMO_SLUG

from .domain.mirrors import CURRENT_AGREEMENT, start_mirror_dialogue
from .domain.sites import create_site
from .domain.tables import create_tables, update_table
from .models import Dialogue, MirrorDialogue

ORGANISATION = "Lagos Youth Internet Club"


def demo_mirror():
    """The demo's mirror dialogue (None before this step ran)."""
    return MirrorDialogue.objects.unscoped("the demo seed").filter(organisation=ORGANISATION).first()


def seed(context):
    source = Dialogue.objects.filter(slug=DEMO_SLUG).first()
    if source is None or demo_mirror() is not None:
        return
    organiser = context.users["mirror_organiser"]
    # Held over the demo's window (the last two days), so its sessions are over and
    # results are in: the sign-up's "not in the past" is measured from that first day.
    mirror = start_mirror_dialogue(
        source,
        organisation=ORGANISATION,
        country="NG",
        expected_participants=12,
        full_name=organiser.full_name,
        email=organiser.email,
        language="en",
        first_day=source.first_day,
        agreement_version=CURRENT_AGREEMENT,
        today=source.first_day,
    )
    partner = mirror.dialogue.partners.get()
    site = create_site(
        partner,
        by=organiser,
        name="Yaba Youth Hub",
        mode="in_person",
        country="NG",
        city="Lagos",
        time_zone="Africa/Lagos",
        languages=["en"],
        capacity=12,
        local_date=source.first_day,
        local_start_time=dt.time(10, 0),
    )
    for table in create_tables(site, by=organiser, count=2, capacity=6, language="en"):
        update_table(table, by=organiser, capacity=6, language="en", note_taker_email=organiser.email)
    context.say(f"    mirror dialogue {mirror.dialogue.slug} ({ORGANISATION})")
