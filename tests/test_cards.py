"""The cards of every list read as their curators wrote them."""

import pytest

from tests.factories import CompanyFactory, ParticipationFactory, PartnerFactory, ProjectFactory
from tests.html import html, text

pytestmark = pytest.mark.django_db

SUMMARY = "Smart & Clean <Helsinki>: the forests' carbon, counted"


@pytest.fixture
def entries(footer_pages):
    """A project, a company and a partner whose summaries hold characters that HTML escapes."""
    project = ProjectFactory(slug="smart-clean", summary=SUMMARY, is_featured=True)
    ProjectFactory(slug="neighbour")  # shows the other as a related project
    ParticipationFactory(project=project, company=CompanyFactory(slug="vety", summary=SUMMARY))
    ParticipationFactory(project=project, company=None, partner=PartnerFactory(slug="kth", summary=SUMMARY))


@pytest.mark.parametrize(
    "url",
    [
        "/en/",
        "/en/projects/",
        "/en/projects/neighbour/",
        "/en/strategy/climate-neutrality/",
        "/en/companies/",
        "/en/companies/vety/",
        "/en/partners/",
        "/en/partners/kth/",
    ],
)
def test_card_summary_reads_as_written_with_ampersands_and_apostrophes(client, entries, url):
    response = client.get(url)

    assert response.status_code == 200
    assert "card" in html(response)
    assert SUMMARY in text(response)
    assert "&amp;amp;" not in html(response) and "&amp;#x27;" not in html(response)
    assert "<Helsinki>" not in html(response)


def test_project_card_cuts_a_long_summary_after_thirty_words(client, entries):
    ProjectFactory(slug="long", summary=" ".join(["Smart & clean"] * 20))

    page = text(client.get("/en/projects/"))

    assert " ".join(["Smart & clean"] * 10) + "…" in page
    assert " ".join(["Smart & clean"] * 11) not in page
