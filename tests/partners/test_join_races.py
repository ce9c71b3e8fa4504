"""Join requests sent at the same moment, from threads with their own database connections."""

import threading

import pytest
from django.db import connection
from django.test import Client
from django_tasks_db.models import DBTaskResult

from partners.models import JoinRequest
from tests.partners.join import answers, send
from tests.partners.test_join_mail import worker

# Below the database's connection pool (each thread holds one connection, the test another).
AT_ONCE = 8


def all_at_once(requests: list[dict], ips: list[str]):
    """Send each request from its own thread (and database connection), released together; return the answers."""
    start = threading.Barrier(len(requests))
    answered = [None] * len(requests)

    def send_one(n):
        start.wait()
        try:
            answered[n] = send(Client(), requests[n], ip=ips[n])
        finally:
            connection.close()  # back to the pool

    threads = [threading.Thread(target=send_one, args=[n]) for n in range(len(requests))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return answered


@worker
def test_requests_from_one_address_at_once_never_pass_its_limit(settings):
    settings.JOIN_REQUEST_LIMIT_PER_IP = 3
    requests = [answers(email=f"applicant{n}@example.ee") for n in range(AT_ONCE)]

    answered = all_at_once(requests, ["203.0.113.7"] * AT_ONCE)

    assert sorted(response.status_code for response in answered) == [302] * 3 + [429] * (AT_ONCE - 3)
    assert JoinRequest.objects.count() == 3


@worker
@pytest.mark.parametrize("tagged", [False, True], ids=["same-address", "address-with-tags"])
def test_the_same_request_sent_many_times_at_once_is_stored_once(settings, tagged):
    settings.JOIN_REQUEST_LIMIT_PER_EMAIL = AT_ONCE
    requests = [
        answers(email=f"kadri.tamm+{n}@example.ee" if tagged else "kadri.tamm@example.ee") for n in range(AT_ONCE)
    ]

    answered = all_at_once(requests, [f"192.0.2.{n}" for n in range(AT_ONCE)])

    assert sorted(response.status_code for response in answered) == [200] * (AT_ONCE - 1) + [302]
    repeats = [response for response in answered if response.status_code == 200]
    assert all("We already have your request" in response.content.decode() for response in repeats)
    assert JoinRequest.objects.count() == 1
    assert DBTaskResult.objects.count() == 2
