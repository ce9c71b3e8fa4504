from django.views.generic import DetailView

from smartregion.filtering import FilteredListView
from smartregion.publishing import PreviewMixin
from smartregion.search import did_you_mean

from .filters import SORTS, ProjectFilter
from .models import Project


class ProjectListView(FilteredListView):
    filterset_class = ProjectFilter
    template_name = "projects/project_list.html"

    def get_queryset(self):
        return Project.objects.for_cards().order_by(*SORTS["newest"])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
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
