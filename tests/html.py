"""Read a response as a visitor does (its text, links, cards and result count), and the sitemap as a crawler does."""

import re
import xml.etree.ElementTree as ET
from html import unescape
from html.parser import HTMLParser


class _LinkParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self._href = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self._href = dict(attrs).get("href")
            self._text = []

    def handle_data(self, data):
        if self._href is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "a" and self._href is not None:
            self.links.append((self._href, " ".join("".join(self._text).split())))
            self._href = None


def html(response) -> str:
    return response.content.decode()


def text(response) -> str:
    """The page with its markup's entities decoded, so `Citizens' City` reads as a visitor sees it."""
    return unescape(html(response))


def links(response) -> list[tuple[str, str]]:
    """Every link on the page as (href, visible text)."""
    parser = _LinkParser()
    parser.feed(html(response))
    return parser.links


def link_to(response, text_: str) -> str:
    """The href of the one link whose visible text is `text_`."""
    hrefs = [href for href, label in links(response) if label == text_]
    assert len(hrefs) == 1, f"expected one link {text_!r}, found {hrefs}"
    return hrefs[0]


def card_titles(response) -> list[str]:
    """The titles of the cards (projects, companies, partners) in the order the page shows them."""
    return [unescape(t) for t in re.findall(r'class="card-title"><a href="[^"]*">([^<]*)</a>', html(response))]


def result_count(response) -> int:
    """The number the list announces above its results, e.g. 12 in "12 projects"."""
    match = re.search(r'class="result-count">\s*(\d+) ', html(response))
    assert match, "the page announces no result count"
    return int(match.group(1))


# An option of a group of filter checkboxes, and a filter that is one checkbox, each with its count.
_OPTION = re.compile(
    r'<label for="[^"]*"(?P<muted> class="no-results")?><input type="checkbox" name="(?P<name>\w+)" '
    r'value="(?P<value>[^"]*)"[^>]*>\s*<span>[^<]*<span class="option-count">(?P<count>\d+)<'
)
_CHECKBOX = re.compile(
    r'<label for="id_(?P<name>\w+)"(?P<muted> class="no-results")?>[^<]*<span class="option-count">(?P<count>\d+)<'
)


def shown_counts(response) -> dict[tuple[str, str], tuple[int, bool]]:
    """(filter, option) -> (the count shown beside it, whether it is shown as giving nothing); a filter that is one
    checkbox is (filter, "on")."""
    page = html(response)
    shown = {(m["name"], m["value"]): (int(m["count"]), bool(m["muted"])) for m in _OPTION.finditer(page)}
    shown |= {(m["name"], "on"): (int(m["count"]), bool(m["muted"])) for m in _CHECKBOX.finditer(page)}
    return shown


def sitemap_sections(client) -> list[str]:
    """Every section of the sitemap, as a crawler reads it: the index first, then each section it names."""
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    sections = re.findall(r"<loc>https?://[^/<]+(/sitemap-[a-z]+\.xml)</loc>", index.content.decode())
    assert sections, "the sitemap index names no sections"
    return [client.get(section).content.decode() for section in sections]


def sitemap(client) -> str:
    """The sections of the sitemap as one text."""
    return "\n".join(sitemap_sections(client))


SITEMAP_NAMESPACES = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def sitemap_entries(client) -> dict[str, dict[str, str]]:
    """Every address the sitemap lists, each with the language versions it names: {loc: {hreflang: href}}."""
    entries = {}
    for section in sitemap_sections(client):
        for url in ET.fromstring(section.encode()).iterfind("sm:url", SITEMAP_NAMESPACES):
            loc = url.findtext("sm:loc", namespaces=SITEMAP_NAMESPACES)
            assert loc not in entries, f"the sitemap lists {loc} twice"
            entries[loc] = {
                link.get("hreflang"): link.get("href") for link in url.iterfind("xhtml:link", SITEMAP_NAMESPACES)
            }
    return entries


_CHART_ROW = re.compile(
    r'<tr><th scope="row"><a href="(?P<href>[^"]*)">(?P<label>[^<]*)</a></th><td class="number">(?P<count>\d+)</td>'
    r'(?:<td class="number">(?P<eu>[^<]*)</td><td class="number">(?P<budget>[^<]*)</td>)?'
    r'(?:<td class="number">(?P<started>\d+)</td><td class="number">(?P<completed>\d+)</td>)?</tr>'
)


def chart_table(response, chart: str) -> list[dict]:
    """The rows of a chart's table on the figures page: where its option leads, its label, what it counts (and
    for projects their funding; on the timeline, those started and completed)."""
    page = html(response)
    start = page.index(f'<figure class="chart" id="chart-{chart}">')
    figure = page[start : page.index("</figure>", start)]
    return [
        {**m.groupdict(), "href": unescape(m["href"]), "label": unescape(m["label"]), "count": int(m["count"])}
        for m in _CHART_ROW.finditer(figure)
    ]
