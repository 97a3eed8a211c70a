from django.urls import path

from .views import (
    agenda,
    applications,
    calendars,
    dashboards,
    days,
    onboarding,
    site_list,
    sites,
    tables,
    timeline,
    toolkit,
    volunteer_messages,
)

app_name = "dialogues"

urlpatterns = [
    path("staff/", dashboards.staff_home, name="staff_home"),
    path("staff/partners/export/", dashboards.staff_partners_export, name="staff_partners_export"),
    path("partner/", dashboards.partner_home, name="partner_home"),
    # Partners and onboarding
    path("partners/apply/<slug:slug>/", applications.apply, name="apply"),
    path("partners/apply/<slug:slug>/sent/", applications.apply_done, name="apply_done"),
    path("staff/applications/", applications.application_list, name="application_list"),
    path("staff/applications/<int:pk>/", applications.application_decide, name="application_decide"),
    path("staff/timeline/<slug:slug>/", timeline.timeline, name="timeline"),
    path("staff/dialogues/<slug:slug>/next-round/", toolkit.next_round, name="next_round"),
    path("staff/dialogues/<slug:slug>/toolkit/", toolkit.toolkit_publication, name="toolkit_publication"),
    # Toolkits (public)
    path("toolkits/", toolkit.toolkit_list, name="toolkit_list"),
    path("toolkits/<slug:slug>/", toolkit.toolkit_page, name="toolkit"),
    path("toolkits/<slug:slug>/toolkit.json", toolkit.toolkit_json, name="toolkit_json"),
    path("partners/<int:pk>/", dashboards.partner_detail, name="partner_detail"),
    path("partners/<int:pk>/members/invite/", onboarding.invite_member, name="invite_member"),
    path("partners/<int:pk>/agreement/", onboarding.agreement, name="agreement"),
    path("partners/<int:pk>/training/", onboarding.training, name="training"),
    path("partners/<int:pk>/materials/", onboarding.materials, name="materials"),
    path("partners/<int:pk>/remind/", onboarding.remind, name="remind"),
    path("partners/<int:pk>/sites/new/", sites.site_create, name="site_create"),
    path("partners/<int:pk>/messages/", volunteer_messages.volunteer_messages, name="volunteer_messages"),
    # Sites, agendas and tables
    path("sites/", site_list.site_list, name="site_list"),
    path("sites/export/", site_list.site_list_export, name="site_list_export"),
    path("sites/<int:pk>/", sites.site_detail, name="site_detail"),
    path("sites/<int:pk>/agenda.ics", calendars.site_calendar, name="site_calendar"),
    path("calendar/", calendars.my_calendar, name="my_calendar"),
    path("calendar/feed/<str:token>.ics", calendars.calendar_feed, name="calendar_feed"),
    path("dialogues/<slug:slug>/calendar.ics", calendars.dialogue_calendar, name="dialogue_calendar"),
    path("sites/<int:pk>/edit/", sites.site_edit, name="site_edit"),
    path("sites/<int:pk>/delete/", sites.site_delete, name="site_delete"),
    path("sites/<int:pk>/days/new/", days.day_add, name="day_add"),
    path("sites/days/<int:pk>/edit/", days.day_edit, name="day_edit"),
    path("sites/days/<int:pk>/remove/", days.day_remove, name="day_remove"),
    path("sites/<int:pk>/agenda/", agenda.agenda_edit, name="agenda_edit"),
    path("sites/<int:pk>/agenda/shift/", agenda.agenda_shift, name="agenda_shift"),
    path("sites/<int:pk>/agenda/reset/", agenda.agenda_reset, name="agenda_reset"),
    path("sites/<int:pk>/tables/new/", tables.tables_create, name="tables_create"),
    path("sites/tables/<int:pk>/edit/", tables.table_edit, name="table_edit"),
    path("sites/tables/<int:pk>/delete/", tables.table_delete, name="table_delete"),
]
