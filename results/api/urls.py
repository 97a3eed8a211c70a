from django.urls import path

from . import views

app_name = "results_api"

urlpatterns = [
    path("results/tables/", views.MyTablesView.as_view(), name="my_tables"),
    path("results/tables/<int:table_id>/sessions/<int:topic_id>/questions/", views.SessionQuestionsView.as_view(),
         name="session_questions"),
    path("results/tables/<int:table_id>/sessions/<int:topic_id>/submissions/", views.SubmissionsView.as_view(),
         name="submissions"),
    path("results/progress/", views.ProgressView.as_view(), name="progress"),
]
