"""Project lists and figures for the pages of other apps, which may not import projects themselves."""

from django import template
from django.urls import reverse

from projects.feeds import feed_query, feed_url
from projects.figures import project_figures
from projects.filters import SORTS
from projects.models import Project

register = template.Library()


@register.simple_tag
def projects_with_participant(participant, limit=12):
    """The newest published projects a company or a partner takes part in, with how many there are in all."""
    kind = participant._meta.model_name
    projects = Project.objects.for_cards().filter(**{f"participations__{kind}": participant})
    return {
        "list": projects.order_by(*SORTS["newest"])[:limit],
        "count": projects.count(),
        "catalogue_url": f"{reverse('projects:project-list')}?{kind}={participant.slug}",
    }


@register.simple_tag
def projects_under(priority, limit=12):
    """The newest published projects under a priority."""
    return Project.objects.for_cards().filter(priorities=priority).order_by(*SORTS["newest"])[:limit]


@register.simple_tag
def priority_figures(priority):
    return project_figures(priorities=priority)


@register.simple_tag(takes_context=True)
def project_feed(context):
    """The Atom feed of the catalogue's current query (a saved search), and whether the query narrows anything."""
    params = context["request"].GET
    return {"url": feed_url(params), "is_search": bool(feed_query(params))}
