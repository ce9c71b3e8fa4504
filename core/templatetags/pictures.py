"""Uploaded images on pages: a <picture> of their WebP and JPEG renditions, sized before they load."""

from django import template

from core.images import picture_of

register = template.Library()

# How wide each kind of image is drawn on the page (site.css), so the browser picks the rendition that fits.
SIZES = {
    # The main column of a detail page: the full width on small screens, beside the 20rem facts box from 60rem.
    "column": "(min-width: 72rem) 48rem, (min-width: 60rem) calc(100vw - 24rem), calc(100vw - 2rem)",
    # A card in a grid of columns at least 16rem wide.
    "card": "(min-width: 36rem) 24rem, calc(100vw - 2rem)",
    # A logo beside a detail page's heading: clamp(4rem, 20vw, 7.5rem).
    "logo": "(min-width: 37.5rem) 7.5rem, max(4rem, 20vw)",
}


@register.inclusion_tag("includes/picture.html")
def picture(obj, field_name: str, *, alt: str, sizes: str, css_class: str = "", alt_lang: str = "", eager=False):
    """Show obj's image: its renditions when it has them, else the original file (rows made before renditions)."""
    return {
        "picture": picture_of(obj, field_name),
        "alt": alt,
        "alt_lang": alt_lang,
        "sizes": SIZES[sizes],
        "css_class": css_class,
        "eager": eager,
    }


@register.simple_tag
def largest_image_url(obj, field_name: str) -> str:
    """The URL of obj's largest JPEG (for link previews), or of the original when it has no renditions."""
    picture = picture_of(obj, field_name)
    return picture.largest if picture else ""
