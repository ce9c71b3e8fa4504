"""The region's figures (/strategy/figures/): the catalogue's projects as charts, each with its table and CSV.

The page takes the catalogue's filters, so any list can be seen as charts, and every bar leads back to the list.
"""

import csv
import io

from django import forms
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from core.filtering import active_filters, ignored_filters, validated
from core.importexport import csv_cell
from core.links import absolute_url, licence_link
from projects.figures import Measure, catalogue_address, catalogue_figures
from projects.filters import ProjectFilter
from projects.models import Project


class MeasureForm(forms.Form):
    measure = forms.ChoiceField(choices=Measure.choices, required=False)

    def chosen(self) -> str:
        """The measure asked for; the number of projects when none (or an unknown one) is."""
        return (self.is_valid() and self.cleaned_data["measure"]) or Measure.PROJECTS


def figures_for(request):
    filterset = ProjectFilter(request.GET or None, queryset=Project.objects.published(), request=request)
    measure = MeasureForm(request.GET).chosen()
    return filterset, measure, catalogue_figures(filterset, measure)


@require_safe
def figures_page(request):
    filterset, measure, figures = figures_for(request)
    form = filterset.form
    query = request.GET.copy()
    query.pop("measure", None)
    query.pop("page", None)
    return render(
        request,
        "portal/figures.html",
        {
            "figures": figures,
            "measure": measure,
            "measures": Measure.choices,
            "is_funding": measure == Measure.FUNDING,
            "filter_params": [(name, value) for name, values in query.lists() for value in values],
            "catalogue_url": catalogue_address(validated(filterset)),
            "filter_query": query.urlencode(),
            "ignored_filters": ignored_filters(form),
            "active_filters": active_filters(request, form),
        },
    )


@require_safe
def figures_csv(request, chart: str):
    """One chart's figures as CSV: each option, what it counts (projects with their funding, or partners, or
    companies) and the address of the list it leads to."""
    _filterset, _measure, figures = figures_for(request)
    shown = figures.chart(chart)
    if shown is None:
        raise Http404
    out = io.StringIO()
    writer = csv.writer(out)
    if shown.counted == "projects":
        writer.writerow(["value", "label", "projects", "eu_funding", "total_budget", "started", "completed", "list"])
    else:
        writer.writerow(["value", "label", shown.counted, "list"])
    for bar in shown.bars:
        money = [bar.eu_funding, bar.total_budget, bar.started, bar.completed] if shown.counted == "projects" else []
        address = absolute_url(request, bar.url)
        writer.writerow([csv_cell(bar.value), csv_cell(str(bar.label)), bar.count, *money, address])
    response = HttpResponse("\ufeff" + out.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{chart}.csv"'
    response["Link"] = licence_link()
    return response
