"""Fill in an admin form as a browser would: read the fields a page shows with their current values."""

from html.parser import HTMLParser

from tests.html import html


class _FormParser(HTMLParser):
    def __init__(self, form_id: str):
        super().__init__()
        self.form_id = form_id
        self.data: dict[str, list[str]] = {}
        self._in_form = False
        self._select: str | None = None
        self._textarea: str | None = None

    def _add(self, name, value):
        self.data.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._in_form = attrs.get("id", "").endswith(self.form_id)
        if not self._in_form or "disabled" in attrs:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in {"submit", "button", "file", "image", "reset"}:
                return
            if kind in {"checkbox", "radio"} and "checked" not in attrs:
                return
            self._add(name, attrs.get("value", "on" if kind == "checkbox" else ""))
        elif tag == "select" and name:
            self._select = name
            self.data.setdefault(name, [])
        elif tag == "option" and self._select and "selected" in attrs:
            self._add(self._select, attrs.get("value", ""))
        elif tag == "textarea" and name:
            self._textarea = name
            self._add(name, "")

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea][-1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._in_form = False
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None


def form_data(response, form_id: str = "_form") -> dict[str, list[str]]:
    """The data the form `form_id` (by default the admin's change form) would send as it stands; change and post it."""
    assert response.status_code == 200, response.status_code
    parser = _FormParser(form_id)
    parser.feed(html(response))
    assert parser.data, f"no form #{form_id} on the page"
    # Textareas start with a newline the browser drops.
    return {name: [value.removeprefix("\n") for value in values] for name, values in parser.data.items()}


def admin_form_data(client, url: str) -> dict:
    """Open an admin add or change form and return what submitting it unchanged would post."""
    return {
        name: values if len(values) != 1 else values[0]
        for name, values in form_data(client.get(url)).items()
        # Not the empty inline template and not the actions menu: Django ignores them in a save.
        if values and "__prefix__" not in name and not name.startswith(("CHANGE_FORM-", "_selected_action"))
    }
