"""Whole public pages are cached for anonymous visitors until pages change."""

from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from tests.factories import GuidePageFactory, UserFactory


@override_settings(PAGE_CACHE_SECONDS=60)
class PageCacheTests(TestCase):
    def setUp(self):
        cache.clear()
        self.chapter = GuidePageFactory(title="Hvorfor samarbejde?")
        self.url = self.chapter.url

    def test_a_second_anonymous_visit_costs_no_query(self):
        first = self.client.get(self.url)

        with self.assertNumQueries(0):
            second = self.client.get(self.url)

        self.assertEqual(second.content, first.content)
        self.assertIn("Cookie", second["Vary"])

    def test_a_cached_page_keeps_the_headers_of_a_fresh_one(self):
        fresh = self.client.get(self.url)
        with self.assertNumQueries(0):
            cached = self.client.get(self.url)

        for header in ("Content-Language", "Vary", "Content-Security-Policy"):
            self.assertEqual(cached[header], fresh[header], header)
        self.assertIn("Accept-Language", cached["Vary"])
        self.assertFalse(cached.cookies)

    def test_publishing_a_change_shows_on_the_next_visit(self):
        self.client.get(self.url)
        self.chapter.title = "Hvorfor samarbejde nu?"
        self.chapter.save_revision().publish()

        self.assertContains(self.client.get(self.url), "Hvorfor samarbejde nu?")

    def test_a_new_view_restriction_is_not_bypassed_by_the_cache(self):
        self.client.get(self.url)
        PageViewRestriction.objects.create(
            page=self.chapter, restriction_type=PageViewRestriction.LOGIN
        )

        self.assertEqual(self.client.get(self.url).status_code, 302)

    def queries(self, *args):
        with CaptureQueriesContext(connection) as captured:
            response = self.client.get(*args)
        return response, len(captured)

    def test_logged_in_staff_get_a_fresh_page(self):
        self.client.get(self.url)
        self.client.force_login(UserFactory(is_superuser=True))

        for _ in range(2):
            response, queries = self.queries(self.url)
            self.assertEqual(response.status_code, 200)
            self.assertGreater(queries, 0)

    def test_query_strings_and_errors_are_not_cached(self):
        for args in [(self.url, {"side": "2"}), ("/findes-ikke/",)]:
            with self.subTest(args=args):
                self.client.get(*args)
                self.assertGreater(self.queries(*args)[1], 0)

    @override_settings(PAGE_CACHE_SECONDS=0)
    def test_zero_switches_it_off(self):
        self.client.get(self.url)
        with self.assertRaises(AssertionError), self.assertNumQueries(0):
            self.client.get(self.url)


class RoundTrips(LocMemCache):
    """Counts calls as a network cache would see them: get_many is one. Not
    counted: Wagtail's own read of its site root paths (once a request)."""

    trips = 0

    def get(self, key, default=None, version=None):
        if key != "wagtail_site_root_paths":
            RoundTrips.trips += 1
        return super().get(key, default, version)

    def get_many(self, keys, version=None):
        RoundTrips.trips += 1
        missing = object()
        found = {key: LocMemCache.get(self, key, missing, version) for key in keys}
        return {key: value for key, value in found.items() if value is not missing}


@override_settings(
    CACHES={"default": {"BACKEND": "tests.cms.test_page_cache.RoundTrips"}}
)
class CacheRoundTripTests(TestCase):
    """With Redis every cache call is a network round trip: a page asks once."""

    def setUp(self):
        cache.clear()
        self.url = GuidePageFactory(title="Hvorfor samarbejde?").url

    def round_trips(self):
        self.client.get(self.url)  # fills the caches
        RoundTrips.trips = 0
        self.assertEqual(self.client.get(self.url).status_code, 200)
        return RoundTrips.trips

    def test_a_rendered_page_reads_its_navigation_in_one_round_trip(self):
        self.assertEqual(self.round_trips(), 1)

    @override_settings(PAGE_CACHE_SECONDS=60)
    def test_a_cached_page_is_one_round_trip(self):
        self.assertEqual(self.round_trips(), 1)
