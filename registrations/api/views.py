"""Registration numbers over HTTP (no personal data): the same query and permission as
the partner page."""

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework.exceptions import PermissionDenied
from rest_framework.response import Response
from rest_framework.views import APIView

from dialogues.models import Partner
from wetheinternet.core.visibility import visible_object

from ..domain.queries import partner_registration_numbers


class PartnerNumbersView(APIView):
    """Registrations, consents, selected, reserves and checked in, per site and per
    category against quota, for one partner's countries."""

    @extend_schema(responses={200: OpenApiResponse(description="See registrations.domain.queries.partner_registration_numbers")})
    def get(self, request, partner_id):
        partner = visible_object(Partner.objects.all(), request.user, pk=partner_id)
        if partner is None or not request.user.has_perm("registrations.view_partner_registrations", partner):
            raise PermissionDenied()
        return Response(partner_registration_numbers(partner))
