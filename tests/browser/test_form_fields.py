"""Form fields look alike whatever they ask for."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LOOK = """field => {
    const style = getComputedStyle(field);
    return [style.borderTopWidth, style.borderTopStyle, style.borderTopColor, style.borderRadius, style.paddingLeft];
}"""


def test_address_and_phone_fields_look_like_the_other_fields(page):
    page.goto("/en/partners/join/")

    def look(label):
        return page.get_by_label(label, exact=True).evaluate(LOOK)

    assert look("Website (optional)") == look("Phone (optional)") == look("City (required)")
