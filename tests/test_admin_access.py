"""The admin is the staff's workplace: it opens for them and for no one else."""

import pytest
from django.contrib import admin
from django.contrib.auth.models import Permission

from partners.models import JoinRequest, OrganisationType
from tests.factories import (
    CompanyFactory,
    ParticipationFactory,
    PartnerFactory,
    ProjectFactory,
    ProjectImageFactory,
    StrategyPageFactory,
)

pytestmark = pytest.mark.django_db

# The portal's own models (third-party admins such as the task queue's are theirs to test).
PORTAL_APPS = {"auth", "strategy", "companies", "projects", "partners", "taggit"}
MODEL_ADMINS = sorted(
    (
        (model, model_admin)
        for model, model_admin in admin.site._registry.items()
        if model._meta.app_label in PORTAL_APPS
    ),
    key=lambda item: item[0]._meta.label,
)
ADMIN_IDS = [model._meta.label for model, _ in MODEL_ADMINS]


@pytest.fixture
def content():
    """One entry of each kind, so change lists have rows and change forms have something to open."""
    project = ProjectFactory(title="Hydrogen Valley", tags=["hydrogen"])
    ParticipationFactory(project=project)
    ParticipationFactory(project=project, company=None, partner=PartnerFactory())
    ProjectImageFactory(project=project)
    CompanyFactory(capabilities=["electrolysis"])
    StrategyPageFactory(slug="about")
    JoinRequest.objects.create(
        organisation="Hydrogen Estonia",
        organisation_type=OrganisationType.CLUSTER,
        country="EE",
        city="Tallinn",
        contact_name="Mari Maasikas",
        email="mari@example.ee",
        message="We would like to join the hydrogen projects.",
    )
    return project


def test_portal_registers_its_models_in_the_admin():
    labels = set(ADMIN_IDS)

    for label in [
        "projects.Project",
        "projects.Fund",
        "companies.Company",
        "partners.Partner",
        "partners.JoinRequest",
        "strategy.Priority",
        "strategy.StrategyPage",
    ]:
        assert label in labels


def test_admin_index_opens_for_a_superuser(admin_client):
    response = admin_client.get("/admin/")

    assert response.status_code == 200
    assert "Helsinki Smart Region" in response.content.decode()


@pytest.mark.parametrize(("model", "model_admin"), MODEL_ADMINS, ids=ADMIN_IDS)
def test_each_change_list_opens_for_a_superuser(admin_client, content, model, model_admin):
    response = admin_client.get(f"/admin/{model._meta.app_label}/{model._meta.model_name}/")

    count = model._default_manager.count()
    name = model._meta.verbose_name if count == 1 else model._meta.verbose_name_plural
    assert response.status_code == 200
    assert count > 0
    assert f"{count} {name}" in response.content.decode()


@pytest.mark.parametrize(("model", "model_admin"), MODEL_ADMINS, ids=ADMIN_IDS)
def test_each_change_list_can_be_searched(admin_client, content, model, model_admin):
    if not model_admin.search_fields:
        pytest.fail(f"{model._meta.label} has no search_fields; every list should be searchable")

    response = admin_client.get(f"/admin/{model._meta.app_label}/{model._meta.model_name}/?q=hydrogen")

    assert response.status_code == 200


@pytest.mark.parametrize(("model", "model_admin"), MODEL_ADMINS, ids=ADMIN_IDS)
def test_each_add_form_opens_for_a_superuser_where_adding_is_allowed(admin_client, rf, admin_user, model, model_admin):
    request = rf.get("/admin/")
    request.user = admin_user

    response = admin_client.get(f"/admin/{model._meta.app_label}/{model._meta.model_name}/add/")

    assert response.status_code == (200 if model_admin.has_add_permission(request) else 403)


@pytest.mark.parametrize(("model", "model_admin"), MODEL_ADMINS, ids=ADMIN_IDS)
def test_each_change_form_opens_for_a_superuser(admin_client, content, model, model_admin):
    obj = model._default_manager.order_by("pk").first()
    assert obj is not None, f"no {model._meta.label} to open"

    response = admin_client.get(f"/admin/{model._meta.app_label}/{model._meta.model_name}/{obj.pk}/change/")

    assert response.status_code == 200


def test_join_requests_cannot_be_added_by_hand(admin_client):
    assert admin_client.get("/admin/partners/joinrequest/add/").status_code == 403


@pytest.mark.parametrize("url", ["/admin/", "/admin/projects/project/", "/admin/projects/project/add/"])
def test_admin_sends_visitors_to_the_login_page(client, url):
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.mark.parametrize("url", ["/admin/", "/admin/projects/project/", "/admin/partners/joinrequest/"])
def test_admin_refuses_signed_in_users_who_are_not_staff(member_client, url):
    response = member_client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_staff_without_permissions_cannot_open_a_change_list(staff_client):
    assert staff_client.get("/admin/").status_code == 200
    assert staff_client.get("/admin/partners/joinrequest/").status_code == 403
    assert staff_client.get("/admin/projects/project/").status_code == 403


def test_only_staff_with_the_review_permission_read_join_requests(client, django_user_model):
    moderator = django_user_model.objects.create_user("moderator", password="a-long-test-password", is_staff=True)
    moderator.user_permissions.add(Permission.objects.get(codename="view_joinrequest"))
    client.force_login(moderator)

    assert client.get("/admin/partners/joinrequest/").status_code == 403

    moderator.user_permissions.add(Permission.objects.get(codename="review_joinrequest"))
    client.force_login(django_user_model.objects.get(pk=moderator.pk))

    assert client.get("/admin/partners/joinrequest/").status_code == 200
    assert client.get("/admin/projects/project/").status_code == 403
