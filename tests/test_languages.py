"""Three languages: every public page in English, Finnish and Swedish, the links between them, the translations."""

import datetime
import os
import re
import shutil
import subprocess
import sys
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlsplit

import polib
import pytest
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from projects.models import Fund, ParticipantRole, ProjectState
from strategy.models import Municipality, Priority, SustainableDevelopmentGoal, Theme
from tests.factories import (
    CompanyFactory,
    ParticipationFactory,
    PartnerFactory,
    ProjectFactory,
    ProjectImageFactory,
    StrategyPageFactory,
)
from tests.html import card_titles, html, result_count, sitemap_entries, text

pytestmark = pytest.mark.django_db

BASE_DIR = Path(__file__).resolve().parent.parent
LANGUAGES = ["en", "fi", "sv"]
SITE_URL = "https://smartregion.example"

NOTICE = {
    "fi": "Osaa tämän sivun sisällöstä ei ole vielä käännetty suomeksi, joten se näytetään toisella kielellä.",
    "sv": "En del av sidan har inte översatts till ditt språk ännu; den delen visas på ett annat språk.",
}
SKIP_LINK = {"en": "Skip to main content", "fi": "Siirry pääsisältöön", "sv": "Hoppa till huvudinnehållet"}


def translations(en, fi, sv, field):
    """Keyword arguments for a factory: `field` in English, Finnish and Swedish."""
    return {field: en, f"{field}_fi": fi, f"{field}_sv": sv}


@pytest.fixture
def site(settings):
    """A portal whose curators wrote everything in English, Finnish and Swedish."""
    settings.SITE_URL = SITE_URL
    for slug, titles in {
        "about": ("About the strategy", "Tietoa strategiasta", "Om strategin"),
        "contact": ("Contact", "Yhteystiedot", "Kontakt"),
        "privacy": ("Privacy notice", "Tietosuojaseloste", "Dataskyddsbeskrivning"),
        "accessibility": ("Accessibility statement", "Saavutettavuusseloste", "Tillgänglighetsutlåtande"),
    }.items():
        StrategyPageFactory(
            slug=slug,
            **translations(*titles, "title"),
            **translations("What this page is about.", "Mistä sivu kertoo.", "Vad sidan handlar om.", "summary"),
            **translations("<p>The text.</p>", "<p>Teksti.</p>", "<p>Texten.</p>", "body"),
        )
    climate = Priority.objects.get(slug="climate-neutrality")
    project = ProjectFactory(
        slug="hydrogen-valley",
        **translations("Hydrogen Valley", "Vetylaakso", "Vätgasdalen", "title"),
        **translations("HYVA", "HYVA", "HYVA", "acronym"),
        **translations("Green hydrogen for ports.", "Vihreää vetyä satamiin.", "Grön vätgas för hamnar.", "summary"),
        **translations("<p>An electrolyser.</p>", "<p>Elektrolyyseri.</p>", "<p>En elektrolysör.</p>", "description"),
        **translations("<p>Two stations.</p>", "<p>Kaksi asemaa.</p>", "<p>Två stationer.</p>", "results"),
        **translations("Ports.", "Satamia.", "Hamnar.", "partners_sought"),
        is_looking_for_partners=True,
        is_featured=True,
        state=ProjectState.ONGOING,
        start_date=datetime.date(2024, 3, 1),
        end_date=datetime.date(2026, 12, 31),
        total_budget=Decimal("1234567.00"),
        eu_contribution=Decimal("740000.00"),
        website="https://hyva.example.fi/",
        eura_code="A70202",
        priorities=[climate],
        themes=list(Theme.objects.filter(slug="fast-energy-transfer")),
        sdgs=list(SustainableDevelopmentGoal.objects.filter(number=7)),
        funds=list(Fund.objects.filter(slug="erdf")),
        municipalities=list(Municipality.objects.filter(code__in=["091", "638"])),
        tags=["hydrogen"],
    )
    ProjectImageFactory(
        project=project,
        **translations(
            "An electrolyser on the quay.", "Elektrolyyseri laiturilla.", "En elektrolysör på kajen.", "alt_text"
        ),
        **translations("Vuosaari harbour.", "Vuosaaren satama.", "Nordsjö hamn.", "caption"),
    )
    company = CompanyFactory(
        name="Vety Oy",
        slug="vety",
        **translations("Electrolysers.", "Elektrolyysereitä.", "Elektrolysörer.", "summary"),
        **translations("<p>We build them.</p>", "<p>Rakennamme niitä.</p>", "<p>Vi bygger dem.</p>", "description"),
        priorities=[climate],
        capabilities=["electrolysis"],
    )
    partner = PartnerFactory(
        name="KTH",
        slug="kth",
        city="Stockholm",
        **translations("A university.", "Yliopisto.", "Ett universitet.", "summary"),
        **translations("<p>Research.</p>", "<p>Tutkimusta.</p>", "<p>Forskning.</p>", "description"),
        priorities=[climate],
    )
    ParticipationFactory(project=project, company=company, role=ParticipantRole.LEAD, order=1)
    ParticipationFactory(project=project, company=None, partner=partner, order=2)
    ProjectFactory(
        slug="mobility-corridor",
        **translations("Mobility Corridor", "Liikkumiskäytävä", "Mobilitetskorridor", "title"),
        **translations("Buses and bikes.", "Busseja ja pyöriä.", "Bussar och cyklar.", "summary"),
        state=ProjectState.PLANNED,
        total_budget=None,
        eu_contribution=None,
        priorities=list(Priority.objects.filter(slug="citizens-city")),
        municipalities=list(Municipality.objects.filter(code="245")),
    )
    return SimpleNamespace(project=project, company=company, partner=partner, priority=climate)


# The public pages, without their language prefix; the h1 each shows in each language (the priority's from its row).
PAGES = {
    "home": (
        "/",
        ["Smart City + Smart Countryside = Smart Region"] * 2 + ["Smart stad + smart landsbygd = smart region"],
    ),
    "catalogue": ("/projects/", ["Projects", "Hankkeet", "Projekt"]),
    "filtered catalogue": ("/projects/?priority=climate-neutrality&state=ongoing", ["Projects", "Hankkeet", "Projekt"]),
    "project": ("/projects/hydrogen-valley/", ["Hydrogen Valley (HYVA)", "Vetylaakso (HYVA)", "Vätgasdalen (HYVA)"]),
    "companies": ("/companies/", ["Companies", "Yritykset", "Företag"]),
    "company": ("/companies/vety/", ["Vety Oy"] * 3),
    "partners": ("/partners/", ["Partners", "Kumppanit", "Partner"]),
    "partner": ("/partners/kth/", ["KTH"] * 3),
    "strategy": (
        "/strategy/",
        ["Resource-wise Helsinki-Uusimaa", "Resurssiviisas Helsinki-Uusimaa", "Resurssmarta Helsingfors-Nyland"],
    ),
    "priority": ("/strategy/climate-neutrality/", None),
    "about": ("/about/", ["About the strategy", "Tietoa strategiasta", "Om strategin"]),
    "contact": ("/contact/", ["Contact", "Yhteystiedot", "Kontakt"]),
    "privacy": ("/privacy/", ["Privacy notice", "Tietosuojaseloste", "Dataskyddsbeskrivning"]),
    "accessibility": (
        "/accessibility/",
        ["Accessibility statement", "Saavutettavuusseloste", "Tillgänglighetsutlåtande"],
    ),
    "search": ("/search/?q=vety", ["Search the portal", "Hae portaalista", "Sök i portalen"]),
    "search form": ("/search/", ["Search the portal", "Hae portaalista", "Sök i portalen"]),
}


class _Page(HTMLParser):
    """The parts of a page the language tests read: elements' attributes, the h1, and the text a person meets."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
    SPOKEN_ATTRIBUTES = ["alt", "aria-label", "placeholder", "title"]

    def __init__(self, language):
        super().__init__()
        self.language = language
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.h1: list[str] = []
        self.texts: list[str] = []
        self._open: list[tuple[str, str | None]] = []  # (tag, its lang), innermost last
        self._skipping = 0

    def _in_another_language(self, lang=None):
        langs = [lang] if lang else []
        langs += [open_lang for _tag, open_lang in reversed(self._open) if open_lang]
        return bool(langs) and langs[0] != self.language

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        self.elements.append((tag, attributes))
        if not self._in_another_language(attributes.get("lang")):
            self.texts += [attributes[name] for name in self.SPOKEN_ATTRIBUTES if attributes.get(name)]
            if tag == "meta" and attributes.get("name") == "description":
                self.texts.append(attributes.get("content", ""))
        if tag not in self.VOID:
            self._open.append((tag, attributes.get("lang")))
            self._skipping += tag in ("script", "style")

    def handle_endtag(self, tag):
        while self._open:
            open_tag, _lang = self._open.pop()
            self._skipping -= open_tag in ("script", "style")
            if open_tag == tag:
                break

    def handle_data(self, data):
        words = " ".join(data.split())
        if any(open_tag == "h1" for open_tag, _lang in self._open):
            self.h1.append(data)
        if words and not self._skipping and not self._in_another_language():
            self.texts.append(words)


def read(response, language="") -> _Page:
    """The page as `language` speaks it (text marked with another lang is left out of `texts`)."""
    page = _Page(language)
    page.feed(html(response))
    return page


def h1(response) -> str:
    return " ".join("".join(read(response).h1).split())


def alternates(response) -> dict[str, str]:
    """The page's other language versions, as <link rel="alternate" hreflang> names them."""
    return {
        attributes["hreflang"]: attributes["href"]
        for tag, attributes in read(response).elements
        # Other alternates (the catalogue's Atom feed) are another format, not another language.
        if tag == "link" and attributes.get("rel") == "alternate" and "hreflang" in attributes
    }


def language_links(response) -> dict[str, str]:
    """The language switcher's links: {language: href}."""
    return {
        attributes["hreflang"]: attributes["href"]
        for tag, attributes in read(response).elements
        if tag == "a" and "hreflang" in attributes
    }


def current_language_link(response) -> list[str]:
    return [
        attributes["hreflang"]
        for tag, attributes in read(response).elements
        if tag == "a" and "hreflang" in attributes and attributes.get("aria-current") == "true"
    ]


def html_lang(response) -> str:
    return re.search(r"<html lang=\"([^\"]*)\">", html(response)).group(1)


def main(response) -> str:
    return html(response).split('<main id="main"')[1].split("</main>")[0]


# --- Every page in every language ------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", PAGES)
def test_every_public_page_renders_in_each_language(client, site, name, language):
    path, headings = PAGES[name]

    response = client.get(f"/{language}{path}")

    assert response.status_code == 200
    assert html_lang(response) == language
    assert SKIP_LINK[language] in text(response)
    heading = headings[LANGUAGES.index(language)] if headings else getattr(site.priority, f"name_{language}")
    assert heading and h1(response) == heading


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", PAGES)
def test_every_page_names_its_versions_in_the_three_languages_and_a_default(client, site, name, language):
    path, _heading = PAGES[name]

    response = client.get(f"/{language}{path}")

    assert alternates(response) == {
        "en": f"{SITE_URL}/en{path}",
        "fi": f"{SITE_URL}/fi{path}",
        "sv": f"{SITE_URL}/sv{path}",
        "x-default": f"{SITE_URL}{path}",  # no prefix: each visitor is sent to their own language
    }
    assert language_links(response) == {code: f"/{code}{path}" for code in LANGUAGES}
    assert current_language_link(response) == [language]


def names_in_every_language(language):
    """What a page may show in the same words as its English version: names, and what the translators kept."""
    names = ["Helsinki Smart Region", "Vety Oy", "KTH", "HYVA", "Stockholm", "hydrogen", "electrolysis"]
    names += ["https://hyva.example.fi/", "EURA 2021", "A70202", "2024", "2026"]
    for municipality in Municipality.objects.all():
        names += [municipality.name_fi, municipality.name_sv]
    for fund in Fund.objects.all():
        names += [fund.acronym] if fund.acronym else []
        names += [fund.name_en] if fund.name_en == getattr(fund, f"name_{language}") else []
    patterns = [re.escape(name) for name in names if name]
    for entry in polib.pofile(BASE_DIR / "locale" / language / "LC_MESSAGES" / "django.po"):
        kept = [entry.msgid] if entry.msgstr == entry.msgid else []
        kept += (
            [entry.msgid_plural] if entry.msgid_plural and entry.msgid_plural in entry.msgstr_plural.values() else []
        )
        kept += [entry.msgid] if entry.msgid_plural and entry.msgid in entry.msgstr_plural.values() else []
        patterns += [re.sub(r"%\\\(\w+\\\)[sd]", ".+?", re.escape(message)) for message in kept if message]
    return re.compile("|".join(sorted(patterns, key=len, reverse=True)))


@pytest.mark.parametrize("language", ["fi", "sv"])
@pytest.mark.parametrize("name", PAGES)
def test_no_english_is_left_on_the_finnish_and_swedish_pages(client, site, name, language):
    """Text the English page shows too is a name, or a message the translators chose to keep as it is."""
    path, _heading = PAGES[name]
    english = set(read(client.get(f"/en{path}"), "en").texts)

    translated = read(client.get(f"/{language}{path}"), language).texts

    names = names_in_every_language(language)
    untranslated = [
        words
        for words in dict.fromkeys(translated)
        if words in english and re.search(r"[^\W\d_]", names.sub("", words))
    ]
    assert not untranslated, f"/{language}{path} shows English: {untranslated}"


# --- Addresses without a language ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept_language", "language"),
    [
        ("fi", "fi"),
        ("fi-FI,fi;q=0.9,en-US;q=0.8,en;q=0.7", "fi"),
        ("sv", "sv"),
        ("sv-FI,sv;q=0.9,fi;q=0.8", "sv"),
        ("en-GB,en;q=0.9", "en"),
        ("de-DE,de;q=0.9", "en"),
        (None, "en"),
    ],
)
@pytest.mark.parametrize(
    "path", ["/", "/projects/?priority=climate-neutrality", "/projects/?priority=citizens-city&state=ongoing&page=2"]
)
def test_address_without_a_language_redirects_to_the_browsers_language(client, path, accept_language, language):
    headers = {"Accept-Language": accept_language} if accept_language else {}

    response = client.get(path, headers=headers)

    assert response.status_code == 302
    assert response["Location"] == f"/{language}{path}"
    # Caches must not hand one visitor's redirect to another.
    assert {"Accept-Language", "Cookie"} <= {header.strip() for header in response["Vary"].split(",")}


def test_address_of_an_entry_without_a_language_redirects_to_the_same_entry(client, site):
    response = client.get("/projects/hydrogen-valley/", headers={"Accept-Language": "sv"}, follow=True)

    assert response.redirect_chain == [("/sv/projects/hydrogen-valley/", 302)]
    assert h1(response) == "Vätgasdalen (HYVA)"


def test_remembered_language_wins_over_the_browsers(client):
    client.cookies["django_language"] = "sv"

    response = client.get("/projects/?priority=climate-neutrality", headers={"Accept-Language": "fi"})

    assert response["Location"] == "/sv/projects/?priority=climate-neutrality"


def test_language_of_the_last_page_read_is_remembered(client, site):
    first = client.get("/sv/projects/hydrogen-valley/")

    assert first.cookies["django_language"].value == "sv"
    assert first.cookies["django_language"]["samesite"] == "Lax"
    assert client.get("/", headers={"Accept-Language": "fi"})["Location"] == "/sv/"

    client.get("/fi/strategy/")

    assert client.get("/")["Location"] == "/fi/"
    assert client.get("/projects/?state=ongoing")["Location"] == "/fi/projects/?state=ongoing"


def test_a_missing_page_is_not_remembered_as_a_choice(client):
    client.get("/sv/no-such-page/")

    assert "django_language" not in client.cookies


@pytest.mark.parametrize(
    "path", ["/healthz", "/readyz", "/robots.txt", "/sitemap.xml", "/sitemap-projects.xml", "/admin/login/"]
)
def test_machine_addresses_and_the_admin_have_no_language(client, path):
    response = client.get(path, headers={"Accept-Language": "fi"})

    assert response.status_code == 200


# --- The language links ----------------------------------------------------------------------------------------

FILTERS = "?priority=climate-neutrality&state=ongoing&municipality=091&sort=title"


@pytest.mark.parametrize(
    "query", [FILTERS, "?q=s%C3%A4hk%C3%B6+%26+vety&tag=hydrogen&page=2", "?sdg=7&sdg=13&partners_wanted=on"]
)
def test_language_links_on_a_catalogue_keep_its_filters(client, site, query):
    response = client.get(f"/fi/projects/{query}")

    assert language_links(response) == {code: f"/{code}/projects/{query}" for code in LANGUAGES}


def checked_filters(response) -> set[tuple[str, str]]:
    return {
        (attributes["name"], attributes["value"])
        for tag, attributes in read(response).elements
        if tag == "input" and "checked" in attributes
    }


def card_links(response) -> list[str]:
    """The entries the cards lead to, whatever the language of the page."""
    return re.findall(r'class="card-title"><a href="/[a-z]{2}(/[^"]*)"', html(response))


def test_following_a_language_link_shows_the_same_filtered_catalogue(client, site):
    finnish = client.get(f"/fi/projects/{FILTERS}")

    swedish = client.get(language_links(finnish)["sv"])

    assert swedish.status_code == 200
    assert html_lang(swedish) == "sv"
    assert card_links(swedish) == card_links(finnish) == ["/projects/hydrogen-valley/"]
    assert card_titles(swedish) == ["Vätgasdalen"]
    assert result_count(swedish) == result_count(finnish) == 1
    assert checked_filters(swedish) == checked_filters(finnish)
    assert {("priority", "climate-neutrality"), ("state", "ongoing"), ("municipality", "091")} <= checked_filters(
        swedish
    )
    assert '<option value="title" selected>' in html(swedish)


def test_language_links_on_a_project_page_lead_to_the_same_project(client, site):
    english = client.get("/en/projects/hydrogen-valley/")

    finnish = client.get(language_links(english)["fi"])
    swedish = client.get(language_links(finnish)["sv"])

    assert language_links(english) == {code: f"/{code}/projects/hydrogen-valley/" for code in LANGUAGES}
    assert h1(finnish) == "Vetylaakso (HYVA)"
    assert h1(swedish) == "Vätgasdalen (HYVA)"
    assert language_links(swedish)["en"] == "/en/projects/hydrogen-valley/"


@pytest.mark.parametrize("language", LANGUAGES)
def test_page_not_found_answers_in_its_language_with_links_to_the_same_address(client, language):
    response = client.get(f"/{language}/projects/no-such-project/")

    assert response.status_code == 404
    assert html_lang(response) == language
    assert h1(response) == {"en": "Page not found", "fi": "Sivua ei löytynyt", "sv": "Sidan hittades inte"}[language]
    assert language_links(response) == {code: f"/{code}/projects/no-such-project/" for code in LANGUAGES}


# --- Content that is not translated yet ------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_project_written_only_in_english_says_so_and_marks_the_english_text(client, language):
    project = ProjectFactory(
        title="Only in English",
        summary="An English summary.",
        description="<p>An English description.</p>",
        is_looking_for_partners=True,
        partners_sought="English-speaking partners.",
    )
    ProjectImageFactory(project=project, alt_text="An English picture.", caption="An English caption.")

    response = client.get(f"/{language}/projects/{project.slug}/")
    page = main(response)

    assert response.status_code == 200
    assert '<div class="translation-notice" role="note">' in html(response)
    assert NOTICE[language] in text(response)
    assert '<h1><span lang="en">Only in English</span></h1>' in page
    assert '<p class="lead"><span lang="en">An English summary.</span></p>' in page
    assert '<div class="rich-text" lang="en"><p>An English description.</p></div>' in page
    assert '<p><span lang="en">English-speaking partners.</span></p>' in page
    assert re.search(r'<img [^>]*alt="An English picture\." lang="en"', page)
    assert '<figcaption><span lang="en">An English caption.</span>' in page


def test_project_written_only_in_english_shows_no_notice_in_english(client):
    project = ProjectFactory(title="Only in English", description="<p>An English description.</p>")

    response = client.get(f"/en/projects/{project.slug}/")

    assert "translation-notice" not in html(response)
    assert ' lang="' not in main(response)


@pytest.mark.parametrize(("language", "notice"), [("en", "Part of this page has not been translated"), ("sv", None)])
def test_text_missing_in_english_falls_back_to_finnish(client, language, notice):
    with translation.override("fi"):
        project = ProjectFactory(title="Vain suomeksi", summary="Suomenkielinen tiivistelmä.")

    response = client.get(f"/{language}/projects/{project.slug}/")
    page = main(response)

    assert '<h1><span lang="fi">Vain suomeksi</span></h1>' in page
    assert '<p class="lead"><span lang="fi">Suomenkielinen tiivistelmä.</span></p>' in page
    assert (notice or NOTICE[language]) in text(response)


@pytest.mark.parametrize("language", LANGUAGES)
def test_fully_translated_project_shows_no_notice_and_no_language_marks(client, site, language):
    response = client.get(f"/{language}/projects/hydrogen-valley/")

    assert "translation-notice" not in html(response)
    assert ' lang="' not in main(response)


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_acronym_written_once_for_every_language_is_not_a_missing_translation(client, site, language):
    """An acronym is translated only where it differs (issue 3): an empty Finnish acronym is not a gap."""
    project = site.project
    project.acronym_fi = project.acronym_sv = ""
    project.save()

    response = client.get(f"/{language}/projects/hydrogen-valley/")

    assert "HYVA" in main(response)
    assert "translation-notice" not in html(response)


@pytest.mark.parametrize(
    ("url", "make"),
    [
        ("/fi/companies/english-only/", lambda: CompanyFactory(slug="english-only", summary="English only.")),
        ("/fi/partners/english-only/", lambda: PartnerFactory(slug="english-only", summary="English only.")),
        ("/fi/english-only/", lambda: StrategyPageFactory(slug="english-only", summary="English only.")),
    ],
)
def test_other_entries_written_only_in_english_say_so_too(client, url, make):
    make()

    response = client.get(url)

    assert NOTICE["fi"] in text(response)
    assert '<span lang="en">English only.</span>' in main(response)


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_catalogue_card_of_an_untranslated_project_marks_its_title(client, language):
    ProjectFactory(slug="english-only", title="Only in English")

    page = main(client.get(f"/{language}/projects/"))

    assert '<a href="/' + language + '/projects/english-only/"><span lang="en">Only in English</span></a>' in page


@pytest.mark.parametrize(("language", "query"), [("fi", "hydrogen"), ("en", "vetylaakso"), ("sv", "vihreää")])
def test_search_finds_an_entry_by_its_text_in_any_language(client, site, language, query):
    """What the catalogue finds (it searches every language), the portal's search finds too."""
    response = client.get(f"/{language}/search/?q={query}")

    assert "/projects/hydrogen-valley/" in main(response)


# --- The same work in every language -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/projects/",
        "/projects/?priority=climate-neutrality&state=ongoing&sort=title",
        "/projects/hydrogen-valley/",
        "/companies/",
        "/companies/vety/",
        "/partners/",
        "/partners/kth/",
        "/strategy/",
        "/strategy/climate-neutrality/",
        "/accessibility/",
    ],
)
def test_page_runs_the_same_queries_in_every_language(client, site, path):
    ProjectFactory(slug="english-only", title="Only in English", priorities=[site.priority], is_featured=True)
    for language in LANGUAGES:  # the first request after a change rebuilds the catalogue's index and figures
        client.get(f"/{language}{path}")
    counts = {}
    for language in LANGUAGES:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(f"/{language}{path}")
        assert response.status_code == 200
        counts[language] = len(queries)

    assert counts["fi"] == counts["sv"] == counts["en"], f"{path}: queries by language {counts}"


@pytest.mark.parametrize(
    ("language", "budget", "eu_contribution"),
    [
        ("en", "€1,234,567", "€740,000"),
        (
            "fi",
            "1\N{NO-BREAK SPACE}234\N{NO-BREAK SPACE}567\N{NO-BREAK SPACE}€",
            "740\N{NO-BREAK SPACE}000\N{NO-BREAK SPACE}€",
        ),
        (
            "sv",
            "1\N{NO-BREAK SPACE}234\N{NO-BREAK SPACE}567\N{NO-BREAK SPACE}€",
            "740\N{NO-BREAK SPACE}000\N{NO-BREAK SPACE}€",
        ),
    ],
)
def test_money_is_written_the_way_the_language_writes_it(client, site, language, budget, eu_contribution):
    project_page = html(client.get(f"/{language}/projects/hydrogen-valley/"))
    home = html(client.get(f"/{language}/"))

    assert f"<dd>{budget}</dd>" in project_page
    assert f"<dd>{eu_contribution}</dd>" in project_page
    assert re.search(rf"<dd>{eu_contribution}</dd></div>\s*</dl>", home), "the home page's EU funding figure"


@pytest.mark.parametrize(
    ("language", "duration"),
    [
        ("en", "1 March 2024 – 31 December 2026"),
        ("fi", "1.3.2024–31.12.2026"),
        ("sv", "1 mars 2024 – 31 december 2026"),
    ],
)
def test_dates_are_written_the_way_the_language_writes_them(client, site, language, duration):
    page = html(client.get(f"/{language}/projects/hydrogen-valley/"))

    assert f"<dd>{duration}</dd>" in page


# --- One slug per entry ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    ["/projects/hydrogen-valley/", "/companies/vety/", "/partners/kth/", "/strategy/climate-neutrality/", "/about/"],
)
def test_an_entry_has_the_same_slug_in_every_language(client, site, path):
    for language in LANGUAGES:
        assert client.get(f"/{language}{path}").status_code == 200, f"/{language}{path}"


@pytest.mark.parametrize(
    "path",
    [
        "/projects/no-such-project/",
        "/companies/no-such-company/",
        "/partners/no-such-partner/",
        "/strategy/no-such-priority/",
        "/no-such-page/",
        "/projects/vetylaakso/",  # a translated title does not make a slug of its own
    ],
)
def test_an_unknown_slug_is_not_found_in_any_language(client, site, path):
    for language in LANGUAGES:
        assert client.get(f"/{language}{path}").status_code == 404, f"/{language}{path}"


# --- The sitemap -------------------------------------------------------------------------------------------------


def test_sitemap_lists_every_page_once_in_each_language_with_its_other_versions(client, site):
    entries = sitemap_entries(client)

    paths = {urlsplit(loc).path for loc in entries}
    assert {path.split("/")[1] for path in paths} == set(LANGUAGES)
    unprefixed = {path[3:] for path in paths}
    assert {"/", "/projects/", "/projects/hydrogen-valley/", "/companies/vety/", "/about/"} <= unprefixed
    for path in unprefixed:
        versions = {language: f"{SITE_URL}/{language}{path}" for language in LANGUAGES}
        for language in LANGUAGES:
            alternates = entries[versions[language]]
            assert {code: alternates.get(code) for code in LANGUAGES} == versions
            assert "x-default" in alternates


def test_sitemaps_default_version_leads_a_visitor_without_a_language_to_english(client, site):
    alternates = sitemap_entries(client)[f"{SITE_URL}/fi/projects/hydrogen-valley/"]

    response = client.get(urlsplit(alternates["x-default"]).path, follow=True)

    assert response.status_code == 200
    assert response.wsgi_request.path == "/en/projects/hydrogen-valley/"


# --- The message catalogues -------------------------------------------------------------------------------------

CATALOGUES = {language: BASE_DIR / "locale" / language / "LC_MESSAGES" / "django.po" for language in ["fi", "sv"]}


@pytest.mark.parametrize("language", CATALOGUES)
def test_every_message_is_translated_and_none_is_fuzzy(language):
    catalogue = polib.pofile(CATALOGUES[language])

    missing = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]

    assert not missing, f"{len(missing)} message(s) not translated into {language}: {missing}"
    assert not fuzzy, f"{len(fuzzy)} fuzzy message(s) in {language}, to check and unmark: {fuzzy}"


PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")


@pytest.mark.parametrize("language", CATALOGUES)
def test_translations_keep_the_placeholders_of_their_message(language):
    wrong = []
    for entry in polib.pofile(CATALOGUES[language]).translated_entries():
        expected = sorted(PLACEHOLDER.findall(entry.msgid_plural or entry.msgid))
        for translation_ in [entry.msgstr] if not entry.msgid_plural else entry.msgstr_plural.values():
            # A singular may name its number in words ("one project"), so it may leave the count out.
            found = sorted(PLACEHOLDER.findall(translation_))
            if found != expected and not (entry.msgid_plural and set(found) < set(expected)):
                wrong.append((entry.msgid, translation_))
    assert not wrong, f"translations with other placeholders than their message: {wrong}"


def messages(catalogue) -> set[tuple[str | None, str, str]]:
    return {(entry.msgctxt, entry.msgid, entry.msgid_plural) for entry in catalogue if not entry.obsolete}


@pytest.mark.parametrize("language", CATALOGUES)
def test_compiled_catalogue_matches_the_translations(language):
    """The .mo the portal reads says what the .po says (`make messages` compiles it)."""
    po = polib.pofile(CATALOGUES[language])
    mo = polib.mofile(CATALOGUES[language].with_suffix(".mo"))

    def translations(entries):
        return {
            (entry.msgctxt, entry.msgid): tuple(sorted(entry.msgstr_plural.items()))
            if entry.msgid_plural
            else entry.msgstr
            for entry in entries
            if entry.msgid
        }

    assert translations(mo) == translations(po.translated_entries()), (
        f"locale/{language}/LC_MESSAGES/django.mo is older: run `make messages`"
    )


# The project's configuration, its own apps (whichever INSTALLED_APPS names from this folder), its templates and
# catalogues.
SOURCES = [
    "smartregion",
    *(Path(app.path).name for app in apps.get_app_configs() if Path(app.path).parent == BASE_DIR),
    "templates",
    "locale",
    "manage.py",
]


def test_catalogues_have_every_message_of_the_source_and_no_other(tmp_path):
    """Running makemessages on the project as it is now would neither add a message nor retire one."""
    if not (shutil.which("xgettext") and shutil.which("msgmerge")):
        reason = "makemessages needs GNU gettext (Debian: apt-get install gettext)"
        if os.environ.get("CI_STRICT") == "1":
            pytest.fail(f"CI_STRICT=1 and {reason}", pytrace=False)
        pytest.skip(reason)
    for name in SOURCES:
        source = BASE_DIR / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
        else:
            shutil.copy2(source, tmp_path / name)

    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "fi", "-l", "sv", "--no-location", "--verbosity", "0"],
        cwd=tmp_path,
        env=os.environ,
        check=True,
        capture_output=True,
    )

    for language, committed in CATALOGUES.items():
        fresh = messages(polib.pofile(tmp_path / "locale" / language / "LC_MESSAGES" / "django.po"))
        current = messages(polib.pofile(committed))
        assert fresh == current, (
            f"locale/{language}: new in the source {sorted(fresh - current, key=str)}; "
            f"gone from it {sorted(current - fresh, key=str)}. Run makemessages (see docs/languages.md) and translate."
        )
