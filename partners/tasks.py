"""Emails about join requests, sent by the task worker (`manage.py db_worker`), never by the web request."""

import datetime
import email.policy
import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from .models import JoinRequest

logger = logging.getLogger(__name__)

ACKNOWLEDGEMENT = "acknowledgement"
STAFF_NOTIFICATION = "staff"
DECISION = "decision"
# Which field records that an email went out, so that it goes out once.
SENT_AT_FIELD = {
    ACKNOWLEDGEMENT: "acknowledged_at",
    STAFF_NOTIFICATION: "staff_notified_at",
    DECISION: "decision_sent_at",
}
MAX_BACKOFF = datetime.timedelta(minutes=30)


def backoff(attempt: int) -> datetime.timedelta:
    """How long to wait before the next try: 10 s, 20 s, 40 s ... up to half an hour."""
    # The exponent stops growing long after the cap, so that a long outage cannot overflow timedelta.
    return min(datetime.timedelta(seconds=10 * 2 ** min(attempt - 1, 16)), MAX_BACKOFF)


class PlainTextEmail(EmailMessage):
    """An email whose text travels as written (UTF-8, 8bit), so that whoever reads it raw, as the console mailer
    prints it, reads words rather than quoted-printable; its lines may be as long as SMTP allows."""

    def message(self, *, policy=email.policy.default):
        return super().message(policy=policy.clone(max_line_length=998))


def site_url(join_request: JoinRequest) -> str:
    """Where the emails' links lead: DJANGO_SITE_URL, or else the site the request was sent on."""
    return (settings.SITE_URL or join_request.site_url).rstrip("/")


def build_email(join_request: JoinRequest, kind: str) -> EmailMessage:
    context = {"join_request": join_request, "site_url": site_url(join_request)}
    if kind == STAFF_NOTIFICATION:
        with translation.override(settings.LANGUAGE_CODE):
            subject = f"New join request: {join_request.organisation}"
            context["admin_url"] = reverse("admin:partners_joinrequest_change", args=[join_request.pk])
            body = render_to_string("partners/email/staff_notification.txt", context)
        return PlainTextEmail(subject, body, to=settings.JOIN_REQUEST_STAFF_EMAILS)
    # In the language the applicant used on the site.
    with translation.override(join_request.language):
        if kind == DECISION:
            subject = translation.gettext("Your request to join Helsinki Smart Region")
            body = render_to_string("partners/email/decision.txt", context)
        else:
            subject = translation.gettext("We received your request to join Helsinki Smart Region")
            body = render_to_string("partners/email/acknowledgement.txt", context)
    return PlainTextEmail(subject, body, to=[join_request.email])


@task()
def send_join_request_email(join_request_id: int, kind: str, attempt: int = 1) -> str:
    """Send one email about a join request, once; while the mail server is down, try again later."""
    sent_at_field = SENT_AT_FIELD[kind]
    with transaction.atomic():
        # The row lock keeps a second worker from sending the same email at the same time.
        join_request = JoinRequest.objects.select_for_update().filter(pk=join_request_id).first()
        if join_request is None or getattr(join_request, sent_at_field) is not None:
            return "nothing to send"
        try:
            build_email(join_request, kind).send()
        except (smtplib.SMTPException, OSError) as error:
            delay = backoff(attempt)
            logger.warning(
                "Mail for join request %s (%s) failed, retrying in %s: %s", join_request_id, kind, delay, error
            )
            send_join_request_email.using(run_after=timezone.now() + delay).enqueue(join_request_id, kind, attempt + 1)
            return "retry scheduled"
        JoinRequest.objects.filter(pk=join_request_id).update(**{sent_at_field: timezone.now()})
    return "sent"
