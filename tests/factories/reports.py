import factory

from reports.enums import ReportScope
from reports.models import ReportJob
from reports.synthetic import ScaleOptions, generate
from wetheinternet.core.files import store_file

from .dialogues import DialogueFactory


class ReportJobFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReportJob

    dialogue = factory.SubFactory(DialogueFactory)
    scope = ReportScope.NATIONAL
    area = "FR"
    language = "en"


def with_file(job):
    """Give ``job`` a stored (fake) PDF, as a finished job has."""
    job.file = store_file(b"%PDF-1.4 test", filename=f"{job.area}.pdf", content_type="application/pdf")
    job.state = "done"
    job.save()
    return job


def small_dialogue(slug="tiny", **overrides):
    """A complete synthetic dialogue, small enough for tests: three countries, people
    with names, contacts, demographics and consents, results by ballot and by count,
    open answers with their reviews."""
    options = ScaleOptions(slug=slug, countries=3, sites=4, tables=10, participants=60, topics=2, questions=3, seed=7,
                           k=3)
    for key, value in overrides.items():
        setattr(options, key, value)
    return generate(options)
