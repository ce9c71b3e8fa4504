"""The two emails of a join request: sent by the task worker, in the applicant's language, once, whatever the server."""

import asyncio
import datetime
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import quote

import polib
import pytest
from aiosmtpd.controller import Controller
from django.db import connection
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from partners.models import JoinRequest
from partners.tasks import ACKNOWLEDGEMENT, STAFF_NOTIFICATION, send_join_request_email
from tests.conftest import signed_in, staff_in_group
from tests.factories import ProjectFactory
from tests.html import text
from tests.partners.join import answers, run_worker, send

# The worker commits and reconnects as in production, which a test inside one transaction cannot allow.
# The worker commits, as in production. Every test of the file that needs the database is such a test: the file is
# then run after the tests that roll back (pytest-django orders them so, and pytest-xdist hands out whole files),
# whose reference data a committing test's flush would take away.
worker = pytest.mark.django_db(transaction=True, serialized_rollback=True)
ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "locale"
APPLICANT = "kadri.tamm@example.ee"
STAFF = ["smartregion@uusimaa.example", "partners@uusimaa.example"]
SUBJECT = "We received your request to join Helsinki Smart Region"
THANKS = "Thank you for your request to join the Helsinki Smart Region partner network on behalf of %(organisation)s."


@pytest.fixture(autouse=True)
def _staff_addresses(settings):
    settings.JOIN_REQUEST_STAFF_EMAILS = STAFF
    settings.SITE_URL = "https://smartregion.example"


def translated(language: str, msgid: str) -> str:
    """The translators' text for `msgid`, read from the catalogue they edit."""
    entry = polib.pofile(LOCALE / language / "LC_MESSAGES" / "django.po").find(msgid)
    assert entry is not None, f"{msgid!r} is not in the {language} catalogue"
    assert entry.msgstr and "fuzzy" not in entry.flags, f"{msgid!r} is not translated into {language} yet"
    return entry.msgstr


def emails_to(outbox, address):
    return [message for message in outbox if address in message.to]


# What the emails say


@worker
def test_worker_sends_the_applicant_an_acknowledgement(client, mailoutbox):
    send(client, answers())

    run_worker()

    [acknowledgement] = emails_to(mailoutbox, APPLICANT)
    assert acknowledgement.to == [APPLICANT]
    assert acknowledgement.subject == SUBJECT
    assert acknowledgement.from_email == "Helsinki Smart Region <smartregion@uusimaa.fi>"
    assert acknowledgement.body.startswith("Hello Kadri Tamm,\n")
    assert THANKS % {"organisation": "Tartu Science Park"} in acknowledgement.body
    assert JoinRequest.objects.get().acknowledged_at is not None


@worker
@pytest.mark.parametrize("language", ["fi", "sv"])
def test_acknowledgement_is_written_in_the_language_of_the_request(client, mailoutbox, language):
    send(client, answers(), language=language)

    run_worker()

    [acknowledgement] = emails_to(mailoutbox, APPLICANT)
    assert acknowledgement.subject == translated(language, SUBJECT)
    assert translated(language, "Hello %(name)s,") % {"name": "Kadri Tamm"} in acknowledgement.body
    assert translated(language, THANKS) % {"organisation": "Tartu Science Park"} in acknowledgement.body


@worker
def test_acknowledgement_names_the_project_the_applicant_chose(client, mailoutbox):
    ProjectFactory(title="Hydrogen Valley Uusimaa", slug="hydrogen-valley", is_looking_for_partners=True)
    send(client, answers(project="hydrogen-valley"))

    send_join_request_email.call(JoinRequest.objects.get().pk, ACKNOWLEDGEMENT)

    assert "the project “Hydrogen Valley Uusimaa”" in mailoutbox[0].body


@worker
def test_acknowledgement_keeps_markup_as_the_applicant_typed_it(client, mailoutbox):
    send(client, answers(contact_name="<b>Kadri</b> & Co", organisation="Tartu <Science> Park"))

    send_join_request_email.call(JoinRequest.objects.get().pk, ACKNOWLEDGEMENT)

    assert "Hello <b>Kadri</b> & Co," in mailoutbox[0].body
    assert "on behalf of Tartu <Science> Park." in mailoutbox[0].body


@worker
def test_staff_are_notified_without_the_applicants_email_or_phone(client, mailoutbox):
    send(client, answers(phone="+372 5123 4567"), language="fi")

    run_worker()

    [notification] = [message for message in mailoutbox if message.to == STAFF]
    whole = notification.message().as_string()
    request = JoinRequest.objects.get()
    assert notification.subject == "New join request: Tartu Science Park"
    assert f"https://smartregion.example/admin/partners/joinrequest/{request.pk}/change/" in notification.body
    assert "Place: Tartu, Estonia" in notification.body
    assert "Language: Finnish" in notification.body
    assert "kadri.tamm" not in whole.lower()
    assert "example.ee" not in whole
    # The phone in any form it could be written in; not four of its digits, which a random Message-ID may hold.
    assert "5123 4567" not in whole
    assert "51234567" not in whole
    assert "Kadri" not in whole
    assert request.staff_notified_at is not None


@worker
def test_staff_email_links_the_request_at_the_admins_own_path(client, mailoutbox, admin_url):
    admin_url("curation-x7/")
    send(client, answers())
    request = JoinRequest.objects.get()

    send_join_request_email.call(request.pk, STAFF_NOTIFICATION)

    link = f"https://smartregion.example/curation-x7/partners/joinrequest/{request.pk}/change/"
    assert f"Review it in the admin: {link}\n" in mailoutbox[0].body


@worker
def test_without_a_site_address_the_emails_link_the_site_the_request_was_sent_on(client, mailoutbox, settings):
    settings.SITE_URL = ""
    send(client, answers(), HTTP_HOST="localhost")
    request = JoinRequest.objects.get()

    send_join_request_email.call(request.pk, STAFF_NOTIFICATION)

    assert f"http://localhost/admin/partners/joinrequest/{request.pk}/change/" in mailoutbox[0].body


# A DNS name as long as they may be, and a Host header longer than any (a wildcard in ALLOWED_HOSTS lets both in).
LONGEST_HOST = ".".join(["a" * 63, "b" * 63, "c" * 63, "d" * 52, "ee"])
MADE_UP_HOST = "a" * 1000 + ".ee"


@worker
def test_a_request_sent_on_the_longest_host_name_links_its_emails_there(client, mailoutbox, settings):
    settings.SITE_URL = ""
    settings.ALLOWED_HOSTS = [".ee"]

    response = send(client, answers(), HTTP_HOST=f"{LONGEST_HOST}:8443")
    request = JoinRequest.objects.get()
    send_join_request_email.call(request.pk, STAFF_NOTIFICATION)

    assert response.status_code == 302
    link = f"http://{LONGEST_HOST}:8443/admin/partners/joinrequest/{request.pk}/change/"
    assert f"Review it in the admin: {link}\n" in mailoutbox[0].body


@worker
def test_a_request_sent_with_a_host_longer_than_any_name_is_stored_and_links_without_it(client, mailoutbox, settings):
    settings.SITE_URL = ""
    settings.ALLOWED_HOSTS = [".ee"]

    response = send(client, answers(), HTTP_HOST=MADE_UP_HOST)
    request = JoinRequest.objects.get()
    send_join_request_email.call(request.pk, STAFF_NOTIFICATION)

    assert response.status_code == 302
    assert f"Review it in the admin: /admin/partners/joinrequest/{request.pk}/change/\n" in mailoutbox[0].body


@worker
def test_the_local_console_mailer_prints_each_email_as_readable_text(client, settings, capsys):
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
    send(client, answers(contact_name="Åsa Pyykkönen", organisation="Åbo Akademi"), language="fi")
    capsys.readouterr()

    send_join_request_email.call(JoinRequest.objects.get().pk, ACKNOWLEDGEMENT)

    printed = capsys.readouterr().out
    assert translated("fi", "Hello %(name)s,") % {"name": "Åsa Pyykkönen"} in printed
    assert translated("fi", THANKS) % {"organisation": "Åbo Akademi"} in printed


# Once, and only once


@worker
def test_running_the_worker_twice_sends_each_email_once(client, mailoutbox):
    send(client, answers())

    run_worker()
    run_worker()

    assert sorted(message.to[0] for message in mailoutbox) == [APPLICANT, STAFF[0]]


@worker
def test_a_second_task_for_an_email_already_sent_sends_nothing(client, mailoutbox):
    send(client, answers())
    run_worker()
    request = JoinRequest.objects.get()

    send_join_request_email.enqueue(request.pk, ACKNOWLEDGEMENT)
    send_join_request_email.enqueue(request.pk, STAFF_NOTIFICATION)
    run_worker()

    assert len(mailoutbox) == 2
    assert sorted(task.return_value for task in DBTaskResult.objects.all()) == [
        "nothing to send",
        "nothing to send",
        "sent",
        "sent",
    ]


@worker
def test_email_of_a_request_that_no_longer_exists_is_not_sent(client, mailoutbox):
    send(client, answers())
    request = JoinRequest.objects.get()
    request.delete()

    assert send_join_request_email.call(request.pk, ACKNOWLEDGEMENT) == "nothing to send"
    assert mailoutbox == []


# A mail server that is down, then back


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Inbox:
    """An aiosmtpd handler that keeps every message it accepts."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope)
        return "250 Message accepted for delivery"


class RefusingInbox(Inbox):
    """An inbox whose server answers `reply` to the applicant's address, as a mail server does to one it lacks."""

    def __init__(self, reply: str):
        super().__init__()
        self.reply = reply

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address == APPLICANT:
            return self.reply
        envelope.rcpt_tos.append(address)
        return "250 OK"


class MailServer:
    """A real SMTP server on 127.0.0.1, stopped until a test starts it."""

    def __init__(self, port: int, inbox=None):
        self.port = port
        self.inbox = inbox or Inbox()
        self.controller = None

    def start(self):
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def recipients(self):
        return sorted(address for envelope in self.inbox.messages for address in envelope.rcpt_tos)


def sending_to(settings, server: MailServer) -> MailServer:
    """Let the site send through SMTP to `server`, in place of whatever EMAIL_URL a developer has set."""
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": server.port, "timeout": 10},
        }
    }
    return server


@pytest.fixture
def mail_server(settings):
    """The site sends through SMTP to this server; it is down until the test starts it."""
    server = sending_to(settings, MailServer(free_port()))
    yield server
    server.stop()


def waiting_tasks():
    return DBTaskResult.objects.filter(status="READY")


def make_waiting_tasks_due():
    """Let the time of the next try come at once, as if the backoff had passed."""
    waiting_tasks().update(run_after=timezone.now())


@worker
def test_mail_server_down_during_20_requests_then_back_delivers_exactly_40_emails(client, mail_server, settings):
    settings.JOIN_REQUEST_STAFF_EMAILS = [STAFF[0]]
    for n in range(20):
        response = send(client, answers(email=f"applicant{n:02d}@example.eu"), ip=f"192.0.2.{n + 1}")
        assert response.status_code == 302

    run_worker()

    assert JoinRequest.objects.count() == 20
    assert mail_server.inbox.messages == []
    assert waiting_tasks().count() == 40
    assert not waiting_tasks().filter(run_after__lte=timezone.now()).exists()
    assert JoinRequest.objects.filter(acknowledged_at=None, staff_notified_at=None).count() == 20

    mail_server.start()
    make_waiting_tasks_due()
    run_worker()

    assert len(mail_server.inbox.messages) == 40
    assert mail_server.recipients() == sorted([f"applicant{n:02d}@example.eu" for n in range(20)] + [STAFF[0]] * 20)
    assert not JoinRequest.objects.filter(acknowledged_at=None).exists()
    assert not JoinRequest.objects.filter(staff_notified_at=None).exists()

    make_waiting_tasks_due()
    run_worker()

    assert len(mail_server.inbox.messages) == 40
    assert not waiting_tasks().exists()


def wait_of(task) -> int:
    """How long after it was queued a retry is due, in whole seconds."""
    return round((task.run_after - task.enqueued_at).total_seconds())


@worker
def test_failed_delivery_is_tried_again_later_and_later(client, mail_server):
    send(client, answers())

    run_worker()
    first_retries = list(waiting_tasks())
    make_waiting_tasks_due()
    run_worker()
    second_retries = list(waiting_tasks())

    assert sorted((task.args_kwargs["args"][1:], wait_of(task)) for task in first_retries) == [
        ([ACKNOWLEDGEMENT, 2], 10),
        ([STAFF_NOTIFICATION, 2], 10),
    ]
    assert sorted((task.args_kwargs["args"][1:], wait_of(task)) for task in second_retries) == [
        ([ACKNOWLEDGEMENT, 3], 20),
        ([STAFF_NOTIFICATION, 3], 20),
    ]
    assert DBTaskResult.objects.filter(return_value="retry scheduled").count() == 4
    assert mail_server.inbox.messages == []


@worker
def test_after_a_long_outage_the_email_is_still_tried_every_half_hour(client, mail_server):
    send(client, answers())
    request = JoinRequest.objects.get()
    DBTaskResult.objects.all().delete()
    send_join_request_email.enqueue(request.pk, ACKNOWLEDGEMENT, 200)  # the 200th try: days without a mail server

    run_worker()

    [retry] = waiting_tasks()
    assert retry.args_kwargs["args"] == [request.pk, ACKNOWLEDGEMENT, 201]
    assert wait_of(retry) == 30 * 60


# A refusal


def site_log(caplog) -> str:
    """What the site logged (the test's mail server, which logs every address it is given, left out)."""
    return "\n".join(caplog.handler.format(record) for record in caplog.records if record.name != "mail.log")


REFUSED = "550 5.1.1 <kadri.tamm@example.ee>: Recipient address rejected: User unknown in virtual mailbox table"


@pytest.fixture
def refusing_server(settings, request):
    server = sending_to(settings, MailServer(free_port(), RefusingInbox(request.param)))
    server.start()
    yield server
    server.stop()


@worker
@pytest.mark.parametrize("refusing_server", [REFUSED], indirect=True)
def test_a_refused_address_is_shown_to_staff_and_not_tried_again_nor_logged(client, refusing_server, caplog):
    send(client, answers())

    run_worker()
    make_waiting_tasks_due()
    run_worker()

    request = JoinRequest.objects.get()
    assert refusing_server.recipients() == sorted(STAFF)
    assert not waiting_tasks().exists()
    assert (request.refused_email, request.refused_reply, request.acknowledged_at) == (
        "acknowledgement",
        "550 5.1.1",
        None,
    )
    assert f"Mail for join request {request.pk} (acknowledgement) was refused (550 5.1.1)" in site_log(caplog)
    assert "kadri" not in site_log(caplog).lower() and "example.ee" not in site_log(caplog)
    moderator = signed_in(staff_in_group("Partner moderators", "mona.moderator"))
    listed = text(moderator.get("/admin/partners/joinrequest/"))
    shown = text(moderator.get(f"/admin/partners/joinrequest/{request.pk}/change/"))
    assert "Acknowledgement to the applicant" in listed
    assert "Acknowledgement to the applicant, refused for good on" in shown
    assert "(reply 550 5.1.1): it is not tried again." in shown


@worker
@pytest.mark.parametrize("refusing_server", ["450 4.2.1 <kadri.tamm@example.ee>: mailbox busy"], indirect=True)
def test_a_mailbox_refusing_for_now_is_tried_again_later(client, refusing_server, caplog):
    send(client, answers())

    run_worker()

    [retry] = waiting_tasks()
    assert retry.args_kwargs["args"][1:] == [ACKNOWLEDGEMENT, 2]
    assert JoinRequest.objects.get().refused_email == ""
    assert "(450 4.2.1), retrying in 0:00:10" in site_log(caplog)
    assert "kadri" not in site_log(caplog).lower()


# A worker killed mid-send


class HoldingInbox(Inbox):
    """An inbox whose server holds back its answer to the first message until the test lets go: its sender dies
    waiting, and the message is never delivered (a server takes a message only once it has answered)."""

    def __init__(self):
        super().__init__()
        self.holding = threading.Event()
        self.let_go = threading.Event()

    async def handle_DATA(self, server, session, envelope):
        if self.holding.is_set():
            return await super().handle_DATA(server, session, envelope)
        self.holding.set()
        while not self.let_go.is_set():
            await asyncio.sleep(0.02)
        return "421 4.4.2 The sender went away"


def acknowledgement_running_since(seconds: float) -> DBTaskResult:
    """Mark the acknowledgement's task as a worker left it when it took it `seconds` ago and has not finished."""
    task = DBTaskResult.objects.get(args_kwargs__args__1=ACKNOWLEDGEMENT)
    DBTaskResult.objects.filter(pk=task.pk).update(
        status="RUNNING", started_at=timezone.now() - datetime.timedelta(seconds=seconds)
    )
    return task


@worker
def test_an_email_sent_slowly_for_several_mail_timeouts_is_left_to_its_worker(client, mailoutbox, settings):
    send(client, answers())
    # Each step of a send (connecting, each command, the message) may take up to the mail timeout.
    sending = acknowledgement_running_since(3 * settings.MAIL_TIMEOUT)

    run_worker()

    sending.refresh_from_db()
    assert sending.status == "RUNNING"
    assert [message.to for message in mailoutbox] == [STAFF]


@worker
def test_an_email_running_longer_than_any_send_has_lost_its_worker_and_goes_out(client, mailoutbox, settings):
    send(client, answers())
    acknowledgement_running_since(settings.TASK_LOST_AFTER_SECONDS + 1)

    run_worker()

    assert sorted(message.to for message in mailoutbox) == sorted([STAFF, [APPLICANT]])
    assert not DBTaskResult.objects.filter(status="RUNNING").exists()


def start_a_worker(mail_port: int, *options: str, **environment: str) -> subprocess.Popen:
    """`manage.py db_worker` in a process of its own, as a service runs it, on this test's database."""
    database = connection.settings_dict
    environment = {
        **os.environ,
        "DJANGO_ENV_FILE": os.devnull,
        "DATABASE_URL": (
            f"postgres://{quote(database['USER'])}:{quote(database['PASSWORD'] or '')}"
            f"@{database['HOST'] or 'localhost'}:{database['PORT'] or 5432}/{database['NAME']}"
        ),
        "EMAIL_URL": f"smtp://127.0.0.1:{mail_port}",
        "JOIN_REQUEST_STAFF_EMAILS": ",".join(STAFF),
        **environment,
    }
    command = [
        sys.executable,
        "manage.py",
        "db_worker",
        "--no-reload",
        "--no-startup-delay",
        "--interval=0.05",
        *options,
    ]
    return subprocess.Popen(command, cwd=ROOT, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def run_a_worker_until(tasks: int, *, mail_port: int, within: float, **environment: str) -> None:
    """Run a worker as a service does (not in batch), until it has run `tasks` tasks; fail after `within` seconds."""
    worker = start_a_worker(mail_port, f"--max-tasks={tasks}", **environment)
    try:
        returncode = worker.wait(timeout=within)
    except subprocess.TimeoutExpired:
        pytest.fail(f"the worker had not run {tasks} tasks after {within} seconds")
    finally:
        worker.kill()
        worker.wait()
    assert returncode == 0


@worker
def test_an_email_whose_worker_was_killed_mid_send_goes_out_once_from_the_next_worker(client, settings):
    server = sending_to(settings, MailServer(free_port(), HoldingInbox()))
    server.start()
    send(client, answers())
    killed = start_a_worker(server.port)
    try:
        assert server.inbox.holding.wait(timeout=30), "the worker never sent an email"
    finally:
        killed.kill()
        killed.wait()
    server.inbox.let_go.set()
    [lost] = DBTaskResult.objects.filter(status="RUNNING")

    # The other email, then the lost one once it has run longer than a send can take (a second, here).
    run_a_worker_until(2, mail_port=server.port, within=30, EMAIL_TIMEOUT="1", TASK_LOST_AFTER_SECONDS="1")
    run_worker()

    assert lost.args_kwargs["args"][1] == ACKNOWLEDGEMENT
    assert len(server.inbox.messages) == 2
    assert server.recipients() == sorted([APPLICANT, *STAFF])
    assert JoinRequest.objects.filter(acknowledged_at__isnull=False, staff_notified_at__isnull=False).exists()
    assert not DBTaskResult.objects.filter(status="RUNNING").exists()
    server.stop()
