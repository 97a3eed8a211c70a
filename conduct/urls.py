from django.urls import path

from .views import cases, codes, consultation, homes, oversight, partners, reports

app_name = "conduct"

urlpatterns = [
    # Public
    path("conduct/code/", codes.current_code, name="code"),
    path("conduct/code/<slug:code_slug>/v<int:number>/", codes.version_page, name="version"),
    path("conduct/code/<slug:code_slug>/changes/v<int:old>-v<int:new>/", codes.version_diff, name="diff"),
    path("conduct/accept/", codes.accept, name="accept"),
    path("conduct/consultation/<int:pk>/", consultation.consultation_form, name="consultation"),
    path("conduct/consultation/<int:pk>/working-sessions.ics", consultation.working_sessions_calendar,
         name="working_sessions_calendar"),
    path("conduct/consultation/<int:pk>/thanks/", consultation.consultation_thanks, name="consultation_thanks"),
    path("conduct/consultation/<int:pk>/what-we-heard/", consultation.what_we_heard, name="what_we_heard"),
    path("conduct/report/", reports.report, name="report"),
    path("conduct/report/status/", reports.report_status, name="report_status"),
    path("conduct/statistics/", oversight.public_statistics, name="statistics"),
    path("conduct/statistics/<int:year>/", oversight.public_statistics, name="statistics_year"),
    # Staff
    path("conduct/consultation/<int:pk>/summary/", consultation.consultation_summary_page, name="consultation_summary"),
    path("conduct/consultation/<int:pk>/answers.csv", consultation.consultation_csv, name="consultation_csv"),
    path("conduct/consultation/<int:pk>/what-we-heard/edit/", consultation.edit_what_we_heard, name="edit_what_we_heard"),
    path("conduct/counts/", oversight.case_counts, name="case_counts"),
    # Conduct team
    path("conduct/queue/", homes.queue, name="queue"),
    path("conduct/queue/export/", cases.queue_export, name="queue_export"),
    path("conduct/audit/", oversight.audit_overview, name="audit_overview"),
    path("conduct/cases/<int:pk>/", cases.case, name="case"),
    path("conduct/cases/<int:pk>/move/", cases.move, name="move"),
    path("conduct/cases/<int:pk>/assign/", cases.assign, name="assign"),
    path("conduct/cases/<int:pk>/recuse/", cases.recuse, name="recuse"),
    path("conduct/cases/<int:pk>/note/", cases.note, name="note"),
    path("conduct/cases/<int:pk>/decide/", cases.decide, name="decide"),
    path("conduct/cases/<int:pk>/decision-end/", cases.change_end, name="change_end"),
    path("conduct/cases/<int:pk>/mark-false/", cases.mark_false, name="mark_false"),
    path("conduct/cases/<int:pk>/audit/", cases.audit_log, name="audit_log"),
    # Site conduct contacts
    path("conduct/my-sites/", homes.contact_home, name="contact_home"),
    path("conduct/my-sites/<int:pk>/presentation/", homes.presentation, name="presentation"),
    path("conduct/my-sites/<int:pk>/acceptance/", homes.participant_acceptance, name="participant_acceptance"),
    path("conduct/codes/", codes.manage_codes, name="manage_codes"),
    # A partner's coordinator, during onboarding (the path dialogues used before)
    path("partners/<int:pk>/code-of-conduct/", partners.partner_acceptance, name="partner_acceptance"),
]
