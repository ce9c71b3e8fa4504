"""The project-level pages: home, the search over everything, robots.txt and the health checks."""

from django.conf import settings
from django.db import connection
from django.db.models import Q
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django.views.static import serve

from companies.models import Company
from partners.models import Partner
from projects.figures import portal_figures
from projects.filters import SORTS, in_any_language
from projects.models import Project
from strategy.models import Priority, StrategyPage

SEARCH_MAX_LENGTH = 200
SEARCH_RESULTS_PER_TYPE = 10


@require_GET
def home(request):
    return render(
        request,
        "smartregion/home.html",
        {
            "featured_projects": Project.objects.for_cards().filter(is_featured=True).order_by(*SORTS["newest"])[:6],
            "figures": portal_figures(),
            "priorities": Priority.objects.all(),
        },
    )


@require_GET
def search(request):
    """One search over everything public; a simple match until full-text search arrives."""
    # NUL characters: no one searches for them, and PostgreSQL refuses them in a query (a 500 otherwise).
    query = request.GET.get("q", "").replace("\x00", "").strip()
    error = None
    groups = []
    if len(query) > SEARCH_MAX_LENGTH:
        error = _("Your search is too long: use at most %(max)d characters.") % {"max": SEARCH_MAX_LENGTH}
    elif query:
        words = query.split()[:10]

        def matching(queryset, *fields):
            for word in words:
                condition = Q()
                for field in fields:
                    condition |= Q(**{f"{field}__icontains": word})
                queryset = queryset.filter(condition)
            return queryset[:SEARCH_RESULTS_PER_TYPE]

        # Translated fields in every language, as the catalogue does: a page may show text in its fallback language.
        title, acronym, summary = in_any_language("title"), in_any_language("acronym"), in_any_language("summary")
        groups = [
            (_("Projects"), matching(Project.objects.published(), *title, *acronym, *summary)),
            (_("Companies"), matching(Company.objects.published(), "name", *summary)),
            (_("Partners"), matching(Partner.objects.published(), "name", *summary, "city")),
            (_("Pages"), matching(StrategyPage.objects.published(), *title, *summary)),
        ]
        groups = [(label, list(results)) for label, results in groups]
    return render(
        request,
        "smartregion/search.html",
        {
            "query": query if not error else "",
            "error": error,
            "groups": groups,
            "result_count": sum(len(results) for _label, results in groups),
        },
    )


def media(request, path):
    """Serve an upload for the demo and the tests (a proxy does it in production), reading MEDIA_ROOT each time."""
    return serve(request, path, document_root=settings.MEDIA_ROOT)


@require_GET
def robots_txt(request):
    """Point crawlers to the sitemap and keep them out of what is endless or not for people."""
    lines = ["User-agent: *"]
    # A custom admin address is left unnamed, as this file is public; the admin's pages carry noindex anyway.
    if settings.ADMIN_URL == "admin/":
        lines.append("Disallow: /admin/")
    # The API repeats the pages as data, and searches are endless: the sitemap lists every page instead.
    lines.append("Disallow: /api/")
    lines += [f"Disallow: /{code}/search/" for code, _name in settings.LANGUAGES]
    lines.append(f"Sitemap: {settings.SITE_URL.rstrip('/')}{reverse('sitemap')}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@never_cache
def healthz(request):
    """The process answers: for a load balancer's liveness check."""
    return JsonResponse({"status": "ok"})


@never_cache
def readyz(request):
    """The database answers: for a load balancer's readiness check."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:
        return JsonResponse({"status": "unavailable", "database": "down"}, status=503)
    return JsonResponse({"status": "ok", "database": "up"})
