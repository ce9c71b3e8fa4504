"""Project images: uploads checked by their content, stored without metadata, drawn once in responsive renditions."""

import io
import re
from html import unescape
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image

from companies.models import Company
from core import images
from partners.models import Partner
from projects.models import ProjectImage
from tests.admin_forms import admin_form_data
from tests.factories import ProjectFactory, ProjectImageFactory
from tests.html import html, text
from tests.image_files import (
    GPS_IFD,
    HOSTILE,
    cmyk_jpeg,
    jpeg_with_gps,
    photo,
    png_text_bomb,
    png_with_a_chunk_cut_short,
    png_with_alpha,
    upload,
)

pytestmark = pytest.mark.django_db

ADD_IMAGE = "/admin/projects/projectimage/add/"


@pytest.fixture
def count_drawings(monkeypatch):
    """How many times renditions were drawn (each call draws every width of one image)."""
    calls = []
    draw = images.draw_renditions

    def counting(*args, **kwargs):
        calls.append(args)
        return draw(*args, **kwargs)

    monkeypatch.setattr(images, "draw_renditions", counting)
    return calls


def media(name: str) -> Path:
    return Path(settings.MEDIA_ROOT) / name


def stored_files() -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


def add_image_in_admin(client, project, file, **changes):
    data = admin_form_data(client, ADD_IMAGE)
    data |= {"project": project.pk, "image": file, "alt_text_en": "Solar panels on a school roof in Porvoo"}
    return client.post(ADD_IMAGE, data | changes)


def image_errors(response) -> str:
    """The text of the errors shown at the image field."""
    match = re.search(r'<ul class="errorlist"[^>]*id="id_image_error">(.*?)</ul>', html(response), re.DOTALL)
    assert match, "no error at the image field"
    return unescape(re.sub(r"<[^>]+>", " ", match.group(1)))


def decoded(name: str) -> Image.Image:
    image = Image.open(media(name))
    image.load()
    return image


# --- What is accepted, and what is refused -------------------------------------------------------------------


@pytest.mark.parametrize(("name", "image_format"), [("a.jpg", "JPEG"), ("b.png", "PNG"), ("c.webp", "WEBP")])
def test_jpeg_png_and_webp_photos_are_accepted_in_the_admin(publisher_client, name, image_format):
    project = ProjectFactory()

    response = add_image_in_admin(publisher_client, project, upload(name, photo(900, 600, image_format)))

    assert response.status_code == 302, text(response)
    image = project.images.get()
    assert decoded(image.image.name).format == image_format
    assert (image.width, image.height) == (900, 600)


@pytest.mark.parametrize("case", HOSTILE)
def test_hostile_upload_is_refused_in_the_admin_with_a_clear_message(publisher_client, case):
    name, content, content_type, message = HOSTILE[case]
    project = ProjectFactory()

    response = add_image_in_admin(publisher_client, project, upload(name, content(), content_type))

    assert response.status_code == 200
    assert message in image_errors(response)
    assert not ProjectImage.objects.exists()
    assert stored_files() == []


@pytest.mark.parametrize("case", HOSTILE)
def test_hostile_upload_is_refused_by_the_model_field_validator(case):
    name, content, content_type, message = HOSTILE[case]
    image = ProjectImage(project=ProjectFactory(), alt_text="A photo", image=upload(name, content(), content_type))

    with pytest.raises(ValidationError) as refused:
        image.full_clean()

    assert list(refused.value.message_dict) == ["image"]
    assert message in refused.value.message_dict["image"][0]


@pytest.mark.parametrize(
    ("content", "words"), [(png_text_bomb, "decompression bomb"), (png_with_a_chunk_cut_short, "cut short")]
)
def test_a_small_png_whose_data_cannot_be_unpacked_is_refused_with_what_to_do(publisher_client, content, words):
    response = add_image_in_admin(publisher_client, ProjectFactory(), upload("small.png", content(), "image/png"))

    errors = image_errors(response)
    assert words in errors
    assert "save it again as JPEG, PNG or WebP" in errors
    assert "megapixels" not in errors  # its pixels are few: scaling it down would not help
    assert not ProjectImage.objects.exists()


def test_refusal_names_the_accepted_formats(publisher_client):
    response = add_image_in_admin(publisher_client, ProjectFactory(), upload("a.gif", HOSTILE["GIF"][1](), "image/gif"))

    assert "Upload the image as JPEG, PNG or WebP instead." in text(response)


def test_image_without_alt_text_is_refused_in_the_admin(publisher_client):
    response = add_image_in_admin(publisher_client, ProjectFactory(), upload("a.jpg", photo(900, 600)), alt_text_en="")

    assert response.status_code == 200
    assert "This field is required." in text(response)
    assert not ProjectImage.objects.exists()


def test_upload_field_asks_the_browser_for_the_accepted_formats_only(publisher_client):
    page = html(publisher_client.get(ADD_IMAGE))

    assert re.search(r'<input type="file" name="image" accept="image/jpeg,image/png,image/webp"', page)


# --- What is stored --------------------------------------------------------------------------------------------


def test_stored_photo_has_no_exif_or_location_and_is_turned_upright(publisher_client):
    project = ProjectFactory()

    add_image_in_admin(publisher_client, project, upload("phone.jpg", jpeg_with_gps()))

    image = project.images.get()
    stored = decoded(image.image.name)
    assert "exif" not in stored.info
    assert not stored.getexif()
    assert not stored.getexif().get_ifd(GPS_IFD)
    assert b"Phone Maker" not in media(image.image.name).read_bytes()
    # The phone was held upright: the 300 x 200 pixels it stored are shown 200 wide and 300 high.
    assert stored.size == (200, 300)
    assert (image.width, image.height) == (200, 300)
    for rendition in image.renditions:
        for key in ("webp", "jpeg"):
            assert not decoded(rendition[key]).getexif()


def test_cmyk_jpeg_is_stored_in_rgb(publisher_client):
    project = ProjectFactory()

    add_image_in_admin(publisher_client, project, upload("print.jpg", cmyk_jpeg()))

    image = project.images.get()
    stored = decoded(image.image.name)
    assert stored.mode == "RGB"
    red, green, blue = stored.getpixel((450, 300))
    assert red < 40 and green > 200 and blue > 200  # still cyan
    assert decoded(image.renditions[-1]["jpeg"]).mode == "RGB"


def test_png_with_alpha_keeps_it_in_webp_and_gets_a_white_background_in_jpeg(publisher_client):
    project = ProjectFactory()

    add_image_in_admin(publisher_client, project, upload("cut-out.png", png_with_alpha(600, 400), "image/png"))

    image = project.images.get()
    assert decoded(image.image.name).mode == "RGBA"
    smallest = image.renditions[0]
    webp, jpeg = decoded(smallest["webp"]), decoded(smallest["jpeg"])
    assert webp.mode == "RGBA"
    assert webp.getpixel((2, 2))[3] == 0
    assert jpeg.mode == "RGB"
    assert all(channel > 245 for channel in jpeg.getpixel((2, 2)))  # the transparent corner, on white
    red, green, blue = jpeg.getpixel((200, 133))
    assert blue > 200 and red < 40 and green < 40  # the blue square


def test_upload_is_stored_under_the_extension_of_its_content(publisher_client):
    project = ProjectFactory()

    add_image_in_admin(publisher_client, project, upload("really-a-png.jpg", photo(500, 300, "PNG")))

    assert project.images.get().image.name.endswith("/really-a-png.png")


# --- Renditions -------------------------------------------------------------------------------------------------


def test_renditions_are_drawn_in_webp_and_jpeg_in_each_width_up_to_the_original(publisher_client):
    project = ProjectFactory()

    add_image_in_admin(publisher_client, project, upload("wide.jpg", photo(2000, 1200)))

    image = project.images.get()
    stem = Path(image.image.name).stem
    assert [(r["width"], r["height"]) for r in image.renditions] == [(400, 240), (800, 480), (1600, 960)]
    for rendition in image.renditions:
        width = rendition["width"]
        assert rendition["webp"] == f"projects/{image.image.name.split('/')[1]}/renditions/{stem}-{width}.webp"
        webp, jpeg = decoded(rendition["webp"]), decoded(rendition["jpeg"])
        assert (webp.format, webp.size) == ("WEBP", (width, rendition["height"]))
        assert (jpeg.format, jpeg.size) == ("JPEG", (width, rendition["height"]))


@pytest.mark.parametrize(("width", "widths"), [(1200, [400, 800, 1200]), (600, [400, 600]), (300, [300])])
def test_image_narrower_than_the_largest_rendition_is_drawn_up_to_its_own_width(publisher_client, width, widths):
    project = ProjectFactory()

    add_image_in_admin(publisher_client, project, upload("photo.jpg", photo(width, width // 2)))

    assert [r["width"] for r in project.images.get().renditions] == widths


def test_renditions_are_reused_when_the_image_is_saved_again(publisher_client, count_drawings):
    project = ProjectFactory()
    add_image_in_admin(publisher_client, project, upload("photo.jpg", photo()))
    image = project.images.get()
    renditions = image.renditions
    written = {path: path.stat().st_mtime_ns for path in stored_files()}
    url = f"/admin/projects/projectimage/{image.pk}/change/"

    response = publisher_client.post(
        url, admin_form_data(publisher_client, url) | {"alt_text_en": "A better description"}
    )

    assert response.status_code == 302
    image.refresh_from_db()
    assert image.alt_text == "A better description"
    assert image.renditions == renditions
    assert len(count_drawings) == 1  # the first save only
    assert {path: path.stat().st_mtime_ns for path in stored_files()} == written


def test_a_new_upload_gets_renditions_of_its_own(publisher_client):
    project = ProjectFactory()
    add_image_in_admin(publisher_client, project, upload("first.jpg", photo(1000, 600)))
    image = project.images.get()
    url = f"/admin/projects/projectimage/{image.pk}/change/"

    second = upload("second.png", photo(500, 300, "PNG"))
    publisher_client.post(url, admin_form_data(publisher_client, url) | {"image": second})

    image.refresh_from_db()
    assert image.image.name.endswith("/second.png")
    assert [r["width"] for r in image.renditions] == [400, 500]
    assert all("second-" in r["webp"] and media(r["webp"]).exists() for r in image.renditions)


def project_form_with_new_image(client, project, file) -> tuple[str, dict]:
    url = f"/admin/projects/project/{project.pk}/change/"
    data = admin_form_data(client, url)
    new = int(data["images-TOTAL_FORMS"])
    data |= {
        "images-TOTAL_FORMS": str(new + 1),
        f"images-{new}-image": file,
        f"images-{new}-alt_text_en": "A tram stop in Jätkäsaari",
        f"images-{new}-credit": "Jane Doe",
        f"images-{new}-order": "1",
        f"images-{new}-project": str(project.pk),
    }
    return url, data


def test_image_added_on_the_project_form_is_cleaned_and_drawn(publisher_client):
    project = ProjectFactory()
    url, data = project_form_with_new_image(publisher_client, project, upload("phone.jpg", jpeg_with_gps()))

    response = publisher_client.post(url, data)

    assert response.status_code == 302, text(response)
    image = project.images.get()
    assert not decoded(image.image.name).getexif()
    assert (image.width, image.height) == (200, 300)
    assert [r["width"] for r in image.renditions] == [200]


@pytest.mark.parametrize(
    "case", ["decompression bomb", "text that inflates to 60 MB", "SVG with a script", "text named .jpg"]
)
def test_hostile_upload_is_refused_on_the_project_form(publisher_client, case):
    name, content, content_type, message = HOSTILE[case]
    project = ProjectFactory()
    url, data = project_form_with_new_image(publisher_client, project, upload(name, content(), content_type))

    response = publisher_client.post(url, data)

    assert response.status_code == 200
    assert message in text(response)
    assert not project.images.exists()


def test_images_saved_unchanged_on_the_project_form_are_not_drawn_again(publisher_client, count_drawings):
    project = ProjectFactory()
    ProjectImageFactory(project=project, image=upload("photo.jpg", photo(900, 600)), with_renditions=True)
    url = f"/admin/projects/project/{project.pk}/change/"

    response = publisher_client.post(url, admin_form_data(publisher_client, url) | {"summary_en": "A new summary."})

    assert response.status_code == 302
    assert len(count_drawings) == 1  # by the factory


def test_make_renditions_draws_what_is_missing_and_nothing_else(count_drawings, capsys):
    old = ProjectImageFactory(image=upload("old.jpg", photo(900, 600)))
    current = ProjectImageFactory(image=upload("current.jpg", photo(900, 600)), with_renditions=True)
    lost = ProjectImageFactory(image=upload("lost.jpg", photo(900, 600)), with_renditions=True)
    media(lost.renditions[0]["webp"]).unlink()
    count_drawings.clear()

    call_command("make_renditions")

    old.refresh_from_db()
    lost.refresh_from_db()
    assert [r["width"] for r in old.renditions] == [400, 800, 900]
    assert media(lost.renditions[0]["webp"]).exists()
    assert [args[1] for args in count_drawings] == [old.image.name, lost.image.name]
    assert "Renditions drawn for 2 images; 1 were up to date." in capsys.readouterr().out
    assert current.renditions == ProjectImage.objects.get(pk=current.pk).renditions

    count_drawings.clear()
    call_command("make_renditions")
    assert count_drawings == []


def test_make_renditions_reports_an_unreadable_file_and_goes_on(capsys):
    broken = ProjectImageFactory(image=upload("broken.jpg", photo(900, 600)))
    media(broken.image.name).write_bytes(b"not an image any more")
    fine = ProjectImageFactory(image=upload("fine.jpg", photo(900, 600)))

    call_command("make_renditions")

    fine.refresh_from_db()
    assert fine.renditions
    output = capsys.readouterr()
    assert broken.image.name in output.err
    assert "1 could not be read" in output.out


def test_load_demo_draws_every_image_and_logo_once(count_drawings):
    call_command("load_demo", stdout=io.StringIO())
    drawn = len(count_drawings)

    call_command("load_demo", stdout=io.StringIO())

    rows = [(image, "image") for image in ProjectImage.objects.all()]
    rows += [(org, "logo") for model in (Company, Partner) for org in model.objects.all()]
    assert rows and drawn == len(rows)
    assert len(count_drawings) == drawn  # the second run drew nothing
    for obj, field_name in rows:
        assert images.renditions_are_current(obj, field_name, check_files=True)


# --- Pages --------------------------------------------------------------------------------------------------------


def img_tags(page: str) -> list[str]:
    return re.findall(r"<img [^>]*>", page)


def test_project_page_shows_each_image_as_a_picture_of_its_renditions(client):
    project = ProjectFactory()
    first = ProjectImageFactory(
        project=project,
        image=upload("first.jpg", photo(2000, 1200)),
        alt_text="Solar panels on a school roof in Porvoo",
        caption="The school's new roof.",
        credit="Jane Doe",
        order=1,
        with_renditions=True,
    )
    second = upload("second.jpg", photo(1000, 750))
    ProjectImageFactory(project=project, image=second, alt_text="A bus stop", order=2, with_renditions=True)

    page = html(client.get(project.get_absolute_url()))

    figures = re.findall(r'<figure class="project-image">(.*?)</figure>', page, re.DOTALL)
    assert len(figures) == 2
    hero, later = figures
    base = first.image.url.rsplit("/", 1)[0] + "/renditions/" + Path(first.image.name).stem
    assert (
        f'<source type="image/webp" srcset="{base}-400.webp 400w, {base}-800.webp 800w, {base}-1600.webp 1600w" '
        'sizes="(min-width: 72rem) 48rem' in hero
    )
    (img,) = img_tags(hero)
    assert f'src="{base}-800.jpg"' in img
    assert f'srcset="{base}-400.jpg 400w, {base}-800.jpg 800w, {base}-1600.jpg 1600w"' in img
    assert 'width="800" height="480"' in img
    assert 'alt="Solar panels on a school roof in Porvoo"' in img
    assert 'decoding="async"' in img
    assert "loading=" not in img  # the first image is in view: it loads at once
    (later_img,) = img_tags(later)
    assert 'loading="lazy"' in later_img
    assert 'width="800" height="600"' in later_img
    assert '<figcaption>The school\'s new roof. <span class="credit">Photo: Jane Doe</span></figcaption>' in (
        text(client.get(project.get_absolute_url()))
    )
    assert f'<meta property="og:image" content="http://testserver{base}-1600.jpg">' in page


def test_image_saved_before_renditions_is_shown_from_its_original_file(client):
    project = ProjectFactory()
    image = ProjectImageFactory(project=project, alt_text="An old photo")

    page = html(client.get(project.get_absolute_url()))

    (img,) = img_tags(page.split('<figure class="project-image">')[1])
    assert f'src="{image.image.url}"' in img
    assert 'width="60" height="40"' in img
    assert "srcset" not in img
    assert '<source type="image/webp"' not in page


def test_project_card_offers_the_renditions_with_lazy_loading(client):
    project = ProjectFactory(is_featured=True)
    ProjectImageFactory(project=project, image=upload("card.jpg", photo(1200, 800)), with_renditions=True)

    page = html(client.get("/en/projects/"))

    (img,) = [tag for tag in img_tags(page) if "card-image" in tag]
    assert re.search(r'srcset="[^"]*card-400\.jpg 400w, [^"]*card-800\.jpg 800w, [^"]*card-1200\.jpg 1200w"', img)
    assert 'sizes="(min-width: 36rem) 24rem, calc(100vw - 2rem)"' in img
    assert 'loading="lazy"' in img
    assert 'width="800" height="533"' in img
    assert 'alt=""' in img
    assert '<source type="image/webp" srcset="' in page


def test_renditions_are_read_from_the_row_without_queries(client):
    def queries(project):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(project.get_absolute_url()).status_code == 200
        return len(captured)

    plain, drawn = ProjectFactory(), ProjectFactory()
    for _ in range(3):
        ProjectImageFactory(project=plain)
        ProjectImageFactory(project=drawn, image=upload("p.jpg", photo(900, 600)), with_renditions=True)
    queries(plain)  # the first page also reads what the process then keeps for every page (the cards' priorities)

    assert queries(drawn) == queries(plain)


def test_admin_previews_the_smallest_rendition(publisher_client):
    image = ProjectImageFactory(image=upload("preview.jpg", photo(1200, 800)), with_renditions=True)

    page = html(publisher_client.get("/admin/projects/projectimage/"))

    assert f'<img src="/media/{image.renditions[0]["jpeg"]}" alt="{image.alt_text}" height="80">' in page
