import datetime as dt

import factory
from django.utils import timezone

from conduct.domain.receipts import receipt_digest
from conduct.enums import CaseState, PlaceKind, ReporterRelation, VersionState
from conduct.models import CodeOfConduct, CodeVersion, ConsultationAnswer, Incident, WorkingSession

from .dialogues import SiteFactory


class CodeOfConductFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CodeOfConduct
        django_get_or_create = ["slug"]

    slug = "platform"
    title = "Code of conduct"


class CodeVersionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CodeVersion

    code = factory.SubFactory(CodeOfConductFactory)
    number = factory.Sequence(lambda n: n + 1)
    state = VersionState.DRAFT
    title = "Code of conduct"
    body = "## Our pledge\n\nWe listen to each other.\n\n## Our standards\n\nWe disagree with respect."


class PublishedVersionFactory(CodeVersionFactory):
    state = VersionState.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)


class WorkingSessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WorkingSession

    version = factory.SubFactory(CodeVersionFactory, state=VersionState.CONSULTATION)
    starts_at = dt.datetime(2026, 12, 3, 14, 0, tzinfo=dt.UTC)
    title = "Working session on the draft"


class ConsultationAnswerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ConsultationAnswer

    version = factory.SubFactory(CodeVersionFactory, state=VersionState.CONSULTATION)
    familiarity = 3
    works_well = "The pledge is short."


class IncidentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Incident

    receipt_digest = factory.Sequence(lambda n: receipt_digest(f"TEST-{n:04d}"))
    place_kind = PlaceKind.SITE
    site = factory.SubFactory(SiteFactory)
    dialogue = factory.LazyAttribute(lambda incident: incident.site.partner.dialogue if incident.site else None)
    share_with_site_contact = True
    # As submit_report records it: the site's contact when the report is filed.
    first_line_contact = factory.LazyAttribute(
        lambda incident: incident.site.conduct_contact if incident.site and incident.share_with_site_contact else None
    )
    happened_when = "Saturday morning"
    description = "Someone shouted at a participant during the break."
    relation = ReporterRelation.OBSERVED
    state = CaseState.NEW
