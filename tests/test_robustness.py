"""Whatever a visitor puts in the address or sends, the site answers: bad values are ignored and explained, a body
that cannot be read gets the 400 page, never a 500."""

import re
from urllib.parse import urlencode

import pytest
from django.test import Client

from strategy.models import Priority
from tests.factories import CompanyFactory, PartnerFactory, ProjectFactory
from tests.html import card_titles, html, result_count, text

pytestmark = pytest.mark.django_db

IGNORED_NOTICE = "Some of the filters in the address could not be used and were ignored:"


@pytest.fixture
def catalogue_of_14():
    """Two pages of projects (12 a page), titled so that their order is known."""
    return [ProjectFactory(title=f"Project {n:02d}", slug=f"p-{n:02d}") for n in range(14)]


def get_catalogue(client, query):
    response = client.get(f"/en/projects/{query}")
    assert response.status_code == 200
    return response


@pytest.mark.parametrize("page", ["abc", "1.5", "", "%00", "1e3"])
def test_page_that_is_not_a_page_number_shows_the_first_page(client, catalogue_of_14, page):
    response = get_catalogue(client, f"?sort=title&page={page}")

    assert card_titles(response)[0] == "Project 00"
    assert "Page 1 of 2" in text(response)


@pytest.mark.parametrize("page", ["99999", "0", "-1"])
def test_page_number_out_of_range_shows_the_last_page(client, catalogue_of_14, page):
    response = get_catalogue(client, f"?sort=title&page={page}")

    assert card_titles(response) == ["Project 12", "Project 13"]
    assert "Page 2 of 2" in text(response)


@pytest.mark.parametrize(
    ("query", "explanation"),
    [
        ("year=1e9", "Enter a whole number."),
        ("year=abc", "Enter a whole number."),
        ("year=99999", "Ensure this value is less than or equal to 2100."),
        ("year=1066", "Ensure this value is greater than or equal to 1990."),
        ("municipality=999", "Select a valid choice. 999 is not one of the available choices."),
        ("priority=nonexistent", "Select a valid choice. nonexistent is not one of the available choices."),
        ("theme=smart-mobility&theme=nonexistent", "nonexistent is not one of the available choices."),
        ("fund=esf", "Select a valid choice. esf is not one of the available choices."),
        ("sdg=18", "Select a valid choice. 18 is not one of the available choices."),
        ("sdg=seven", "seven is not one of the available choices."),
        ("area=suburbs", "suburbs is not one of the available choices."),
        ("subregion=lapland", "lapland is not one of the available choices."),
        ("state=cancelled", "cancelled is not one of the available choices."),
        ("sort=popularity", "Select a valid choice. popularity is not one of the available choices."),
        ("tag=<script>alert(1)</script>", "Enter a valid “slug”"),
        ("q=" + "x" * 5000, "Ensure this value has at most 200 characters (it has 5000)."),
        ("tag=" + "&tag=".join(f"t{n}" for n in range(21)), "Choose at most 20 values."),
        ("tag=" + "t" * 101, "A value is too long."),
    ],
)
def test_malformed_filter_value_is_ignored_and_explained(client, catalogue_of_14, query, explanation):
    response = get_catalogue(client, f"?{query}")
    page = text(response)

    assert IGNORED_NOTICE in page
    assert explanation in page
    assert result_count(response) == 14


def test_valid_filters_still_apply_beside_an_ignored_one(client):
    ProjectFactory(title="Citizens", priorities=list(Priority.objects.filter(slug="citizens-city")))
    ProjectFactory(title="Climate", priorities=list(Priority.objects.filter(slug="climate-neutrality")))

    response = get_catalogue(client, "?priority=citizens-city&year=abc")

    assert card_titles(response) == ["Citizens"]
    assert IGNORED_NOTICE in text(response)


def test_script_in_a_filter_value_is_never_echoed_as_markup(client, catalogue_of_14):
    for query in ["tag=<script>alert(1)</script>", "priority=<script>alert(1)</script>", "q=<script>alert(1)</script>"]:
        body = html(get_catalogue(client, f"?{query}"))

        assert "<script>alert(1)</script>" not in body
        own_scripts = re.compile(r'<script src="/static/js/[\w.-]+"></script>')
        assert "<script" not in own_scripts.sub("", body.split("<body>")[1])


def test_repeated_parameters_are_harmless(client, catalogue_of_14):
    response = get_catalogue(
        client,
        "?priority=climate-neutrality&priority=climate-neutrality&year=2024&year=2025&sort=title&sort=budget&q=project&q=0",
    )

    assert response.status_code == 200
    assert result_count(response) in range(15)


def test_same_value_twice_counts_the_project_once(client):
    ProjectFactory(title="Only one")

    response = get_catalogue(client, "?priority=climate-neutrality&priority=climate-neutrality")

    assert card_titles(response) == ["Only one"]


@pytest.mark.parametrize("url", ["/en/projects/", "/en/companies/", "/en/partners/"])
def test_unknown_parameters_are_ignored_silently(client, url):
    ProjectFactory()
    CompanyFactory()
    PartnerFactory()

    response = client.get(f"{url}?utm_source=newsletter&foo=bar&page_size=1000")
    page = text(response)

    assert response.status_code == 200
    assert IGNORED_NOTICE not in page
    assert result_count(response) == 1


@pytest.mark.parametrize("query", ["q=%00", "q=a%00b", "tag=a%00b", "priority=%00", "year=%00", "sort=%00"])
def test_nul_characters_in_filters_are_ignored_and_explained(client, catalogue_of_14, query):
    response = get_catalogue(client, f"?{query}")

    assert IGNORED_NOTICE in text(response)
    assert result_count(response) == 14


def test_empty_parameters_are_no_filter(client, catalogue_of_14):
    response = get_catalogue(client, "?q=&year=&priority=&sort=&page=")

    assert result_count(response) == 14


@pytest.mark.parametrize(
    ("url", "explanation"),
    [
        ("/en/companies/?sector=Z", "Z is not one of the available choices."),
        ("/en/companies/?kind=giant", "giant is not one of the available choices."),
        ("/en/companies/?municipality=999", "999 is not one of the available choices."),
        ("/en/companies/?priority=nonexistent", "nonexistent is not one of the available choices."),
        ("/en/partners/?country=XX", "XX is not one of the available choices."),
        ("/en/partners/?type=guild", "guild is not one of the available choices."),
        ("/en/partners/?priority=nonexistent", "nonexistent is not one of the available choices."),
    ],
)
def test_malformed_company_and_partner_filters_are_ignored_and_explained(client, url, explanation):
    CompanyFactory()
    PartnerFactory()

    response = client.get(url)

    assert response.status_code == 200
    assert IGNORED_NOTICE in text(response)
    assert explanation in text(response)
    assert result_count(response) == 1


@pytest.mark.parametrize(
    "url", ["/en/companies/?page=abc", "/en/companies/?page=99999", "/en/partners/?page=-5", "/en/partners/?open=maybe"]
)
def test_company_and_partner_lists_survive_odd_pages(client, url):
    CompanyFactory()
    PartnerFactory()

    response = client.get(url)

    assert response.status_code == 200
    assert result_count(response) == 1


def test_very_long_search_is_refused_with_an_explanation(client):
    ProjectFactory(title="x" * 10)

    response = client.get("/en/search/?q=" + "x" * 5000)
    page = text(response)

    assert response.status_code == 200
    assert "Your search is too long: use at most 200 characters." in page
    assert 'aria-invalid="true"' in page


@pytest.mark.parametrize(
    "q", ["%3Cscript%3Ealert(1)%3C/script%3E", "%00", "a%00b", "%25", "_", "%27%20OR%201=1%20--", "a" * 200, "%20%20"]
)
def test_search_answers_any_text(client, q):
    ProjectFactory(title="Hydrogen 100% renewable")

    response = client.get(f"/en/search/?q={q}")

    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in html(response)


def test_search_treats_percent_and_underscore_as_plain_characters(client):
    ProjectFactory(title="Hydrogen 100% renewable")
    ProjectFactory(title="Wind power")

    page = text(client.get("/en/search/", {"q": "100%"}))

    assert "Hydrogen 100% renewable" in page
    assert "Wind power" not in page
    assert "Wind power" not in text(client.get("/en/search/", {"q": "_"}))


@pytest.mark.parametrize("url", ["/en/projects/", "/en/search/", "/en/"])
def test_post_to_a_public_page_is_not_allowed(client, url):
    assert client.post(url).status_code in (403, 405)


CSRF_TOKEN = "k" * 32  # a secret and its token, as the CSRF cookie and the form would carry them


def post_in(charset: str, url: str, client: Client):
    """Post a form to `url` honestly encoded in `charset`, with a valid CSRF token, as a browser may send it."""
    fields = {"csrfmiddlewaretoken": CSRF_TOKEN, "username": "Järvi", "organisation": "Järvenpää"}
    if charset == "utf-16":
        body = urlencode(fields).encode("utf-16")
    else:
        body = urlencode(fields, encoding=charset).encode("ascii")
    client.cookies["csrftoken"] = CSRF_TOKEN
    return client.generic("POST", url, body, content_type=f"application/x-www-form-urlencoded; charset={charset}")


@pytest.mark.parametrize("charset", ["iso-8859-1", "utf-16"])
@pytest.mark.parametrize("url", ["/en/", "/en/search/", "/en/partners/join/", "/admin/login/", "/admin/logout/"])
def test_a_form_not_in_utf_8_gets_the_bad_request_page(url, charset):
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)

    response = post_in(charset, url, client)

    assert response.status_code == 400
    assert "The request could not be read" in html(response)
    assert '<main id="main"' in html(response)


def test_the_bad_request_page_is_in_the_language_of_the_page():
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)

    response = post_in("iso-8859-1", "/sv/partners/join/", client)

    assert response.status_code == 400
    assert '<html lang="sv">' in html(response)
    assert "Begäran kunde inte läsas" in html(response)
