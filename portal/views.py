"""The project-level pages: home, the search over everything, robots.txt, the health checks and the CSP reports."""

import json
import logging
import re
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.staticfiles import finders
from django.db import InterfaceError, OperationalError, connection
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe
from django.views.static import serve

from companies.models import Company
from core.caching import keep_with_query
from core.links import absolute_url
from partners.models import Partner
from projects.figures import portal_figures
from projects.filters import SORTS
from projects.models import Project
from search.queries import did_you_mean, ranked, search, snippet, with_snippets
from strategy.models import Priority, StrategyPage

csp_logger = logging.getLogger("smartregion.csp")

SEARCH_MAX_LENGTH = 200
SEARCH_RESULTS_PER_TYPE = 10


@require_safe
def home(request):
    return render(
        request,
        "portal/home.html",
        {
            "featured_projects": Project.objects.for_cards().filter(is_featured=True).order_by(*SORTS["newest"])[:6],
            "figures": portal_figures(),
            "priorities": Priority.objects.all(),
        },
    )


@dataclass
class SearchGroup:
    label: str
    results: list
    count: int
    more_url: str = ""
    more_label: str = ""


def search_group(label: str, queryset, query: str, *, language: str, more_url: str = "", more_label: str = ""):
    """One kind of result: how many match, and the best SEARCH_RESULTS_PER_TYPE of them with their snippets."""
    found = search(queryset, query)
    results = list(with_snippets(ranked(found), query, language=language)[:SEARCH_RESULTS_PER_TYPE])
    count = len(results) if len(results) < SEARCH_RESULTS_PER_TYPE else found.count()
    for result in results:
        result.snippet = snippet(result.search_snippet)
    return SearchGroup(label, results, count, more_url if count > len(results) else "", more_label)


@require_safe
def search_view(request):
    """One search over everything public, grouped by kind, best matches first."""
    # NUL characters: no one searches for them, and PostgreSQL refuses them in a query (a 500 otherwise).
    query = request.GET.get("q", "").replace("\x00", "").strip()
    language = get_language()
    error = None
    groups = []
    suggestion = ""
    if len(query) > SEARCH_MAX_LENGTH:
        error = _("Your search is too long: use at most %(max)d characters.") % {"max": SEARCH_MAX_LENGTH}
    elif query:
        projects = search_group(
            _("Projects"),
            Project.objects.published(),
            query,
            language=language,
            more_url=f"{reverse('projects:project-list')}?{urlencode({'q': query})}",
        )
        projects.more_label = ngettext("All %(count)d project", "All %(count)d projects", projects.count) % {
            "count": projects.count
        }
        groups = [
            projects,
            search_group(_("Companies"), Company.objects.published(), query, language=language),
            search_group(_("Partners"), Partner.objects.published(), query, language=language),
            search_group(_("Pages"), StrategyPage.objects.published(), query, language=language),
        ]
        if not any(group.count for group in groups):
            suggestion = did_you_mean(query)
        if list(request.GET.lists()) == [("q", [query])]:  # the search alone, as it was read: kept for the next
            keep_with_query(request)
    return render(
        request,
        "portal/search.html",
        {
            "query": query if not error else "",
            "error": error,
            "groups": groups,
            "result_count": sum(group.count for group in groups),
            "suggestion": suggestion,
        },
    )


def media(request, path):
    """Serve an upload for the demo and the tests (a proxy does it in production), reading MEDIA_ROOT each time."""
    return serve(request, path, document_root=settings.MEDIA_ROOT)


@require_safe
def robots_txt(request):
    """Point crawlers to the sitemap and keep them out of what is endless or not for people."""
    lines = ["User-agent: *"]
    # A custom admin address is left unnamed, as this file is public; the admin's pages carry noindex anyway.
    if settings.ADMIN_URL == "admin/":
        lines.append("Disallow: /admin/")
    # The API repeats the pages as data, and searches are endless: the sitemap lists every page instead.
    lines.append("Disallow: /api/")
    lines += [f"Disallow: /{code}/search/" for code, _name in settings.LANGUAGES]
    # A download holds every matching project: for people who ask for it, not for crawlers following links.
    lines += [f"Disallow: /{code}/projects/export" for code, _name in settings.LANGUAGES]
    lines.append(f"Sitemap: {absolute_url(request, reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@require_safe
def favicon(request):
    """The site's icon where browsers, feed readers and the admin look for it when a page names none: answered here,
    on any of the site's hosts, rather than sent on to the hashed static file."""
    response = HttpResponse(Path(finders.find("img/favicon.ico")).read_bytes(), content_type="image/x-icon")
    patch_cache_control(response, public=True, max_age=24 * 60 * 60)
    return response


# How long a visitor is asked to wait while the database cannot be reached (a restart takes seconds).
RETRY_AFTER_SECONDS = 30


@never_cache
def bad_request(request, exception):
    """The 400 page in the page's language (handler400), for a request Django cannot read, such as a form that is not
    UTF-8. Not Django's own: its CSRF check reads the unreadable form again and turns the 400 into a 500."""
    return HttpResponseBadRequest(render_to_string("400.html"))


@never_cache
def server_error(request):
    """The 500 page, or the 503 page when what failed is reaching the database: both in the page's language and
    without a database query (handler500)."""
    if database_unreachable(sys.exc_info()[1]):
        response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return HttpResponse(render_to_string("500.html"), status=500)


def database_unreachable(error: BaseException | None) -> bool:
    """Whether `error` says the database cannot be reached now (down, restarting, no free connection), not that
    a query went wrong (a timeout, a deadlock, a missing table: those are the 500 of a fault)."""
    if not isinstance(error, OperationalError | InterfaceError):
        return False
    if isinstance(error, InterfaceError):
        return True
    cause = error.__cause__
    if type(cause).__module__.startswith("psycopg_pool"):  # PoolTimeout: no connection within the pool's timeout
        return True
    sqlstate = getattr(cause, "sqlstate", "")
    if sqlstate is None:  # psycopg: the connection failed or was lost, so the server gave no SQLSTATE
        return True
    # Connection exceptions (08...), and the server shutting down or not yet accepting connections (57P01-57P03).
    return str(sqlstate).startswith(("08", "57P0"))


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


CSP_REPORT_MAX_BYTES = 16 * 1024
# Reports logged by one process in a minute; more are answered but only counted, so nobody can flood the logs.
CSP_REPORTS_PER_MINUTE = 60
# What a report says, under the names of the older format (report-uri) and of the Reporting API.
CSP_REPORT_FIELDS = {
    "document": ("document-uri", "documentURL"),
    "directive": ("effective-directive", "effectiveDirective", "violated-directive"),
    "blocked": ("blocked-uri", "blockedURL"),
    "source": ("source-file", "sourceFile"),
    "line": ("line-number", "lineNumber"),
    "disposition": ("disposition",),
}
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


class LogBudget:
    """At most `limit` log lines a minute in this process; what is over is counted and told in the next minute."""

    def __init__(self, limit: int):
        self.limit, self.minute, self.used, self.dropped = limit, 0, 0, 0
        self.lock = threading.Lock()

    def take(self) -> tuple[bool, int]:
        """Whether a line may be logged now, and how many were dropped in the minute before (once)."""
        with self.lock:
            minute = int(time.monotonic() // 60)
            dropped = 0
            if minute != self.minute:
                self.minute, self.used, dropped, self.dropped = minute, 0, self.dropped, 0
            if self.used >= self.limit:
                self.dropped += 1
                return False, dropped
            self.used += 1
            return True, dropped


csp_report_budget = LogBudget(CSP_REPORTS_PER_MINUTE)


@csrf_exempt
@require_POST
def csp_report(request):
    """Log what the Content-Security-Policy blocked in a visitor's browser, as the browser reports it.

    Addresses are logged without their query string, which may hold what a visitor typed; each process logs at
    most CSP_REPORTS_PER_MINUTE reports a minute (and says how many more came), so nobody can flood the logs.
    """
    if len(request.body) > CSP_REPORT_MAX_BYTES:
        return HttpResponse("The report is too large.", status=413, content_type="text/plain")
    try:
        data = json.loads(request.body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return HttpResponseBadRequest("The report is not JSON.", content_type="text/plain")
    # report-uri sends {"csp-report": {...}}; the Reporting API a list of {"type": "csp-violation", "body": {...}}.
    if isinstance(data, dict) and isinstance(data.get("csp-report"), dict):
        reports = [data["csp-report"]]
    elif isinstance(data, list):
        reports = [item["body"] for item in data if isinstance(item, dict) and isinstance(item.get("body"), dict)]
    else:
        reports = []
    if not reports:
        return HttpResponseBadRequest("No Content-Security-Policy report found.", content_type="text/plain")
    for report in reports[:10]:
        allowed, dropped = csp_report_budget.take()
        if dropped:
            csp_logger.warning("%d more Content-Security-Policy reports came in a minute, not logged", dropped)
        if not allowed:
            break
        fields = {name: _report_value(report, keys) for name, keys in CSP_REPORT_FIELDS.items()}
        csp_logger.warning(
            "Content-Security-Policy blocked %s (%s) on %s",
            fields["blocked"] or "inline code",
            fields["directive"],
            fields["document"],
            extra={"csp": fields},
        )
    return HttpResponse(status=204)


def _report_value(report: dict, keys: tuple[str, ...]) -> str:
    """A field of a report as text fit for a log line: one line, at most 500 characters, an address cut at its
    query string or fragment."""
    value = next((report[key] for key in keys if isinstance(report.get(key), str | int | float) and report[key]), "")
    value = CONTROL_CHARACTERS.sub(" ", str(value))[:500]
    return re.split(r"[?#]", value, maxsplit=1)[0] if "://" in value else value
