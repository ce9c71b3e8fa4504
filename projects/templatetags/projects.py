"""Project lists and figures for the pages of other apps, which may not import projects themselves, and how
long a project runs."""

from django import template
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import get_language, pgettext

from projects.feeds import feed_query, feed_url
from projects.figures import project_figures
from projects.filters import SORTS, title_as_shown
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
def projects_seeking_partners(participant, limit=5):
    """The published projects of a company or a partner that look for partners: ways to work with it, each one
    the join form can name (?project=<slug>). The first `limit` by title, whether there are more, and the
    catalogue listing them all."""
    kind = participant._meta.model_name
    found = Project.objects.published().filter(**{f"participations__{kind}": participant}, is_looking_for_partners=True)
    first = list(found.only("slug", "title").distinct().order_by(title_as_shown(get_language()), "pk")[: limit + 1])
    return {
        "list": first[:limit],
        "more": len(first) > limit,
        "catalogue_url": f"{reverse('projects:project-list')}?{kind}={participant.slug}&partners_wanted=on",
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


@register.simple_tag
def duration(project, format_name="DATE_FORMAT"):
    """From the project's start to its end, or to "ongoing" when it has no end date, in the date format given
    (years with "Y"). The en dash is spaced only between texts that hold spaces themselves, as typesetters do."""
    start = date_format(project.start_date, format_name)
    if project.end_date:
        end = date_format(project.end_date, format_name)
    else:
        end = pgettext("the end of a project that has no end date", "ongoing")
    return f"{start} – {end}" if " " in start + end else f"{start}–{end}"
