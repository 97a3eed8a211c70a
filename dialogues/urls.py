from django.urls import path

from .views import (
    agenda,
    applications,
    dashboards,
    onboarding,
    sites,
    tables,
    timeline,
    volunteer_messages,
)

app_name = "dialogues"

urlpatterns = [
    path("staff/", dashboards.staff_home, name="staff_home"),
    path("partner/", dashboards.partner_home, name="partner_home"),
    # Partners and onboarding
    path("partners/apply/<slug:slug>/", applications.apply, name="apply"),
    path("partners/apply/<slug:slug>/sent/", applications.apply_done, name="apply_done"),
    path("staff/applications/", applications.application_list, name="application_list"),
    path("staff/applications/<int:pk>/", applications.application_decide, name="application_decide"),
    path("staff/timeline/<slug:slug>/", timeline.timeline, name="timeline"),
    path("partners/<int:pk>/", dashboards.partner_detail, name="partner_detail"),
    path("partners/<int:pk>/members/invite/", onboarding.invite_member, name="invite_member"),
    path("partners/<int:pk>/agreement/", onboarding.agreement, name="agreement"),
    path("partners/<int:pk>/training/", onboarding.training, name="training"),
    path("partners/<int:pk>/materials/", onboarding.materials, name="materials"),
    path("partners/<int:pk>/remind/", onboarding.remind, name="remind"),
    path("partners/<int:pk>/sites/new/", sites.site_create, name="site_create"),
    path("partners/<int:pk>/messages/", volunteer_messages.volunteer_messages, name="volunteer_messages"),
    # Sites, agendas and tables
    path("sites/<int:pk>/", sites.site_detail, name="site_detail"),
    path("sites/<int:pk>/edit/", sites.site_edit, name="site_edit"),
    path("sites/<int:pk>/delete/", sites.site_delete, name="site_delete"),
    path("sites/<int:pk>/agenda/", agenda.agenda_edit, name="agenda_edit"),
    path("sites/<int:pk>/agenda/shift/", agenda.agenda_shift, name="agenda_shift"),
    path("sites/<int:pk>/agenda/reset/", agenda.agenda_reset, name="agenda_reset"),
    path("sites/<int:pk>/tables/new/", tables.tables_create, name="tables_create"),
    path("sites/tables/<int:pk>/edit/", tables.table_edit, name="table_edit"),
    path("sites/tables/<int:pk>/delete/", tables.table_delete, name="table_delete"),
]
