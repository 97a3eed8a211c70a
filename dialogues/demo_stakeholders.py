"""Demo step: a stakeholder dialogue made from the demo dialogue (same question codes),
with organisations of every sector and one online site meeting on two days.
Idempotent. Runs after the registrations and conduct steps, so the copy carries the
demo's consent texts."""

import datetime as dt

from wetheinternet.core.demo import DEMO_SLUG

from .domain.agenda import apply_agenda_template
from .domain.copying import copy_dialogue
from .domain.days import add_site_day
from .domain.sites import create_site
from .domain.stakeholders import add_organisation
from .enums import DayMode, DialogueKind, DialogueStatus
from .models import Dialogue, Partner

SLUG = f"{DEMO_SLUG}-stakeholders"
ORGANISATIONS = ["Ministry of Digital Affairs", "Open Networks Ltd", "Digital Rights Watch", "Internet Exchange Association",
                 "University of Nairobi"]
NAMES = {
    "name_en": "We, the Internet: stakeholder dialogue (demo)",
    "name_fr": "Nous, l'Internet : dialogue des parties prenantes (démo)",
    "name_es": "Nosotros, Internet: diálogo de partes interesadas (demo)",
    "name_ar": "نحن الإنترنت: حوار أصحاب المصلحة (تجريبي)",
    "name_pt": "Nós, a Internet: diálogo de partes interessadas (demo)",
}
LINK = "https://meet.example.org/stakeholders-demo"


def seed(context):
    source = Dialogue.objects.filter(slug=DEMO_SLUG).first()
    if source is None or Dialogue.objects.filter(slug=SLUG).exists():
        return
    dialogue = copy_dialogue(source, by=None, slug=SLUG, name=NAMES["name_en"],
                             first_day=source.first_day, last_day=source.last_day, kind=DialogueKind.STAKEHOLDERS)
    Dialogue.objects.filter(pk=dialogue.pk).update(status=DialogueStatus.DELIBERATION, **NAMES)
    for name in ORGANISATIONS:
        add_organisation(dialogue, name, by=None)
    partner = Partner.objects.create(dialogue=dialogue, name="Global Stakeholder Forum", countries=["CH", "KE"])
    site = create_site(partner, by=None, name="Stakeholder forum (online)", mode="online", country="CH",
                       time_zone="Europe/Zurich", languages=["en", "fr"], local_date=dialogue.first_day,
                       local_start_time=dt.time(14, 0), meeting_link=LINK)
    if not dialogue.is_one_day:
        add_site_day(site, by=None, date=dialogue.last_day, mode=DayMode.ONLINE, start_time=dt.time(14, 0), meeting_link=LINK)
        apply_agenda_template(site, by=None)
