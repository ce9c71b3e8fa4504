"""The company and partner lists do what the catalogue does: a search box, and beside each filter option how many
results choosing it gives."""

from urllib.parse import urlencode

import pytest
from django.http import QueryDict

from companies.filters import CompanyFilter
from companies.models import Company, CompanyKind, Sector
from partners.filters import PartnerFilter
from partners.models import OrganisationType, Partner
from strategy.models import Municipality, Priority
from tests.factories import CompanyFactory, PartnerFactory
from tests.html import card_titles, html, result_count, shown_counts

pytestmark = pytest.mark.django_db

LISTS = {
    "companies": (CompanyFilter, Company),
    "partners": (PartnerFilter, Partner),
}


@pytest.fixture
def directory(footer_pages):
    """Companies and partners of varied kinds, places and priorities, and some that visitors cannot see."""
    climate, citizens, industry = Priority.objects.order_by("order")
    helsinki, espoo = Municipality.objects.get(code="091"), Municipality.objects.get(code="049")
    CompanyFactory(
        name="Vety Oy", summary="Hydrogen from wind power.", sector=Sector.D, kind=CompanyKind.STARTUP,
        municipality=espoo, priorities=[climate], is_open_to_cooperation=True,
    )  # fmt: skip
    CompanyFactory(
        name="Hydrogen Logistics Oy", summary="Trucks and ports.", sector=Sector.H, kind=CompanyKind.LARGE,
        municipality=helsinki, priorities=[climate, industry],
    )  # fmt: skip
    CompanyFactory(
        name="Kide Oy", summary="Heat pumps for homes.", sector=Sector.C, municipality=helsinki,
        priorities=[citizens], is_open_to_cooperation=True, description="<p>Vetyä ei käytetä.</p>",
    )  # fmt: skip
    CompanyFactory(name="Aurora Robotics Oy", summary="Robots.", sector=Sector.C, priorities=[industry])
    CompanyFactory(name="Hidden Hydrogen Oy", summary="Hydrogen.", draft=True, priorities=[climate])
    PartnerFactory(
        name="KTH", summary="Hydrogen research in Stockholm.", country="SE",
        organisation_type=OrganisationType.UNIVERSITY, priorities=[climate, industry],
    )  # fmt: skip
    PartnerFactory(
        name="Tartu Science Park", summary="A cluster of start-ups.", country="EE", city="Tartu",
        organisation_type=OrganisationType.CLUSTER, priorities=[citizens],
    )  # fmt: skip
    PartnerFactory(
        name="Baltic Hydrogen Hub", summary="Ports that trade hydrogen.", country="EE", city="Tallinn",
        organisation_type=OrganisationType.CLUSTER, priorities=[climate],
    )  # fmt: skip
    PartnerFactory(name="Hidden Hydrogen Institute", country="DE", draft=True, priorities=[climate])


def results_for(kind: str, params: list[tuple[str, str]]) -> int:
    """The list's number of results for these parameters, counted by the database alone."""
    filterset_class, model = LISTS[kind]
    return filterset_class(QueryDict(urlencode(params)), queryset=model.objects.published()).qs.count()


def with_only(params, name, value):
    return [(key, v) for key, v in params if key != name] + [(name, value)]


@pytest.mark.parametrize(
    ("kind", "query", "found"),
    [
        ("companies", "hydrogen", ["Hydrogen Logistics Oy", "Vety Oy"]),  # the name's match first
        ("companies", "vety", ["Vety Oy", "Kide Oy"]),  # a word of the Finnish text too
        ("partners", "hydrogen", ["Baltic Hydrogen Hub", "KTH"]),
        ("partners", "start-ups", ["Tartu Science Park"]),
    ],
)
def test_list_search_finds_public_entries_best_match_first(client, directory, kind, query, found):
    response = client.get(f"/en/{kind}/?{urlencode({'q': query})}")

    assert card_titles(response) == found
    assert result_count(response) == len(found)
    assert f'<input type="search" name="q" id="id_q" value="{query}"' in html(response)


def test_list_search_narrows_with_the_filters(client, directory):
    response = client.get("/en/companies/?q=hydrogen&kind=startup")

    assert card_titles(response) == ["Vety Oy"]


@pytest.mark.parametrize(
    ("kind", "params"),
    [
        ("companies", []),
        ("companies", [("priority", "climate-neutrality"), ("municipality", "091")]),
        ("companies", [("q", "hydrogen"), ("open", "on")]),
        ("companies", [("sector", "C"), ("sector", "D"), ("kind", "sme")]),
        ("partners", []),
        ("partners", [("country", "EE"), ("priority", "climate-neutrality")]),
        ("partners", [("q", "hydrogen"), ("type", "cluster")]),
    ],
)
def test_each_count_is_the_result_of_choosing_that_option(client, directory, kind, params):
    response = client.get(f"/en/{kind}/?{urlencode(params)}")
    shown = shown_counts(response)

    expected = {
        "companies": {"sector", "kind", "municipality", "priority", "open"},
        "partners": {"country", "type", "priority"},
    }
    assert {name for name, _value in shown} == expected[kind]
    for (name, value), (count, muted) in shown.items():
        promised = results_for(kind, with_only(params, name, value))
        assert count == promised, f"{name}={value}: shows {count}, choosing it gives {promised}"
        assert muted == (count == 0)
    assert result_count(response) == results_for(kind, params)


def test_counts_say_what_they_count_to_screen_readers(client, directory):
    assert '2<span class="visually-hidden"> companies</span>' in html(client.get("/en/companies/"))
    assert '1<span class="visually-hidden"> partner</span>' in html(client.get("/en/partners/"))
    assert '2<span class="visually-hidden"> yritystä</span>' in html(client.get("/fi/companies/"))
