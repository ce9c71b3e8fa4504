"""A project's page: what it is, who takes part, where it is registered, and what is related."""

import datetime
import re
from decimal import Decimal
from html import unescape

import pytest

from projects.models import Fund, ParticipantRole
from strategy.models import Municipality, Priority, SustainableDevelopmentGoal, Theme
from tests.factories import (
    CompanyFactory,
    ParticipationFactory,
    PartnerFactory,
    ProjectFactory,
    ProjectImageFactory,
)
from tests.html import card_titles, html, links, text

pytestmark = pytest.mark.django_db


def project_page(client, project):
    response = client.get(f"/en/projects/{project.slug}/")
    assert response.status_code == 200
    return response


def test_project_page_shows_its_facts(client):
    project = ProjectFactory(
        title="Smart Mobility Pilots",
        acronym="SMP",
        summary="Buses that drive themselves in Espoo.",
        start_date=datetime.date(2024, 3, 1),
        end_date=None,
        total_budget=Decimal("2500000.00"),
        eu_contribution=Decimal("1750000.00"),
        website="https://smp.example.eu/",
        priorities=list(Priority.objects.filter(slug="citizens-city")),
        themes=list(Theme.objects.filter(slug="mobility-and-travel-chains")),
        sdgs=list(SustainableDevelopmentGoal.objects.filter(number=11)),
        municipalities=list(Municipality.objects.filter(code="049")),
        funds=list(Fund.objects.filter(slug="erdf")),
        tags=["autonomous buses"],
    )

    response = project_page(client, project)
    page = text(response)
    page_links = links(response)

    assert "Smart Mobility Pilots" in page
    assert "(SMP)" in page
    assert "Buses that drive themselves in Espoo." in page
    assert "<dd>€2,500,000</dd>" in page
    assert "<dd>€1,750,000</dd>" in page
    assert "<dd>1 March 2024 – ongoing</dd>" in page
    assert ("/en/strategy/citizens-city/", "Citizens' City") in page_links
    assert ("/en/projects/?theme=mobility-and-travel-chains", "Mobility and travel chains") in page_links
    assert ("/en/projects/?sdg=11", "11 Sustainable Cities and Communities") in page_links
    assert ("/en/projects/?municipality=049", "Espoo") in page_links
    assert ("/en/projects/?fund=erdf", "European Regional Development Fund") in page_links
    assert ("/en/projects/?tag=autonomous-buses", "autonomous buses") in page_links
    assert ("https://smp.example.eu/", "https://smp.example.eu/") in page_links


def test_project_page_lists_participants_in_order_linking_to_their_pages(client):
    project = ProjectFactory()
    ParticipationFactory(
        project=project, company=None, partner=PartnerFactory(name="Aalto University", slug="aalto"), order=2
    )
    ParticipationFactory(
        project=project, company=CompanyFactory(name="Vety Oy", slug="vety"), role=ParticipantRole.LEAD, order=1
    )

    response = project_page(client, project)
    page = text(response)

    assert ("/en/companies/vety/", "Vety Oy") in links(response)
    assert ("/en/partners/aalto/", "Aalto University") in links(response)
    assert page.index("Vety Oy") < page.index("Aalto University")
    assert 'Vety Oy</a> <span class="role">Lead partner</span>' in page
    assert 'Aalto University</a> <span class="role">Partner</span>' in page


def test_project_without_participants_says_so(client):
    page = text(project_page(client, ProjectFactory()))

    assert "No participants are listed yet." in page


def test_project_page_links_to_its_entries_in_the_eu_registries(client):
    project = ProjectFactory(eura_code="A70202", kohesio_id="Q2630785", keep_eu_id="26411", cordis_id="101036563")

    page_links = links(project_page(client, project))

    assert ("https://www.eura2021.fi/tietopalvelu/hanke/A70202", "EURA 2021: A70202") in page_links
    assert ("https://kohesio.ec.europa.eu/en/projects/Q2630785", "Kohesio: Q2630785") in page_links
    assert ("https://keep.eu/projects/26411/", "keep.eu: 26411") in page_links
    assert ("https://cordis.europa.eu/project/id/101036563", "CORDIS: 101036563") in page_links


def test_project_without_registry_entries_shows_no_registry_section(client):
    page = text(project_page(client, ProjectFactory()))

    assert "In EU registries" not in page


def test_project_images_carry_their_alt_text_caption_and_credit(client):
    project = ProjectFactory()
    ProjectImageFactory(
        project=project,
        alt_text="Solar panels on a school roof in Porvoo",
        caption="The school's new roof.",
        credit="Jane Doe",
        order=1,
    )
    ProjectImageFactory(project=project, alt_text="A bus stop at dusk", order=2)

    response = project_page(client, project)
    page = text(response)

    assert 'alt="Solar panels on a school roof in Porvoo"' in page
    assert 'alt="A bus stop at dusk"' in page
    assert '<figcaption>The school\'s new roof. <span class="credit">Photo: Jane Doe</span></figcaption>' in page
    assert page.index("Solar panels") < page.index("A bus stop")
    image_url = page.split('<figure class="project-image">')[1].split('src="')[1].split('"')[0]
    assert client.get(image_url).status_code == 200


def test_project_page_shows_related_projects_under_the_same_priority(client):
    citizens = Priority.objects.get(slug="citizens-city")
    climate = Priority.objects.get(slug="climate-neutrality")
    project = ProjectFactory(title="The project", priorities=[citizens])
    ProjectFactory(title="Same priority", priorities=[citizens, climate])
    ProjectFactory(title="Other priority", priorities=[climate])

    response = project_page(client, project)

    assert "Related projects" in text(response)
    assert card_titles(response) == ["Same priority"]


def test_project_page_shows_at_most_three_related_projects_newest_first(client):
    project = ProjectFactory(title="The project")
    now = datetime.datetime.now(tz=datetime.UTC)
    for days in [5, 1, 3, 2]:
        ProjectFactory(title=f"{days} days old", published_at=now - datetime.timedelta(days=days))

    assert card_titles(project_page(client, project)) == ["1 days old", "2 days old", "3 days old"]


def test_project_looking_for_partners_says_what_it_seeks(client):
    project = ProjectFactory(is_looking_for_partners=True, partners_sought="A university with a battery lab.")

    page = text(project_page(client, project))

    assert "This project is looking for partners" in page
    assert "A university with a battery lab." in page


def test_catalogue_cards_show_state_years_priorities_and_partner_search(client):
    ProjectFactory(
        title="Card project",
        acronym="CARD",
        start_date=datetime.date(2022, 5, 1),
        end_date=datetime.date(2025, 4, 30),
        priorities=list(Priority.objects.filter(slug="industrial-modernisation")),
        is_looking_for_partners=True,
    )

    page = text(client.get("/en/projects/"))

    assert "2022–2025" in page
    assert "<span>CARD</span>" in page
    assert ">Ongoing</span>" in page
    assert ">Industrial Modernisation</li>" in page
    assert ">Looking for partners</li>" in page


def card_badges(response) -> dict[str, list[str]]:
    """Each card's title (as read, without the mark of a title in another language) -> the priorities its badges
    name, in the order shown."""
    card = r'class="card-title"><a [^>]*>(.*?)</a>.*?<ul class="badges"[^>]*>(.*?)</ul>'
    badge = r'class="badge badge-[\w-]+">([^<]*)<'
    return {
        unescape(re.sub(r"<[^>]+>", "", title)): [unescape(name) for name in re.findall(badge, badges)]
        for title, badges in re.findall(card, html(response), re.S)
    }


def test_each_card_names_its_project_s_priorities_in_order_in_the_visitor_s_language(client):
    climate, citizens, industry = Priority.objects.order_by("order")
    ProjectFactory(title="Two priorities", priorities=[industry, climate])
    ProjectFactory(title="One priority", priorities=[citizens])

    assert card_badges(client.get("/en/projects/")) == {
        "Two priorities": ["Climate Neutrality", "Industrial Modernisation"],
        "One priority": ["Citizens' City"],
    }
    finnish = card_badges(client.get("/fi/projects/"))
    assert finnish["Two priorities"] == ["Ilmastoneutraalius", "Uudistuva teollisuus ja innovatiiviset palvelut"]

    climate.name_en = "Carbon Neutrality"
    climate.save()
    renamed = card_badges(client.get("/en/projects/"))
    assert renamed["Two priorities"] == ["Carbon Neutrality", "Industrial Modernisation"]


def test_project_page_marks_its_municipalities_on_a_small_map_of_uusimaa(client):
    hanko_and_hyvinkaa = list(Municipality.objects.filter(code__in=["078", "106"]).order_by("code"))
    page = html(project_page(client, ProjectFactory(municipalities=hanko_and_hyvinkaa)))

    drawing = page[page.index('<svg class="map locator-map"') : page.index("</svg>", page.index("locator-map"))]
    assert 'role="img" aria-label="The municipalities above, on a map of Uusimaa"' in drawing
    marks = [(float(x), float(y)) for x, y in re.findall(r'class="ring-marked" cx="([\d.]+)" cy="([\d.]+)"', drawing)]
    hanko, hyvinkaa = sorted(marks)  # Hanko lies west of Hyvinkää, and south of it
    assert hanko[1] > hyvinkaa[1]
    assert drawing.count('class="dot-place"') == Municipality.objects.count()


def test_project_working_nowhere_in_particular_has_no_map(client):
    assert "locator-map" not in html(project_page(client, ProjectFactory(municipalities=[])))


@pytest.mark.parametrize(
    ("language", "names"), [("fi", ["Espoo", "Helsinki", "Kauniainen"]), ("sv", ["Esbo", "Grankulla", "Helsingfors"])]
)
def test_a_project_s_municipalities_and_the_filter_s_options_follow_the_page_s_alphabet(client, language, names):
    project = ProjectFactory(municipalities=list(Municipality.objects.filter(code__in=["049", "091", "235"])))

    page = html(client.get(f"/{language}/projects/{project.slug}/"))
    where = re.findall(r'<li><a href="/\w\w/projects/\?municipality=\d{3}">([^<]+)</a></li>', page)
    options = re.findall(r'name="municipality" value="(\d{3})"', html(client.get(f"/{language}/projects/")))

    assert where == names
    shown = Municipality.objects.filter(code__in=options)
    by_code = {m.code: (m.name_sv if language == "sv" else m.name_fi) for m in shown}
    in_order = [by_code[code] for code in options]
    assert in_order == sorted(in_order) and len(in_order) == 26
