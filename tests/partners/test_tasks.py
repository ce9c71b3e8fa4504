import datetime

from partners.tasks import backoff


def test_waits_between_tries_double_up_to_half_an_hour():
    assert [backoff(attempt).total_seconds() for attempt in range(1, 10)] == [
        10,
        20,
        40,
        80,
        160,
        320,
        640,
        1280,
        1800,
    ]
    assert backoff(60) == datetime.timedelta(minutes=30)
