"""Company and partner logos: checked, cleaned and drawn in small renditions like project images."""

import re
from html import unescape
from pathlib import Path

import pytest
from django.conf import settings
from PIL import Image

from tests.admin_forms import admin_form_data
from tests.factories import CompanyFactory, PartnerFactory
from tests.html import html
from tests.image_files import HOSTILE, photo, png_with_alpha, upload

pytestmark = pytest.mark.django_db

KINDS = {
    "company": (CompanyFactory, "/admin/companies/company/{pk}/change/", "/en/companies/{slug}/"),
    "partner": (PartnerFactory, "/admin/partners/partner/{pk}/change/", "/en/partners/{slug}/"),
}


def post_logo(client, kind: str, organisation, **changes):
    url = KINDS[kind][1].format(pk=organisation.pk)
    return client.post(url, admin_form_data(client, url) | changes)


def media(name: str) -> Path:
    return Path(settings.MEDIA_ROOT) / name


def mode_of(name: str) -> str:
    with Image.open(media(name)) as image:
        return image.mode


@pytest.mark.parametrize("kind", KINDS)
def test_logo_keeps_its_transparency_and_is_drawn_in_logo_widths(publisher_client, kind):
    organisation = KINDS[kind][0]()

    response = post_logo(publisher_client, kind, organisation, logo=upload("logo.png", png_with_alpha(600, 400)))

    assert response.status_code == 302
    organisation.refresh_from_db()
    assert mode_of(organisation.logo.name) == "RGBA"
    assert (organisation.logo_width, organisation.logo_height) == (600, 400)
    assert [(r["width"], r["height"]) for r in organisation.logo_renditions] == [(120, 80), (240, 160), (480, 320)]
    assert mode_of(organisation.logo_renditions[0]["webp"]) == "RGBA"
    assert all(media(r["jpeg"]).exists() for r in organisation.logo_renditions)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("case", ["decompression bomb", "SVG with a script", "GIF", "text named .jpg", "over 10 MB"])
def test_hostile_logo_is_refused_in_the_admin_with_a_clear_message(publisher_client, kind, case):
    name, content, content_type, message = HOSTILE[case]
    organisation = KINDS[kind][0]()

    response = post_logo(publisher_client, kind, organisation, logo=upload(name, content(), content_type))

    assert response.status_code == 200
    errors = re.search(r'<ul class="errorlist"[^>]*id="id_logo_error">(.*?)</ul>', html(response), re.DOTALL)
    assert errors and message in unescape(errors.group(1))
    organisation.refresh_from_db()
    assert not organisation.logo


@pytest.mark.parametrize("kind", KINDS)
def test_logo_saved_again_keeps_its_renditions(publisher_client, kind):
    organisation = KINDS[kind][0]()
    post_logo(publisher_client, kind, organisation, logo=upload("logo.jpg", photo(400, 400)))
    organisation.refresh_from_db()
    renditions = organisation.logo_renditions
    written = {r["webp"]: media(r["webp"]).stat().st_mtime_ns for r in renditions}

    post_logo(publisher_client, kind, organisation, summary_en="A new summary.")

    organisation.refresh_from_db()
    assert organisation.summary == "A new summary."
    assert organisation.logo_renditions == renditions
    assert {r["webp"]: media(r["webp"]).stat().st_mtime_ns for r in renditions} == written


@pytest.mark.parametrize("kind", KINDS)
def test_clearing_the_logo_clears_its_renditions(publisher_client, kind):
    organisation = KINDS[kind][0]()
    post_logo(publisher_client, kind, organisation, logo=upload("logo.jpg", photo(400, 400)))

    post_logo(publisher_client, kind, organisation, **{"logo-clear": "on"})

    organisation.refresh_from_db()
    assert not organisation.logo
    assert organisation.logo_renditions == []


@pytest.mark.parametrize("kind", KINDS)
def test_logo_is_shown_as_a_picture_of_its_renditions(client, publisher_client, kind):
    factory, _, page_url = KINDS[kind]
    organisation = factory(name="Kide Energy")
    post_logo(publisher_client, kind, organisation, logo=upload("kide.png", png_with_alpha(480, 480)))
    client.logout()

    page = html(client.get(page_url.format(slug=organisation.slug)))

    picture = re.search(r"<picture>(.*?)</picture>", page, re.DOTALL).group(1)
    assert re.search(r'<source type="image/webp" srcset="[^"]*kide-120\.webp 120w, [^"]*kide-240\.webp 240w, ', picture)
    img = re.search(r"<img [^>]*>", picture).group(0)
    assert 'class="logo"' in img
    assert 'alt="Logo of Kide Energy"' in img
    assert 'width="480" height="480"' in img
    assert re.search(r'srcset="[^"]*kide-120\.jpg 120w, [^"]*kide-240\.jpg 240w, [^"]*kide-480\.jpg 480w"', img)
    assert 'sizes="(min-width: 37.5rem) 7.5rem, max(4rem, 20vw)"' in img
    assert 'loading="lazy"' in img


@pytest.mark.parametrize("kind", KINDS)
def test_logo_saved_before_renditions_is_shown_from_its_original_file(client, kind):
    factory, _, page_url = KINDS[kind]
    organisation = factory(logo=upload("old.jpg", photo(300, 200)))

    page = html(client.get(page_url.format(slug=organisation.slug)))

    img = re.search(r'<img class="logo" [^>]*>', page).group(0)
    assert f'src="{organisation.logo.url}"' in img
    assert 'width="300" height="200"' in img
    assert "srcset" not in img


@pytest.mark.parametrize("kind", KINDS)
def test_entry_whose_logo_file_was_lost_still_shows_and_saves(client, publisher_client, kind):
    factory, _, page_url = KINDS[kind]
    organisation = factory(logo=upload("lost.jpg", photo(300, 200)))
    media(organisation.logo.name).unlink()
    # A row saved before logos had a recorded size: Django reads the size from the file when it loads the row.
    type(organisation).objects.filter(pk=organisation.pk).update(logo_width=None, logo_height=None)

    assert client.get(page_url.format(slug=organisation.slug)).status_code == 200
    response = post_logo(publisher_client, kind, organisation, summary_en="Still here.")

    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.summary == "Still here."
    assert organisation.logo_renditions == []
