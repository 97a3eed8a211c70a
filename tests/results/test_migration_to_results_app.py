"""The move of table results from dialogues to results (and of demographic features and
categories from registrations to dialogues) keeps every row, every permission held by
the organiser staff group or a user, and every audit entry pointing at a moved model.

The data is made with today's models, the database is taken back to the migrations
before the move (tables and content types under their old apps, checked), then
migrated forward again, as a production database will be."""

import datetime as dt

import pytest
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from dialogues.models import Category, Feature
from registrations.models import QuotaTarget, RegistrantAnswer
from reports.models import Release
from results.models import OpenAnswer, ResultSubmission
from tests.factories.accounts import StaffFactory, UserFactory
from tests.factories.dialogues import OptionFactory, QuestionFactory, TableFactory, TopicFactory
from tests.factories.registrations import CategoryFactory, QuotaTargetFactory, RegistrantFactory
from tests.factories.results import ResultSubmissionFactory
from wetheinternet.accounts.domain.staff import organiser_staff_group
from wetheinternet.core.audit import log_action
from wetheinternet.core.models import AuditEntry

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE_THE_MOVE = [
    ("dialogues", "0005_record_keys_for_disclosure_control"),
    ("registrations", "0005_merge_record_key"),
    ("reports", "0005_scheduled_releases"),
    ("accounts", "0004_organiser_staff_see_releases"),
    ("results", None),
]
RESULT_MODELS = ["resultsubmission", "ballot", "ballotanswer", "ballotcategory", "optioncount", "openanswer"]


def _migrate(targets=None):
    executor = MigrationExecutor(connection)
    executor.migrate(targets or executor.loader.graph.leaf_nodes())
    ContentType.objects.clear_cache()


def _tables():
    return set(connection.introspection.table_names())


@pytest.fixture
def stored():
    """A table result with everything hanging on it, people who hold its permissions,
    and an audit entry about it; made with today's models."""
    table = TableFactory()
    dialogue = table.site.partner.dialogue
    question = QuestionFactory(topic=TopicFactory(dialogue=dialogue))
    option = OptionFactory(question=question)
    category = CategoryFactory(feature__dialogue=dialogue)
    quota = QuotaTargetFactory(category=category, country="FR", min_count=2, max_count=5)
    registrant = RegistrantFactory(site=table.site)
    RegistrantAnswer.objects.create(registrant=registrant, feature=category.feature, category=category)
    ballot = {"seat": 2, "key": 201, "answers": [[question.pk, option.pk]], "categories": [category.pk]}
    submission = ResultSubmissionFactory(
        table=table, topic=question.topic, people_present=4, entry_mode="ballots",
        counts={str(question.pk): [[option.pk, 3, 117]]}, ballots=[ballot],
    )
    OpenAnswer.objects.create(submission=submission, question=question, text="Teach it at school", rank=1)
    release = Release.objects.create(dialogue=dialogue, number=1, kind="staff", released_at=timezone.now())
    release.submissions.add(submission)
    staff = StaffFactory()
    staff.groups.add(organiser_staff_group())
    reader = UserFactory()
    reader.user_permissions.add(Permission.objects.get(content_type__app_label="results", codename="view_resultsubmission"))
    designer = UserFactory()
    designer.user_permissions.add(Permission.objects.get(content_type__app_label="dialogues", codename="change_feature"))
    entry = log_action("dialogues.result.submitted", actor=staff, target=submission, data={"table": table.pk})
    return {
        "submission": submission, "ballot": ballot, "category": category, "quota": quota, "release": release,
        "registrant": registrant, "staff": staff, "reader": reader, "designer": designer, "entry": entry,
        "keys": (submission.record_key, 201),
    }


def _assert_everything_is_back(stored):
    submission = ResultSubmission.objects.get(pk=stored["submission"].pk)
    assert (submission.client_id, submission.people_present, submission.entry_mode, submission.record_key) == (
        stored["submission"].client_id, 4, "ballots", stored["keys"][0],
    )
    assert [count for rows in submission.counts.values() for _option, count, _key in rows] == [3]
    assert list(submission.open_answers.values_list("text", flat=True)) == ["Teach it at school"]
    assert [(ballot["seat"], ballot["key"]) for ballot in submission.ballots] == [(2, stored["keys"][1])]
    assert [ballot["categories"] for ballot in submission.ballots] == [[stored["category"].pk]]
    assert list(Release.objects.get(pk=stored["release"].pk).submissions.all()) == [submission]
    assert Category.objects.get(pk=stored["category"].pk).feature == Feature.objects.get(pk=stored["category"].feature_id)
    assert QuotaTarget.objects.get(pk=stored["quota"].pk).category_id == stored["category"].pk
    assert list(RegistrantAnswer.objects.filter(registrant=stored["registrant"]).values_list("category_id", flat=True)) == [
        stored["category"].pk
    ]
    staff, reader, designer = (type(stored[k]).objects.get(pk=stored[k].pk) for k in ("staff", "reader", "designer"))
    assert staff.has_perm("results.view_resultsubmission") is True
    assert staff.has_perm("dialogues.change_category") is True
    assert reader.has_perm("results.view_resultsubmission") is True
    assert designer.has_perm("dialogues.change_feature") is True
    entry = AuditEntry.objects.get(pk=stored["entry"].pk)
    assert (entry.target_type.model_class(), entry.target_id) == (ResultSubmission, str(submission.pk))
    assert not ContentType.objects.filter(app_label="dialogues", model__in=RESULT_MODELS).exists()
    assert not ContentType.objects.filter(app_label="registrations", model__in=["feature", "category"]).exists()
    assert {"results_resultsubmission", "dialogues_feature", "dialogues_category"} <= _tables()
    assert "results_ballotcategory" not in _tables()
    assert not {"dialogues_resultsubmission", "registrations_category"} & _tables()


def test_move_keeps_rows_permissions_and_audit_entries(stored):
    _migrate(BEFORE_THE_MOVE)
    before = ContentType.objects.get(pk=stored["entry"].target_type_id)
    old_tables = {"dialogues_resultsubmission", "dialogues_ballotcategory", "registrations_feature"} <= _tables()

    _migrate()

    assert (before.app_label, before.model, old_tables) == ("dialogues", "resultsubmission", True)
    _assert_everything_is_back(stored)


def test_move_merges_a_content_type_made_early_under_the_new_label(stored):
    """A migration that creates permissions may have made ``results.resultsubmission``
    before the move: what points at either content type ends up on the one kept."""
    _migrate(BEFORE_THE_MOVE)
    early = ContentType.objects.create(app_label="results", model="resultsubmission")
    twin = Permission.objects.create(content_type=early, codename="view_resultsubmission", name="Can view table result")
    extra = Permission.objects.create(content_type=early, codename="export_resultsubmission", name="Can export")
    stored["reader"].user_permissions.add(twin, extra)
    early_entry = AuditEntry.objects.create(action="test.early", target_type=early, target_id="1",
                                            created_at=timezone.now() - dt.timedelta(days=1))

    _migrate()

    _assert_everything_is_back(stored)
    kept = ContentType.objects.get(app_label="results", model="resultsubmission")
    assert AuditEntry.objects.get(pk=early_entry.pk).target_type == kept
    assert set(Permission.objects.filter(content_type=kept).values_list("codename", flat=True)) >= {
        "view_resultsubmission", "export_resultsubmission",
    }
    assert type(stored["reader"]).objects.get(pk=stored["reader"].pk).has_perm("results.export_resultsubmission")
