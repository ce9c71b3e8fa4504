from django.db.models import Prefetch
from django.views.generic import DetailView, ListView

from smartregion.publishing import PreviewMixin

from .models import Priority, StrategyPage, Theme


class PriorityListView(ListView):
    """The strategy in brief: its three priorities and their themes."""

    template_name = "strategy/strategy.html"

    def get_queryset(self):
        return Priority.objects.prefetch_related(Prefetch("themes", Theme.objects.all()))


class PriorityDetailView(DetailView):
    model = Priority

    def get_queryset(self):
        return Priority.objects.prefetch_related(Prefetch("themes", Theme.objects.all()))


class StrategyPageView(PreviewMixin, DetailView):
    model = StrategyPage
    template_name = "strategy/page.html"
