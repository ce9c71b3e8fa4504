from django.db.models import Exists, OuterRef, prefetch_related_objects
from django.utils.translation import npgettext
from django.views.generic import DetailView

from core.filtering import FacetedListView, validated
from core.publishing import PreviewMixin
from search.queries import did_you_mean
from strategy.maps import locator_map
from strategy.models import Municipality

from .filters import FACETS, SORTS, ProjectFilter
from .models import CARD_FIELDS, CARD_RELATIONS, Project


class ProjectListView(FacetedListView):
    filterset_class = ProjectFilter
    facets = FACETS
    template_name = "projects/project_list.html"

    @staticmethod
    def count_words(count):
        return npgettext("beside a filter option", "project", "projects", count)

    def get_queryset(self):
        """Newest first, unless the visitor searches or chooses an order."""
        return Project.objects.for_cards().order_by(*SORTS["newest"])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = validated(self.filterset).get("q")
        context["suggestion"] = did_you_mean(query) if query and not context["paginator"].count else ""
        return context


class ProjectDetailView(PreviewMixin, DetailView):
    model = Project

    def get_queryset(self):
        return super().get_queryset().with_details()

    def get_context_data(self, **kwargs):
        """The project and up to three newer projects of its priorities, whose priorities and images are read
        together with the project's own (a query for each, however many cards)."""
        related = list(
            Project.objects.published()
            .only(*CARD_FIELDS)
            .filter(pk__in=Project.objects.filter(priorities__projects=self.object).values("pk"))
            .exclude(pk=self.object.pk)
            .order_by(*SORTS["newest"])[:3]
        )
        prefetch_related_objects([self.object, *related], *CARD_RELATIONS)
        # Every municipality, for the map, with those the project works in: as many queries as its own list.
        region = list(
            Municipality.objects.by_name().annotate(
                works_here=Exists(self.object.municipalities.filter(pk=OuterRef("pk")))
            )
        )
        where = [municipality for municipality in region if municipality.works_here]
        return super().get_context_data(
            related_projects=related, where=where, locator_map=locator_map(region, marked=where), **kwargs
        )
