"""Structured logs: one JSON object a line, which a log collector can read field by field."""

import json
import logging
import time
from urllib.parse import unquote_plus

# The attributes every LogRecord has; whatever else a record carries came in `extra` and is written as a field.
STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime", "taskName"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S") + f".{int(record.msecs):03d}Z",
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key == "request":  # Django's own records carry the request, whose text holds the query's values
                entry["path"] = getattr(value, "path", None)
            elif key not in STANDARD:
                entry[key] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str, ensure_ascii=False)

    converter = time.gmtime


request_logger = logging.getLogger("smartregion.requests")


class RequestLogMiddleware:
    """Log every request once it is answered: method, path, status, time taken and size.

    Neither the visitor's address nor the query's values are written (they can be personal); the names of
    the query's parameters are, which tells what a slow or failing list was asked for.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        request_logger.info(
            "%s %s %s",
            request.method,
            request.path,
            response.status_code,
            extra={
                "method": request.method,
                "path": request.path[:500],
                "params": parameter_names(request.META.get("QUERY_STRING", "")),
                "status": response.status_code,
                "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                "bytes": None if response.streaming else len(response.content),
                "view": match.view_name if match else None,
            },
        )
        return response


def parameter_names(query_string: str) -> list[str]:
    """The names of a query's parameters, at most 20 of at most 50 characters (read without Django's QueryDict,
    which refuses a query of over 1,000 fields: the log must not change the answer)."""
    names = {unquote_plus(part.partition("=")[0])[:50] for part in query_string.split("&", 200)[:200] if part}
    return sorted(names)[:20]
