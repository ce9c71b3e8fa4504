"""Rich text that is safe to render: written in the admin's prose editor, sanitised by an allow-list when stored."""

import re
from html import unescape

import nh3
from django import forms
from django.db import models
from django.utils.html import strip_tags
from django_prose_editor.fields import ProseEditorFormField
from django_prose_editor.widgets import AdminProseEditorWidget

# The allow-list: everything rich text may contain. `b` and `i` stay for text written elsewhere (the editor
# reads them as bold and italic and writes `strong` and `em`); nh3 gives every link a safe `rel` of its own.
ALLOWED_TAGS = {"p", "br", "h2", "h3", "h4", "strong", "em", "b", "i", "ul", "ol", "li", "a", "blockquote", "abbr"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}}
URL_SCHEMES = {"http", "https", "mailto"}
LINK_REL = "noopener noreferrer"

# What the editor in the admin offers: exactly the allow-list, so no curator writes what storage would strip.
# Paragraphs come with the editor; the last three are ours (static/js/prose-editor-extensions.js).
EDITOR_EXTENSIONS = {
    "Heading": {"levels": [2, 3, 4]},
    "Bold": True,
    "Italic": True,
    "BulletList": True,
    "OrderedList": {"enableListAttributes": False},
    "ListItem": True,
    "Link": {"enableTarget": False},
    "Blockquote": True,
    "HardBreak": True,
    "Abbr": True,
    "NoInlineStyles": True,
    "LabelledByField": True,
}


def drop_empty_attribute(tag: str, attribute: str, value: str) -> str | None:
    """Leave out an attribute without a value, such as the empty title the editor gives every link."""
    return value if value.strip() else None


def sanitise_html(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=LINK_REL,
        attribute_filter=drop_empty_attribute,
    )


def has_text(html: str) -> bool:
    """Tell whether the markup has anything to read, unlike the empty paragraph an untouched editor sends."""
    return bool(unescape(strip_tags(html)).strip())


# The first paragraph of sanitised rich text (the allow-list gives a paragraph no attributes, and none nests).
OPENING_PARAGRAPH = re.compile(r"\s*<p>(.*?)</p>", re.DOTALL)
# Where a block of rich text ends, and where a list item starts.
BLOCK_END = re.compile(r"</(?:p|h[2-4]|li|blockquote)>|<br\s*/?>", re.IGNORECASE)
LIST_ITEM = re.compile(r"<li>", re.IGNORECASE)


def plain_text(html: str) -> str:
    """Rich text as plain text, for files and machines: each paragraph, heading and list item on a line of its own
    (an item after a bullet), tags dropped, entities read."""
    html = LIST_ITEM.sub("\N{BULLET} ", BLOCK_END.sub("\n", html or ""))
    lines = (" ".join(unescape(strip_tags(line)).split()) for line in html.split("\n"))
    return "\n".join(line for line in lines if line.strip("\N{BULLET} "))


def words_of(html: str) -> str:
    """The text of markup as a reader compares it: tags dropped, entities read, spacing and case ignored."""
    return " ".join(plain_text(html).split()).casefold()


def without_opening(html: str, text: str) -> str:
    """The rich text without its first paragraph when that paragraph only repeats `text` (a summary the page
    already shows above it); otherwise unchanged."""
    opening = OPENING_PARAGRAPH.match(html)
    if opening and text and words_of(opening.group(1)) == words_of(text):
        return html[opening.end() :]
    return html


class RichTextWidget(AdminProseEditorWidget):
    """The prose editor as the admin shows it, with the base styles it would otherwise inline (see NoInlineStyles)."""

    @property
    def media(self):
        return super().media + forms.Media(css={"all": ["css/prose-editor.css"]})


class RichTextFormField(ProseEditorFormField):
    """The prose editor with the allow-list's extensions; it sanitises what it receives and reads no text as empty."""

    def __init__(self, *args, **kwargs):
        # Rich text is written in the admin only, so the editor always takes the admin's look.
        kwargs["widget"] = RichTextWidget
        super().__init__(*args, config={"extensions": EDITOR_EXTENSIONS}, **kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return value
        # An empty translation must stay empty (not "<p></p>"), so the page falls back to another language.
        return sanitise_html(value) if has_text(value) else self.empty_value


class RichTextField(models.TextField):
    """A TextField of HTML that is sanitised before it reaches the database, so templates may trust it."""

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        return sanitise_html(value) if value else value

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": RichTextFormField, **kwargs})
