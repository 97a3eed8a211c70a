from django.urls import path

from .views import OpenDataPackageView, OpenDataView, PublishedReportsView

app_name = "reports-api"

urlpatterns = [
    path("reports/<slug:slug>/open-data/", OpenDataView.as_view(), name="open-data"),
    path("reports/<slug:slug>/open-data/package/", OpenDataPackageView.as_view(), name="open-data-package"),
    path("reports/<slug:slug>/published/", PublishedReportsView.as_view(), name="published"),
]
