"""The figures the portal shows about the projects: on the home page and for each priority."""

from decimal import Decimal

from django.db.models import Count, OuterRef, Subquery, Sum

from companies.models import Company
from core.caching import cached
from core.publishing import published_q
from partners.models import Partner
from strategy.models import Municipality

from .models import Project


def project_figures(**lookups) -> dict:
    """Count, EU funding and places reached of the published projects (those matching `lookups`, if given).

    Counted once for each version of the content and kept in the shared cache; any change to the content, or a
    scheduled entry falling due, gives new figures at once.
    """
    name = "projects:figures:" + ",".join(
        f"{key}={getattr(value, 'pk', value)}" for key, value in sorted(lookups.items())
    )
    return cached(name, lambda: _count_figures(**lookups))


def _count_figures(**lookups) -> dict:
    totals = (
        Project.objects.published().filter(**lookups).aggregate(projects=Count("pk"), eu_funding=Sum("eu_contribution"))
    )
    # Per municipality (26 of them), the first such project working there. A subquery with LIMIT 1 stops at
    # the first one, where EXISTS would let PostgreSQL hash every project's places.
    project_there = Project.municipalities.through.objects.filter(
        published_q("project__"), municipality=OuterRef("pk"), **{f"project__{k}": v for k, v in lookups.items()}
    )
    reached = Municipality.objects.annotate(first_project=Subquery(project_there.values("pk")[:1]))
    return {
        "projects": totals["projects"],
        "eu_funding": totals["eu_funding"] or Decimal(0),
        "municipalities": reached.filter(first_project__isnull=False).count(),
    }


def portal_figures() -> dict:
    """The home page's figures: the projects' and the size of the network (companies and partners are part of
    the catalogue's state too)."""

    def count():
        return {
            **_count_figures(),
            "companies": Company.objects.published().count(),
            "partners": Partner.objects.published().count(),
        }

    return cached("projects:portal-figures", count)
