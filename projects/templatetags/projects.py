"""Project lists and figures for the pages of other apps, which may not import projects themselves."""

from django import template

from projects.figures import project_figures
from projects.filters import SORTS
from projects.models import Project

register = template.Library()


@register.simple_tag
def projects_with_participant(participant):
    """The published projects a company or a partner takes part in, newest first."""
    field = "participations__company" if participant._meta.model_name == "company" else "participations__partner"
    return Project.objects.for_cards().filter(**{field: participant}).order_by(*SORTS["newest"])


@register.simple_tag
def projects_under(priority, limit=12):
    """The newest published projects under a priority."""
    return Project.objects.for_cards().filter(priorities=priority).order_by(*SORTS["newest"])[:limit]


@register.simple_tag
def priority_figures(priority):
    return project_figures(Project.objects.published().filter(priorities=priority))
