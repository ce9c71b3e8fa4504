"""The OpenAPI schema tells the truth: schemathesis calls every operation with generated parameters.

It runs in-process against the WSGI application, on the test database, with a bounded and derandomised
number of examples per operation, so `make test` runs it in CI and it fails the same way twice.
"""

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from projects.models import ParticipantRole
from strategy.models import SustainableDevelopmentGoal
from tests.factories import CompanyFactory, ParticipationFactory, PartnerFactory, ProjectFactory

MAX_EXAMPLES = 25

# Loaded when the tests are collected: serving the schema reads nothing from the database.
schema = schemathesis.openapi.from_wsgi("/api/v1/schema/", WSGIHandler())
schema.config.generation.update(max_examples=MAX_EXAMPLES, deterministic=True, database="none")


@pytest.fixture(autouse=True)
def api_data(db):
    """A few entries (full and sparse) for the generated requests to find, and a connection that outlives each."""
    project = ProjectFactory(tags=["pilot"], sdgs=SustainableDevelopmentGoal.objects.filter(number=7))
    ParticipationFactory(project=project, role=ParticipantRole.LEAD)
    ParticipationFactory(project=project, company=None, partner=PartnerFactory())
    ProjectFactory(slug="no-budget", total_budget=None, eu_contribution=None, end_date=None, acronym="", website="")
    CompanyFactory(business_id=None, founded_year=None, capabilities=["iot"])
    # As Django's test client does: a request must not close the connection that holds the test's transaction.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.django_db
@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_api_answers_every_generated_request_within_its_schema(case):
    # Uncompressed: the in-process client would not undo the gzip that a real client's HTTP library undoes.
    case.call_and_validate(
        headers={"Accept-Encoding": "identity"}, checks=[not_a_server_error, response_schema_conformance]
    )
