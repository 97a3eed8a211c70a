from django.urls import path

from .views import answers, codebook, counts, evaluation, home, impact, people, recommendations, responses, translations

app_name = "analysis"

urlpatterns = [
    path("analysis/", home.home, name="home"),
    path("analysis/people/", people.analysts, name="analysts"),
    path("analysis/responses/", responses.decision_maker_home, name="decision_maker_home"),
    path("analysis/<slug:slug>/themes/", codebook.codebook, name="codebook"),
    path("analysis/<slug:slug>/themes/<int:pk>/", codebook.edit_theme, name="edit_theme"),
    path("analysis/<slug:slug>/answers/", answers.answer_list, name="answers"),
    path("analysis/<slug:slug>/answers/tag/", answers.tag, name="tag"),
    path("analysis/<slug:slug>/answers/<int:pk>/translate/", answers.translate, name="translate"),
    path("analysis/<slug:slug>/answers/import/", translations.import_file, name="import_translations"),
    path("analysis/<slug:slug>/counts/", counts.theme_counts, name="counts"),
    path("analysis/<slug:slug>/recommendations/", recommendations.recommendations, name="recommendations"),
    path("analysis/<slug:slug>/recommendations/<int:pk>/", recommendations.edit_recommendation,
         name="edit_recommendation"),
    path("analysis/<slug:slug>/decision-makers/", people.decision_makers, name="decision_makers"),
    path("analysis/<slug:slug>/recommendations/<int:pk>/respond/", responses.respond_to, name="respond"),
    path("analysis/<slug:slug>/responses/<int:pk>/follow-up/", responses.follow_up, name="follow_up"),
    path("impact/<slug:slug>/", impact.impact, name="impact"),
    path("analysis/<slug:slug>/evaluation/", evaluation.evaluation_home, name="evaluation"),
    path("analysis/<slug:slug>/evaluation/<int:pk>/", evaluation.summary, name="evaluation_summary"),
    path("analysis/<slug:slug>/evaluation/report/", evaluation.build_report, name="evaluation_report"),
    path("analysis/<slug:slug>/evaluation/report/<int:pk>.pdf", evaluation.report_download,
         name="evaluation_report_file"),
    path("analysis/<slug:slug>/evaluation/<int:pk>/codes/", evaluation.issue, name="issue_codes"),
    path("evaluation/<slug:slug>/<str:audience>/", evaluation.answer, name="answer_evaluation"),
]
