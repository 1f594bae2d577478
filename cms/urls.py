from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms import views
from cms.api import router as pages_api

urlpatterns = [
    path("health/", views.health, name="health"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("sitemap.xml", sitemap, name="sitemap"),
    # Pages partners reach by private links (evaluation answers, calendars).
    path("p/", include("partnerships.tools.public_urls")),
    path("api/v2/", pages_api.urls),
    # The CRM API and its OpenAPI schema (partnerships/api/).
    path("api/", include("partnerships.api.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Danish pages live at the root, English ones under /en/.
urlpatterns += i18n_patterns(
    path(_("search/"), views.search, name="search"),
    path(_("not-translated/<int:page_id>/"), views.untranslated, name="untranslated"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
