"""Gunicorn's configuration for the portal (`make serve`, the Dockerfile, production): read from the environment.

Threads in each worker (gthread) serve requests while others wait on the database; the workers, one more than
twice the CPUs, are separate processes that keep nothing of the content (the shared cache does). A worker is
replaced after `max_requests` (plus a random jitter, so they are not all replaced at once), which bounds any
slow leak.
"""

import gc
import multiprocessing
import os

from django.urls import get_resolver

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
worker_class = "gthread"
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", 4))
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 20000))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", 2000))
# A request taking longer than this is stuck: its worker is replaced (the pages answer within a second).
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", 30))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", 5))
# Behind the proxy, which is the only client allowed to say what the original scheme and address were.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
# Django writes the structured request log (core.logs.RequestLogMiddleware); errors go to stderr.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")


def post_worker_init(worker):
    """The portal is loaded, and now its URLs and views too (Django would at the first request): what it loaded
    lives as long as the worker, so the garbage collector's full collections, which pause a request, need not go
    through it again (gc.freeze). Its young objects are collected after 10,000 allocations rather than 700: a
    request makes many times that, and what a request still holds when they are collected waits for a full one."""
    get_resolver().url_patterns  # noqa: B018
    gc.freeze()
    gc.set_threshold(10_000)
