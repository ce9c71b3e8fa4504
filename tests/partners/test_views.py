"""The partner network: the list with its filters, and a partner's page with its projects."""

import pytest

from partners.models import OrganisationType
from strategy.models import Priority
from tests.factories import ParticipationFactory, PartnerFactory, ProjectFactory
from tests.html import card_titles, link_to, links, result_count, text

pytestmark = pytest.mark.django_db


def partner_list(client, query=""):
    response = client.get(f"/en/partners/{query}")
    assert response.status_code == 200
    return response


def priorities(*slugs):
    return list(Priority.objects.filter(slug__in=slugs))


def test_partner_list_shows_published_partners_alphabetically_with_type_and_place(client):
    PartnerFactory(name="Tartu Science Park", organisation_type=OrganisationType.CLUSTER, country="EE", city="Tartu")
    PartnerFactory(name="KTH", organisation_type=OrganisationType.UNIVERSITY, country="SE", city="Stockholm")

    response = partner_list(client)
    page = text(response)

    assert card_titles(response) == ["KTH", "Tartu Science Park"]
    assert "2 partners" in page
    assert "<span>Stockholm, Sweden</span>" in page
    assert "<span>Cluster or network</span>" in page


@pytest.mark.parametrize(
    ("param", "value", "matching", "other"),
    [
        ("country", "EE", {"country": "EE"}, {"country": "SE"}),
        ("type", "research", {"organisation_type": "research"}, {"organisation_type": "university"}),
        (
            "priority",
            "industrial-modernisation",
            {"priorities": "industrial-modernisation"},
            {"priorities": "citizens-city"},
        ),
    ],
)
def test_each_partner_filter_narrows_the_list(client, param, value, matching, other):
    resolve = lambda spec: {**spec, "priorities": priorities(spec["priorities"])} if "priorities" in spec else spec  # noqa: E731
    PartnerFactory(name="Matches", **resolve(matching))
    PartnerFactory(name="Does not match", **resolve(other))

    response = partner_list(client, f"?{param}={value}")

    assert card_titles(response) == ["Matches"]
    assert result_count(response) == 1


def test_two_countries_widen_the_partner_list(client):
    PartnerFactory(name="Estonian", country="EE")
    PartnerFactory(name="German", country="DE")
    PartnerFactory(name="Swedish", country="SE")

    response = partner_list(client, "?country=EE&country=DE")

    assert card_titles(response) == ["Estonian", "German"]


def test_country_and_type_narrow_the_partner_list_together(client):
    PartnerFactory(name="Estonian university", country="EE", organisation_type=OrganisationType.UNIVERSITY)
    PartnerFactory(name="Estonian city", country="EE", organisation_type=OrganisationType.REGION)
    PartnerFactory(name="Swedish university", country="SE", organisation_type=OrganisationType.UNIVERSITY)

    response = partner_list(client, "?country=EE&type=university")

    assert card_titles(response) == ["Estonian university"]


def test_partner_with_two_chosen_priorities_is_listed_once(client):
    PartnerFactory(name="Both", priorities=priorities("climate-neutrality", "citizens-city"))

    response = partner_list(client, "?priority=climate-neutrality&priority=citizens-city")

    assert card_titles(response) == ["Both"]
    assert result_count(response) == 1


def test_country_filter_offers_only_countries_of_published_partners_by_name(client):
    PartnerFactory(country="EE")
    PartnerFactory(country="DE")
    PartnerFactory(country="NO", draft=True)

    page = text(partner_list(client))

    assert 'value="EE"' in page
    assert 'value="DE"' in page
    assert 'value="NO"' not in page
    assert page.index("<span>Estonia <span") < page.index("<span>Germany <span")  # by name, not by code (DE, EE)


def test_country_without_published_partners_is_ignored_and_explained(client):
    PartnerFactory(name="Swedish", country="SE")

    response = partner_list(client, "?country=NO")
    page = text(response)

    assert card_titles(response) == ["Swedish"]
    assert "Some of the filters in the address could not be used and were ignored:" in page
    assert "NO is not one of the available choices." in page


def test_partner_page_shows_its_profile(client):
    partner = PartnerFactory(
        name="Tartu Science Park",
        summary="Estonia's oldest science park.",
        description="<p>Incubation and <em>cross-border</em> pilots.</p>",
        organisation_type=OrganisationType.CLUSTER,
        country="EE",
        city="Tartu",
        website="https://sciencepark.example.ee/",
        priorities=priorities("citizens-city"),
    )

    response = client.get(f"/en/partners/{partner.slug}/")
    page = text(response)
    page_links = links(response)

    assert response.status_code == 200
    assert "<h1>Tartu Science Park</h1>" in page
    assert "Estonia's oldest science park." in page
    assert "<p>Incubation and <em>cross-border</em> pilots.</p>" in page
    assert ("/en/partners/?type=cluster", "Cluster or network") in page_links
    assert ("/en/partners/?country=EE", "Estonia") in page_links
    assert "Tartu, " in page
    assert ("/en/strategy/citizens-city/", "Citizens' City") in page_links
    assert ("https://sciencepark.example.ee/", "https://sciencepark.example.ee/") in page_links


def test_partner_page_lists_the_published_projects_it_takes_part_in(client):
    partner = PartnerFactory()
    ParticipationFactory(company=None, partner=partner, project=ProjectFactory(title="Twin cities"))
    ParticipationFactory(company=None, partner=partner, project=ProjectFactory(title="Archived", archived=True))
    ProjectFactory(title="Someone else's project")

    response = client.get(f"/en/partners/{partner.slug}/")

    assert "Projects in Helsinki-Uusimaa" in text(response)
    assert card_titles(response) == ["Twin cities"]


def test_partner_page_shows_the_newest_projects_and_links_to_all_of_them(client):
    partner = PartnerFactory(slug="busy")
    for n in range(14):
        ParticipationFactory(company=None, partner=partner, project=ProjectFactory(title=f"Project {n:02d}"))

    response = client.get("/en/partners/busy/")
    catalogue = client.get(link_to(response, "See all 14 projects"))

    assert len(card_titles(response)) == 12
    assert result_count(catalogue) == 14
