from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from companies.models import Company
from partners.models import Partner
from projects.models import Project
from strategy.models import Priority, StrategyPage


class MultilingualSitemap(Sitemap):
    """Each page once per language, with its other language versions as hreflang alternates."""

    i18n = True
    alternates = True
    x_default = True


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
