"""The pages every browser check visits, and what the checks share."""

from urllib.parse import urlsplit

import pytest

# Name: the English address, from the content built by the `site_content` fixture.
PAGES = {
    "home": lambda content: "/en/",
    "catalogue-filtered": lambda content: "/en/projects/?priority=climate-neutrality&state=ongoing&municipality=092",
    "catalogue-empty": lambda content: "/en/projects/?priority=citizens-city&state=completed",
    "project": lambda content: content.project.get_absolute_url(),
    "companies-searched": lambda content: "/en/companies/?q=hydrogen&priority=climate-neutrality",
    "company": lambda content: content.lead_company.get_absolute_url(),
    "partner": lambda content: content.partner.get_absolute_url(),
    "priority": lambda content: content.priority.get_absolute_url(),
    "accessibility-statement": lambda content: "/en/accessibility/",
    "search": lambda content: "/en/search/?q=hydrogen",
    "partners": lambda content: "/en/partners/",
    "figures": lambda content: "/en/strategy/figures/?state=ongoing",
    "figures-funding": lambda content: "/en/strategy/figures/?state=ongoing&measure=funding",
}


def in_language(path, language):
    """The same address in another language: /en/projects/?state=ongoing → /fi/projects/?state=ongoing."""
    assert path.startswith("/en/"), path
    return f"/{language}/{path.removeprefix('/en/')}"


WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

# Bring each lazy image into view and wait until it has loaded or failed (five seconds at most).
LOAD_EVERY_IMAGE = """async () => {
    const settled = image => new Promise(resolve => {
        image.addEventListener("load", resolve, {once: true});
        image.addEventListener("error", resolve, {once: true});
        if (image.complete) resolve();
    });
    for (const image of document.images) {
        image.scrollIntoView();
        await Promise.race([settled(image), new Promise(resolve => setTimeout(resolve, 5000))]);
    }
    window.scrollTo(0, 0);
}"""


def visit(page, path):
    """Open a page, check it answered, and load what it loads lazily (images further down)."""
    response = page.goto(path)
    assert response is not None and response.ok, f"{path} answered {response and response.status}"
    page.evaluate(LOAD_EVERY_IMAGE)


def origin(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def axe_report(violations, where):
    """The violations axe found, one rule a paragraph, each with the elements that fail it."""
    lines = [f"axe found {len(violations)} WCAG 2.1 A/AA violation(s) on {where}:"]
    for violation in violations:
        lines.append(f"\n[{violation['impact']}] {violation['id']}: {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        for node in violation["nodes"]:
            lines.append(f"  - {' > '.join(str(t) for t in node['target'])}")
            lines.append(f"    {node['html'][:200]}")
            summary = node.get("failureSummary", "").replace("\n", "\n      ")
            if summary:
                lines.append(f"      {summary}")
    return "\n".join(lines)


def is_focused(locator):
    return locator.evaluate("element => element === document.activeElement")


def tab_to(page, target, *, max_presses=60):
    """Press Tab until `target` has the keyboard focus, and check that the focus can be seen there."""
    for _ in range(max_presses):
        page.keyboard.press("Tab")
        if is_focused(target):
            outline = target.evaluate(
                "element => { const s = getComputedStyle(element); return [s.outlineStyle, s.outlineWidth]; }"
            )
            assert outline[0] != "none" and outline[1] != "0px", f"no visible focus on {target}: outline {outline}"
            return
    pytest.fail(f"{max_presses} presses of Tab never reached {target}; focus is on {describe_focus(page)}")


def describe_focus(page):
    return page.evaluate(
        "() => { const e = document.activeElement; return e ? e.outerHTML.slice(0, 160) : 'nothing'; }"
    )
