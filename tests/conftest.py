import pytest

from tests.factories import StrategyPageFactory


@pytest.fixture
def footer_pages(db):
    """The strategy pages every page's footer and navigation link to."""
    return [
        StrategyPageFactory(slug=slug, title=title)
        for slug, title in [
            ("about", "About"),
            ("contact", "Contact"),
            ("privacy", "Privacy notice"),
            ("accessibility", "Accessibility statement"),
        ]
    ]


@pytest.fixture
def staff_client(client, django_user_model):
    user = django_user_model.objects.create_user("editor", password="a-long-test-password", is_staff=True)
    client.force_login(user)
    return client
