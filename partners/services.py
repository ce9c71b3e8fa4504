"""What happens when a join request arrives, spelled out where a reader looks for it."""

from django.db import IntegrityError, transaction

from .forms import JoinRequestForm
from .models import OPEN_STATUSES, JoinRequest, same_request
from .tasks import ACKNOWLEDGEMENT, STAFF_NOTIFICATION, send_join_request_email


def open_request_like(form: JoinRequestForm) -> JoinRequest | None:
    """An open request from the same mailbox for the same organisation, as the database compares them, if any."""
    return (
        JoinRequest.objects.filter(
            **same_request(form.cleaned_data["email"], form.cleaned_data["organisation"]),
            status__in=OPEN_STATUSES,
        )
        .order_by("created_at")
        .first()
    )


def submit_join_request(form: JoinRequestForm, *, language: str, site_url: str) -> tuple[JoinRequest, bool]:
    """Store the request and queue its two emails in one transaction: all of it happens, or none of it.

    `site_url` is the address the request was sent on, for the emails' links; one longer than a DNS name can make
    is not kept. Returns the request and True; or, when the same request arrived at the same moment (the database
    keeps one open request per mailbox and organisation), that one and False.
    """
    try:
        with transaction.atomic():
            join_request = form.save(commit=False)
            join_request.language = language
            if len(site_url) <= JoinRequest._meta.get_field("site_url").max_length:
                join_request.site_url = site_url
            join_request.save()
            form.save_m2m()
            send_join_request_email.enqueue(join_request.pk, ACKNOWLEDGEMENT)
            send_join_request_email.enqueue(join_request.pk, STAFF_NOTIFICATION)
    except IntegrityError:
        if existing := open_request_like(form):
            return existing, False
        raise
    return join_request, True
