from django.conf import settings
from django.shortcuts import redirect, render
from django.utils.translation import get_language, npgettext
from django.views.decorators.http import require_http_methods
from django.views.generic import DetailView

from core import ratelimit
from core.filtering import FacetedListView
from core.publishing import PreviewMixin

from .filters import FACETS, PartnerFilter
from .forms import JoinRequestForm, started_token
from .models import Partner
from .services import open_request_like, submit_join_request

HOUR = 60 * 60
DAY = 24 * HOUR


class PartnerListView(FacetedListView):
    filterset_class = PartnerFilter
    facets = FACETS
    template_name = "partners/partner_list.html"

    @staticmethod
    def count_words(count):
        return npgettext("beside a filter option", "partner", "partners", count)

    def get_queryset(self):
        return Partner.objects.for_cards()


class PartnerDetailView(PreviewMixin, DetailView):
    model = Partner

    def get_queryset(self):
        return super().get_queryset().prefetch_related("priorities")


@require_http_methods(["GET", "POST"])
def join(request):
    """The public join request form; a valid request is stored and acknowledged by email."""
    ip = ratelimit.client_ip(request)
    if request.method == "POST":
        if ratelimit.over_limit("join-ip", ip, limit=settings.JOIN_REQUEST_LIMIT_PER_IP):
            return render(request, "partners/join_limited.html", status=429)
        ratelimit.count("join-ip", ip, period_seconds=HOUR)
        form = JoinRequestForm(request.POST)
        if form.is_valid():
            email = form.cleaned_data["email"]
            if existing := open_request_like(form):
                return render(request, "partners/join_thanks.html", {"already_received": existing.created_at})
            if ratelimit.over_limit("join-email", email, limit=settings.JOIN_REQUEST_LIMIT_PER_EMAIL):
                return render(request, "partners/join_limited.html", status=429)
            ratelimit.count("join-email", email, period_seconds=DAY)
            submit_join_request(form, language=get_language())
            return redirect("partners:join-thanks")
    else:
        form = JoinRequestForm(initial={"project": request.GET.get("project")})
    return render(request, "partners/join_form.html", {"form": form, "started": started_token(form)})


def join_thanks(request):
    return render(request, "partners/join_thanks.html")
