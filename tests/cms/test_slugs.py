"""Page slugs write æ, ø and å the Danish way (ae, oe, aa), however the page
is made: typed by an editor, filled in from the title, or made in code."""

from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from cms.models import GuidePage
from cms.models.base import danish_slug
from tests.factories import GuidePageFactory


class DanishSlugTests(WagtailPageTestCase):
    def setUp(self):
        self.login()
        self.index = GuidePageFactory(slug="start").get_parent()

    def create(self, **fields):
        data = nested_form_data(
            {
                "title": "Møde på tværs",
                "number": 9,
                "summary": "Om møder.",
                "body": streamfield([("paragraph", rich_text("<p>Mødes ofte.</p>"))]),
                "action-publish": "publish",
                **fields,
            }
        )
        data["stages"] = ["initiation"]
        url = reverse(
            "wagtailadmin_pages:add", args=("cms", "guidepage", self.index.pk)
        )
        return self.client.post(url, data)

    def test_letters_are_spelled_out(self):
        self.assertEqual(danish_slug("ærø-åbent-ØL-Å"), "aeroe-aabent-oeL-aa")

    def test_a_typed_slug_is_saved_with_the_letters_spelled_out(self):
        response = self.create(slug="møde-på-tværs-af-århus")

        self.assertEqual(response.status_code, 302)
        self.assertTrue(
            GuidePage.objects.filter(slug="moede-paa-tvaers-af-aarhus").exists()
        )

    def test_a_slug_taken_after_spelling_out_is_refused_with_a_message(self):
        GuidePageFactory(slug="moede", parent=self.index)

        response = self.create(slug="møde")

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "moede")
        self.assertEqual(GuidePage.objects.filter(slug__startswith="moede").count(), 1)

    def test_a_page_made_in_code_without_a_slug_gets_one_from_its_title(self):
        page = GuidePage(title="Ærlig snak før mødet", number=3, summary="Om ærlighed.")
        self.index.add_child(instance=page)

        self.assertEqual(page.slug, "aerlig-snak-foer-moedet")

    def test_a_second_page_with_the_same_title_gets_a_free_slug(self):
        for _ in range(2):
            self.index.add_child(
                instance=GuidePage(title="Åben dør", number=4, summary="Om åbenhed.")
            )

        self.assertEqual(
            sorted(self.index.get_children().values_list("slug", flat=True)),
            ["aaben-doer", "aaben-doer-2", "start"],
        )
