"""Production settings read in a process of their own, as a server starts them
(no database connection needed), and the session store they choose."""

import json
import os
import subprocess
import sys

from django.conf import settings
from django.contrib.sessions.backends import cached_db
from django.core.cache import cache
from django.test import SimpleTestCase, TestCase, override_settings
from django.urls import reverse

from tests.cms import test_accounts, test_two_factor
from tests.factories import UserFactory

PRINT_SETTINGS = """
import json
from cms.settings import production as s
db = s.DATABASES["default"]
print(json.dumps({
    "options": db.get("OPTIONS", {}),
    "conn_max_age": db["CONN_MAX_AGE"],
    "session_engine": getattr(s, "SESSION_ENGINE", None),
    "cache": getattr(s, "CACHES", {}).get("default", {}).get("BACKEND"),
    "log_formatters": list(s.LOGGING["formatters"]),
    "log_level": s.LOGGING["root"]["level"],
    "jobs": [job["name"] for job in s.SCHEDULED_COMMANDS],
    "job_args": {job["name"]: job.get("args", []) for job in s.SCHEDULED_COMMANDS},
    "fallbacks": s.SECRET_KEY_FALLBACKS,
    "api_base_url": s.WAGTAILAPI_BASE_URL,
}))
"""
REQUIRED = {
    "SECRET_KEY": "x" * 50,
    "ALLOWED_HOSTS": "partnerskaber.example.org",
    "DATABASE_URL": "postgres://u@h/db",
}
# Variables that would change what is read here when the test run has them.
UNSET = [
    "DATABASE_POOL",
    "DATABASE_POOL_MIN_SIZE",
    "DATABASE_POOL_MAX_SIZE",
    "DATABASE_POOL_TIMEOUT",
    "CONN_MAX_AGE",
    "REDIS_URL",
    "LOG_FORMAT",
    "LOG_LEVEL",
    "SENTRY_DSN",
    "TASKS_BACKEND",
    "BACKUP_KEEP",
    "SECRET_KEY_FALLBACKS",
    "WAGTAILADMIN_BASE_URL",
    "WAGTAILAPI_BASE_URL",
]


def production(**environ) -> subprocess.CompletedProcess:
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in UNSET and name != "DJANGO_SETTINGS_MODULE"
    }
    env.update(REQUIRED)
    env.update(environ)
    return subprocess.run(
        [sys.executable, "-c", PRINT_SETTINGS],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def production_settings(**environ) -> dict:
    result = production(**environ)
    if result.returncode:
        raise AssertionError(result.stderr)
    return json.loads(result.stdout)


class ConnectionPoolTests(SimpleTestCase):
    def test_postgresql_gets_a_pool_and_no_persistent_connections(self):
        read = production_settings()

        self.assertEqual(
            read["options"], {"pool": {"min_size": 1, "max_size": 4, "timeout": 10}}
        )
        self.assertEqual(read["conn_max_age"], 0)

    def test_sizes_come_from_the_environment_and_url_options_stay(self):
        read = production_settings(
            DATABASE_URL="postgres://u@h/db?sslmode=require",
            DATABASE_POOL_MIN_SIZE="2",
            DATABASE_POOL_MAX_SIZE="8",
            DATABASE_POOL_TIMEOUT="5",
        )

        self.assertEqual(
            read["options"],
            {
                "sslmode": "require",
                "pool": {"min_size": 2, "max_size": 8, "timeout": 5},
            },
        )

    def test_pool_can_be_switched_off(self):
        read = production_settings(DATABASE_POOL="false", CONN_MAX_AGE="60")

        self.assertNotIn("pool", read["options"])
        self.assertEqual(read["conn_max_age"], 60)

    def test_sqlite_gets_no_pool(self):
        read = production_settings(DATABASE_URL="sqlite:///tmp/x.sqlite3")

        self.assertNotIn("pool", read["options"])

    def test_bad_values_stop_with_the_variable_named(self):
        for environ, message in [
            ({"DATABASE_POOL_MAX_SIZE": "many"}, "DATABASE_POOL_MAX_SIZE must be a"),
            ({"DATABASE_POOL_TIMEOUT": "0"}, "DATABASE_POOL_TIMEOUT must be at least"),
            (
                {"DATABASE_POOL_MIN_SIZE": "5", "DATABASE_POOL_MAX_SIZE": "4"},
                "DATABASE_POOL_MAX_SIZE must not be less than",
            ),
            ({"DATABASE_POOL": "no"}, "DATABASE_POOL must be one of true, false"),
        ]:
            with self.subTest(environ=environ):
                result = production(**environ)
                self.assertNotEqual(result.returncode, 0)
                self.assertIn(message, result.stderr)


class SharedStateTests(SimpleTestCase):
    def test_with_redis_sessions_are_cached_in_it_and_kept_in_the_database(self):
        read = production_settings(REDIS_URL="redis://127.0.0.1:6379/5")

        self.assertEqual(read["cache"], "django.core.cache.backends.redis.RedisCache")
        self.assertEqual(
            read["session_engine"], "django.contrib.sessions.backends.cached_db"
        )

    def test_without_redis_sessions_stay_in_the_database_only(self):
        read = production_settings()

        self.assertIsNone(read["session_engine"])


class ProductionLoggingTests(SimpleTestCase):
    def test_json_at_info_by_default(self):
        read = production_settings()

        self.assertEqual(read["log_formatters"], ["json"])
        self.assertEqual(read["log_level"], "INFO")

    def test_text_and_level_from_the_environment(self):
        read = production_settings(LOG_FORMAT="text", LOG_LEVEL="debug")

        self.assertEqual(read["log_formatters"], ["text"])
        self.assertEqual(read["log_level"], "DEBUG")

    def test_unknown_format_is_refused(self):
        result = production(LOG_FORMAT="xml")

        self.assertIn("LOG_FORMAT must be one of json, text, not 'xml'", result.stderr)


class ProductionScheduleTests(SimpleTestCase):
    def test_task_results_are_pruned_where_tasks_are_queued(self):
        self.assertIn("prune-task-results", production_settings()["jobs"])
        self.assertNotIn(
            "prune-task-results",
            production_settings(TASKS_BACKEND="immediate")["jobs"],
        )

    def test_nightly_backup_keeps_backup_keep_archives(self):
        self.assertEqual(production_settings()["job_args"]["backup"], ["--keep", "14"])
        self.assertEqual(
            production_settings(BACKUP_KEEP="3")["job_args"]["backup"], ["--keep", "3"]
        )
        result = production(BACKUP_KEEP="0")
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("BACKUP_KEEP must be at least 1, not '0'", result.stderr)


class ProductionKeysAndAddressesTests(SimpleTestCase):
    def test_earlier_secret_keys_come_from_the_environment(self):
        self.assertEqual(production_settings()["fallbacks"], [])
        read = production_settings(SECRET_KEY_FALLBACKS=" old-key-1, ,old-key-2 ")
        self.assertEqual(read["fallbacks"], ["old-key-1", "old-key-2"])

    def test_pages_api_addresses_use_the_public_address(self):
        read = production_settings(WAGTAILADMIN_BASE_URL="https://bib.example.org")
        self.assertEqual(read["api_base_url"], "https://bib.example.org")
        read = production_settings(
            WAGTAILADMIN_BASE_URL="https://bib.example.org",
            WAGTAILAPI_BASE_URL="https://api.example.org",
        )
        self.assertEqual(read["api_base_url"], "https://api.example.org")


CACHED_DB = "django.contrib.sessions.backends.cached_db"


@override_settings(SESSION_ENGINE=CACHED_DB)
class CachedDatabaseSessionTests(TestCase):
    def test_a_session_survives_a_cache_restart(self):
        self.client.force_login(UserFactory(is_superuser=True))
        self.assertIsInstance(self.client.session, cached_db.SessionStore)
        self.assertEqual(self.client.get(reverse("wagtailadmin_home")).status_code, 200)

        cache.clear()

        self.assertEqual(self.client.get(reverse("wagtailadmin_home")).status_code, 200)

    def test_signing_out_ends_the_session_in_the_cache_too(self):
        self.client.force_login(UserFactory(is_superuser=True))
        key = self.client.session.session_key
        self.client.post(reverse("wagtailadmin_logout"))

        self.assertFalse(self.client.session.exists(key))
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertEqual(response.status_code, 302)


@override_settings(SESSION_ENGINE=CACHED_DB)
class CachedDatabaseSessionTimeoutTests(test_accounts.SessionTimeoutTests):
    """Idle and absolute session limits (cms/sessions.py) with production's
    session store."""


@override_settings(SESSION_ENGINE=CACHED_DB, TWO_FACTOR_REQUIRED=True)
class CachedDatabaseTwoFactorTests(test_two_factor.VerifyTests):
    """Two-step verification, which changes the session key, with
    production's session store."""
