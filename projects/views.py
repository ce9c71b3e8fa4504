from django.views.generic import DetailView

from core.filtering import FilteredListView
from core.publishing import PreviewMixin
from search.queries import did_you_mean

from .facets import facet_counts
from .filters import SORTS, ProjectFilter
from .models import Project


class ProjectListView(FilteredListView):
    filterset_class = ProjectFilter
    template_name = "projects/project_list.html"

    def get_queryset(self):
        """What the page's cards are read from; the list's order and filters come with the facet counts."""
        return Project.objects.for_cards()

    def get(self, request, *args, **kwargs):
        """As the filter view's, without the filtered queryset, which the list never reads: its page is cut from
        the ordered ids that come with the facet counts (`paginate_queryset`)."""
        self.filterset = self.get_filterset(self.get_filterset_class())
        self.filterset.is_valid()  # values that do not validate are ignored, and explained on the page
        self.object_list = self.filterset.queryset
        return self.render_to_response(self.get_context_data(filter=self.filterset, object_list=self.object_list))

    def paginate_queryset(self, queryset, page_size):
        """The page is cut from the ordered ids that come with the facet counts, and its cards read by id.

        So the database neither counts the results again nor runs the search or the sort a second time.
        """
        self.facets = facet_counts(self.filterset)
        for name, counts in self.facets.counts.items():
            self.filterset.form.fields[name].widget.counts = counts
        paginator = self.get_paginator(self.facets.ordered, page_size)
        page = paginator.get_page(self.request.GET.get("page"))
        cards = queryset.in_bulk(page.object_list)
        page.object_list = [cards[pk] for pk in page.object_list if pk in cards]
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["facet_counts"] = self.facets.counts
        query = self.filterset.form.cleaned_data.get("q") if self.filterset.form.is_valid() else ""
        context["suggestion"] = did_you_mean(query) if query and not context["paginator"].count else ""
        return context


class ProjectDetailView(PreviewMixin, DetailView):
    model = Project

    def get_queryset(self):
        return super().get_queryset().with_details().prefetch_related("images")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        priorities = [p.pk for p in self.object.priorities.all()]
        context["related_projects"] = (
            Project.objects.for_cards()
            .filter(pk__in=Project.objects.filter(priorities__in=priorities).values("pk"))
            .exclude(pk=self.object.pk)
            .order_by(*SORTS["newest"])[:3]
        )
        return context
