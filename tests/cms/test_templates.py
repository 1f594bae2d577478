from django.test import RequestFactory, TestCase
from django.views.defaults import server_error

from demo.pages import ensure_translation
from home.models import HomePage


class ErrorPageTests(TestCase):
    def test_500_page_renders_without_context_or_database(self):
        with self.assertNumQueries(0):
            response = server_error(RequestFactory().get("/"))

        self.assertEqual(response.status_code, 500)
        self.assertIn(b"Der opstod en fejl", response.content)
        self.assertIn(b'class="skip-link"', response.content)


class LanguageSwitchTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePage.objects.get(depth=2)
        ensure_translation(cls.home, "en", title="Build partnerships", intro="")

    def test_danish_page_links_to_its_english_translation(self):
        response = self.client.get("/")

        self.assertContains(response, '<a href="/en/" hreflang="en" lang="en">')
        self.assertContains(response, 'hreflang="da" lang="da" aria-current="true"')

    def test_english_page_is_served_under_en_in_english(self):
        response = self.client.get("/en/")

        self.assertContains(response, '<html lang="en">')
        self.assertContains(response, "<h1>Build partnerships</h1>")
        self.assertContains(response, "Skip to content")
