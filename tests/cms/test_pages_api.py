"""The public pages through Wagtail's API (/api/v2/): live, public pages only,
readable without signing in."""

from django.test import TestCase, override_settings
from wagtail.models import PageViewRestriction

from tests.factories import GuidePageFactory, UserFactory

PAGES = "/api/v2/pages/"


# What a browser asks for.
BROWSER = "text/html,application/xhtml+xml,*/*;q=0.8"


class PagesAPITests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.public = GuidePageFactory(title="Hvorfor samarbejde?")
        cls.draft = GuidePageFactory(title="Kladde om budget", live=False)
        cls.restricted = GuidePageFactory(title="Kun for personale")
        PageViewRestriction.objects.create(
            page=cls.restricted, restriction_type=PageViewRestriction.LOGIN
        )
        cls.below_restricted = GuidePageFactory(
            title="Under det lukkede", parent=cls.restricted
        )

    def titles(self, **params):
        response = self.client.get(PAGES, {"limit": 20, **params})
        self.assertEqual(response.status_code, 200)
        return {item["title"] for item in response.json()["items"]}

    def test_anyone_lists_the_live_public_pages(self):
        self.assertIn("Hvorfor samarbejde?", self.titles())

    def test_unpublished_and_restricted_pages_are_not_listed(self):
        titles = self.titles()
        for title in ("Kladde om budget", "Kun for personale", "Under det lukkede"):
            with self.subTest(title=title):
                self.assertNotIn(title, titles)

    def test_unpublished_and_restricted_pages_are_not_found_by_id(self):
        for page in (self.draft, self.restricted, self.below_restricted):
            with self.subTest(page=page.title):
                response = self.client.get(f"{PAGES}{page.pk}/")
                self.assertEqual(response.status_code, 404)

    def test_a_signed_in_editor_sees_no_more_than_the_public(self):
        self.client.force_login(UserFactory(is_superuser=True))
        self.assertNotIn("Kladde om budget", self.titles())
        self.assertNotIn("Kun for personale", self.titles())

    def test_a_public_page_is_read_by_id(self):
        response = self.client.get(f"{PAGES}{self.public.pk}/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["title"], "Hvorfor samarbejde?")
        self.assertEqual(response["Content-Type"], "application/json")

    @override_settings(PAGE_CACHE_SECONDS=60)
    def test_a_browser_gets_json_that_the_page_cache_leaves_alone(self):
        response = self.client.get(PAGES, HTTP_ACCEPT=BROWSER)
        self.assertEqual(response["Content-Type"], "application/json")

        self.client.get(PAGES)
        self.public.title = "Nyt navn"
        self.public.save_revision().publish()
        self.assertIn("Nyt navn", self.titles())

    def test_a_bad_filter_is_a_clear_error(self):
        response = self.client.get(PAGES, {"type": "cms.NoSuchPage"})
        self.assertEqual(response.status_code, 400)
        self.assertIn("message", response.json())
