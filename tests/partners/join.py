"""A join request as an applicant fills it in, and the form and its error summary as the applicant reads them."""

import re
import time
from html import unescape
from html.parser import HTMLParser
from urllib.parse import quote, urlencode

from django.core.management import call_command
from django.utils.crypto import get_random_string

from partners.forms import fill_time_token
from strategy.models import Priority
from tests.html import html

JOIN = "/{language}/partners/join/"


def fill_time(seconds_ago: float = 60, *, page: str) -> str:
    """The fill-time token of a form shown `seconds_ago` seconds ago on the page whose CSRF token is `page`."""
    return fill_time_token(page, time.time() - seconds_ago)


def answers(*, took: float = 60, **changes) -> dict:
    """What an applicant from Tartu types into a form shown `took` seconds ago, with `changes` made to it.

    Each call is a page of its own, with a CSRF token the test client sends but does not check.
    """
    page = get_random_string(64)
    data = {
        "organisation": "Tartu Science Park",
        "organisation_type": "cluster",
        "country": "EE",
        "city": "Tartu",
        "website": "https://sciencepark.example.ee/",
        "contact_name": "Kadri Tamm",
        "email": "kadri.tamm@example.ee",
        "phone": "+372 5123 4567",
        "priorities": [Priority.objects.get(slug="climate-neutrality").pk],
        "project": "",
        "message": "We run a living lab for circular construction and would like to pilot it in Uusimaa.",
        "nickname": "",
        "csrfmiddlewaretoken": page,
        "started": fill_time(took, page=page),
    }
    data.update(changes)
    return data


class Raw(str):
    """A value sent exactly as written in the urlencoded body (e.g. `%ED%A0%80`, bytes that are not UTF-8)."""


def encode(data: dict) -> str:
    """The urlencoded body a browser (or a robot) sends; `Raw` values go in untouched."""
    parts = []
    for name, value in data.items():
        for item in value if isinstance(value, list | tuple) else [value]:
            if isinstance(item, Raw):
                parts.append(f"{quote(name)}={item}")
            else:
                parts.append(urlencode({name: item}))
    return "&".join(parts)


def send(client, data: dict, *, language: str = "en", ip: str = "198.51.100.10", **extra):
    """Post the form from the address `ip`."""
    return client.post(
        JOIN.format(language=language),
        encode(data),
        content_type="application/x-www-form-urlencoded",
        REMOTE_ADDR=ip,
        **extra,
    )


def page_tokens(response) -> dict:
    """The hidden tokens of the join form on a page: its CSRF token and its fill-time token."""
    page = html(response)
    return {
        name: re.search(rf'name="{name}" value="([^"]*)"', page).group(1) for name in ("csrfmiddlewaretoken", "started")
    }


def run_worker() -> None:
    """Run every task that is due, as `manage.py db_worker --batch` does, then return."""
    call_command("db_worker", batch=True, startup_delay=False, interval=0, verbosity=0)


def error_summary(response) -> list[tuple[str | None, str]]:
    """The items of the error summary at the top of the page: (the link's target or None, the text)."""
    match = re.search(r'<div class="error-summary".*?</div>', html(response), re.DOTALL)
    if not match:
        return []
    items = []
    for item in re.findall(r"<li>(.*?)</li>", match.group(0), re.DOTALL):
        href = re.search(r'<a href="([^"]*)"', item)
        items.append((href and href.group(1), " ".join(unescape(re.sub(r"<[^>]+>", "", item)).split())))
    return items


def summary_texts(response) -> list[str]:
    return [item_text for _, item_text in error_summary(response)]


VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class FormParser(HTMLParser):
    """The controls of the join form, the labels that name them and the text of each element with an id."""

    def __init__(self):
        super().__init__()
        self.controls: list[dict] = []
        self.labels: dict[str, str] = {}  # the id of a control -> the text of its label
        self.texts: dict[str, str] = {}  # the id of an element -> its text
        self._parts: dict[str, list[str]] = {}
        self._open: list[tuple[str, str | None]] = []  # the elements inside the form: (tag, id or label:for)
        self._in_form = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "form" and "join-form" in (attributes.get("class") or ""):
            self._in_form = True
            return
        if not self._in_form:
            return
        if tag in ("input", "select", "textarea", "button"):
            self.controls.append({"tag": tag, **attributes})
        if tag == "option":
            self.controls[-1].setdefault("options", []).append(attributes)
        key = f"label:{attributes.get('for')}" if tag == "label" else attributes.get("id")
        if key:
            self._parts.setdefault(key, [])
        if tag not in VOID_ELEMENTS:
            self._open.append((tag, key))

    def handle_endtag(self, tag):
        if tag == "form":
            self._in_form = False
        while self._in_form and self._open:
            if self._open.pop()[0] == tag:
                break

    def handle_data(self, data):
        for _, key in self._open:
            if key:
                self._parts[key].append(data)

    def close(self):
        super().close()
        for key, parts in self._parts.items():
            text_ = " ".join("".join(parts).split())
            if key.startswith("label:"):
                self.labels[key.removeprefix("label:")] = text_
            else:
                self.texts[key] = text_


def join_form(response) -> FormParser:
    parser = FormParser()
    parser.feed(html(response))
    parser.close()
    return parser


def selected_project(response) -> str | None:
    """The value of the project the form has chosen in advance, if any."""
    project = next(c for c in join_form(response).controls if c.get("name") == "project")
    chosen = [option["value"] for option in project["options"] if "selected" in option]
    return chosen[0] if chosen and chosen[0] else None
