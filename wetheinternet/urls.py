from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from dialogues.views.landing import landing
from wetheinternet.core import views as core_views

handler500 = "wetheinternet.core.errors.server_error"

admin.site.site_header = _("We, the Internet: organiser console")
admin.site.site_title = _("Organiser console")
admin.site.index_title = _("Dialogues, partners, registrations, conduct and reports")
# One sign-in for everything: the console's own login form would skip two-factor
# authentication, the lockout and the rate limits, so it sends to allauth's instead.
admin.site.login = secure_admin_login(admin.site.login)

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api_schema"),
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="api_schema"), name="api_docs"),
    path("api/", include("results.api.urls")),
    path("api/", include("reports.api.urls")),
    path("api/", include("registrations.api.urls")),
]

urlpatterns += i18n_patterns(
    path("", landing, name="landing"),
    path("home/", core_views.home, name="home"),
    path("accounts/", include("allauth.urls")),
    path("admin/r/<int:content_type_id>/<path:object_id>/", core_views.admin_view_on_site),
    path("admin/", admin.site.urls),
    path("", include("dialogues.urls")),
    path("", include("registrations.urls")),
    path("", include("conduct.urls")),
    path("", include("results.urls")),
    path("", include("reports.urls")),
    path("", include("analysis.urls")),
    path("", include("wetheinternet.i18n.urls")),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.STATIC_URL, document_root=settings.STATIC_ROOT)
