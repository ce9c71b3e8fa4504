from django.conf import settings
from django.middleware.csrf import get_token
from django.shortcuts import redirect, render
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language, npgettext
from django.views.decorators.http import require_http_methods
from django.views.generic import DetailView

from core import links, ratelimit
from core.filtering import FacetedListView
from core.publishing import PreviewMixin

from .filters import FACETS, PartnerFilter
from .forms import JoinRequestForm, started_token
from .maps import europe_map
from .models import Partner, normalised_email
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

    def get_context_data(self, **kwargs):
        """The map of Europe, its counts those of the country filter's options."""
        context = super().get_context_data(**kwargs)

        def address(code: str) -> str:
            query = self.request.GET.copy()
            query.pop("page", None)
            query.setlist("country", [code])
            return f"?{query.urlencode()}"

        context["europe_map"] = europe_map(self.facet_counts.counts["country"], address)
        return context


class PartnerDetailView(PreviewMixin, DetailView):
    model = Partner

    def get_queryset(self):
        return super().get_queryset().prefetch_related("priorities")


@require_http_methods(["GET", "HEAD", "POST"])
def join(request):
    """The public join request form; a valid request is stored and acknowledged by email."""
    if request.method == "POST":
        ip = ratelimit.client_ip(request)
        if ratelimit.exceeded("join-ip", ip, limit=settings.JOIN_REQUEST_LIMIT_PER_IP, period_seconds=HOUR):
            return render(request, "partners/join_limited.html", status=429)
        form = JoinRequestForm(request.POST)
        if form.is_valid():
            if existing := open_request_like(form):
                return already_received(request, existing)
            email = normalised_email(form.cleaned_data["email"])
            if ratelimit.exceeded("join-email", email, limit=settings.JOIN_REQUEST_LIMIT_PER_EMAIL, period_seconds=DAY):
                return render(request, "partners/join_limited.html", status=429)
            join_request, created = submit_join_request(form, language=get_language(), site_url=links.site_url(request))
            if not created:
                return already_received(request, join_request)
            return redirect("partners:join-thanks")
    else:
        form = JoinRequestForm(initial={"project": request.GET.get("project")})
    # The page's CSRF token, which its {% csrf_token %} shows and its fill-time token is tied to.
    csrf_token = get_token(request)
    response = render(
        request,
        "partners/join_form.html",
        {"form": form, "started": started_token(form, csrf_token), "csrf_token": csrf_token},
    )
    if form.is_bound:
        # The page holds what the visitor typed: no cache, shared or the browser's own, may keep it.
        patch_cache_control(response, private=True, no_store=True)
    return response


def already_received(request, join_request):
    return render(request, "partners/join_thanks.html", {"already_received": join_request.created_at})


def join_thanks(request):
    return render(request, "partners/join_thanks.html")
