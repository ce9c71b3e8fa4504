"""An admin change form as a browser would send it: the values it shows, ready to change and post back."""

import re
from html.parser import HTMLParser

from tests.html import html


class _AdminFormParser(HTMLParser):
    """The controls of the page's admin form (<form id="..._form">) and the values a browser would send."""

    def __init__(self):
        super().__init__()
        self.data: dict[str, list[str]] = {}
        self._in_form = False
        self._select: str | None = None
        self._textarea: str | None = None
        self._text: list[str] = []

    def _add(self, name: str, value: str) -> None:
        self.data.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "form" and (attributes.get("id") or "").endswith("_form"):
            self._in_form = True
        if not self._in_form or (tag != "option" and not attributes.get("name")):
            return
        name = attributes.get("name")
        if tag == "input":
            kind = attributes.get("type", "text")
            if kind in ("file", "submit", "button", "image", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attributes:
                return
            self._add(name, attributes.get("value", "on" if kind == "checkbox" else ""))
        elif tag == "select":
            self._select = name
            self.data.setdefault(name, [])
        elif tag == "option" and self._select and "selected" in attributes:
            self._add(self._select, attributes.get("value", ""))
        elif tag == "textarea":
            self._textarea, self._text = name, []

    def handle_data(self, data):
        if self._textarea:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "form":
            self._in_form = False
        elif tag == "select":
            self._select = None
        elif tag == "textarea" and self._textarea:
            # The HTML parser drops nothing but the newline right after <textarea>, as browsers do.
            self._add(self._textarea, re.sub(r"^\r?\n", "", "".join(self._text)))
            self._textarea = None


def admin_form_data(client, url: str) -> dict:
    """Open an admin add or change form and return what submitting it unchanged would post."""
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    parser = _AdminFormParser()
    parser.feed(html(response))
    parser.close()
    return {
        name: values if len(values) != 1 else values[0]
        for name, values in parser.data.items()
        # Not the empty inline template and not the actions menu: Django ignores them in a save.
        if values and "__prefix__" not in name and not name.startswith(("CHANGE_FORM-", "_selected_action"))
    }
