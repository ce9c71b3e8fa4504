"""Rich text that is safe to render: sanitised against an allow-list when it is stored."""

import nh3
from django.db import models

ALLOWED_TAGS = {"p", "br", "h2", "h3", "h4", "strong", "em", "b", "i", "ul", "ol", "li", "a", "blockquote", "abbr"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title", "hreflang"}, "abbr": {"title"}}


def sanitise_html(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )


class RichTextField(models.TextField):
    """A TextField of HTML that is sanitised before it reaches the database, so templates may trust it."""

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        return sanitise_html(value) if value else value
