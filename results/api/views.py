"""Result entry over HTTP: the same domain functions and permissions as the pages."""

from django.conf import settings
from django.shortcuts import get_object_or_404
from django.utils import translation
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.exceptions import NotFound, PermissionDenied
from rest_framework.generics import GenericAPIView
from rest_framework.response import Response

from conduct.domain.queries import remember_activity_limit
from dialogues.models import Site, Table, Topic
from wetheinternet.core.visibility import visible_object

from ..domain import ResultConflict, ResultInvalid, ResultRefused, submit_table_result
from ..domain.queries.entry import ENTERING, entry_target
from ..domain.queries.progress import sites_summary
from ..domain.queries.sessions import result_history, table_rows
from ..domain.questions import cached_session_rules, session_questions
from . import serializers as s

ERRORS = OpenApiResponse(description="A message per field, or {detail: message}.")


def _checked_table_topic(request, table_id, topic_id, perm):
    if table_id > s.MAX_ID or topic_id > s.MAX_ID:
        raise NotFound()
    table = visible_object(Table.objects.select_related("site__partner__dialogue__mirror"), request.user, pk=table_id)
    if table is None:
        raise NotFound()
    if not request.user.has_perm(perm, table):
        raise PermissionDenied(_("This is not one of your tables."))
    topic = get_object_or_404(Topic.objects.select_related("dialogue"), pk=topic_id, dialogue=table.site.partner.dialogue)
    return table, topic


def _entry_target(request, table_id, topic_id):
    """The table and session a result is sent for, read in one query (queries/entry.py,
    with the sender's conduct limits), with the same refusals as ``_checked_table_topic``:
    the permission is checked on the table read by id, and only a refused sender costs
    a second query, ``visible_to``, to tell a table they may not see (404) from one they
    may see but not enter results for (403)."""
    if table_id > s.MAX_ID or topic_id > s.MAX_ID:
        raise NotFound()
    target = entry_target(request.user, table_id, topic_id)
    if target is None:
        raise NotFound()
    remember_activity_limit(request.user, ENTERING, target.limited)
    if not request.user.has_perm("results.enter_table_results", target.table):
        if visible_object(Table.objects.all(), request.user, pk=table_id) is None:
            raise NotFound()
        raise PermissionDenied(_("This is not one of your tables."))
    if target.topic is None:
        raise NotFound()
    return target


class MyTablesView(GenericAPIView):
    """The tables whose results I enter, with each session's state."""

    serializer_class = s.MyTableSerializer

    def get_queryset(self):
        user = self.request.user
        return Table.objects.visible_to(user).filter(note_taker=user).order_by("site__name", "number")

    def get(self, request):
        page = self.paginate_queryset(self.get_queryset())
        tables = Table.objects.visible_to(request.user).filter(pk__in=[t.pk for t in page])
        rows = table_rows(tables.order_by("site__name", "number"))
        return self.get_paginated_response(self.get_serializer(rows, many=True).data)


class SessionQuestionsView(GenericAPIView):
    """A session's questions and options in a language (default: the table's)."""

    serializer_class = s.SessionQuestionsSerializer

    @extend_schema(parameters=[OpenApiParameter("language", str, enum=[code for code, _name in settings.LANGUAGES], required=False)])
    def get(self, request, table_id, topic_id):
        table, topic = _checked_table_topic(request, table_id, topic_id, "results.view_table_results")
        language = request.query_params.get("language") or table.language
        if language not in dict(settings.LANGUAGES):
            refusal = _("“%(language)s” is not one of the platform's languages.") % {"language": language}
            return Response({"language": [refusal]}, status=400)
        with translation.override(language):
            questions = session_questions(topic)
            data = s.SessionQuestionsSerializer(
                {"session": topic.pk, "title": topic.title, "language": language,
                 "questions": questions.closed + questions.open}
            ).data
        return Response(data)


class SubmissionsView(GenericAPIView):
    """Send a table's result for a session (201), repeat it (200), or see its history."""

    serializer_class = s.SubmissionInSerializer

    @extend_schema(responses={200: s.SubmissionOutSerializer(many=True)})
    def get(self, request, table_id, topic_id):
        table, topic = _checked_table_topic(request, table_id, topic_id, "results.view_table_results")
        history = result_history(table, topic).select_related("replaces")
        return Response(s.SubmissionOutSerializer(history, many=True).data)

    @extend_schema(
        request=s.SubmissionInSerializer,
        responses={201: s.SubmissionAnswerSerializer, 200: s.SubmissionAnswerSerializer,
                   400: ERRORS, 403: ERRORS, 404: ERRORS, 409: ERRORS},
    )
    def post(self, request, table_id, topic_id):
        target = _entry_target(request, table_id, topic_id)
        data = s.read_submission(request.data)
        if data is None:
            incoming = s.SubmissionInSerializer(data=request.data)
            incoming.is_valid(raise_exception=True)
            data = dict(incoming.validated_data)
        client_id, replaces = data.pop("client_id"), data.pop("replaces")
        try:
            submission, created = submit_table_result(
                target.table, target.topic, by=request.user, payload=data, client_id=client_id, replaces=replaces,
                questions=cached_session_rules(target.topic.pk, target.rules_version),
                session_start=target.session_start,
            )
        except ResultInvalid as invalid:
            return Response(invalid.errors, status=status.HTTP_400_BAD_REQUEST)
        except ResultConflict as conflict:
            return Response({"detail": str(conflict.message)}, status=status.HTTP_409_CONFLICT)
        except ResultRefused as refused:
            return Response({"detail": str(refused.message)}, status=status.HTTP_403_FORBIDDEN)
        message = _("Result sent. Thank you!") if created else _("This result was already received.")
        return Response(s.submission_answer(submission, already_received=not created, message=message),
                        status=201 if created else 200)


class ProgressView(GenericAPIView):
    """Per site, per session: tables, results sent and confirmed, people represented.
    Staff see every site; partner members their organisation's sites."""

    serializer_class = s.SiteProgressSerializer

    def get_queryset(self):
        # Staff see every site; the others their partners' sites (not the sites of
        # tables they take notes at: progress figures are the partner's).
        sites = Site.objects.visible_to(self.request.user).select_related("partner")
        if not self.request.user.has_perm("dialogues.view_results_progress"):
            sites = sites.filter(partner__memberships__user=self.request.user).distinct()
        return sites.order_by("partner__dialogue_id", "country", "name")

    def get(self, request):
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(self.get_serializer(sites_summary(list(page)), many=True).data)
