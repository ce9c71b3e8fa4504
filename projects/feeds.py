"""Atom feeds of the catalogue: newly published projects, narrowed by any catalogue query (a saved search)."""

import re
from urllib.parse import urlsplit

from django.contrib.syndication.views import Feed
from django.http import QueryDict
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.filtering import active_filters
from core.links import absolute_url, site_url

from .filters import SORTS, ProjectFilter
from .models import Project

FEED_SIZE = 50

# The catalogue's paging and order mean nothing to a feed, which always shows the newest projects first.
NOT_A_FILTER = ("page", "sort")

# XML 1.0 cannot carry these, and a curator's paste or a query string may hold them.
XML_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

# The year in the feeds' tag: URIs (RFC 4151); it must never change, or every reader sees every entry anew.
TAG_DATE = "2025"


def xml_safe(value: str) -> str:
    return XML_UNSAFE.sub("", str(value))


def feed_query(params: QueryDict) -> str:
    """The catalogue query a feed keeps, as a stable query string (sorted, without paging or order)."""
    kept = QueryDict(mutable=True)
    for name in sorted(params):
        if name not in NOT_A_FILTER:
            values = sorted({value for value in params.getlist(name) if value.strip()})
            if values:
                kept.setlist(name, values)
    return kept.urlencode()


def feed_url(params: QueryDict) -> str:
    """The address of the feed for a catalogue query, in the current language."""
    query = feed_query(params)
    return f"{reverse('project-feed')}?{query}" if query else reverse("project-feed")


def tag_uri(request, specific: str) -> str:
    """A permanent identifier of the portal's own (RFC 4151), unchanged when a slug or the address changes scheme."""
    return f"tag:{urlsplit(site_url(request)).hostname},{TAG_DATE}:{specific}"


class AtomFeedWithIcon(Atom1Feed):
    """An Atom feed that names the site's icon, which feed readers show beside it."""

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        handler.addQuickElement("icon", self.feed["icon"])


class ProjectFeed(Feed):
    """The newest published projects, or those a catalogue query finds, newest first."""

    feed_type = AtomFeedWithIcon

    def get_object(self, request, *args, **kwargs):
        params = QueryDict(feed_query(request.GET))
        # The catalogue's own filters on the catalogue's own queryset: invalid values are ignored there, so here.
        filterset = ProjectFilter(params, queryset=Project.objects.published(), request=request)
        filterset.is_valid()  # the title describes the query from the values that validated
        return {"request": request, "params": params, "filterset": filterset}

    def items(self, obj):
        """The projects, each with its address and identifier, which are absolute: they take the request's host
        when DJANGO_SITE_URL is unset, and an item's methods are not given the request."""
        projects = obj["filterset"].qs.prefetch_related("priorities", "themes")
        projects = list(projects.order_by(*SORTS["newest"])[:FEED_SIZE])
        for project in projects:
            project.feed_link = absolute_url(obj["request"], project.get_absolute_url())
            project.feed_guid = tag_uri(obj["request"], f"project/{project.pk}/{get_language()}")
        return projects

    def feed_extra_kwargs(self, obj):
        return {"icon": absolute_url(obj["request"], reverse("favicon"))}

    def title(self, obj):
        chips = active_filters(obj["request"], obj["filterset"].form)
        if not chips:
            return _("Helsinki Smart Region: new projects")
        described = "; ".join(f"{chip['label']}: {chip['value']}" for chip in chips)
        return xml_safe(_("Helsinki Smart Region: projects (%(filters)s)") % {"filters": described})

    def subtitle(self, obj):
        return _("Projects of the Helsinki-Uusimaa region, newest first.")

    def link(self, obj):
        query = obj["params"].urlencode()
        return absolute_url(obj["request"], reverse("projects:project-list") + (f"?{query}" if query else ""))

    def feed_url(self, obj):
        return absolute_url(obj["request"], feed_url(obj["params"]))

    def feed_guid(self, obj):
        query = obj["params"].urlencode()
        return tag_uri(obj["request"], f"projects/{get_language()}" + (f"?{query}" if query else ""))

    def author_name(self):
        return _("Helsinki-Uusimaa Regional Council")

    def feed_copyright(self):
        return _("Helsinki-Uusimaa Regional Council")

    def item_title(self, item):
        return xml_safe(item.title)

    def item_description(self, item):
        # Atom readers take a summary as HTML: the plain-text summary is escaped so it stays text.
        return escape(xml_safe(item.summary))

    def item_link(self, item):
        return item.feed_link

    def item_guid(self, item):
        return item.feed_guid

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return max(item.updated_at, item.published_at)

    def item_categories(self, item):
        names = [priority.name for priority in item.priorities.all()] + [theme.name for theme in item.themes.all()]
        return [xml_safe(name) for name in names]
