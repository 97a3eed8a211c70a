from django.urls import path

from .views import comparisons, files, kits, manage, partner, plenary, public, reviews, scheduled

app_name = "reports"

urlpatterns = [
    path("reports/file/<int:pk>/", files.download, name="download"),
    path("reports/<slug:slug>/", public.reports_page, name="public"),
    path("reports/<slug:slug>/open-data.<str:fmt>", public.open_data, name="open_data"),
    path("reports/<slug:slug>/open-data/<str:name>", public.open_data_file, name="open_data_file"),
    path("reports/<slug:slug>/kits/<str:area>/<str:language>/", kits.download, name="kit"),
    path("reports/<slug:slug>/kits/<str:area>/<str:language>/<path:name>", kits.kit_file, name="kit_file"),
    path("reports/<slug:slug>/live/", public.dashboard, name="dashboard"),
    path("reports/<slug:slug>/wall/", public.wall, name="wall"),
    path("reports/<slug:slug>/wall/projector/", public.wall, {"projector": True}, name="wall_projector"),
    path("reports/<slug:slug>/compare/", comparisons.comparison, name="comparison"),
    path("reports/<slug:slug>/plenary/", plenary.plenary, name="plenary"),
    path("reports/<slug:slug>/plenary/update/", plenary.update, name="plenary_update"),
    path("reports/<slug:slug>/plenary/screen/<str:token>/", plenary.screen, name="plenary_screen"),
    path("reports/<slug:slug>/manage/", manage.manage, name="manage"),
    path("reports/<slug:slug>/manage/launch/", manage.launch, name="launch"),
    path("reports/<slug:slug>/manage/release/", manage.release, name="release"),
    path("reports/<slug:slug>/manage/schedule/", scheduled.schedule, name="schedule_release"),
    path("reports/<slug:slug>/manage/schedule/<int:pk>/cancel/", scheduled.cancel, name="cancel_scheduled_release"),
    path("reports/<slug:slug>/manage/<int:pk>/publish/", manage.publish, name="publish"),
    path("reports/<slug:slug>/mine/", partner.partner_reports, name="partner"),
    path("reports/<slug:slug>/open-answers/", reviews.review_list, name="reviews"),
    path("reports/<slug:slug>/open-answers/export/", reviews.review_export, name="review_export"),
    path("reports/<slug:slug>/open-answers/prepare/", reviews.prepare, name="prepare_reviews"),
    path("reports/<slug:slug>/open-answers/approve/", reviews.approve_selected, name="approve_reviews"),
    path("reports/<slug:slug>/open-answers/<int:pk>/", reviews.decide, name="review"),
]
