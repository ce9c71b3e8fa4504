from dataclasses import replace
from urllib.parse import urlsplit

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemaps_views
from django.urls import reverse

from companies.models import Company
from core.links import configured_site_url, site_url
from partners.models import Partner
from projects.models import Project
from strategy.models import Priority, StrategyPage


class MultilingualSitemap(Sitemap):
    """Each page once per language, with its other language versions as hreflang alternates, at the site's address
    (core.links): DJANGO_SITE_URL's, else the request's, which Django's view hands over."""

    i18n = True
    alternates = True
    x_default = True

    def get_protocol(self, protocol=None):
        return urlsplit(configured_site_url()).scheme or super().get_protocol(protocol)

    def get_domain(self, site=None):
        return urlsplit(configured_site_url()).netloc or super().get_domain(site)


class PublishedSitemap(MultilingualSitemap):
    def __init__(self, model):
        self.model = model

    def items(self):
        return self.model.objects.published().order_by("pk")

    def lastmod(self, obj):
        return obj.updated_at


class PrioritySitemap(MultilingualSitemap):
    def items(self):
        return Priority.objects.all()


class SectionSitemap(MultilingualSitemap):
    def items(self):
        return [
            "home",
            "projects:project-list",
            "companies:company-list",
            "partners:partner-list",
            "partners:join",
            "strategy:priority-list",
            "figures",
        ]

    def location(self, item):
        return reverse(item)


SITEMAPS = {
    "sections": SectionSitemap,
    "priorities": PrioritySitemap,
    "projects": PublishedSitemap(Project),
    "companies": PublishedSitemap(Company),
    "partners": PublishedSitemap(Partner),
    "pages": PublishedSitemap(StrategyPage),
}


def index(request, **kwargs):
    """Django's sitemap index, with the sections at the site's address (Django's names the request's host)."""
    response = sitemaps_views.index(request, **kwargs)
    asked, base = request.build_absolute_uri("/").rstrip("/"), site_url(request)
    response.context_data["sitemaps"] = [
        replace(item, location=base + item.location.removeprefix(asked)) for item in response.context_data["sitemaps"]
    ]
    return response
