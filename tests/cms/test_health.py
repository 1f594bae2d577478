from unittest import mock

from django.db import OperationalError
from django.test import TestCase
from django.urls import reverse


class HealthCheckTests(TestCase):
    def test_healthy_database_answers_200(self):
        response = self.client.get(reverse("health"))

        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json(), {"status": "ok", "database": "ok"})
        self.assertIn("no-cache", response["Cache-Control"])

    def test_unreachable_database_answers_503(self):
        with mock.patch(
            "cms.views.connection.cursor", side_effect=OperationalError("down")
        ):
            response = self.client.get(reverse("health"))

        self.assertEqual(response.status_code, 503)
        self.assertEqual(response.json()["database"], "unavailable")

    def test_rejects_writes(self):
        self.assertEqual(self.client.post(reverse("health")).status_code, 405)
