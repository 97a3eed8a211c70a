from django.urls import path

from wetheinternet.urls import urlpatterns as project_urlpatterns

from . import views

urlpatterns = [
    path("guard/scoped/", views.scoped_sites),
    path("guard/unscoped/", views.unscoped_sites),
    path("guard/explicitly-unscoped/", views.explicitly_unscoped_count),
    path("guard/sites/<int:pk>/tables/", views.tables_of_a_visible_site),
    *project_urlpatterns,
]
