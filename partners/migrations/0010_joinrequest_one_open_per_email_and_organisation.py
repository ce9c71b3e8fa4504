"""One open join request per email address and organisation, as a partial unique index on their lower case.

Requests that raced past the old check are closed first, as the repeats they are: each keeps its data and reads
as a repeat of the first one, which stays open.
"""

import django.db.models.functions.text
from django.db import migrations, models
from django.utils import timezone

OPEN = ["new", "in_review"]


def close_repeats(apps, schema_editor):
    JoinRequest = apps.get_model("partners", "JoinRequest")
    first_of = {}
    for request in JoinRequest.objects.filter(status__in=OPEN).order_by("created_at", "pk"):
        key = (request.email.lower(), request.organisation.lower())
        if key not in first_of:
            first_of[key] = request.pk
            continue
        request.status = "spam"
        request.decided_at = timezone.now()
        request.decision_note = f"A repeat of join request {first_of[key]}, closed when repeats became impossible."
        request.save(update_fields=["status", "decided_at", "decision_note"])


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0009_search"),
    ]

    operations = [
        migrations.RunPython(close_repeats, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="joinrequest",
            constraint=models.UniqueConstraint(
                django.db.models.functions.text.Lower("email"),
                django.db.models.functions.text.Lower("organisation"),
                condition=models.Q(("status__in", OPEN)),
                name="joinrequest_one_open_per_email_and_organisation",
                violation_error_message="A request from this email address for this organisation is already open.",
            ),
        ),
    ]
