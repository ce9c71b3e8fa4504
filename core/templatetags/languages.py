"""The page in other languages (switcher, hreflang) and content that fell back to another language."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language, get_language_from_path, get_language_info
from modeltranslation.translator import NotRegistered, translator

from core.richtext import has_text, without_opening

register = template.Library()

FALLBACKS = settings.MODELTRANSLATION_FALLBACK_LANGUAGES
# Fields translated only where they differ (an acronym is mostly the same in every language): no notice when empty.
SAME_UNLESS_TRANSLATED = {"acronym"}


@register.simple_tag(takes_context=True)
def language_versions(context):
    """This page in each language: code, name in that language, and the same address with its filters."""
    request = context["request"]
    current = get_language()
    versions = []
    for code, _name in settings.LANGUAGES:
        versions.append(
            {
                "code": code,
                "name_local": get_language_info(code)["name_local"],
                "url": translate_url(request.get_full_path(), code),
                "is_current": code == current,
            }
        )
    return versions


@register.simple_tag(takes_context=True)
def language_neutral_url(context):
    """This page's address without its language prefix: it sends each visitor to their own language (x-default)."""
    request = context["request"]
    language = get_language_from_path(request.path_info)
    path = request.get_full_path()
    return path.removeprefix(f"/{language}") if language else path


def _language_of(obj, field: str) -> str | None:
    """The language `obj.field` is shown in now: the visitor's, or the fallback that has a value."""
    for code in (get_language(), *FALLBACKS):
        if getattr(obj, f"{field}_{code}", None):
            return code
    return None


@register.filter
def fallback_language(obj, field: str) -> str:
    """The language of `obj.field` when it is not the visitor's (for a `lang` attribute), else ""."""
    language = _language_of(obj, field)
    return language if language and language != get_language() else ""


@register.simple_tag
def translated(obj, field: str, words: int | None = None):
    """A translated plain-text field as HTML, escaped once, also when kept with `as`; text that fell back to
    another language is marked with that language. `words` cuts the text to that many words before it is
    escaped: a filter after the tag would read the escaped entities as text and escape them again."""
    value = getattr(obj, field)
    if words:
        value = Truncator(value).words(words)
    if language := fallback_language(obj, field):
        return format_html('<span lang="{}">{}</span>', language, value)
    return conditional_escape(value)


@register.simple_tag
def translated_html(obj, field: str, css_class: str = "rich-text", leaving_out: str = ""):
    """Translated rich text (sanitised when it was stored) in a block, marked with its language if it fell back;
    "" when it has no text. `leaving_out`: text the page shows already, left out if the rich text opens with it."""
    value = without_opening(getattr(obj, field) or "", leaving_out)
    if not has_text(value):
        return ""
    # Safe: a RichTextField stores only HTML sanitised against the allow-list.
    value = mark_safe(value)
    if language := fallback_language(obj, field):
        return format_html('<div class="{}" lang="{}">{}</div>', css_class, language, value)
    return format_html('<div class="{}">{}</div>', css_class, value)


@register.filter
def missing_translation(obj) -> bool:
    """Whether some of the entry's text is not yet in the visitor's language (and is shown in another)."""
    try:
        fields = translator.get_options_for_model(type(obj)).fields
    except NotRegistered:
        return False
    current = get_language()
    return any(
        getattr(obj, field) and not getattr(obj, f"{field}_{current}", None)
        for field in fields
        if field not in SAME_UNLESS_TRANSLATED
    )
