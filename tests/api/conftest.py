import datetime
from decimal import Decimal

import pytest

from projects.models import Fund, ParticipantRole, ProjectState
from strategy.models import Municipality, Priority, SustainableDevelopmentGoal, Theme
from tests.conftest import shared_rows
from tests.factories import CompanyFactory, ParticipationFactory, PartnerFactory, ProjectFactory


@pytest.fixture(scope="class")
def catalogue_projects(django_db_setup, django_db_blocker):
    """A varied set of published projects, and some that visitors must never see (built once a class)."""
    yield from shared_rows(django_db_blocker, varied_projects)


def varied_projects():
    priorities = list(Priority.objects.order_by("order"))
    themes = list(Theme.objects.order_by("pk")[:4])
    places = list(Municipality.objects.filter(code__in=["091", "049", "018", "638"]).order_by("code"))
    goals = list(SustainableDevelopmentGoal.objects.filter(number__in=[7, 11, 13]))
    funds = list(Fund.objects.filter(slug__in=["erdf", "horizon-europe"]))
    company = CompanyFactory(slug="battery-recyclers", name="Battery Recyclers Oy")
    partner = PartnerFactory(slug="kth", name="KTH Royal Institute of Technology")
    states = [ProjectState.PLANNED, ProjectState.ONGOING, ProjectState.COMPLETED]
    projects = []
    for i in range(30):
        project = ProjectFactory(
            title=f"{['Smart', 'Circular', 'Green'][i % 3]} project {i:02d}",
            slug=f"catalogue-{i:02d}",
            summary=["Batteries for buses.", "Circular economy of plastics.", "Energy in schools."][i % 3],
            state=states[i % 3],
            start_date=datetime.date(2019 + i % 6, 1, 1),
            end_date=datetime.date(2026 + i % 3, 12, 31),
            total_budget=Decimal(100000 * (i + 1)),
            eu_contribution=None,
            priorities=[priorities[i % 3]],
            themes=[themes[i % 4]],
            municipalities=[places[i % 4], places[(i + 1) % 4]],
            sdgs=[goals[i % 3]],
            funds=[funds[i % 2]],
            tags=[f"tag-{i % 5}"],
            is_looking_for_partners=i % 4 == 0,
            published_at=datetime.datetime(2025, 1, 1 + i, tzinfo=datetime.UTC),
        )
        projects.append(project)
    ParticipationFactory(project=projects[0], company=company, role=ParticipantRole.LEAD)
    ParticipationFactory(project=projects[1], company=None, partner=partner)
    ProjectFactory(slug="draft-project", draft=True)
    ProjectFactory(slug="scheduled-project", scheduled=True)
    return projects
