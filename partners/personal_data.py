"""What the portal holds about an applicant: anonymised after a while, exported or erased on request (GDPR)."""

import datetime
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone

from .models import JoinRequest, JoinRequestStatus

PERSONAL_FIELDS = {
    "contact_name": "",
    "email": "",
    "email_compared": "",
    "phone": "",
    "message": "",
    "decision_note": "",
}


def anonymise_decided_requests(*, older_than_days: int) -> int:
    """Remove the personal data of declined and spam requests decided more than `older_than_days` ago."""
    cutoff = timezone.now() - datetime.timedelta(days=older_than_days)
    return JoinRequest.objects.filter(
        status__in=[JoinRequestStatus.DECLINED, JoinRequestStatus.SPAM],
        decided_at__lt=cutoff,
        anonymised_at__isnull=True,
    ).update(**PERSONAL_FIELDS, anonymised_at=timezone.now())


def requests_of(emails) -> "list[JoinRequest]":
    """Every request sent from these email addresses (case-insensitive)."""
    requests = JoinRequest.objects.none()
    for email in {e.lower() for e in emails if e}:
        requests |= JoinRequest.objects.filter(email__iexact=email)
    return list(requests.select_related("project", "reviewer").prefetch_related("priorities").order_by("created_at"))


def export(emails) -> str:
    """Everything held about the applicants with these addresses, as JSON."""
    records = [
        {
            "received_at": r.created_at,
            "organisation": r.organisation,
            "organisation_type": r.organisation_type,
            "country": str(r.country),
            "city": r.city,
            "website": r.website,
            "contact_name": r.contact_name,
            "email": r.email,
            "phone": r.phone,
            "priorities": [p.slug for p in r.priorities.all()],
            "project": r.project.slug if r.project else None,
            "message": r.message,
            "language": r.language,
            "status": r.status,
            "decision_note": r.decision_note,
            "decided_at": r.decided_at,
        }
        for r in requests_of(emails)
    ]
    return json.dumps({"join_requests": records}, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False)


def erase(emails) -> int:
    """Delete every request sent from these addresses (a partner made from one stays, unlinked)."""
    with transaction.atomic():
        ids = [r.pk for r in requests_of(emails)]
        JoinRequest.objects.filter(pk__in=ids).delete()
    return len(ids)
