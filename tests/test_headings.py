"""Every admin page of the project has exactly one top-level heading (h1):
screen-reader users jump to it, and Wagtail's shared header drops it when a
template passes a variable called ``heading``."""

import re

from django.test import TestCase
from django.urls import reverse

from tests.factories import PartnershipFactory, UserFactory


class OneHeadingTests(TestCase):
    def test_each_page_has_one_h1(self):
        admin = UserFactory(is_superuser=True)
        other = UserFactory()
        partnership = PartnershipFactory()
        self.client.force_login(admin)
        for url in [
            reverse("partnerships_board"),
            reverse("partnerships_stage_change", args=[partnership.pk]),
            reverse("two_factor_account"),
            reverse("two_factor_reset", args=[other.pk]),
        ]:
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                headings = re.findall(rb"<h1[\s>]", response.content)
                self.assertEqual(len(headings), 1)
