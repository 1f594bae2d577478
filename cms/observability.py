"""Logs and error reports in production: one JSON object per log line (or
plain text), and errors sent to a Sentry-compatible service (SENTRY_DSN)."""

import logging
from collections.abc import Mapping

from cms.env import env_float

LOG_FORMATS = ("json", "text")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")

_FORMATTERS = {
    "json": {
        "()": "pythonjsonlogger.json.JsonFormatter",
        "fmt": "%(levelname)s %(name)s %(message)s",
        "rename_fields": {"levelname": "level", "name": "logger"},
        # An ISO 8601 time in UTC under "timestamp".
        "timestamp": True,
        "json_ensure_ascii": False,
    },
    "text": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
}

# What error reports may carry. The CRM holds personal data, so no signed-in
# user, cookies, request bodies (form posts), query strings (searches) or local
# variables (records being edited), and the client's address is left out of
# the request headers.
PRIVATE_DATA_COLLECTION = {
    "user_info": False,
    "cookies": {"mode": "off"},
    "http_headers": {
        "request": {
            "mode": "denylist",
            "terms": ["forwarded", "-ip", "remote-", "via", "-user"],
        }
    },
    "http_bodies": [],
    "url_query_params": {"mode": "off"},
    "database_query_data": False,
    "queues": False,
    "stack_frame_variables": False,
}


def logging_config(fmt: str = "json", level: str = "INFO") -> dict:
    """A LOGGING dict for Django and gunicorn: records of ``level`` and above
    to stderr, gunicorn's access log to stdout, both in format ``fmt``."""
    if fmt not in LOG_FORMATS:
        raise ValueError(f"Log format must be one of {', '.join(LOG_FORMATS)}")
    if level not in LOG_LEVELS:
        raise ValueError(f"Log level must be one of {', '.join(LOG_LEVELS)}")
    # 4xx and 5xx answers are logged once, by django.request, at WARNING and
    # ERROR; a higher LOG_LEVEL still wins.
    request_level = max(logging.WARNING, logging.getLevelName(level))

    def stream(name: str) -> dict:
        return {
            "class": "logging.StreamHandler",
            "formatter": fmt,
            "stream": f"ext://sys.{name}",
        }

    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {fmt: dict(_FORMATTERS[fmt])},
        "handlers": {"stderr": stream("stderr"), "stdout": stream("stdout")},
        "root": {"handlers": ["stderr"], "level": level},
        "loggers": {
            "django.request": {"level": logging.getLevelName(request_level)},
            # APScheduler would log every run of every job; cms/scheduler.py
            # logs what matters.
            "apscheduler": {"level": "WARNING"},
            # Axes announces itself in every process, health checks included.
            "axes.apps": {"level": "WARNING"},
            "gunicorn.error": {
                "handlers": ["stderr"],
                "level": level,
                "propagate": False,
            },
            "gunicorn.access": {
                "handlers": ["stdout"],
                "level": "INFO",
                "propagate": False,
            },
        },
    }


def init_error_reporting(environ: Mapping[str, str]) -> bool:
    """Send errors (exceptions, and records logged at ERROR) to the service
    at SENTRY_DSN; any Sentry-compatible one (GlitchTip, self-hosted Sentry)
    will do. Without SENTRY_DSN nothing is sent; returns whether it is on."""
    dsn = environ.get("SENTRY_DSN", "").strip()
    if not dsn:
        return False
    traces_sample_rate = env_float(
        "SENTRY_TRACES_SAMPLE_RATE", 0.0, minimum=0, maximum=1, environ=environ
    )
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=dsn,
        integrations=[DjangoIntegration()],
        # data_collection replaces send_default_pii, which sentry-sdk now
        # deprecates; it collects less than send_default_pii=False did.
        data_collection=PRIVATE_DATA_COLLECTION,
        environment=environ.get("SENTRY_ENVIRONMENT", "").strip() or "production",
        release=environ.get("SENTRY_RELEASE", "").strip() or None,
        traces_sample_rate=traces_sample_rate,
    )
    return True
