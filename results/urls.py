from django.urls import path

from .views import entry, files, homes, progress, review

app_name = "results"

urlpatterns = [
    path("results/", homes.note_taker_home, name="note_taker_home"),
    path("facilitation/", homes.facilitator_home, name="facilitator_home"),
    path("results/service-worker.js", files.result_service_worker, name="result_service_worker"),
    path("results/api-key/", homes.api_token, name="result_api_token"),
    path("results/tables/<int:table_id>/sessions/<int:topic_id>/", entry.result_entry, name="result_entry"),
    path("results/tables/<int:table_id>/sessions/<int:topic_id>/review/", review.result_review, name="result_review"),
    path("results/submissions/<int:pk>/decision/", review.review_result, name="result_decision"),
    path("results/submissions/<int:pk>/photo/", review.result_photo, name="result_photo"),
    path("results/submissions/<int:pk>/photo/upload/", review.upload_result_photo, name="result_photo_upload"),
    path("results/sites/", progress.partner_sites_progress, name="partner_results"),
    path("results/sites/<int:site_id>/", progress.site_progress, name="site_results"),
    path("results/sites/<int:site_id>/sheets.pdf", files.result_sheets, name="result_sheets"),
    path("results/tables/<int:table_id>/sheets.pdf", files.table_result_sheets, name="table_result_sheets"),
    path("results/progress/", progress.staff_progress, name="results_progress"),
    path("progress/countries/", progress.country_progress_view, name="country_progress"),
    path("progress/countries/export/", progress.country_progress_export, name="country_progress_export"),
]
