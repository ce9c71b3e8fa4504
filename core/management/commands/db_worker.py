"""`manage.py db_worker`: django-tasks-db's task worker, which also takes up again the tasks a dead worker left.

django-tasks-db marks a task running when a worker takes it, and leaves it so if that worker dies (out of memory,
a crash, a deploy): nothing would ever run it again. Each of our tasks sends one email, and a send is many steps
(connecting, the greeting, each command, the message), each of which may wait the whole mail timeout
(EMAIL_TIMEOUT). So a task is taken for lost, and goes back in the queue, only once it has run for
TASK_LOST_AFTER_SECONDS, which by default leaves room for every step of a send and a margin. Running a task again is
safe even so: each email records under a row lock when it went out (partners/tasks.py), and a second worker waits
for that lock.
"""

import datetime
import logging
import threading

from django.conf import settings
from django.db import DatabaseError, connection
from django.tasks import TaskResultStatus
from django.utils import timezone
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger(__name__)


def requeue_lost_tasks() -> int:
    """Put the tasks running for longer than TASK_LOST_AFTER_SECONDS back in the queue; return how many."""
    started_before = timezone.now() - datetime.timedelta(seconds=settings.TASK_LOST_AFTER_SECONDS)
    count = DBTaskResult.objects.running().filter(started_at__lt=started_before).update(status=TaskResultStatus.READY)
    if count:
        logger.warning("%d tasks whose worker stopped while running them are queued again", count)
    return count


def requeue_lost_tasks_until(stopped: threading.Event) -> None:
    """Look for lost tasks once every mail timeout, on a database connection of this thread's own."""
    try:
        while not stopped.wait(settings.MAIL_TIMEOUT):
            try:
                requeue_lost_tasks()
            except DatabaseError:
                logger.warning("Lost tasks could not be looked for: the database cannot be reached", exc_info=True)
    finally:
        connection.close()


class Command(db_worker.Command):
    help = "Run the task worker, which also queues again the tasks of a worker that died while running them."

    def handle(self, *args, **options):
        requeue_lost_tasks()
        if options["batch"]:
            return super().handle(*args, **options)
        stopped = threading.Event()
        looking = threading.Thread(target=requeue_lost_tasks_until, args=[stopped], name="lost-tasks", daemon=True)
        looking.start()
        try:
            return super().handle(*args, **options)
        finally:
            stopped.set()
            looking.join()
