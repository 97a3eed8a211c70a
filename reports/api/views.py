from django.urls import reverse
from drf_spectacular.utils import extend_schema
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from ..domain.open_data import cached_open_data
from ..domain.open_data_package import open_data_package
from ..domain.queries.public import public_dialogue
from ..models import ReportJob
from .serializers import OpenDataCellSerializer, ReportSerializer


class OpenDataView(APIView):
    """The dialogue's anonymised aggregates: a list of cells (public, no sign-in)."""

    permission_classes = [AllowAny]
    authentication_classes = []

    @extend_schema(responses=OpenDataCellSerializer(many=True))
    def get(self, request, slug):
        return Response(cached_open_data(public_dialogue(slug)))


class OpenDataPackageView(APIView):
    """The open data as a Frictionless Data Package: the descriptor (``datapackage.json``,
    with table schemas and licence), the labelled figures and the codebook, as JSON.
    The CSV files it names are served beside ``datapackage.json`` on the public pages."""

    permission_classes = [AllowAny]
    authentication_classes = []

    @extend_schema(responses={200: dict})
    def get(self, request, slug):
        dialogue = public_dialogue(slug)
        package = open_data_package(dialogue)
        descriptor = dict(package["descriptor"])
        descriptor["resources"] = [
            {**resource, "path": request.build_absolute_uri(
                reverse("reports:open_data_file", args=[dialogue.slug, resource["path"]]))}
            for resource in descriptor["resources"]
        ]
        return Response({"datapackage": descriptor, "figures": package["figures"], "codebook": package["codebook"],
                         **package["extras"]})


class PublishedReportsView(APIView):
    """The dialogue's published reports with their download addresses."""

    permission_classes = [AllowAny]
    authentication_classes = []

    @extend_schema(responses=ReportSerializer(many=True))
    def get(self, request, slug):
        jobs = ReportJob.objects.visible_to(request.user).filter(
            dialogue=public_dialogue(slug), published_at__isnull=False, file__isnull=False
        )
        data = [
            {"scope": job.scope, "area": job.area, "language": job.language, "published_at": job.published_at,
             "url": request.build_absolute_uri(reverse("reports:download", args=[job.pk]))}
            for job in jobs
        ]
        return Response(ReportSerializer(data, many=True).data)
