"""The figures the portal shows about the projects: on the home page and for each priority."""

from decimal import Decimal

from django.db.models import Count, Exists, OuterRef, Sum

from companies.models import Company
from partners.models import Partner
from strategy.models import Municipality

from .models import Project


def project_figures(projects=None) -> dict:
    """Count, EU funding and places reached of a set of published projects (all of them by default)."""
    projects = Project.objects.published() if projects is None else projects
    totals = projects.aggregate(projects=Count("pk"), eu_funding=Sum("eu_contribution"))
    return {
        "projects": totals["projects"],
        "eu_funding": totals["eu_funding"] or Decimal(0),
        # One semi-join per municipality (26) rather than a DISTINCT over every project's places.
        "municipalities": Municipality.objects.filter(
            Exists(Project.municipalities.through.objects.filter(municipality=OuterRef("pk"), project__in=projects))
        ).count(),
    }


def portal_figures() -> dict:
    """The home page's figures: the projects' and the size of the network."""
    return {
        **project_figures(),
        "companies": Company.objects.published().count(),
        "partners": Partner.objects.published().count(),
    }
