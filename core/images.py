"""Uploaded images: checked by their content, stored clean, and drawn once in the sizes the pages ask for.

An upload must be a JPEG, PNG or WebP image of at most 10 MB, 40 megapixels and 16,383 pixels a side
(validate_image). Before it is stored it is decoded and encoded again, upright and in sRGB, without EXIF or any
other metadata (reencode), so nothing a camera wrote (a location, a serial number) reaches the site. store_image
then draws each rendition width as WebP and as JPEG next to the original and records them on the row
(make_renditions), so pages only read them. CheckedImageField puts these rules on a model field, so every form and
every path gets them.
"""

import io
import logging
import struct
from dataclasses import dataclass
from pathlib import PurePosixPath

from django import forms
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.base import ContentFile
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

logger = logging.getLogger(__name__)

# The formats accepted, with the file extension each is stored under.
ACCEPTED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
DECODERS = tuple(ACCEPTED_FORMATS)
ACCEPT_ATTRIBUTE = "image/jpeg,image/png,image/webp"
MAX_UPLOAD_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000
# WebP, in which the renditions are drawn, holds at most this many pixels a side; a rendition is never larger than
# the original, so an original within it always gets its renditions.
MAX_SIDE = 16_383

# Rendition widths in pixels: photos fill a column up to about 800 CSS pixels (1600 on dense screens);
# logos are shown at most 120 CSS pixels wide.
PHOTO_WIDTHS = (400, 800, 1600)
LOGO_WIDTHS = (120, 240, 480)
# The JPEG given to browsers that read no srcset: the smallest rendition at least this wide.
FALLBACK_WIDTH = 800
# JPEG has no transparency: transparent parts of a PNG or WebP are laid on the page's background.
JPEG_BACKGROUND = (255, 255, 255)

SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))

# Other kinds of file recognised by their first bytes, so the message can name what was sent.
OTHER_KINDS = [
    (0, b"GIF8", "GIF"),
    (0, b"II*\x00", "TIFF"),
    (0, b"MM\x00*", "TIFF"),
    (0, b"BM", "BMP"),
    (0, b"%PDF", "PDF"),
    (4, b"ftypheic", "HEIC"),
    (4, b"ftypheix", "HEIC"),
    (4, b"ftypmif1", "HEIF"),
    (4, b"ftypavif", "AVIF"),
]

MESSAGES = {
    "too_large": _("The file is %(size)s; an image may be at most %(limit)s. Save it smaller and upload it again."),
    "svg": _(
        "SVG drawings are not accepted, because they can carry scripts. Upload the image as JPEG, PNG or WebP instead."
    ),
    "other_format": _("%(kind)s files are not accepted. Upload the image as JPEG, PNG or WebP instead."),
    "not_an_image": _("This file is not a JPEG, PNG or WebP image. Upload an image in one of these formats."),
    "too_many_pixels": _(
        "The image is %(width)s × %(height)s pixels (%(megapixels)s megapixels); an image may have at most "
        "%(limit)s megapixels. Scale it down and upload it again."
    ),
    "too_long_a_side": _(
        "The image is %(width)s × %(height)s pixels; a side may be at most %(limit)s pixels. Crop it or scale it "
        "down and upload it again."
    ),
    "bomb": _(
        "This image would take too much memory to open (it may be a “decompression bomb”). Upload a JPEG, PNG or "
        "WebP image of at most %(limit)s megapixels."
    ),
    "cannot_unpack": _(
        "This image holds data that is cut short, or that would take too much memory to unpack (it may be a "
        "“decompression bomb”). Open it in an image editor, save it again as JPEG, PNG or WebP and upload it again."
    ),
    "damaged": _(
        "The image file is damaged or incomplete. Open it in an image editor, save it again as JPEG, PNG or WebP "
        "and upload it again."
    ),
}


# --- Checking an upload ---------------------------------------------------------------------------------------


def _refuse(code: str, **params) -> ValidationError:
    return ValidationError(MESSAGES[code], code=code, params=params or None)


def _kind_of(head: bytes) -> str | None:
    """Name the format a refused file is in, when its first bytes show it."""
    if b"<svg" in head.lower():
        return "SVG"
    for offset, magic, kind in OTHER_KINDS:
        if head[offset : offset + len(magic)] == magic:
            return kind
    return None


def validate_image(value: File) -> None:
    """Refuse a new upload that is not a whole JPEG, PNG or WebP image within the size and pixel limits."""
    # A file already in storage was checked when it was uploaded; saving its row again does not re-read it.
    if not value or getattr(value, "_committed", False):
        return
    if value.size > MAX_UPLOAD_BYTES:
        raise _refuse("too_large", size=filesizeformat(value.size), limit=filesizeformat(MAX_UPLOAD_BYTES))
    value.seek(0)
    head = value.read(1024)
    value.seek(0)
    try:
        # Only the accepted formats' decoders ever see the file.
        with Image.open(value, formats=DECODERS) as image:
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise _refuse(
                    "too_many_pixels",
                    width=width,
                    height=height,
                    megapixels=f"{width * height / 1_000_000:.0f}",
                    limit=MAX_PIXELS // 1_000_000,
                )
            if max(width, height) > MAX_SIDE:
                raise _refuse("too_long_a_side", width=width, height=height, limit=MAX_SIDE)
            image.verify()
        # verify() checks the structure; only decoding the pixels finds a file cut short.
        value.seek(0)
        with Image.open(value, formats=DECODERS) as image:
            image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise _refuse("bomb", limit=MAX_PIXELS // 1_000_000) from error
    except UnidentifiedImageError as error:
        kind = _kind_of(head)
        if kind == "SVG":
            raise _refuse("svg") from error
        if kind:
            raise _refuse("other_format", kind=kind) from error
        raise _refuse("not_an_image") from error
    except ValueError as error:
        # Pillow raises ValueError for a PNG whose compressed text or colour profile would inflate beyond
        # PngImagePlugin.MAX_TEXT_CHUNK or MAX_TEXT_MEMORY (a bomb in its text rather than its pixels), and for a
        # chunk cut short: only its wording tells them apart, so one message names both.
        raise _refuse("cannot_unpack") from error
    except (OSError, SyntaxError, EOFError, struct.error) as error:
        # How Pillow's decoders report other broken or cut-short data.
        raise _refuse("damaged") from error
    finally:
        value.seek(0)


# --- Storing a clean original ---------------------------------------------------------------------------------


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in image.info


def to_srgb(image: Image.Image) -> Image.Image:
    """Convert any mode to RGB (or RGBA when it has transparency), through its ICC profile when it has one."""
    mode = "RGBA" if _has_alpha(image) else "RGB"
    if image.mode in ("I", "I;16", "I;16B", "I;16L"):
        # 16-bit grey: Pillow would clip it to 8 bits (mostly white) instead of scaling it.
        image = image.convert("I").point(lambda value: value / 256).convert("L")
    profile = image.info.get("icc_profile")
    if profile and image.mode in ("RGB", "RGBA", "CMYK", "L"):
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
            return ImageCms.profileToProfile(image, source, SRGB, outputMode=mode)
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # A broken or unusual profile: convert the numbers as they are.
    return image.convert(mode)


def _upright(image: Image.Image) -> Image.Image:
    """Turn the image as its EXIF orientation says the camera was held."""
    try:
        return ImageOps.exif_transpose(image)
    except (SyntaxError, ValueError, TypeError, KeyError, struct.error):
        # A malformed EXIF block: the pixels are fine, only the hint on how to turn them is lost.
        image.load()
        return image.copy()


def _clean(image: Image.Image) -> Image.Image:
    """Return the image upright and in sRGB, with no metadata left to be written out."""
    image = to_srgb(_upright(image))
    image.info = {}
    return image


def _encode(image: Image.Image, image_format: str, **options) -> bytes:
    out = io.BytesIO()
    image.save(out, image_format, **options)
    return out.getvalue()


ORIGINAL_OPTIONS = {
    "JPEG": {"quality": 90, "optimize": True, "progressive": True},
    "PNG": {"optimize": True},
    "WEBP": {"quality": 90, "method": 4},
}


def reencode(file: File) -> ContentFile:
    """Decode an upload and encode it again in its format, upright and in sRGB, without EXIF or other metadata."""
    file.seek(0)
    with Image.open(file, formats=DECODERS) as image:
        image_format = image.format
        clean = _clean(image)
    if image_format == "JPEG" and clean.mode == "RGBA":
        clean = clean.convert("RGB")
    stem = PurePosixPath(file.name or "image").stem or "image"
    return ContentFile(
        _encode(clean, image_format, **ORIGINAL_OPTIONS[image_format]),
        name=f"{stem}.{ACCEPTED_FORMATS[image_format]}",
    )


# --- Renditions -----------------------------------------------------------------------------------------------


def rendition_widths(original_width: int, widths: tuple[int, ...]) -> list[int]:
    """List the widths to draw: each one narrower than the original, then the original's (capped at the largest)."""
    narrower = [width for width in widths if width < original_width]
    widest = min(original_width, max(widths))
    return narrower if widest in narrower else [*narrower, widest]


def rendition_name(name: str, width: int, extension: str) -> str:
    """Name a rendition's file: renditions/<stem>-<width>.<extension> beside the original."""
    path = PurePosixPath(name)
    return str(path.parent / "renditions" / f"{path.stem}-{width}.{extension}")


def _flatten(image: Image.Image) -> Image.Image:
    if image.mode != "RGBA":
        return image
    background = Image.new("RGB", image.size, JPEG_BACKGROUND)
    background.paste(image, mask=image.getchannel("A"))
    return background


def _store(storage, name: str, data: bytes) -> str:
    # The name follows from the original's, so a file already there is an earlier drawing of the same rendition.
    if storage.exists(name):
        storage.delete(name)
    return storage.save(name, ContentFile(data))


def draw_renditions(storage, name: str, widths: tuple[int, ...]) -> list[dict]:
    """Draw the stored image `name` in each rendition width as WebP and JPEG; return what was stored."""
    with storage.open(name, "rb") as file, Image.open(file, formats=DECODERS) as image:
        # A JPEG decodes straight at a smaller scale that still covers the largest rendition: much faster.
        image.draft(image.mode, (max(widths), max(widths)))
        source = _clean(image)
    targets = rendition_widths(source.width, widths)
    renditions = []
    for width in targets:
        height = max(1, round(source.height * width / source.width))
        resized = source if (width, height) == source.size else source.resize((width, height), Image.Resampling.LANCZOS)
        webp = _encode(resized, "WEBP", quality=80, method=4)
        jpeg = _encode(_flatten(resized), "JPEG", quality=80, optimize=True, progressive=True)
        renditions.append(
            {
                "width": width,
                "height": height,
                "webp": _store(storage, rendition_name(name, width, "webp"), webp),
                "jpeg": _store(storage, rendition_name(name, width, "jpg"), jpeg),
            }
        )
    return renditions


def _field(obj: models.Model, field_name: str) -> "CheckedImageField":
    return obj._meta.get_field(field_name)


def renditions_are_current(obj: models.Model, field_name: str, *, check_files: bool = False) -> bool:
    """Tell whether the renditions recorded on obj were drawn from its present image (and, if asked, are on disk)."""
    field, file = _field(obj, field_name), getattr(obj, field_name)
    recorded = getattr(obj, field.renditions_field) or []
    if not file:
        return not recorded
    if not recorded:
        return False
    for rendition in recorded:
        for key, extension in (("webp", "webp"), ("jpeg", "jpg")):
            if rendition[key] != rendition_name(file.name, rendition["width"], extension):
                return False
            if check_files and not file.storage.exists(rendition[key]):
                return False
    return True


def make_renditions(obj: models.Model, field_name: str, *, check_files: bool = False) -> bool:
    """Draw and record obj's renditions unless the recorded ones are current; return whether they changed."""
    if renditions_are_current(obj, field_name, check_files=check_files):
        return False
    field, file = _field(obj, field_name), getattr(obj, field_name)
    renditions = draw_renditions(file.storage, file.name, field.rendition_widths) if file else []
    setattr(obj, field.renditions_field, renditions)
    return True


def store_image(obj: models.Model, field_name: str) -> bool:
    """Store a new upload of obj's image re-encoded, make its renditions and tell whether obj changed (not saved)."""
    file = getattr(obj, field_name)
    stored = False
    if file and not file._committed:
        clean = reencode(file)
        # Saving through the field file names it by upload_to and updates the width and height fields.
        file.save(clean.name, clean, save=False)
        stored = True
    try:
        return make_renditions(obj, field_name) or stored
    except Exception:
        # An image stored long ago may be lost or unreadable: the entry still saves, and shows the original.
        logger.exception("Could not draw the renditions of %s", getattr(obj, field_name).name)
        return stored


# --- The model field and its form field -----------------------------------------------------------------------


class ImageUploadField(forms.ImageField):
    """An image upload whose content is checked by the model field's validator, which says what is wrong."""

    # Django's own check answers every problem with one message, and its extension check lists forty formats.
    default_validators = []

    def to_python(self, data):
        return forms.FileField.to_python(self, data)

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        if isinstance(widget, forms.FileInput) and "accept" not in widget.attrs:
            attrs["accept"] = ACCEPT_ATTRIBUTE
        return attrs


class CheckedImageField(models.ImageField):
    """An ImageField checked by content (validate_image) whose uploads are stored re-encoded, with renditions.

    `renditions_field` names the JSONField where store_image records the renditions drawn in `rendition_widths`.
    """

    default_validators = [validate_image]

    def __init__(self, *args, renditions_field: str, rendition_widths: tuple[int, ...] = PHOTO_WIDTHS, **kwargs):
        self.renditions_field = renditions_field
        self.rendition_widths = tuple(rendition_widths)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["renditions_field"] = self.renditions_field
        kwargs["rendition_widths"] = self.rendition_widths
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": ImageUploadField, **kwargs})

    def update_dimension_fields(self, instance, force=False, *args, **kwargs):
        # Django reads the size of a file as soon as it is assigned (before any validator has seen it) and when a
        # row without a size is loaded. For a file Pillow cannot read (a bomb in its pixels or its text, broken
        # data, which it reports with many exception types) or a lost file, leave the size unknown: the validator
        # says what is wrong with an upload, and a page still shows the rest of the entry.
        try:
            super().update_dimension_fields(instance, force, *args, **kwargs)
        except Exception:
            for name in (self.width_field, self.height_field):
                if name:
                    setattr(instance, name, None)

    def pre_save(self, model_instance, add):
        # A path that did not call store_image still never stores the upload as it came.
        file = getattr(model_instance, self.attname)
        if file and not file._committed:
            setattr(model_instance, self.attname, reencode(file))
        return super().pre_save(model_instance, add)


# --- Showing an image -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Picture:
    """What a <picture> element needs: the fallback image, its size, and the srcsets of the renditions."""

    src: str
    width: int | None
    height: int | None
    webp_srcset: str = ""
    jpeg_srcset: str = ""
    smallest: str = ""
    largest: str = ""


def picture_of(obj: models.Model, field_name: str) -> Picture | None:
    """Describe obj's image for a <picture>: its renditions, or the original file for a row that has none yet."""
    field, file = _field(obj, field_name), getattr(obj, field_name)
    if not file:
        return None
    renditions = getattr(obj, field.renditions_field) or []
    url = file.storage.url
    if not renditions:
        width = getattr(obj, field.width_field) if field.width_field else None
        height = getattr(obj, field.height_field) if field.height_field else None
        return Picture(src=file.url, width=width, height=height, smallest=file.url, largest=file.url)
    fallback = next((r for r in renditions if r["width"] >= FALLBACK_WIDTH), renditions[-1])
    return Picture(
        src=url(fallback["jpeg"]),
        width=fallback["width"],
        height=fallback["height"],
        webp_srcset=", ".join(f"{url(r['webp'])} {r['width']}w" for r in renditions),
        jpeg_srcset=", ".join(f"{url(r['jpeg'])} {r['width']}w" for r in renditions),
        smallest=url(renditions[0]["jpeg"]),
        largest=url(renditions[-1]["jpeg"]),
    )


def logo_field(upload_to: str) -> CheckedImageField:
    """An organisation's logo, checked and drawn in LOGO_WIDTHS; the model also has logo_width, _height, _renditions."""
    return CheckedImageField(
        _("logo"),
        upload_to=upload_to,
        blank=True,
        width_field="logo_width",
        height_field="logo_height",
        renditions_field="logo_renditions",
        rendition_widths=LOGO_WIDTHS,
        help_text=_(
            "A JPEG, PNG or WebP image of at most 10 MB, best square and at least 480 pixels wide. "
            "A PNG keeps its transparent background."
        ),
    )
