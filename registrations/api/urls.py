from django.urls import path

from . import views

app_name = "registrations_api"

urlpatterns = [
    path("registrations/partners/<int:partner_id>/numbers/", views.PartnerNumbersView.as_view(), name="partner_numbers"),
]
