"""Image files as curators (and attackers) upload them: ordinary photos, and files built to do harm."""

import io
import struct
import zlib
from functools import cache

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

# EXIF tags: the camera's orientation, its make, and the GPS block with the place the photo was taken.
ORIENTATION, MAKE, GPS_IFD = 0x0112, 0x010F, 0x8825
ROTATED_90 = 6  # the camera was held upright: show the stored pixels turned 90° clockwise
HELSINKI_CATHEDRAL = {1: "N", 2: (60.0, 10.0, 12.0), 3: "E", 4: (24.0, 57.0, 8.0)}


def encoded(image: Image.Image, image_format: str, **options) -> bytes:
    out = io.BytesIO()
    image.save(out, image_format, **options)
    return out.getvalue()


def photo(width: int = 2000, height: int = 1200, image_format: str = "JPEG", **options) -> bytes:
    """A photo-like image (a gradient, so renditions have something to scale)."""
    image = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    return encoded(image, image_format, **options)


def upload(name: str, data: bytes, content_type: str = "image/jpeg") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type=content_type)


def jpeg_with_gps() -> bytes:
    """A 300 x 200 JPEG from a phone held upright, that says where and with what it was taken."""
    exif = Image.Exif()
    exif[ORIENTATION] = ROTATED_90
    exif[MAKE] = "Phone Maker"
    exif[GPS_IFD] = HELSINKI_CATHEDRAL
    return encoded(Image.new("RGB", (300, 200), (200, 30, 30)), "JPEG", exif=exif.tobytes())


def cmyk_jpeg() -> bytes:
    """A JPEG in print colours (CMYK): pure cyan."""
    return encoded(Image.new("CMYK", (900, 600), (255, 0, 0, 0)), "JPEG")


def png_with_alpha(width: int = 600, height: int = 400) -> bytes:
    """A PNG that is transparent except for an opaque blue square in its middle."""
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    image.paste((0, 0, 255, 255), (width // 4, height // 4, 3 * width // 4, 3 * height // 4))
    return encoded(image, "PNG")


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


@cache  # built once per process: compressing it takes a while, and bytes cannot be changed by a test
def png_bomb(width: int = 20000, height: int = 20000) -> bytes:
    """A black 1-bit PNG of width x height pixels: some 50 KB on disk, gigabytes once decoded."""
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1 bit per pixel, greyscale
    row = b"\x00" * (1 + (width + 7) // 8)  # filter byte + the packed pixels
    compressor = zlib.compressobj(9)
    pixels = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    return b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header) + _png_chunk(b"IDAT", pixels) + _png_chunk(b"IEND", b"")


@cache  # built once per process, as png_bomb
def png_text_bomb() -> bytes:
    """A small, valid PNG with a compressed comment of some 60 MB of spaces: about 61 KB on disk."""
    png = encoded(Image.new("RGB", (40, 30), (10, 120, 60)), "PNG")
    comment = b"Comment\x00\x00" + zlib.compress(b" " * (60 * 1024 * 1024), 9)  # keyword, NUL, method 0 (zlib)
    signature_and_header = 8 + 25
    return png[:signature_and_header] + _png_chunk(b"zTXt", comment) + png[signature_and_header:]


def png_with_a_chunk_cut_short() -> bytes:
    """A small PNG whose pixel-size chunk (pHYs) holds two bytes of its nine."""
    png = encoded(Image.new("RGB", (40, 30), (10, 120, 60)), "PNG")
    signature_and_header = 8 + 25
    return png[:signature_and_header] + _png_chunk(b"pHYs", b"\x00\x00") + png[signature_and_header:]


def thin_strip(width: int = 1, height: int = 65_000) -> bytes:
    """A PNG one pixel wide and very tall: few pixels, but taller than a WebP rendition may be."""
    return encoded(Image.new("L", (width, height), 128), "PNG")


SVG_WITH_SCRIPT = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">'
    b'<script>fetch("/admin/").then(r => r.text()).then(t => alert(t))</script>'
    b'<rect width="100" height="100" fill="green"/></svg>'
)


def gif() -> bytes:
    return encoded(Image.new("P", (40, 40)), "GIF")


TEXT_NAMED_JPG = b"This is a shopping list, not a photo.\nMilk\nBread\n" * 20


def truncated_jpeg() -> bytes:
    """A JPEG cut off halfway through its pixels, as an interrupted download leaves it."""
    data = encoded(Image.effect_noise((800, 600), 60).convert("RGB"), "JPEG", quality=90)
    return data[: len(data) // 2]


def over_10_mb() -> bytes:
    """A valid JPEG padded beyond 10 MB."""
    return photo(400, 300) + b"\x00" * (10 * 1024 * 1024)


# Each hostile upload: (file name, content, content type the browser claims, the words the curator must read).
HOSTILE = {
    "decompression bomb": ("bomb.png", png_bomb, "image/png", "decompression bomb"),
    "SVG with a script": ("logo.svg", lambda: SVG_WITH_SCRIPT, "image/svg+xml", "SVG drawings are not accepted"),
    "GIF": ("animation.gif", gif, "image/gif", "GIF files are not accepted"),
    "text named .jpg": ("photo.jpg", lambda: TEXT_NAMED_JPG, "image/jpeg", "This file is not a JPEG, PNG or WebP"),
    "truncated JPEG": ("cut.jpg", truncated_jpeg, "image/jpeg", "damaged or incomplete"),
    "over 10 MB": ("huge.jpg", over_10_mb, "image/jpeg", "an image may be at most 10.0"),
    "over 40 megapixels": ("wide.png", lambda: png_bomb(8000, 6000), "image/png", "at most 40 megapixels"),
    "text that inflates to 60 MB": ("comment.png", png_text_bomb, "image/png", "decompression bomb"),
    "1 x 65000 pixels": ("strip.png", thin_strip, "image/png", "a side may be at most 16383 pixels"),
}
