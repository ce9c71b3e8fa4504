"""The generated pictures of the demo content: project illustrations and organisation logos."""

import io
import math
import random

from PIL import Image, ImageDraw, ImageFont

IMAGE_SIZE = (1200, 800)


def hex_to_rgb(value: str) -> tuple[int, int, int]:
    value = value.lstrip("#")
    return tuple(int(value[i : i + 2], 16) for i in (0, 2, 4))


def shade(rgb, factor: float) -> tuple[int, int, int]:
    """Darker below 1, lighter (towards white) above 1."""
    if factor <= 1:
        return tuple(round(c * factor) for c in rgb)
    return tuple(round(c + (255 - c) * (factor - 1)) for c in rgb)


def load_font(size: int):
    for name in ("DejaVuSans-Bold.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def fitted_font(draw, text: str, max_width: int, start: int):
    size = start
    while size > 24:
        font = load_font(size)
        left, _top, right, _bottom = draw.textbbox((0, 0), text, font=font)
        if right - left <= max_width:
            return font
        size -= 8
    return load_font(size)


def draw_illustration(seed: str, colour: str, text: str, style: int) -> bytes:
    """An abstract composition in one priority's colour with `text` set large: a JPEG of IMAGE_SIZE."""
    rng = random.Random(seed)
    width, height = IMAGE_SIZE
    base = hex_to_rgb(colour)
    mask = Image.linear_gradient("L").resize((width, height))
    image = Image.composite(
        Image.new("RGB", (width, height), shade(base, 0.45)), Image.new("RGB", (width, height), shade(base, 1.25)), mask
    ).convert("RGBA")
    overlay = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    if style == 0:
        # Translucent circles of different sizes and shades.
        for _ in range(16):
            radius = rng.randint(50, 330)
            x, y = rng.randint(-100, width + 100), rng.randint(-100, height + 100)
            fill = (*shade(base, rng.choice([0.35, 0.6, 1.3, 1.6, 1.85])), rng.randint(55, 150))
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=fill)
    else:
        # A pale sun above layered wavy bands, like hills or waves.
        sun_x, sun_y, sun_r = rng.randint(250, width - 250), rng.randint(120, 260), rng.randint(70, 130)
        draw.ellipse((sun_x - sun_r, sun_y - sun_r, sun_x + sun_r, sun_y + sun_r), fill=(255, 250, 235, 170))
        bands = 7
        for band in range(bands):
            top = int(height * (0.35 + band * 0.09))
            amplitude, phase = rng.randint(15, 45), rng.uniform(0, math.tau)
            wavelength = rng.randint(350, 700)
            points = [
                (x, top + amplitude * math.sin(phase + x * math.tau / wavelength)) for x in range(0, width + 25, 25)
            ]
            points += [(width, height), (0, height)]
            fill = (*shade(base, 1.5 - band * 0.16), 200)
            draw.polygon(points, fill=fill)
    image = Image.alpha_composite(image, overlay)
    draw = ImageDraw.Draw(image)
    font = fitted_font(draw, text, width - 160, 190)
    left, _top, _right, bottom = draw.textbbox((0, 0), text, font=font)
    x, y = 80 - left, height - 90 - bottom
    draw.text((x + 4, y + 4), text, font=font, fill=(0, 0, 0, 110))
    draw.text((x, y), text, font=font, fill=(255, 255, 255, 255))
    out = io.BytesIO()
    image.convert("RGB").save(out, "JPEG", quality=85, optimize=True)
    return out.getvalue()


def draw_logo(name: str, colour: str) -> bytes:
    """A square PNG logo: the organisation's initials on a rounded square of its priority's colour."""
    name = name.split("–")[0].split("(")[0]
    words = [w for w in name.split() if w[0].isupper() and w not in ("Oy", "Oyj", "Ab")]
    if len(words) == 1:
        initials = words[0] if len(words[0]) <= 4 and words[0].isupper() else words[0][:2].upper()
    else:
        initials = "".join(w[0] for w in words[:2]).upper() or "?"
    image = Image.new("RGB", (400, 400), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((20, 20, 380, 380), radius=60, fill=hex_to_rgb(colour))
    font = fitted_font(draw, initials, 280, 190)
    draw.text((200, 200), initials, font=font, fill=(255, 255, 255), anchor="mm")
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()
