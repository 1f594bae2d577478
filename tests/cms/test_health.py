from unittest import mock

from django.core.cache import cache
from django.db import OperationalError
from django.test import TestCase
from django.urls import reverse
from redis.exceptions import ConnectionError as RedisConnectionError


class HealthCheckTests(TestCase):
    def test_healthy_database_and_cache_answer_200(self):
        response = self.client.get(reverse("health"))

        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            response.json(), {"status": "ok", "database": "ok", "cache": "ok"}
        )
        self.assertIn("no-cache", response["Cache-Control"])
        self.assertFalse(response.cookies)

    def test_unreachable_database_answers_503(self):
        with (
            mock.patch(
                "cms.health.connection.cursor", side_effect=OperationalError("down")
            ),
            self.assertLogs("cms.health", "WARNING") as logs,
        ):
            response = self.client.get(reverse("health"))

        self.assertEqual(response.status_code, 503)
        self.assertEqual(
            response.json(),
            {"status": "error", "database": "unavailable", "cache": "ok"},
        )
        self.assertIn("the database is unreachable: down", logs.output[0])

    def test_unreachable_cache_answers_503(self):
        with (
            mock.patch(
                "cms.health.cache.set",
                side_effect=RedisConnectionError("Connection refused"),
            ),
            self.assertLogs("cms.health", "WARNING") as logs,
        ):
            response = self.client.get(reverse("health"))

        self.assertEqual(response.status_code, 503)
        self.assertEqual(
            response.json(),
            {"status": "error", "database": "ok", "cache": "unavailable"},
        )
        self.assertIn("Connection refused", logs.output[0])

    def test_cache_that_loses_what_it_stored_answers_503(self):
        with mock.patch("cms.health.cache.get", return_value=None):
            response = self.client.get(reverse("health"))

        self.assertEqual(response.status_code, 503)
        self.assertEqual(response.json()["cache"], "unavailable")

    def test_the_check_leaves_nothing_in_the_cache(self):
        with mock.patch("cms.health.cache.set", wraps=cache.set) as stored:
            self.client.get(reverse("health"))

        key = stored.call_args.args[0]
        self.assertIsNone(cache.get(key))

    def test_rejects_writes(self):
        self.assertEqual(self.client.post(reverse("health")).status_code, 405)
