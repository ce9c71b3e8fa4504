from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemaps_views
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _

from portal import figures, sitemaps, views
from projects.feeds import ProjectFeed

# Addresses without a language: the admin, machine-readable files, the health checks and the CSP reports.
urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("readyz", views.readyz, name="readyz"),
    path("csp-report", views.csp_report, name="csp-report"),
    path("robots.txt", views.robots_txt, name="robots-txt"),
    path("favicon.ico", views.favicon, name="favicon"),
    path(
        "sitemap.xml",
        sitemaps.index,
        {"sitemaps": sitemaps.SITEMAPS, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path("sitemap-<section>.xml", sitemaps_views.sitemap, {"sitemaps": sitemaps.SITEMAPS}, name="sitemap-section"),
    path(settings.ADMIN_URL, admin.site.urls),
    path("api/v1/", include("api.urls")),
]

# Every public page lives under its language: /en/, /fi/, /sv/. An address without one is redirected
# to the visitor's language (their earlier choice, else the browser's Accept-Language, else English).
urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("search/", views.search_view, name="search"),
    path("projects/", include("api.export_urls")),
    path("projects/", include("projects.urls")),
    path("feeds/projects/", ProjectFeed(), name="project-feed"),
    path("companies/", include("companies.urls")),
    path("strategy/figures/", figures.figures_page, name="figures"),
    path("strategy/figures/<slug:chart>.csv", figures.figures_csv, name="figures-csv"),
    path("partners/", include("partners.urls")),
    # Last: the strategy app also owns the top-level pages /<slug>/ (about, accessibility, ...).
    path("", include("strategy.urls")),
    prefix_default_language=True,
)

handler400 = "portal.views.bad_request"
handler500 = "portal.views.server_error"

if settings.SERVE_MEDIA:
    urlpatterns.insert(0, re_path(r"^media/(?P<path>.+)$", views.media, name="media"))

admin.site.site_header = _("Helsinki Smart Region")
admin.site.site_title = _("Helsinki Smart Region")
admin.site.index_title = _("Curation")
