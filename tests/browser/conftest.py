"""Chromium through Playwright against the live server, and a small but realistic portal to browse."""

import datetime
import os
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import factory
import pytest
from django.conf import settings
from django.db import connections
from playwright.sync_api import expect
from pytest_django.live_server_helper import LiveServer

from companies.models import Company, CompanyKind, Sector
from partners.models import OrganisationType, Partner
from projects.models import Fund, ParticipantRole, Project, ProjectState
from strategy.models import Municipality, Priority, SustainableDevelopmentGoal, Theme
from tests.factories import (
    CompanyFactory,
    ParticipationFactory,
    PartnerFactory,
    ProjectFactory,
    ProjectImageFactory,
    StrategyPageFactory,
)

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# A retrying assertion waits as long as an action does (each context's default timeout): on a busy machine, a
# page's script may take seconds to act.
expect.set_options(timeout=10_000)


@pytest.fixture(scope="session")
def live_server(request):
    """pytest-django's live server, but static files come through WhiteNoise, as in production.

    The pages use the collected files under their hashed names: `make test` and `make pytest` collect them
    once before the tests, rather than each xdist worker collecting and compressing them again.
    """
    if not Path(settings.STATIC_ROOT, "staticfiles.json").exists():
        pytest.fail("the browser tests need the collected static files: run them with make pytest", pytrace=False)
    addr = request.config.getvalue("liveserver") or os.getenv("DJANGO_LIVE_TEST_SERVER_ADDRESS") or "localhost"
    server = LiveServer(addr, start=False)
    server.thread.static_handler = lambda application: application
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        reason = f"the browser tests need Chromium at {CHROMIUM} (Debian: apt-get install chromium)"
        if os.environ.get("CI_STRICT") == "1":
            pytest.fail(f"CI_STRICT=1 and {reason}", pytrace=False)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    database_connections = {alias: connections[alias] for alias in connections}
    with pytest.MonkeyPatch.context() as monkeypatch, sync_playwright() as playwright:
        # The tests call the ORM in the thread where Playwright's event loop runs, which Django refuses by default.
        monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        # Playwright marks its event loop as running in this thread, and from then on Django looks its database
        # connections up in another (per-context) store: give it those it has, which carry the state of the test
        # database (the contents that serialized_rollback restores, the connection the live server shares).
        for alias, connection in database_connections.items():
            connections[alias] = connection
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@dataclass
class PageEvents:
    """What the browser reported while a test ran: every request, and every error it logged."""

    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@pytest.fixture
def page_events():
    return PageEvents()


@pytest.fixture
def viewport_width():
    """Desktop width; a test parametrizes `viewport_width` to look at another."""
    return 1280


@pytest.fixture
def page(browser, live_server, viewport_width, page_events):
    """A fresh tab on the live server, in English, that records its requests, console errors and failed loads."""
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": viewport_width, "height": 900}, locale="en-GB"
    )
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.on("request", lambda request: page_events.requests.append(request.url))
    page.on("console", lambda message: message.type == "error" and page_events.errors.append(message.text))
    page.on("pageerror", lambda error: page_events.errors.append(f"uncaught: {error}"))
    page.on(
        "response",
        lambda response: response.status >= 400 and page_events.errors.append(f"{response.status} {response.url}"),
    )
    yield page
    context.close()


@dataclass
class SiteContent:
    """The entries the tests visit; the fixture publishes more around them."""

    project: Project
    lead_company: Company
    partner: Partner
    priority: Priority


def picture(width, height, colour):
    return factory.django.ImageField(width=width, height=height, color=colour, format="JPEG")


@pytest.fixture
def site_content(transactional_db) -> SiteContent:
    """The strategy pages, and projects, companies and partners as curators would publish them."""
    for slug, title, summary, body in STRATEGY_PAGES:
        StrategyPageFactory(
            slug=slug, title=title, summary=summary, body=body, **STRATEGY_PAGE_TRANSLATIONS.get(slug, {})
        )

    priority = {p.slug: p for p in Priority.objects.all()}
    theme = {t.slug: t for t in Theme.objects.all()}
    sdg = {g.number: g for g in SustainableDevelopmentGoal.objects.all()}
    fund = {f.slug: f for f in Fund.objects.all()}
    place = {m.name_fi: m for m in Municipality.objects.all()}

    lead_company = CompanyFactory(
        name="Kide Energy Oy",
        slug="kide-energy",
        kind=CompanyKind.STARTUP,
        sector=Sector.D,
        municipality=place["Vantaa"],
        founded_year=2019,
        summary="Electrolysers and heat recovery that turn surplus wind power into hydrogen and district heat.",
        description=(
            "<p>Kide Energy designs containerised electrolysers for industrial sites and district heating "
            "networks. Its heat recovery units feed the waste heat of electrolysis back into the grid.</p>"
            "<h2>What we offer</h2><ul><li>Pilot electrolysers from 1 MW</li><li>Heat recovery design</li></ul>"
        ),
        summary_fi="Elektrolyysereitä ja lämmöntalteenottoa, jotka muuttavat ylimääräisen tuulivoiman vedyksi ja "
        "kaukolämmöksi.",
        summary_sv="Elektrolysörer och värmeåtervinning som gör överskottsvindkraft till vätgas och fjärrvärme.",
        description_fi=(
            "<p>Kide Energy suunnittelee konttiin rakennettuja elektrolyysereitä teollisuuslaitoksille ja "
            "kaukolämpöverkoille. Sen lämmöntalteenottolaitteet palauttavat elektrolyysin hukkalämmön verkkoon.</p>"
            "<h2>Mitä tarjoamme</h2><ul><li>Pilottielektrolyysereitä 1 MW:sta alkaen</li>"
            "<li>Lämmöntalteenoton suunnittelu</li></ul>"
        ),
        description_sv=(
            "<p>Kide Energy konstruerar elektrolysörer i containrar för industrianläggningar och fjärrvärmenät. "
            "Dess värmeåtervinningsenheter leder elektrolysens spillvärme tillbaka till nätet.</p>"
            "<h2>Vad vi erbjuder</h2><ul><li>Pilotelektrolysörer från 1 MW</li><li>Design av värmeåtervinning</li></ul>"
        ),
        website="https://kide-energy.example.fi/en/",
        logo=picture(240, 240, "#0b4f6c"),
        priorities=[priority["climate-neutrality"], priority["industrial-modernisation"]],
        capabilities=["hydrogen", "electrolysis", "heat recovery"],
        is_open_to_cooperation=True,
    )
    builder = CompanyFactory(
        name="Kiertorakenne Oy",
        slug="kiertorakenne",
        sector=Sector.F,
        municipality=place["Espoo"],
        founded_year=2008,
        summary="Demolition and construction contractor that reuses concrete and steel on site.",
        priorities=[priority["climate-neutrality"]],
    )
    health = CompanyFactory(
        name="Meilahti Medtech Oy",
        slug="meilahti-medtech",
        kind=CompanyKind.SME,
        sector=Sector.Q,
        municipality=place["Helsinki"],
        founded_year=2015,
        summary="Remote monitoring devices for home care, developed with the hospital district.",
        priorities=[priority["industrial-modernisation"]],
    )
    partner = PartnerFactory(
        name="Baltic Circular Hub",
        slug="baltic-circular-hub",
        organisation_type=OrganisationType.CLUSTER,
        country="EE",
        city="Tallinn",
        summary="A cluster of 80 Estonian companies and research groups in circular economy and green hydrogen.",
        summary_fi="80 virolaisen yrityksen ja tutkimusryhmän klusteri: kiertotaloutta ja vihreää vetyä.",
        summary_sv="Ett kluster av 80 estniska företag och forskargrupper inom cirkulär ekonomi och grön vätgas.",
        # The description is not translated yet: its pages in Finnish and Swedish say so.
        description="<p>The hub connects companies around the Gulf of Finland that share energy and materials.</p>",
        website="https://baltic-circular-hub.example.ee/",
        logo=picture(240, 240, "#1f6b45"),
        priorities=[priority["climate-neutrality"], priority["citizens-city"]],
    )
    research = PartnerFactory(
        name="Nordic Hydrogen Research Institute",
        slug="nordic-hydrogen-research-institute",
        organisation_type=OrganisationType.RESEARCH,
        country="SE",
        city="Luleå",
        summary="Applied research on hydrogen production, storage and use in heavy industry.",
        priorities=[priority["industrial-modernisation"]],
    )

    project = ProjectFactory(
        title="Hydrogen Valley Uusimaa",
        slug="hydrogen-valley-uusimaa",
        acronym="HYVA",
        summary=(
            "Green hydrogen from surplus wind power for ports, industry and heavy transport in eastern Uusimaa, "
            "with the waste heat going into district heating."
        ),
        description=(
            "<p>The project builds a 20 MW electrolyser in the port of Vuosaari and a pipeline to the industrial "
            "area of Kilpilahti. It brings together energy companies, municipalities and research.</p>"
            "<h3>Work packages</h3><ol><li>Electrolyser and heat recovery</li><li>Hydrogen refuelling for "
            "heavy transport</li><li>Skills for the hydrogen economy</li></ol>"
        ),
        title_fi="Uudenmaan vetylaakso",
        title_sv="Nylands vätgasdal",
        summary_fi=(
            "Vihreää vetyä ylimääräisestä tuulivoimasta satamille, teollisuudelle ja raskaalle liikenteelle "
            "Itä-Uudellamaalla; hukkalämpö johdetaan kaukolämpöön."
        ),
        summary_sv=(
            "Grön vätgas av överskottsvindkraft för hamnar, industri och tung trafik i östra Nyland, med "
            "spillvärmen till fjärrvärmen."
        ),
        description_fi=(
            "<p>Hanke rakentaa 20 MW:n elektrolyyserin Vuosaaren satamaan ja putken Kilpilahden teollisuusalueelle. "
            "Mukana ovat energiayhtiöt, kunnat ja tutkimus.</p><h3>Työpaketit</h3><ol><li>Elektrolyyseri ja "
            "lämmöntalteenotto</li><li>Vedyn tankkaus raskaalle liikenteelle</li><li>Vetytalouden osaaminen</li></ol>"
        ),
        description_sv=(
            "<p>Projektet bygger en elektrolysör på 20 MW i Nordsjö hamn och en rörledning till industriområdet i "
            "Kilpilahti. Det samlar energibolag, kommuner och forskning.</p><h3>Arbetspaket</h3><ol>"
            "<li>Elektrolysör och värmeåtervinning</li><li>Tankning av vätgas för tung trafik</li>"
            "<li>Kompetens för vätgasekonomin</li></ol>"
        ),
        # The results are not translated yet: the project's pages in Finnish and Swedish say so.
        results="<p>Two refuelling stations opened in 2025; <strong>14,000 t</strong> of CO₂ avoided each year.</p>",
        state=ProjectState.ONGOING,
        start_date=datetime.date(2023, 3, 1),
        end_date=datetime.date(2027, 2, 28),
        total_budget=Decimal("4800000.00"),
        eu_contribution=Decimal("2880000.00"),
        website="https://www.hydrogen-valley-uusimaa.example.fi/en/project-overview-and-partners/",
        eura_code="A80123",
        kohesio_id="Q2812345",
        is_looking_for_partners=True,
        partners_sought="Ports and logistics companies around the Baltic Sea that want to run hydrogen trucks.",
        partners_sought_fi="Itämeren satamia ja logistiikkayrityksiä, jotka haluavat ajaa vetyrekoilla.",
        partners_sought_sv="Hamnar och logistikföretag kring Östersjön som vill köra vätgaslastbilar.",
        is_featured=True,
        priorities=[priority["climate-neutrality"], priority["industrial-modernisation"]],
        themes=[theme["fast-energy-transfer"], theme["low-carbon-industry"]],
        sdgs=[sdg[7], sdg[9], sdg[13]],
        funds=[fund["erdf"], fund["jtf"], fund["business-finland"]],
        municipalities=[place["Helsinki"], place["Porvoo"], place["Sipoo"], place["Vantaa"]],
        tags=["hydrogen", "sector coupling", "ports"],
    )
    ProjectImageFactory(
        project=project,
        image=picture(1200, 800, "#2e6f8e"),
        alt_text="An electrolyser container on the quay of Vuosaari harbour, wind turbines in the background.",
        alt_text_fi="Elektrolyyserikontti Vuosaaren sataman laiturilla, taustalla tuuliturbiineja.",
        alt_text_sv="En elektrolysörcontainer på kajen i Nordsjö hamn, vindkraftverk i bakgrunden.",
        caption="The first electrolyser arrives in Vuosaari.",
        caption_fi="Ensimmäinen elektrolyyseri saapuu Vuosaareen.",
        caption_sv="Den första elektrolysören anländer till Nordsjö.",
        credit="Helsinki-Uusimaa Regional Council",
        order=1,
        with_renditions=True,
    )
    ProjectImageFactory(
        project=project,
        image=picture(1200, 800, "#6b8e23"),
        alt_text="A hydrogen truck refuelling at night.",
        caption="Refuelling station in Porvoo.",
        order=2,
    )
    ParticipationFactory(project=project, company=lead_company, role=ParticipantRole.LEAD, order=1)
    ParticipationFactory(project=project, company=None, partner=partner, role=ParticipantRole.PARTNER, order=2)
    ParticipationFactory(project=project, company=None, partner=research, role=ParticipantRole.ASSOCIATED, order=3)

    circular = ProjectFactory(
        title="Circular Construction Lab",
        slug="circular-construction-lab",
        summary="Reusing concrete, steel and timber from demolition sites in new housing in Espoo and Vantaa.",
        title_fi="Kiertorakentamisen laboratorio",
        title_sv="Labb för cirkulärt byggande",
        summary_fi="Purkukohteiden betoni, teräs ja puu uusiin asuntoihin Espoossa ja Vantaalla.",
        summary_sv="Betong, stål och trä från rivningar återanvänds i nya bostäder i Esbo och Vanda.",
        state=ProjectState.ONGOING,
        start_date=datetime.date(2024, 1, 1),
        end_date=datetime.date(2026, 12, 31),
        is_featured=True,
        priorities=[priority["climate-neutrality"]],
        themes=[theme["climate-neutral-circular-economy"]],
        sdgs=[sdg[11], sdg[12]],
        funds=[fund["erdf"], fund["municipal"]],
        municipalities=[place["Espoo"], place["Vantaa"]],
    )
    ProjectImageFactory(project=circular, image=picture(900, 600, "#8a4b08"), alt_text="Stacked reused beams.")
    ParticipationFactory(project=circular, company=builder, role=ParticipantRole.LEAD)
    ParticipationFactory(project=circular, company=lead_company, role=ParticipantRole.ASSOCIATED)

    ProjectFactory(
        title="Mobility Corridor Kerava–Helsinki",
        slug="mobility-corridor-kerava-helsinki",
        summary="Shared bikes, demand-responsive buses and one ticket for commuters along the main railway line.",
        state=ProjectState.PLANNED,
        start_date=datetime.date(2026, 9, 1),
        end_date=None,
        total_budget=None,
        eu_contribution=None,
        is_featured=True,
        priorities=[priority["citizens-city"], priority["climate-neutrality"]],
        themes=[theme["mobility-and-travel-chains"], theme["smart-mobility"]],
        municipalities=[place["Kerava"], place["Järvenpää"], place["Helsinki"]],
    )
    health_project = ProjectFactory(
        title="Home Care Monitoring Pilot",
        slug="home-care-monitoring-pilot",
        acronym="HOMECARE",
        summary="Remote monitoring that lets older people live at home longer, piloted in three municipalities.",
        state=ProjectState.COMPLETED,
        start_date=datetime.date(2021, 5, 1),
        end_date=datetime.date(2024, 4, 30),
        priorities=[priority["industrial-modernisation"]],
        themes=[theme["smart-health"]],
        sdgs=[sdg[3]],
        funds=[fund["esf-plus"]],
        municipalities=[place["Helsinki"], place["Lohja"], place["Vihti"]],
    )
    ParticipationFactory(project=health_project, company=health, role=ParticipantRole.LEAD)
    ProjectFactory(
        title="Remote Work Villages",
        slug="remote-work-villages",
        summary="Fast broadband and shared workspaces that bring remote workers to the villages of eastern Uusimaa.",
        state=ProjectState.ONGOING,
        start_date=datetime.date(2022, 6, 1),
        end_date=datetime.date(2025, 12, 31),
        priorities=[priority["citizens-city"]],
        themes=[theme["new-services-and-digital-hubs"]],
        funds=[fund["national"]],
        municipalities=[place["Lapinjärvi"], place["Myrskylä"], place["Pukkila"]],
    )
    return SiteContent(
        project=project, lead_company=lead_company, partner=partner, priority=priority["climate-neutrality"]
    )


# The accessibility statement in Finnish and Swedish, as the law asks; the other pages are in English only.
STRATEGY_PAGE_TRANSLATIONS = {
    "accessibility": {
        "title_fi": "Saavutettavuusseloste",
        "title_sv": "Tillgänglighetsutlåtande",
        "summary_fi": "Kuinka saavutettava Helsinki Smart Region -portaali on ja miten voit antaa palautetta.",
        "summary_sv": "Hur tillgänglig portalen Helsinki Smart Region är och hur du kan ge respons.",
        "body_fi": "<p>Uudenmaan liitto haluaa, että kaikki voivat käyttää tätä portaalia. Seloste koskee portaalin "
        "julkisia sivuja.</p><h2>Vaatimustenmukaisuus</h2><p>Portaali täyttää <abbr title='Web Content "
        "Accessibility Guidelines'>WCAG</abbr> 2.1 -ohjeiden A- ja AA-tason kriteerit.</p>"
        "<h2>Palaute ja yhteystiedot</h2><p>Kerro meille ongelmasta: "
        "<a href='mailto:smartregion@example.fi'>smartregion@example.fi</a>.</p>"
        "<h2>Valvontamenettely</h2><p>Jos et ole tyytyväinen saamaasi vastaukseen, ota yhteyttä "
        "<a href='https://www.saavutettavuusvaatimukset.fi/'>aluehallintovirastoon</a>.</p>",
        "body_sv": "<p>Nylands förbund vill att alla ska kunna använda den här portalen. Utlåtandet gäller "
        "portalens offentliga sidor.</p><h2>Överensstämmelse</h2><p>Portalen uppfyller kriterierna på nivå A och "
        "AA i <abbr title='Web Content Accessibility Guidelines'>WCAG</abbr> 2.1.</p>"
        "<h2>Respons och kontaktuppgifter</h2><p>Berätta för oss om ett problem: "
        "<a href='mailto:smartregion@example.fi'>smartregion@example.fi</a>.</p>"
        "<h2>Tillsyn</h2><p>Om du inte är nöjd med svaret kan du vända dig till "
        "<a href='https://www.tillganglighetskrav.fi/'>regionförvaltningsverket</a>.</p>",
    },
}

STRATEGY_PAGES = [
    (
        "about",
        "About the strategy",
        "Resource-wise Helsinki-Uusimaa, the region's smart-specialisation strategy.",
        "<p>The Regional Board approved the strategy in April 2020.</p>",
    ),
    ("contact", "Contact", "How to reach the Smart Region team.", "<p>Write to the Regional Council.</p>"),
    ("privacy", "Privacy notice", "", "<p>The portal sets no tracking cookies.</p>"),
    (
        "accessibility",
        "Accessibility statement",
        "How accessible the Helsinki Smart Region portal is, and how to give feedback.",
        "<p>The Helsinki-Uusimaa Regional Council wants everyone to be able to use this portal. This statement "
        "covers the public pages of the portal.</p>"
        "<h2>Compliance status</h2><p>The portal meets the <abbr title='Web Content Accessibility Guidelines'>"
        "WCAG</abbr> 2.1 criteria of levels A and AA.</p>"
        "<h2>Feedback and contact</h2><p>Tell us about a problem: "
        "<a href='mailto:smartregion@example.fi'>smartregion@example.fi</a>.</p>"
        "<h2>Enforcement procedure</h2><p>If the answer does not satisfy you, turn to the "
        "<a href='https://www.saavutettavuusvaatimukset.fi/en'>Regional State Administrative Agency</a>.</p>",
    ),
]
