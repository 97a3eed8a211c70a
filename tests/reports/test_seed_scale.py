from io import StringIO

from django.core.management import call_command

from dialogues.models import Dialogue, Option, Question, Site, Table
from registrations.models import Registrant
from results.domain import storage
from results.models import ResultSubmission

SMALL = ["--countries", "3", "--sites", "4", "--tables", "9", "--participants", "50", "--topics", "2",
         "--questions", "3", "--no-progress"]


def totals(slug):
    summed = storage.totals(ResultSubmission.objects.filter(topic__dialogue__slug=slug))
    questions = dict(Question.objects.values_list("pk", "code"))
    options = dict(Option.objects.values_list("pk", "code"))
    return sorted(((questions[q], options.get(o, "")), n) for (q, o), n in summed.items() if n)


def test_seed_scale_makes_the_requested_dialogue(db):
    out = StringIO()

    call_command("seed_scale", *SMALL, "--slug", "one", stdout=out)

    dialogue = Dialogue.objects.get(slug="one")
    assert Site.objects.filter(partner__dialogue=dialogue).count() == 4
    assert Table.objects.filter(site__partner__dialogue=dialogue).count() == 9
    assert Registrant.objects.filter(dialogue=dialogue).count() == 50
    assert dialogue.topics.count() == 2
    assert "Dialogue “one” created in" in out.getvalue()


def test_seed_scale_is_deterministic_from_its_seed(db):
    call_command("seed_scale", *SMALL, "--slug", "first", stdout=StringIO())
    call_command("seed_scale", *SMALL, "--slug", "second", stdout=StringIO())
    call_command("seed_scale", *SMALL, "--slug", "third", "--seed", "99", stdout=StringIO())

    assert totals("first") == totals("second")
    assert totals("first") != totals("third")


def test_seed_scale_replaces_a_dialogue_of_the_same_name(db):
    call_command("seed_scale", *SMALL, "--slug", "again", stdout=StringIO())
    call_command("seed_scale", *SMALL, "--slug", "again", stdout=StringIO())

    assert Dialogue.objects.filter(slug="again").count() == 1
    assert Registrant.objects.filter(dialogue__slug="again").count() == 50
