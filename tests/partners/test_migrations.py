"""The partners migrations that change what is stored, run on the requests a database already holds."""

import importlib

import pytest
from django.apps import apps
from django.db import connection

from partners.models import JoinRequest, JoinRequestStatus

pytestmark = pytest.mark.django_db

ONE_OPEN = importlib.import_module("partners.migrations.0014_joinrequest_compared_email_and_organisation")


def request(email, organisation="Tartu Science Park", status=JoinRequestStatus.NEW):
    return JoinRequest.objects.create(
        organisation=organisation,
        organisation_type="cluster",
        country="EE",
        city="Tartu",
        contact_name="Kadri Tamm",
        email=email,
        message="We run a living lab for circular construction.",
        status=status,
    )


def test_one_open_request_migration_closes_the_repeats_the_form_would_answer_as_already_open():
    one_open = next(c for c in JoinRequest._meta.constraints if c.name.startswith("joinrequest_one_open"))
    with connection.schema_editor() as editor:  # the database as it was, with the repeats that raced past
        editor.remove_constraint(JoinRequest, one_open)
    first = request("kadri.tamm@example.ee")
    repeats = [
        request("Kadri.Tamm+partners@example.ee"),
        request("\u212aadri.tamm@example.ee"),  # with the Kelvin sign
        request("kadri.tamm@example.ee", organisation="TARTU  SCIENCE PARK"),
    ]
    others = [request("someone.else@example.ee"), request("kadri.tamm@example.ee", organisation="University of Tartu")]

    with connection.cursor() as cursor:  # their foreign keys checked now, as a database that holds them has
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")

    ONE_OPEN.compare_and_close_repeats(apps, None)
    with connection.schema_editor() as editor:
        editor.add_constraint(JoinRequest, one_open)

    def status(join_request):
        join_request.refresh_from_db()
        return join_request.status

    assert [status(r) for r in repeats] == [JoinRequestStatus.SPAM] * 3
    assert all(
        r.decision_note == f"A repeat of join request {first.pk}, closed when repeats became impossible."
        for r in repeats
    )
    assert [status(r) for r in [first, *others]] == [JoinRequestStatus.NEW] * 3
