"""Staff decisions on join requests: each records who decided and when, and tells the applicant."""

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from core import workflow

from .models import JoinRequest, JoinRequestStatus, Partner
from .tasks import DECISION, send_join_request_email


def _decide(join_request: JoinRequest, status: str, reviewer) -> None:
    join_request.status = status
    join_request.reviewer = reviewer
    join_request.decided_at = timezone.now()
    join_request.save(update_fields=["status", "reviewer", "decided_at", "joined_partner", "updated_at"])


def _unique_slug(name: str) -> str:
    base = slugify(name)[:190] or "partner"
    slug, n = base, 2
    while Partner.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def approve(join_request: JoinRequest, reviewer) -> Partner:
    """Accept the request and tell the applicant.

    The request joins the partner the reviewer chose for it, which stays exactly as it is (it may be published,
    and a reviewer may not change what the public sees). Without a choice it joins a new partner made from it:
    published when the reviewer may publish partners, and otherwise waiting in review for a publisher.
    """
    with transaction.atomic():
        partner = join_request.joined_partner
        if partner is None:
            partner = Partner(
                name=join_request.organisation,
                slug=_unique_slug(join_request.organisation),
                organisation_type=join_request.organisation_type,
                country=join_request.country,
                city=join_request.city,
                website=join_request.website,
                summary=f"{join_request.get_organisation_type_display()}, {join_request.city}",
                join_request=join_request,
            )
            if workflow.can_publish(reviewer, Partner):
                partner.publish()
            else:
                workflow.submit_for_review(partner)
            partner.save()
            partner.priorities.add(*join_request.priorities.all())
            join_request.joined_partner = partner
        _decide(join_request, JoinRequestStatus.APPROVED, reviewer)
        send_join_request_email.enqueue(join_request.pk, DECISION)
    return partner


def decline(join_request: JoinRequest, reviewer) -> None:
    """Decline the request, with the decision note (if any) in a kind answer to the applicant."""
    with transaction.atomic():
        _decide(join_request, JoinRequestStatus.DECLINED, reviewer)
        send_join_request_email.enqueue(join_request.pk, DECISION)


def mark_spam(join_request: JoinRequest, reviewer) -> None:
    """Mark the request as spam: nobody is written to."""
    _decide(join_request, JoinRequestStatus.SPAM, reviewer)
