"""Emails about join requests, sent by the task worker (`manage.py db_worker`), never by the web request."""

import datetime
import email.policy
import logging
import re
import smtplib

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from core import links

from .models import JoinRequest, JoinRequestEmail

logger = logging.getLogger(__name__)

ACKNOWLEDGEMENT = JoinRequestEmail.ACKNOWLEDGEMENT
STAFF_NOTIFICATION = JoinRequestEmail.STAFF_NOTIFICATION
DECISION = JoinRequestEmail.DECISION
# Which field records that an email went out, so that it goes out once.
SENT_AT_FIELD = {
    ACKNOWLEDGEMENT: "acknowledged_at",
    STAFF_NOTIFICATION: "staff_notified_at",
    DECISION: "decision_sent_at",
}
MAX_BACKOFF = datetime.timedelta(minutes=30)
# The enhanced status code at the start of a mail server's reply ("5.1.1 <kadri@…>: user unknown").
ENHANCED_STATUS = re.compile(r"\s*([245]\.\d{1,3}\.\d{1,3})\b")


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
    return links.configured_site_url() or join_request.site_url.rstrip("/")


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


def replies(error: Exception) -> list[tuple[int, str]]:
    """The mail server's replies that make up `error`: (code, text), one for each refused recipient."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        pairs = error.recipients.values()
    elif isinstance(error, smtplib.SMTPResponseException):
        pairs = [(error.smtp_code, error.smtp_error)]
    else:
        pairs = []
    return [(code, text.decode(errors="replace") if isinstance(text, bytes) else str(text)) for code, text in pairs]


def what_failed(error: Exception) -> str:
    """The failure as a log or a curator may read it: the reply codes ("550 5.1.1") or the kind of error, never
    the server's words, which often repeat the address."""
    codes = set()
    for code, text in replies(error):
        enhanced = ENHANCED_STATUS.match(text)
        codes.add(f"{code} {enhanced.group(1)}" if enhanced else str(code))
    return ", ".join(sorted(codes)) or type(error).__name__


def is_refusal(error: Exception) -> bool:
    """Whether the mail server refused this message for good (SMTP 5xx to its recipients or its content).

    A refused sign-in or sender is the portal's own configuration, which is put right and tried again.
    """
    codes = [code for code, _text in replies(error)]
    refusal = isinstance(error, smtplib.SMTPRecipientsRefused | smtplib.SMTPDataError)
    return refusal and bool(codes) and all(500 <= code < 600 for code in codes)


@task()
def send_join_request_email(join_request_id: int, kind: str, attempt: int = 1) -> str:
    """Send one email about a join request, once; while the mail server is down, try again later.

    The log names the request and the email, never an address.
    """
    sent_at_field = SENT_AT_FIELD[kind]
    with transaction.atomic():
        # The row lock keeps a second worker from sending the same email at the same time.
        join_request = JoinRequest.objects.select_for_update().filter(pk=join_request_id).first()
        if join_request is None or getattr(join_request, sent_at_field) is not None:
            return "nothing to send"
        try:
            build_email(join_request, kind).send()
        except (smtplib.SMTPException, OSError) as error:
            if is_refusal(error):
                logger.warning(
                    "Mail for join request %s (%s) was refused (%s): not tried again",
                    join_request_id,
                    kind,
                    what_failed(error),
                )
                JoinRequest.objects.filter(pk=join_request_id).update(
                    refused_email=kind, refused_reply=what_failed(error)[:40], refused_at=timezone.now()
                )
                return "refused"
            delay = backoff(attempt)
            logger.warning(
                "Mail for join request %s (%s) failed (%s), retrying in %s",
                join_request_id,
                kind,
                what_failed(error),
                delay,
            )
            send_join_request_email.using(run_after=timezone.now() + delay).enqueue(join_request_id, kind, attempt + 1)
            return "retry scheduled"
        JoinRequest.objects.filter(pk=join_request_id).update(**{sent_at_field: timezone.now()})
    return "sent"
