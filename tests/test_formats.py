"""What visitors read is written as each language writes it, and said once."""

import datetime
import re

import pytest

from tests.factories import ProjectFactory
from tests.html import html, text

pytestmark = pytest.mark.django_db


def main_text(response) -> str:
    """The page's main content, as read: without the head's descriptions and the footer."""
    return re.search(r"<main.*</main>", text(response), re.DOTALL).group(0)


@pytest.mark.parametrize(
    ("language", "on_the_page", "on_the_card"),
    [
        ("en", "1 February 2027 – ongoing", "2027–ongoing"),
        ("fi", "1.2.2027–jatkuu", "2027–jatkuu"),
        ("sv", "1 februari 2027 – pågående", "2027–pågående"),
    ],
)
def test_project_without_an_end_date_reads_ongoing_on_its_page_and_card(client, language, on_the_page, on_the_card):
    ProjectFactory(slug="open-ended", start_date=datetime.date(2027, 2, 1), end_date=None)

    page = text(client.get(f"/{language}/projects/open-ended/"))
    catalogue = text(client.get(f"/{language}/projects/"))

    assert f"<dd>{on_the_page}</dd>" in page
    assert f"<span>{on_the_card}</span>" in catalogue
    assert "open</dd>" not in page and "–</span>" not in catalogue


def test_acronym_that_is_the_title_is_not_repeated(client):
    ProjectFactory(slug="hyva", title="HYVA", acronym="Hyva")

    page = main_text(client.get("/en/projects/hyva/"))
    card = main_text(client.get("/en/projects/"))

    assert "(Hyva)" not in page and page.count("HYVA") == 2  # the breadcrumb and the heading
    assert card.count("HYVA") == 1 and "Hyva" not in card


def test_acronym_other_than_the_title_follows_it(client):
    ProjectFactory(slug="hyva", title="Hydrogen Valley", acronym="HYVA")

    assert 'Hydrogen Valley <span class="acronym">(HYVA)</span>' in html(client.get("/en/projects/hyva/"))
    assert "<span>HYVA</span>" in html(client.get("/en/projects/"))


def test_summary_is_not_repeated_as_the_descriptions_first_paragraph(client):
    summary = "Buses that drive themselves in Espoo & Vantaa."
    ProjectFactory(
        slug="buses",
        summary=summary,
        description=f"<p>Buses that drive themselves in  Espoo &amp; Vantaa.</p><h3>Work</h3><p>{summary} Twice.</p>",
    )

    page = " ".join(main_text(client.get("/en/projects/buses/")).split())

    assert page.count(summary) == 2  # the lead, and inside the description's last paragraph
    assert "About the project" in page and "Work" in page


def test_description_that_only_repeats_the_summary_is_left_out_with_its_heading(client):
    ProjectFactory(slug="short", summary="Smart buses.", description="<p>Smart buses.</p>")

    page = main_text(client.get("/en/projects/short/"))

    assert page.count("Smart buses.") == 1
    assert "About the project" not in page
