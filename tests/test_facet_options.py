"""The options an entry is counted and filtered by across its relations (`facet_options`), kept as the relations
change: through the entry, by renaming or deleting a related row, and by the migration that first wrote them."""

import importlib

import pytest
from django.db import connection

from companies.models import Company
from partners.models import Partner
from projects.models import Fund, Project
from strategy.models import Municipality, Priority, SustainableDevelopmentGoal, Theme
from tests.factories import CompanyFactory, PartnerFactory, ProjectFactory
from tests.html import card_titles, shown_counts

pytestmark = pytest.mark.django_db


def options_of_relations(project) -> set[str]:
    """What a project's options are, read from its relations here rather than as the portal writes them."""
    places = list(project.municipalities.all())
    return {
        *(f"priorities__slug={priority.slug}" for priority in project.priorities.all()),
        *(f"themes__slug={theme.slug}" for theme in project.themes.all()),
        *(f"municipalities__is_town={'true' if place.is_town else 'false'}" for place in places),
        *(f"municipalities__sub_region={place.sub_region}" for place in places),
        *(f"municipalities__code={place.code}" for place in places),
        *(f"funds__slug={fund.slug}" for fund in project.funds.all()),
        *(f"sdgs__number={goal.number}" for goal in project.sdgs.all()),
    }


def stored_options(entry) -> list[str]:
    entry.refresh_from_db(fields=["facet_options"])
    return entry.facet_options


def listed(client, **params) -> list[str]:
    return card_titles(client.get("/en/projects/", params))


def test_a_project_holds_each_of_its_options_once():
    espoo, vantaa = Municipality.objects.get(code="049"), Municipality.objects.get(code="092")
    project = ProjectFactory(
        municipalities=[espoo, vantaa],
        themes=list(Theme.objects.all()[:2]),
        funds=[Fund.objects.get(slug="erdf")],
        sdgs=list(SustainableDevelopmentGoal.objects.filter(number__in=[7, 13])),
    )

    options = stored_options(project)

    assert set(options) == options_of_relations(project)
    assert len(options) == len(set(options)), "two towns of one sub-region give it once"
    assert "municipalities__sub_region=helsinki" in options


def test_options_follow_the_relations_changed_through_the_project(client):
    helsinki, askola = Municipality.objects.get(code="091"), Municipality.objects.get(code="018")
    project = ProjectFactory(title="Harbour heat")

    project.municipalities.add(askola)
    assert listed(client, area="countryside") == ["Harbour heat"]
    assert listed(client, municipality="018") == ["Harbour heat"]
    project.municipalities.set([helsinki])
    assert listed(client, area="countryside") == []
    assert listed(client, area="city") == ["Harbour heat"]
    project.sdgs.add(SustainableDevelopmentGoal.objects.get(number=7))
    project.funds.add(Fund.objects.get(slug="erdf"))
    assert listed(client, sdg="7", fund="erdf", subregion="helsinki") == ["Harbour heat"]
    project.funds.clear()
    assert listed(client, fund="erdf") == []
    assert set(stored_options(project)) == options_of_relations(project)


def test_a_project_saved_after_its_relations_changed_keeps_its_options(client):
    """The options in memory are stale once the relations change: saving the project must not write them back."""
    project = ProjectFactory(title="Harbour heat", funds=[Fund.objects.get(slug="erdf")])
    project.municipalities.add(Municipality.objects.get(code="018"))
    project.title = "Harbour heat pumps"
    project.save()

    assert listed(client, municipality="018", fund="erdf") == ["Harbour heat pumps"]
    assert set(stored_options(project)) == options_of_relations(project)


def test_a_project_being_edited_while_its_place_changes_keeps_the_change(client):
    """Loaded as the admin's form loads it, before the town moves to another sub-region, and saved after."""
    place = Municipality.objects.get(code="638")
    ProjectFactory(title="Island ferries", municipalities=[place])
    being_edited = Project.objects.get(title="Island ferries")

    place.sub_region = "helsinki"
    place.save()
    being_edited.title = "Island ferries of Porvoo"
    being_edited.save()

    assert listed(client, subregion="helsinki") == ["Island ferries of Porvoo"]


def test_options_follow_a_place_or_theme_renamed_or_deleted(client):
    place = Municipality.objects.get(code="638")
    theme = Theme.objects.create(priority=Priority.objects.first(), slug="smart-ferries", name="Smart ferries")
    project = ProjectFactory(title="Island ferries", municipalities=[place], themes=[theme])
    assert listed(client, subregion=place.sub_region) == ["Island ferries"]

    place.sub_region = "helsinki"
    place.save()
    theme.slug = "electric-ferries"
    theme.save()

    assert listed(client, subregion="helsinki") == ["Island ferries"]
    assert listed(client, theme="electric-ferries") == ["Island ferries"]
    assert shown_counts(client.get("/en/projects/"))[("subregion", "helsinki")][0] == 1

    theme.delete()

    assert set(stored_options(project)) == options_of_relations(project)
    assert not any(option.startswith("themes__slug=") for option in stored_options(project))


@pytest.mark.parametrize(("factory", "path"), [(CompanyFactory, "/en/companies/"), (PartnerFactory, "/en/partners/")])
def test_companies_and_partners_are_counted_and_filtered_by_their_priorities_as_they_change(client, factory, path):
    first, second = Priority.objects.order_by("order")[:2]
    entry = factory(name="Kiertoa", priorities=[first])

    entry.priorities.set([second])

    assert card_titles(client.get(path, {"priority": second.slug})) == ["Kiertoa"]
    assert card_titles(client.get(path, {"priority": first.slug})) == []
    counts = shown_counts(client.get(path))
    assert counts[("priority", second.slug)][0] == 1
    assert counts[("priority", first.slug)][0] == 0


MIGRATIONS = {
    Project: "projects.migrations.0011_facet_options",
    Company: "companies.migrations.0005_facet_options",
    Partner: "partners.migrations.0015_facet_options",
}


def test_the_migration_writes_the_options_the_portal_keeps():
    places = list(Municipality.objects.filter(code__in=["091", "049", "638"]))
    entries = [
        ProjectFactory(
            municipalities=places,
            themes=list(Theme.objects.all()[:3]),
            funds=list(Fund.objects.all()[:2]),
            sdgs=list(SustainableDevelopmentGoal.objects.all()[:4]),
        ),
        ProjectFactory(priorities=[]),
        CompanyFactory(priorities=list(Priority.objects.all())),
        PartnerFactory(priorities=list(Priority.objects.all()[:1])),
    ]
    kept = [sorted(stored_options(entry)) for entry in entries]
    assert all(kept[:1] + kept[2:]) and kept[1] == []

    for model, name in MIGRATIONS.items():
        model._base_manager.update(facet_options=[])
        operations = importlib.import_module(name).Migration.operations
        fill = next(op for op in operations if getattr(op, "sql", "").lstrip().startswith("UPDATE"))
        with connection.cursor() as cursor:
            cursor.execute(fill.sql)

    assert [sorted(stored_options(entry)) for entry in entries] == kept
