from django.utils.translation import npgettext
from django.views.generic import DetailView

from core.filtering import FacetedListView
from core.publishing import PreviewMixin

from .filters import FACETS, CompanyFilter
from .models import Company


class CompanyListView(FacetedListView):
    filterset_class = CompanyFilter
    facets = FACETS
    template_name = "companies/company_list.html"

    @staticmethod
    def count_words(count):
        return npgettext("beside a filter option", "company", "companies", count)

    def get_queryset(self):
        return Company.objects.for_cards()


class CompanyDetailView(PreviewMixin, DetailView):
    model = Company

    def get_queryset(self):
        return super().get_queryset().select_related("municipality").prefetch_related("priorities", "capabilities")
