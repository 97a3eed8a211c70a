from django.urls import path

from . import views

app_name = "i18n"

urlpatterns = [
    path("staff/translations/", views.content_status, name="content_status"),
    path("staff/translations/export/", views.export_content, name="export_content"),
    path("staff/translations/import/", views.import_content, name="import_content"),
]
