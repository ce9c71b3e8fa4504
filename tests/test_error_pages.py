import pytest
from django.template.loader import render_to_string


@pytest.mark.django_db
def test_unknown_address_answers_404_in_the_sites_design(client, footer_pages):
    response = client.get("/en/no-such-page-here/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html
    assert '<main id="main"' in html
    assert 'href="/en/projects/"' in html


def test_server_error_page_renders_with_no_database_access():
    """The 500 page must render even when the error is that the database is gone (no django_db mark here)."""
    html = render_to_string("500.html")
    assert "Something went wrong" in html
    assert "<main" in html
