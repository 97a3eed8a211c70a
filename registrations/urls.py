from django.urls import path

from .views import checkin, imports, my_data, new_link, panels, partner, public, rights_desk, tables, unsubscribe

app_name = "registrations"

urlpatterns = [
    # Public, no account
    path("register/<slug:slug>/country/<str:country>/", public.register_in_country, name="register_country"),
    path("register/<slug:slug>/site/<int:site_id>/", public.register_at_site, name="register_site"),
    path("my-data/new-link/", new_link.new_link, name="my_data_new_link"),
    path("my-data/<str:token>/", my_data.my_data, name="my_data"),
    path("my-data/<str:token>/download.json", my_data.my_data_json, name="my_data_json"),
    path("my-data/<str:token>/download.pdf", my_data.my_data_pdf, name="my_data_pdf"),
    path("my-data/<str:token>/materials/<int:file_id>/", my_data.my_data_material, name="my_data_material"),
    path("my-data/<str:token>/withdraw/", my_data.withdraw, name="my_data_withdraw"),
    path("my-data/<str:token>/erase/", my_data.erase, name="my_data_erase"),
    path("stop/<str:token>/", unsubscribe.unsubscribe, name="unsubscribe"),
    path("stop/<str:token>/one-click/", unsubscribe.one_click, name="unsubscribe_one_click"),
    # Partners
    path("partners/<int:partner_id>/registrants/", partner.registrant_list, name="partner_registrants"),
    path("partners/<int:partner_id>/registrants/export/", partner.registrant_export, name="partner_registrants_export"),
    path("partners/<int:partner_id>/registrants/assisted/", partner.assisted_registration, name="assisted"),
    path("partners/<int:partner_id>/registrants/slips.pdf", partner.slips_pdf, name="partner_slips_pdf"),
    path("partners/<int:partner_id>/registrants/import/", imports.import_paper_forms, name="import"),
    path("partners/<int:partner_id>/panels/", panels.panel_selection, name="panel_selection"),
    path("partners/<int:partner_id>/panels/export/", panels.panel_run_export, name="panel_runs_export"),
    path("registrants/<int:registrant_id>/slip.pdf", partner.slip_pdf, name="slip_pdf"),
    path("registrants/<int:registrant_id>/replace/", panels.replace, name="replace"),
    path("panels/<int:run_id>/", panels.panel_run, name="panel_run"),
    path("panels/<int:run_id>/notify/", panels.notify_panel, name="notify_panel"),
    path("sites/<int:site_id>/tables/", tables.site_tables, name="site_tables"),
    path("sites/<int:site_id>/tables/export/", tables.table_plan_export, name="table_plan_export"),
    path("sites/<int:site_id>/check-in/", checkin.check_in, name="check_in"),
    path("sites/<int:site_id>/check-in/<int:registrant_id>/admit/", checkin.admit_override, name="admit_override"),
    path("tables/<int:table_id>/people/", tables.table_people, name="table_people"),
    # Data-protection desk
    path("data-protection/requests/", rights_desk.rights_requests, name="rights_requests"),
    path("data-protection/requests/<int:request_id>/fulfil/", rights_desk.fulfil_request, name="fulfil_request"),
]
