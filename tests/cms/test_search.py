from django.test import TestCase
from django.urls import reverse

from demo.pages import ensure_translation
from tests.factories import GuidePageFactory, ToolPageFactory, home_page, stream


class SearchTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.plan = ToolPageFactory(
            title="Planlæg formidlingen",
            summary="Skabelon til kommunikationsplaner for partnerskabet.",
        )
        cls.chapter = GuidePageFactory(
            title="Hvorfor evaluere?",
            body=stream(("paragraph", "<p>Evalueringen sker løbende.</p>")),
        )
        ensure_translation(home_page(), "en", title="Build partnerships", intro="")

    def search(self, query, **params):
        return self.client.get(reverse("search"), {"q": query, **params})

    def test_danish_word_finds_its_plural(self):
        response = self.search("kommunikationsplan")

        self.assertEqual(
            [page.pk for page in response.context["results"]], [self.plan.pk]
        )
        self.assertContains(response, "Planlæg formidlingen")

    def test_plural_form_finds_the_singular(self):
        # Stemmed on both databases: PostgreSQL's Danish configuration, the
        # Snowball stemmer on SQLite.
        self.plan.title = "Kommunikationsplan for biblioteket"
        self.plan.save_revision().publish()

        response = self.search("kommunikationsplanerne")

        self.assertEqual(
            [page.pk for page in response.context["results"]], [self.plan.pk]
        )

    def test_plural_body_word_finds_the_definite_singular(self):
        response = self.search("evalueringer")

        self.assertContains(response, "Hvorfor evaluere?")

    def test_searches_streamfield_text(self):
        response = self.search("evalueringen")

        self.assertContains(response, "Hvorfor evaluere?")

    def test_only_pages_in_the_current_language_are_found(self):
        response = self.client.get("/en/search/", {"q": "kommunikationsplan"})

        self.assertEqual(response.status_code, 200)
        self.assertEqual(len(response.context["results"]), 0)

    def test_unpublished_pages_are_not_found(self):
        self.plan.unpublish()

        self.assertEqual(len(self.search("kommunikationsplan").context["results"]), 0)

    def test_empty_and_overlong_queries_are_answered_without_error(self):
        self.assertEqual(self.search("").status_code, 200)
        response = self.search("x" * 201)

        self.assertEqual(response.status_code, 200)
        self.assertEqual(len(response.context["results"]), 0)
        self.assertContains(response, 'role="alert"')

    def test_nonsense_page_number_falls_back_to_the_first_page(self):
        response = self.search("kommunikationsplan", side="abc")

        self.assertEqual(response.context["results"].number, 1)

    def test_query_is_escaped_in_the_page(self):
        response = self.search("<script>alert(1)</script>")

        self.assertNotContains(response, "<script>alert(1)</script>")
        self.assertContains(response, "&lt;script&gt;alert(1)&lt;/script&gt;")
