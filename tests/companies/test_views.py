"""The companies: the list with its filters, and a company's page with its projects."""

import pytest

from companies.models import CompanyKind, Sector
from strategy.models import Municipality, Priority
from tests.factories import CompanyFactory, ParticipationFactory, ProjectFactory
from tests.html import card_titles, link_to, links, result_count, text

pytestmark = pytest.mark.django_db


def company_list(client, query=""):
    response = client.get(f"/en/companies/{query}")
    assert response.status_code == 200
    return response


def priorities(*slugs):
    return list(Priority.objects.filter(slug__in=slugs))


def test_company_list_shows_published_companies_alphabetically_with_a_count(client):
    for name in ["Vety Oy", "Aurora Robotics Oy", "Kide Oy"]:
        CompanyFactory(name=name)

    response = company_list(client)

    assert card_titles(response) == ["Aurora Robotics Oy", "Kide Oy", "Vety Oy"]
    assert "3 companies" in text(response)


def test_company_card_shows_kind_place_founding_year_and_openness(client):
    CompanyFactory(
        kind=CompanyKind.STARTUP,
        municipality=Municipality.objects.get(code="049"),
        founded_year=2019,
        is_open_to_cooperation=True,
        priorities=priorities("climate-neutrality"),
    )

    page = text(company_list(client))

    assert "<span>Start-up</span>" in page
    assert "<span>Espoo</span>" in page
    assert "since 2019" in page
    assert ">Climate Neutrality</li>" in page
    assert ">Open to cooperation</li>" in page


@pytest.mark.parametrize(
    ("param", "value", "matching", "other"),
    [
        ("sector", "C", {"sector": Sector.C}, {"sector": Sector.J}),
        ("kind", "startup", {"kind": CompanyKind.STARTUP}, {"kind": CompanyKind.LARGE}),
        ("municipality", "092", {"municipality": "092"}, {"municipality": "091"}),
        ("priority", "citizens-city", {"priorities": "citizens-city"}, {"priorities": "climate-neutrality"}),
        ("open", "on", {"is_open_to_cooperation": True}, {"is_open_to_cooperation": False}),
    ],
)
def test_each_company_filter_narrows_the_list(client, param, value, matching, other):
    CompanyFactory(name="Matches", **resolve(matching))
    CompanyFactory(name="Does not match", **resolve(other))

    response = company_list(client, f"?{param}={value}")

    assert card_titles(response) == ["Matches"]
    assert result_count(response) == 1


def resolve(spec):
    """Turn reference data named by code or slug into the objects the factory needs."""
    values = dict(spec)
    if "municipality" in values:
        values["municipality"] = Municipality.objects.get(code=values["municipality"])
    if "priorities" in values:
        values["priorities"] = priorities(values["priorities"])
    return values


def test_two_values_of_one_company_filter_widen_the_list(client):
    CompanyFactory(name="Manufacturer", sector=Sector.C)
    CompanyFactory(name="Software house", sector=Sector.J)
    CompanyFactory(name="Builder", sector=Sector.F)

    response = company_list(client, "?sector=C&sector=J")

    assert card_titles(response) == ["Manufacturer", "Software house"]


def test_different_company_filters_narrow_together(client):
    espoo = Municipality.objects.get(code="049")
    CompanyFactory(name="Espoo start-up", kind=CompanyKind.STARTUP, municipality=espoo)
    CompanyFactory(name="Espoo SME", kind=CompanyKind.SME, municipality=espoo)
    CompanyFactory(name="Helsinki start-up", kind=CompanyKind.STARTUP)

    response = company_list(client, "?kind=startup&municipality=049")

    assert card_titles(response) == ["Espoo start-up"]


def test_company_under_two_chosen_priorities_is_listed_once(client):
    CompanyFactory(name="Both", priorities=priorities("climate-neutrality", "citizens-city"))

    response = company_list(client, "?priority=climate-neutrality&priority=citizens-city")

    assert card_titles(response) == ["Both"]
    assert "1 company<" in text(response)


def test_company_list_without_matches_suggests_removing_a_filter(client):
    CompanyFactory(sector=Sector.J)

    response = company_list(client, "?sector=A")

    assert "Nothing matches all of these filters." in text(response)
    assert ("?", "Remove “Sector: Agriculture, forestry and fishing”") in links(response)


def test_company_list_pages_keep_the_filters(client):
    for n in range(13):
        CompanyFactory(name=f"Start-up {n:02d}", kind=CompanyKind.STARTUP)
    CompanyFactory(name="Large", kind=CompanyKind.LARGE)

    response = company_list(client, "?kind=startup")

    assert "13 companies" in text(response)
    assert ("?kind=startup&page=2", "Next page") in links(response)
    assert card_titles(company_list(client, "?kind=startup&page=2")) == ["Start-up 12"]


def test_company_page_shows_its_profile(client):
    company = CompanyFactory(
        name="Vety Oy",
        summary="Green hydrogen for industry.",
        description="<p>We build <strong>electrolysers</strong>.</p>",
        business_id="0112038-9",
        kind=CompanyKind.STARTUP,
        sector=Sector.D,
        municipality=Municipality.objects.get(code="638"),
        founded_year=2021,
        website="https://vety.example.fi/",
        is_open_to_cooperation=True,
        priorities=priorities("industrial-modernisation"),
        capabilities=["electrolysis", "hydrogen storage"],
    )

    response = client.get(f"/en/companies/{company.slug}/")
    page = text(response)
    page_links = links(response)

    assert response.status_code == 200
    assert "<h1>Vety Oy</h1>" in page
    assert "Green hydrogen for industry." in page
    assert "<p>We build <strong>electrolysers</strong>.</p>" in page
    assert "<dd>0112038-9</dd>" in page
    assert "<dd>Start-up</dd>" in page
    assert "<dd>2021</dd>" in page
    assert ("/en/companies/?sector=D", "Electricity, gas, steam and air conditioning supply") in page_links
    assert ("/en/companies/?municipality=638", "Porvoo (Borgå)") in page_links
    assert ("/en/strategy/industrial-modernisation/", "Industrial Modernisation") in page_links
    assert "<li>electrolysis</li>" in page
    assert "<li>hydrogen storage</li>" in page
    assert "This company welcomes new project partners." in page
    assert ("https://vety.example.fi/", "Contact Vety Oy through its website.") in page_links


def test_company_page_lists_the_published_projects_it_takes_part_in(client):
    company = CompanyFactory()
    ParticipationFactory(company=company, project=ProjectFactory(title="Electrolyser pilot"))
    ParticipationFactory(company=company, project=ProjectFactory(title="Draft project", draft=True))
    ProjectFactory(title="Someone else's project")

    response = client.get(f"/en/companies/{company.slug}/")

    assert card_titles(response) == ["Electrolyser pilot"]


def test_company_without_published_projects_says_so(client):
    company = CompanyFactory()

    assert "No published projects yet." in text(client.get(f"/en/companies/{company.slug}/"))


def test_company_page_shows_the_newest_projects_and_links_to_all_of_them(client):
    company = CompanyFactory(slug="busy")
    for n in range(13):
        ParticipationFactory(company=company, project=ProjectFactory(title=f"Project {n:02d}"))
    ParticipationFactory(company=company, project=ProjectFactory(title="Draft", draft=True))

    response = client.get("/en/companies/busy/")
    see_all = link_to(response, "See all 13 projects")
    catalogue = client.get(see_all)

    assert len(card_titles(response)) == 12
    assert result_count(catalogue) == 13
    assert "Draft" not in card_titles(catalogue)


def test_catalogue_cannot_list_the_projects_of_a_draft_company(client):
    hidden = CompanyFactory(slug="secret-startup", draft=True)
    ParticipationFactory(company=hidden, project=ProjectFactory(title="Public project"))

    response = client.get("/en/projects/?company=secret-startup")

    assert card_titles(response) == []
    assert result_count(response) == 0


def test_company_open_to_cooperation_leads_to_the_join_form_for_its_projects_seeking_partners(client, footer_pages):
    company = CompanyFactory(name="Vety Oy", slug="vety", is_open_to_cooperation=True, website="")
    for title, slug, seeking, hidden in [
        ("Hydrogen buses", "hydrogen-buses", True, False),
        ("Port pilot", "port-pilot", False, False),
        ("Secret pilot", "secret-pilot", True, True),
    ]:
        project = ProjectFactory(title=title, slug=slug, is_looking_for_partners=seeking, draft=hidden)
        ParticipationFactory(company=company, project=project)

    response = client.get("/en/companies/vety/")
    join = link_to(response, "Ask to join Hydrogen buses")
    form = text(client.get(join))

    assert join == "/en/partners/join/?project=hydrogen-buses"
    assert "Ask to join Port pilot" not in text(response) and "Secret pilot" not in text(response)
    assert '<option value="hydrogen-buses" selected>Hydrogen buses</option>' in form


def test_a_company_in_many_projects_seeking_partners_lists_five_and_links_to_the_rest(client, footer_pages):
    company = CompanyFactory(slug="vety", is_open_to_cooperation=True)
    for i in range(7):
        project = ProjectFactory(title=f"Pilot {i}", is_looking_for_partners=True)
        ParticipationFactory(company=company, project=project)

    response = client.get("/en/companies/vety/")
    every = client.get(link_to(response, "See all its projects that look for partners"))

    assert [title for title in (f"Pilot {i}" for i in range(7)) if f"Ask to join {title}" in text(response)] == [
        "Pilot 0", "Pilot 1", "Pilot 2", "Pilot 3", "Pilot 4"
    ]  # fmt: skip
    assert result_count(every) == 7


def test_company_open_to_cooperation_without_projects_or_website_still_says_how_to_reach_it(client, footer_pages):
    CompanyFactory(name="Kide Oy", slug="kide", is_open_to_cooperation=True, website="")

    response = client.get("/en/companies/kide/")

    assert (
        link_to(
            response, "Send a join request naming Kide Oy in your message: the Regional Council will put you in touch."
        )
        == "/en/partners/join/"
    )
