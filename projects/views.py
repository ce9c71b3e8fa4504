from django.core.paginator import Paginator
from django.db.models import prefetch_related_objects
from django.views.generic import DetailView

from core.filtering import FacetCheckboxes, FilteredListView
from core.publishing import PreviewMixin
from search.queries import did_you_mean

from .facets import facet_counts, validated
from .filters import SORTS, ProjectFilter
from .models import CARD_FIELDS, CARD_RELATIONS, Project


class CountedPaginator(Paginator):
    """A paginator whose number of results is already known (it comes with the facet counts)."""

    def __init__(self, object_list, per_page, *, count: int, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.count = count


class ProjectListView(FilteredListView):
    filterset_class = ProjectFilter
    template_name = "projects/project_list.html"

    def get_queryset(self):
        """Newest first, unless the visitor searches or chooses an order."""
        return Project.objects.for_cards().order_by(*SORTS["newest"])

    def paginate_queryset(self, queryset, page_size):
        """Paged with the number of results that the facet counts' query gives, so it is not counted twice."""
        self.facets = facet_counts(self.filterset)
        for name, counts in self.facets.counts.items():
            widget = self.filterset.form.fields[name].widget
            if isinstance(widget, FacetCheckboxes):
                widget.counts = counts
        paginator = CountedPaginator(queryset, page_size, count=self.facets.total)
        page = paginator.get_page(self.request.GET.get("page"))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["facet_counts"] = self.facets.counts
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
        return super().get_context_data(related_projects=related, **kwargs)
