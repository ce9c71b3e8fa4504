"""One open join request per mailbox and organisation, as a partial unique index on their normalised forms
(partners.models.same_request), which replaces the index on their lower case: an address with a +tag or a
Kelvin sign was another request to that index, and a repeat to the form's own check.

The normalised forms are kept in columns of their own, filled here for the requests there are. Requests that
are repeats under the new rule are closed first: each keeps its data and reads as a repeat of the first one,
which stays open. The address where a request was sent may now be as long as a DNS name allows.
"""

from django.db import migrations, models
from django.utils import timezone

from partners.models import same_request

OPEN = ["new", "in_review"]


def compare_and_close_repeats(apps, schema_editor):
    JoinRequest = apps.get_model("partners", "JoinRequest")
    first_of = {}
    for request in JoinRequest.objects.order_by("created_at", "pk"):
        compared = same_request(request.email, request.organisation)
        for name, value in compared.items():
            setattr(request, name, value)
        changed = [*compared]
        key = tuple(compared.values())
        if request.status in OPEN and key in first_of:
            request.status = "spam"
            request.decided_at = timezone.now()
            request.decision_note = f"A repeat of join request {first_of[key]}, closed when repeats became impossible."
            changed += ["status", "decided_at", "decision_note"]
        elif request.status in OPEN:
            first_of[key] = request.pk
        request.save(update_fields=changed)


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0013_joinrequest_joined_partner"),
    ]

    operations = [
        migrations.AlterField(
            model_name="joinrequest",
            name="site_url",
            field=models.URLField(blank=True, editable=False, max_length=300, verbose_name="sent on the site"),
        ),
        migrations.RemoveConstraint(
            model_name="joinrequest",
            name="joinrequest_one_open_per_email_and_organisation",
        ),
        migrations.AddField(
            model_name="joinrequest",
            name="email_compared",
            field=models.CharField(default="", editable=False, max_length=254, verbose_name="email as compared"),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="joinrequest",
            name="organisation_compared",
            field=models.CharField(
                default="", editable=False, max_length=254, verbose_name="organisation as compared"
            ),
            preserve_default=False,
        ),
        migrations.RunPython(compare_and_close_repeats, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="joinrequest",
            constraint=models.UniqueConstraint(
                fields=("email_compared", "organisation_compared"),
                condition=models.Q(("status__in", OPEN)),
                name="joinrequest_one_open_per_email_and_organisation",
                violation_error_message="A request from this email address for this organisation is already open.",
            ),
        ),
    ]
