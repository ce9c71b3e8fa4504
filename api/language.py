"""The language of the API's translated text: `?lang=`, else the Accept-Language header, else English."""

from django.conf import settings
from django.utils.translation import get_supported_language_variant
from django.utils.translation.trans_real import parse_accept_lang_header


def response_language(request) -> str:
    """Choose the language of a response; the language cookie of the site is left out, so a URL always answers alike."""
    codes = dict(settings.LANGUAGES)
    asked = request.GET.get("lang", "")
    if asked in codes:
        return asked
    for code, _quality in parse_accept_lang_header(request.META.get("HTTP_ACCEPT_LANGUAGE", "")):
        if code == "*":
            break
        try:
            return get_supported_language_variant(code)
        except LookupError:
            continue
    return settings.LANGUAGE_CODE
