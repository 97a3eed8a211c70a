from django.urls import path

from .views import (
    agenda,
    applications,
    dashboards,
    onboarding,
    results_entry,
    results_files,
    results_homes,
    results_progress,
    results_review,
    sites,
    tables,
    timeline,
)

app_name = "dialogues"

urlpatterns = [
    path("staff/", dashboards.staff_home, name="staff_home"),
    path("partner/", dashboards.partner_home, name="partner_home"),
    path("results/", results_homes.note_taker_home, name="note_taker_home"),
    path("facilitation/", results_homes.facilitator_home, name="facilitator_home"),
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
    path("partners/<int:pk>/code-of-conduct/", onboarding.conduct, name="partner_conduct"),
    path("partners/<int:pk>/materials/", onboarding.materials, name="materials"),
    path("partners/<int:pk>/remind/", onboarding.remind, name="remind"),
    path("partners/<int:pk>/sites/new/", sites.site_create, name="site_create"),
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
    # Result entry (issue 6)
    path("results/service-worker.js", results_files.result_service_worker, name="result_service_worker"),
    path("results/api-key/", results_homes.api_token, name="result_api_token"),
    path("results/tables/<int:table_id>/sessions/<int:topic_id>/", results_entry.result_entry, name="result_entry"),
    path("results/tables/<int:table_id>/sessions/<int:topic_id>/review/", results_review.result_review, name="result_review"),
    path("results/submissions/<int:pk>/decision/", results_review.review_result, name="result_decision"),
    path("results/submissions/<int:pk>/photo/", results_review.result_photo, name="result_photo"),
    path("results/submissions/<int:pk>/photo/upload/", results_review.upload_result_photo, name="result_photo_upload"),
    path("results/sites/", results_progress.partner_sites_progress, name="partner_results"),
    path("results/sites/<int:site_id>/", results_progress.site_progress, name="site_results"),
    path("results/sites/<int:site_id>/sheets.pdf", results_files.result_sheets, name="result_sheets"),
    path("results/tables/<int:table_id>/sheets.pdf", results_files.table_result_sheets, name="table_result_sheets"),
    path("results/progress/", results_progress.staff_progress, name="results_progress"),
]
