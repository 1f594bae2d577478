"""Production: every secret and host name comes from the environment."""

import os

from django.core.exceptions import ImproperlyConfigured

from cms.env import env_choice, env_int
from cms.observability import (
    LOG_FORMATS,
    LOG_LEVELS,
    init_error_reporting,
    logging_config,
)

from .base import *


def _env_list(name: str) -> list[str]:
    return [
        item.strip() for item in os.environ.get(name, "").split(",") if item.strip()
    ]


DEBUG = False

if not SECRET_KEY:
    raise ImproperlyConfigured("Set the SECRET_KEY environment variable.")
ALLOWED_HOSTS = _env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Set ALLOWED_HOSTS (comma-separated host names).")
CSRF_TRUSTED_ORIGINS = _env_list("CSRF_TRUSTED_ORIGINS")
# Absolute addresses in the pages API (/api/v2/): the site's public address
# rather than the host name stored with Wagtail's site record.
WAGTAILAPI_BASE_URL = os.environ.get("WAGTAILAPI_BASE_URL", WAGTAILADMIN_BASE_URL)

# TLS ends at the reverse proxy, which must set X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true") == "true"
# Load balancers probe the health check over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

# Sign-in lockout and session lifetimes (cms/lockouts.py, cms/sessions.py).
# TRUSTED_PROXY_COUNT: reverse proxies that append the client address to
# X-Forwarded-For (the TLS proxy above makes one); 0 without a proxy.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "1"))
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", AXES_FAILURE_LIMIT))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", SESSION_COOKIE_AGE))
SESSION_IDLE_TIMEOUT = int(os.environ.get("SESSION_IDLE_TIMEOUT", SESSION_IDLE_TIMEOUT))

STORAGES["staticfiles"]["BACKEND"] = (
    "whitenoise.storage.CompressedManifestStaticFilesStorage"
)

# Each process keeps a pool of database connections (Django's psycopg pool);
# a pool replaces persistent connections, which Django refuses alongside it.
if (
    DATABASE_IS_POSTGRES
    and env_choice("DATABASE_POOL", "true", ["true", "false"]) == "true"
):
    _pool = {
        "min_size": env_int("DATABASE_POOL_MIN_SIZE", 1, minimum=0),
        "max_size": env_int("DATABASE_POOL_MAX_SIZE", 4, minimum=1),
        "timeout": env_int("DATABASE_POOL_TIMEOUT", 10, minimum=1),
    }
    if _pool["max_size"] < _pool["min_size"]:
        raise ImproperlyConfigured(
            "DATABASE_POOL_MAX_SIZE must not be less than DATABASE_POOL_MIN_SIZE."
        )
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = _pool
    DATABASES["default"]["CONN_MAX_AGE"] = 0

if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
    }
    # Sessions are written to the database and read from Redis: every web
    # process sees every session, and they survive a Redis restart. Not with
    # the per-process memory cache, where one process would keep reading a
    # session another had since ended.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "false") == "true"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background tasks (reminder e-mails, Wagtail's search and reference index
# updates) are queued in the database and run by `manage.py db_worker`.
TASKS = tasks_setting(os.environ.get("TASKS_BACKEND", "database"))
SCHEDULED_COMMANDS = [
    *scheduled_commands(TASKS),
    # Nightly into BACKUP_DIR, keeping the newest BACKUP_KEEP archives.
    {
        "name": "backup",
        "cron": "30 1 * * *",
        "command": "backup",
        "args": ["--keep", str(env_int("BACKUP_KEEP", 14, minimum=1))],
    },
]

# One JSON object a line (or plain text), cms/observability.py.
LOGGING = logging_config(
    env_choice("LOG_FORMAT", "json", LOG_FORMATS),
    env_choice("LOG_LEVEL", "INFO", LOG_LEVELS),
)
# Error reports when SENTRY_DSN is set.
init_error_reporting(os.environ)
