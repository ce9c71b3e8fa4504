from django.views.generic import DetailView, ListView

from core.publishing import PreviewMixin

from .models import Priority, StrategyPage


class PriorityListView(ListView):
    """The strategy in brief: its three priorities and their themes."""

    template_name = "strategy/strategy.html"
    queryset = Priority.objects.prefetch_related("themes")


class PriorityDetailView(DetailView):
    queryset = Priority.objects.prefetch_related("themes")


class StrategyPageView(PreviewMixin, DetailView):
    model = StrategyPage
    template_name = "strategy/page.html"
