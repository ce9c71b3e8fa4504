import pytest

from tests.factories import CompanyFactory, ParticipationFactory, PartnerFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/en/",
        "/en/projects/",
        "/en/companies/",
        "/en/partners/",
        "/en/strategy/",
        "/en/strategy/citizens-city/",
        "/en/search/?q=x",
    ],
)
def test_public_pages_render_for_a_visitor(client, footer_pages, url):
    participation = ParticipationFactory()
    PartnerFactory()
    CompanyFactory()
    assert client.get(url).status_code == 200
    assert client.get(participation.project.get_absolute_url()).status_code == 200
