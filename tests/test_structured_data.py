"""schema.org JSON-LD on project, company and partner pages: valid, complete, safe, and about organisations only."""

import datetime
import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from partners.models import JoinRequest, OrganisationType
from projects.models import Fund, ParticipantRole
from strategy.models import Municipality
from tests.factories import (
    CompanyFactory,
    ParticipationFactory,
    PartnerFactory,
    ProjectFactory,
    ProjectImageFactory,
)
from tests.test_xss import active_content

pytestmark = pytest.mark.django_db

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


def json_ld(response) -> dict:
    """The page's one JSON-LD description: a data block, which browsers never run, so it needs no CSP nonce."""
    assert response.status_code == 200
    assert "<script" not in JSON_LD.sub("", response.content.decode()), "the page has another script"
    found = JSON_LD.findall(response.content.decode())
    assert len(found) == 1, "the page has no JSON-LD, or more than one"
    return json.loads(found[0])


@pytest.fixture
def project(footer_pages, settings):
    settings.SITE_URL = "https://smartregion.example"
    project = ProjectFactory(
        slug="hydrogen-valley",
        title="Hydrogen Valley",
        title_fi="Vetylaakso",
        acronym="H2V",
        summary="Green hydrogen for the region.",
        summary_fi="Vihreää vetyä alueelle.",
        start_date=datetime.date(2024, 3, 1),
        end_date=datetime.date(2027, 2, 28),
        website="https://h2valley.example/",
        kohesio_id="KOH123",
        funds=list(Fund.objects.filter(slug="erdf")),
        municipalities=list(Municipality.objects.filter(code__in=["091", "444"])),
        tags=["hydrogen", "energy storage"],
    )
    ParticipationFactory(
        project=project, company=CompanyFactory(name="Vety Oy", slug="vety"), role=ParticipantRole.LEAD
    )
    ParticipationFactory(project=project, company=None, partner=PartnerFactory(name="KTH", slug="kth"))
    ParticipationFactory(project=project, company=CompanyFactory(name="Secret Draft Oy", draft=True))
    return project


def test_project_page_describes_the_project_for_machines(client, project):
    data = json_ld(client.get("/en/projects/hydrogen-valley/"))

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Project"
    assert data["url"] == data["@id"] == "https://smartregion.example/en/projects/hydrogen-valley/"
    assert data["name"] == "Hydrogen Valley"
    assert data["alternateName"] == "H2V"
    assert data["description"] == "Green hydrogen for the region."
    assert (data["foundingDate"], data["dissolutionDate"]) == ("2024-03-01", "2027-02-28")
    assert [funder["name"] for funder in data["funder"]] == [Fund.objects.get(slug="erdf").name]
    assert data["member"] == [
        {"@type": "Organization", "name": "Vety Oy", "url": "https://smartregion.example/en/companies/vety/"},
        {"@type": "Organization", "name": "KTH", "url": "https://smartregion.example/en/partners/kth/"},
    ]
    assert sorted(area["name"] for area in data["areaServed"]) == ["Helsinki", "Lohja"]
    assert sorted(data["keywords"]) == ["energy storage", "hydrogen"]
    assert data["sameAs"] == ["https://h2valley.example/", "https://kohesio.ec.europa.eu/en/projects/KOH123"]


def test_project_description_is_in_the_language_of_the_page(client, project):
    data = json_ld(client.get("/fi/projects/hydrogen-valley/"))

    assert data["name"] == "Vetylaakso"
    assert data["description"] == "Vihreää vetyä alueelle."
    assert data["url"] == "https://smartregion.example/fi/projects/hydrogen-valley/"
    assert data["member"][0]["url"] == "https://smartregion.example/fi/companies/vety/"


def test_project_without_optional_facts_leaves_them_out(client, footer_pages):
    ProjectFactory(slug="bare", end_date=None, state="planned")

    data = json_ld(client.get("/en/projects/bare/"))

    assert data.keys() == {"@context", "@type", "@id", "url", "name", "description", "foundingDate"}


def test_project_image_is_given_at_an_absolute_address(client, footer_pages, settings):
    settings.SITE_URL = "https://smartregion.example"
    ProjectImageFactory(project=ProjectFactory(slug="pictured"))

    data = json_ld(client.get("/en/projects/pictured/"))

    assert data["image"].startswith("https://smartregion.example/")


def test_company_page_describes_the_company(client, footer_pages, settings):
    settings.SITE_URL = "https://smartregion.example"
    CompanyFactory(
        name="Vety Oy",
        slug="vety",
        business_id="0112038-9",
        founded_year=2015,
        municipality=Municipality.objects.get(code="049"),
        summary="Electrolysers.",
        website="https://vety.example/",
        capabilities=["electrolysis"],
    )

    data = json_ld(client.get("/sv/companies/vety/"))

    assert data["@type"] == "Corporation"
    assert data["url"] == "https://smartregion.example/sv/companies/vety/"
    assert data["name"] == "Vety Oy"
    assert data["description"] == "Electrolysers."
    assert data["identifier"] == {"@type": "PropertyValue", "propertyID": "FI business ID", "value": "0112038-9"}
    assert data["foundingDate"] == "2015"
    assert data["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "Esbo",
        "addressRegion": "Uusimaa",
        "addressCountry": "FI",
    }
    assert data["knowsAbout"] == ["electrolysis"]
    assert data["sameAs"] == ["https://vety.example/"]


@pytest.mark.parametrize(
    ("organisation_type", "schema_type"),
    [
        (OrganisationType.UNIVERSITY, "CollegeOrUniversity"),
        (OrganisationType.RESEARCH, "ResearchOrganization"),
        (OrganisationType.REGION, "GovernmentOrganization"),
        (OrganisationType.NGO, "NGO"),
        (OrganisationType.CLUSTER, "Organization"),
    ],
)
def test_partner_page_describes_the_organisation_by_its_kind(client, footer_pages, organisation_type, schema_type):
    PartnerFactory(slug="kth", name="KTH", organisation_type=organisation_type, country="SE", city="Stockholm")

    data = json_ld(client.get("/en/partners/kth/"))

    assert data["@type"] == schema_type
    assert data["name"] == "KTH"
    assert data["address"] == {"@type": "PostalAddress", "addressLocality": "Stockholm", "addressCountry": "SE"}


def test_no_personal_data_reaches_the_description(client, footer_pages):
    join_request = JoinRequest.objects.create(
        organisation="KTH",
        organisation_type=OrganisationType.UNIVERSITY,
        country="SE",
        city="Stockholm",
        contact_name="Maija Meikäläinen",
        email="maija@kth.example",
        phone="+46 8 123 456",
        message="We would like to join.",
    )
    PartnerFactory(slug="kth", join_request=join_request)

    text = json.dumps(json_ld(client.get("/en/partners/kth/")), ensure_ascii=False)

    for personal in ["Maija", "maija@kth.example", "123 456", "We would like to join"]:
        assert personal not in text


BREAKOUTS = [
    "</script><script>alert(1)</script>",
    "</SCRIPT ><img src=x onerror=alert(1)>",
    "<!--<script>alert(1)//",
    "& &amp; \u2028 \u2029 \" ' \\ </",
]


@pytest.mark.parametrize("title", BREAKOUTS)
def test_text_cannot_break_out_of_the_json_ld(client, footer_pages, title):
    ProjectFactory(slug="hostile", title=title, summary=title, website="javascript:alert(1)", tags=["x"])
    CompanyFactory(slug="hostile", name=title[:200], summary=title, website="javascript:alert(1)")
    PartnerFactory(slug="hostile", name=title[:200], city=title[:100], summary=title)

    for path in ["/en/projects/hostile/", "/en/companies/hostile/", "/en/partners/hostile/"]:
        response = client.get(path)
        data = json_ld(response)
        assert data["name"] == title, path
        assert data["description"] == title, path
        assert "sameAs" not in data, path
        assert active_content(response) == [], path


def test_json_ld_costs_no_query_per_participant(client, footer_pages):
    def queries(path):
        with CaptureQueriesContext(connection) as captured:
            json_ld(client.get(path))
        return len(captured)

    project = ProjectFactory(slug="growing", funds=list(Fund.objects.all()[:2]), tags=["a", "b"])
    ParticipationFactory(project=project)
    ParticipationFactory(project=project, company=None, partner=PartnerFactory())
    with_2 = queries("/en/projects/growing/")
    for _ in range(5):
        ParticipationFactory(project=project)
        ParticipationFactory(project=project, company=None, partner=PartnerFactory())

    assert queries("/en/projects/growing/") == with_2
