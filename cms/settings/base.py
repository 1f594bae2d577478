"""Settings shared by every environment. Environment-specific files import this."""

import os
import tempfile
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

SECRET_KEY = os.environ.get("SECRET_KEY", "")
# Earlier keys, comma-separated, kept after a key change: signed links and the
# audit trail's hash chain made under them still verify.
SECRET_KEY_FALLBACKS = [
    key.strip()
    for key in os.environ.get("SECRET_KEY_FALLBACKS", "").split(",")
    if key.strip()
]

INSTALLED_APPS = [
    "partnerships",
    "cms",
    "home",
    "wagtail_modeladmin",
    "simple_history",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.locales",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    # The read-only pages API (cms/api.py) and the CRM API (partnerships/api/).
    "wagtail.api.v2",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    # modeladmin's list filters are Django admin filters; the Django admin
    # itself is not routed.
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    "axes",
    "csp",
    # Background tasks: Wagtail's own (search and reference index updates) and
    # the reminder e-mails (partnerships/tasks.py), see TASKS below.
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    "cms.middleware.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions, language, CSRF, sign-in and messages: a cached page is
    # answered without them, and is stored with the headers they add.
    "cms.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "cms.middleware.RefuseNulBytesMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "cms.two_factor.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "cms.two_factor.middleware.TwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "cms.sessions.SessionTimeoutMiddleware",
    "cms.content_policy.ContentPolicyMiddleware",
    # Turns axes' lockout signal into the lockout page; axes wants it last.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

# DATABASE_URL selects the database (PostgreSQL in production); without it a
# SQLite file next to manage.py, so a newcomer needs nothing else.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "600")),
        conn_health_checks=True,
    )
}
DATABASE_IS_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")
if DATABASE_IS_POSTGRES:
    INSTALLED_APPS.append("django.contrib.postgres")
else:
    # Take SQLite's write lock when a transaction starts, so that re-checking
    # a row inside a transaction is as safe as PostgreSQL's SELECT FOR UPDATE.
    DATABASES["default"].setdefault("OPTIONS", {})["transaction_mode"] = "IMMEDIATE"

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# ASVS 5 (V6.2): at least 12 characters, no guessable passwords, no
# composition rules.
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "cms.passwords.GuessablePasswordValidator"},
]

# Axes checks every login for a lockout before the ordinary backend runs.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Lock out one username from one address after AXES_FAILURE_LIMIT failures,
# so an attacker cannot lock a colleague out from elsewhere.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
# Log who failed from where (axes hides both by default); passwords and
# one-time codes stay masked.
AXES_SENSITIVE_PARAMETERS = ["otp_token"]
AXES_LOCKOUT_CALLABLE = "cms.lockouts.lockout_response"
AXES_CLIENT_IP_CALLABLE = "cms.lockouts.client_ip"
# Reverse proxies in front of Django that append to X-Forwarded-For; 0 means
# REMOTE_ADDR is the client (cms/lockouts.py).
TRUSTED_PROXY_COUNT = 0

# Staff sessions end 30 minutes after the last request and 10 hours after
# signing in at the latest (cms/sessions.py), and when the browser closes.
SESSION_COOKIE_AGE = 10 * 60 * 60
SESSION_IDLE_TIMEOUT = 30 * 60
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

# Danish first. LANGUAGE_CODE must stay "da": Wagtail created the default
# locale from it at the first migration.
LANGUAGE_CODE = "da"
LANGUAGES = [("da", _("Danish")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Copenhagen"
USE_I18N = True
USE_TZ = True

# Dates the Danish way: Django's "da" formats in lists and history
# ("3. december 2026 14:05"), and the same in the admin's date pickers in either
# admin language ("03.12.2026 14:05"); cms/formats/en lets English read them.
WAGTAIL_DATE_FORMAT = "%d.%m.%Y"
WAGTAIL_DATETIME_FORMAT = "%d.%m.%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
FORMAT_MODULE_PATH = ["cms.formats"]

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("da", "Dansk"), ("en", "English")]

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATIC_ROOT = BASE_DIR / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
# Signed agreements and other CRM files are never served as media; they are
# downloaded through views that check permissions.
PRIVATE_MEDIA_ROOT = Path(
    os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media")
)

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Complex page forms exceed Django's default of 1000 fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

LOGIN_URL = "wagtailadmin_login"

# Two-step verification (cms/two_factor/): superusers and these groups (names
# as in cms/roles.py) must use an authenticator app; other staff may. Each
# wrong code doubles the wait before the next try.
TWO_FACTOR_REQUIRED = True
TWO_FACTOR_REQUIRED_GROUPS = ["Project managers", "Auditors", "Privacy officers"]
OTP_TOTP_ISSUER = "Byg partnerskaber"
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_STATIC_THROTTLE_FACTOR = 1

# Contacts whose partnerships all concluded longer ago than this are listed
# for review in the privacy area (partnerships/privacy/retention.py).
PRIVACY_RETENTION_YEARS = float(os.environ.get("PRIVACY_RETENTION_YEARS", "5"))


def tasks_setting(backend: str) -> dict:
    """TASKS for TASKS_BACKEND: "immediate" runs each task at once in the
    process that queues it (development, tests); "database" queues it in the
    database for `manage.py db_worker` (production)."""
    backends = {
        "immediate": "django_tasks.backends.immediate.ImmediateBackend",
        "database": "django_tasks_db.DatabaseBackend",
    }
    if backend not in backends:
        raise ImproperlyConfigured(
            f"TASKS_BACKEND must be one of {', '.join(backends)}, not {backend!r}"
        )
    return {"default": {"BACKEND": backends[backend], "QUEUES": ["default"]}}


TASKS = tasks_setting(os.environ.get("TASKS_BACKEND", "immediate"))

# E-mail reminders and the dashboard (partnerships/reminders.py): tasks and
# plan activities due within this many days, and evaluation links expiring
# within it, count as coming up; the weekly digest looks this far ahead.
REMINDER_DAYS_AHEAD = int(os.environ.get("REMINDER_DAYS_AHEAD", "3"))
REMINDER_DIGEST_DAYS_AHEAD = int(os.environ.get("REMINDER_DIGEST_DAYS_AHEAD", "7"))

# The pipeline report (partnerships/strategy) lists open partnerships that
# have stayed in their stage longer than this many days as stuck.
PARTNERSHIPS_STUCK_AFTER_DAYS = int(
    os.environ.get("PARTNERSHIPS_STUCK_AFTER_DAYS", "120")
)

WAGTAIL_SITE_NAME = "Byg partnerskaber"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")

# Danish stemming on PostgreSQL, prefix matching on SQLite (cms/search_backend.py):
# "kommunikationsplan" also finds "kommunikationsplaner".
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "cms.search_backend",
        "SEARCH_CONFIG": "danish",
    }
}

WAGTAILDOCS_EXTENSIONS = [
    *["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"],
    *["mp4", "webm", "vtt"],  # the film page plays uploaded videos with captions
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024

# Whole public pages for anonymous visitors (cms/page_cache.py), until pages
# change; 0 switches the page cache off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", 600))

# Where `manage.py backup` writes its archives and `manage.py restore` looks
# for them (docs/deployment.md).
BACKUP_DIR = Path(os.environ.get("BACKUP_DIR", BASE_DIR / "backups"))


def scheduled_commands(tasks: dict) -> list[dict]:
    """SCHEDULED_COMMANDS for the scheduler service (`manage.py run_scheduler`,
    cms/scheduler.py): each job runs a management command with its arguments
    at a cron time (minute hour day month weekday) in TIME_ZONE. A job is one
    entry. Finished background tasks are pruned only where TASKS queues them
    in the database."""
    jobs = [
        {
            "name": "publish-scheduled",
            "cron": "*/5 * * * *",
            "command": "publish_scheduled",
        },
        {"name": "reminders", "cron": "0 6 * * *", "command": "send_reminders"},
        {"name": "verify-history", "cron": "30 2 * * *", "command": "verify_history"},
        {"name": "clear-sessions", "cron": "30 3 * * *", "command": "clearsessions"},
        # Successful and failed sign-ins (axes) are kept for 90 days.
        {
            "name": "prune-sign-in-failures",
            "cron": "0 4 * * *",
            "command": "axes_reset_failure_logs",
            "args": ["--age", "90"],
        },
        {
            "name": "prune-sign-ins",
            "cron": "5 4 * * *",
            "command": "axes_reset_logs",
            "args": ["--age", "90"],
        },
    ]
    if tasks["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend":
        jobs.append(
            {
                "name": "prune-task-results",
                "cron": "45 3 * * *",
                "command": "prune_db_task_results",
                "args": ["--min-age-days", "30"],
            }
        )
    return jobs


SCHEDULED_COMMANDS = scheduled_commands(TASKS)

# Touched every minute by the scheduler; `manage.py healthcheck --scheduler`
# reads it.
SCHEDULER_HEARTBEAT_FILE = Path(
    os.environ.get(
        "SCHEDULER_HEARTBEAT_FILE",
        Path(tempfile.gettempdir()) / "byg-partnerskaber-scheduler-heartbeat",
    )
)

# The CRM's audit trail: keep history_date indexed together with the record id.
SIMPLE_HISTORY_DATE_INDEX = "composite"

# Staff browsers should not call out to wagtail.io for release news.
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Nor to Gravatar for avatars (it would also need a CSP exception).
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# What browsers may load. The public site runs no inline script; the Wagtail
# admin still needs it (cms/content_policy.py). Film pages embed YouTube and
# Vimeo players.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "media-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [
            SELF,
            "https://www.youtube.com",
            "https://www.youtube-nocookie.com",
            "https://player.vimeo.com",
        ],
        "frame-ancestors": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
    }
}

# The CRM API (partnerships/api/): a token (``manage.py drf_create_token``) or
# a signed-in session; every view then asks partnerships/permissions.py. The
# public pages API (cms/api.py) overrides the permission: anyone may read it.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    # JSON only: the page cache (cms/page_cache.py) keeps HTML answers to
    # requests without a session, which a token request is.
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 25,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Byg partnerskaber CRM API",
    "DESCRIPTION": "Partnerships, organisations, contacts, tasks, stage changes "
    "and the audit trail. Authenticate with 'Authorization: Token <key>'.",
    "VERSION": "1",
    "SCHEMA_PATH_PREFIX": "/api/crm/",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["rest_framework.permissions.IsAuthenticated"],
    "PREPROCESSING_HOOKS": ["partnerships.api.schema.crm_endpoints_only"],
}
