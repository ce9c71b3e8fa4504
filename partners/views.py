from django.views.generic import DetailView

from smartregion.filtering import FilteredListView
from smartregion.publishing import PreviewMixin

from .filters import PartnerFilter
from .models import Partner


class PartnerListView(FilteredListView):
    filterset_class = PartnerFilter
    template_name = "partners/partner_list.html"

    def get_queryset(self):
        return Partner.objects.for_cards()


class PartnerDetailView(PreviewMixin, DetailView):
    model = Partner

    def get_queryset(self):
        return super().get_queryset().prefetch_related("priorities")
