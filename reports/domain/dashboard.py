"""The public live dashboard: per topic, each closed question's answers for the world,
each region and each country as of the latest release (same disclosure rules as
everywhere, never the results as they arrive), with reporting progress per country at
that release."""

from django.db.models import Count

from ..enums import WORLD
from .build import cube_for, dialogue_fingerprint
from .charts import comparison_chart
from .content import area_name


def reporting_progress(dialogue, cube, topic):
    """``[(country name, code, tables reporting at the release, tables)]`` for the topic's session."""
    from dialogues.models import Table

    tables = dict(
        Table.objects.filter(site__partner__dialogue=dialogue)
        .values_list("site__country")
        .annotate(n=Count("id"))
        .order_by()
    )
    rows = []
    for country, total in sorted(tables.items()):
        reported = cube.present.get((country, topic.pk), (0, 0))[1]
        rows.append((area_name(country), country, reported, total))
    return sorted(rows)


def dashboard_context(dialogue, *, topic_code=None):
    cube = cube_for(dialogue, dialogue_fingerprint(dialogue))
    topics = list(dialogue.topics.all())
    topic = next((t for t in topics if t.code == topic_code), topics[0] if topics else None)
    questions = []
    if topic is not None:
        for question in (q for q in cube.questions if q.topic_id == topic.pk):
            figures = cube.figures[question.pk]
            world = figures.get(WORLD)
            chart = comparison_chart([c.label for c in figures.columns], [(WORLD, area_name(WORLD), world)]) if world else None
            regions = [
                (area_name(region), figures.get(region),
                 [(area_name(c), figures.get(c)) for c in cube.countries_of(region) if figures.get(c)])
                for region in cube.regions if figures.get(region)
            ]
            questions.append({"question": question, "columns": figures.columns, "world": world, "regions": regions,
                              "chart": chart})
    progress = reporting_progress(dialogue, cube, topic) if topic else []
    return {
        "dialogue": dialogue, "topics": topics, "topic": topic, "questions": questions, "k": cube.k,
        "release": cube.release,
        "progress": progress, "tables_reporting": sum(r[2] for r in progress), "tables": sum(r[3] for r in progress),
    }
