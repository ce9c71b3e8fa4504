from django.views.generic import DetailView

from core.filtering import FilteredListView
from core.publishing import PreviewMixin

from .filters import CompanyFilter
from .models import Company


class CompanyListView(FilteredListView):
    filterset_class = CompanyFilter
    template_name = "companies/company_list.html"

    def get_queryset(self):
        return Company.objects.for_cards()


class CompanyDetailView(PreviewMixin, DetailView):
    model = Company

    def get_queryset(self):
        return super().get_queryset().select_related("municipality").prefetch_related("priorities", "capabilities")
