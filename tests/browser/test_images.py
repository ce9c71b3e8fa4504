"""Chromium picks the rendition that fits the screen, in WebP, and every image on the page loads."""

import pytest

from core.images import make_renditions
from tests.browser.pages import visit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

HERO = "figure.project-image img"


@pytest.mark.parametrize(("viewport_width", "width"), [(360, 400), (1280, 800)])
def test_browser_loads_the_webp_rendition_that_fits_the_column(page, site_content, viewport_width, width):
    visit(page, site_content.project.get_absolute_url())

    source = page.locator(HERO).first.evaluate("image => image.currentSrc")
    assert source.endswith(f"-{width}.webp"), source


def test_every_image_and_logo_loads_with_or_without_renditions(page, site_content, page_events):
    company = site_content.lead_company
    if make_renditions(company, "logo"):
        company.save(update_fields=["logo_renditions", "logo_width", "logo_height"])

    for path in (site_content.project.get_absolute_url(), company.get_absolute_url(), "/en/"):
        visit(page, path)
        broken = page.evaluate(
            "() => [...document.images].filter(image => !image.complete || !image.naturalWidth).map(i => i.src)"
        )
        assert broken == [], f"{path}: {broken}"
    visit(page, company.get_absolute_url())
    assert page.locator("img.logo").evaluate("image => image.currentSrc").endswith(".webp")
    assert page_events.errors == []
