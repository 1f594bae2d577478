from django.test import TestCase
from wagtail.models import PageViewRestriction

from cms.models import CasePartner, GuidePage, ToolPage
from cms.stages import Stage
from tests.factories import (
    CasePageFactory,
    GuidePageFactory,
    ToolPageFactory,
    home_page,
)


class StageListingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.agreement_tool = ToolPageFactory(
            title="Aftaleskabelon", stages=["agreement"]
        )
        cls.other_tool = ToolPageFactory(
            title="Mødespørgsmål", stages=["communication"]
        )
        cls.chapter = GuidePageFactory(title="Klare aftaler", stages=["agreement"])
        cls.case = CasePageFactory(title="Museumsaftalen", stages=["agreement"])

    def test_stage_page_lists_only_that_stages_material(self):
        response = self.client.get("/fase/agreement/")

        self.assertContains(response, "Aftaleskabelon")
        self.assertContains(response, "Klare aftaler")
        self.assertContains(response, "Museumsaftalen")
        self.assertNotContains(response, "Mødespørgsmål")

    def test_unknown_stage_is_not_found(self):
        self.assertEqual(self.client.get("/fase/nonsense/").status_code, 404)

    def test_queryset_in_stage_matches_whole_codes_only(self):
        self.assertEqual(
            list(ToolPage.objects.in_stage(Stage.AGREEMENT)), [self.agreement_tool]
        )
        self.assertEqual(list(GuidePage.objects.in_stage(Stage.EVALUATION)), [])

    def test_stage_listing_query_count_does_not_grow_with_items(self):
        self.client.get("/fase/agreement/")
        with self.assertNumQueries(8):
            self.client.get("/fase/agreement/")
        for number in range(10):
            ToolPageFactory(title=f"Ekstra {number}", stages=["agreement"])
        self.client.get("/fase/agreement/")
        with self.assertNumQueries(8):
            self.client.get("/fase/agreement/")

    def test_private_pages_are_left_out_of_listings_and_related(self):
        PageViewRestriction.objects.create(
            page=self.chapter, restriction_type=PageViewRestriction.LOGIN
        )

        self.assertNotContains(self.client.get("/fase/agreement/"), "Klare aftaler")
        self.assertNotIn(self.chapter.pk, [p.pk for p in self.case.related()])


class ToolboxFilterTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tool = ToolPageFactory(title="Evalueringsskema", stages=["evaluation"])
        ToolPageFactory(title="Aftaleskabelon", stages=["agreement"])

    def test_filter_by_stage(self):
        response = self.client.get(self.tool.get_parent().url, {"fase": "evaluation"})

        self.assertContains(response, "Evalueringsskema")
        self.assertNotContains(response, "Aftaleskabelon")

    def test_unknown_stage_explains_itself_and_shows_everything(self):
        response = self.client.get(self.tool.get_parent().url, {"fase": "x<b>"})

        self.assertContains(response, 'role="alert"')
        self.assertContains(response, "x&lt;b&gt;")
        self.assertContains(response, "Aftaleskabelon")


class CaseFilterTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.museum = CasePageFactory(title="Museet", stages=["agreement"])
        cls.museum.partners.add(CasePartner(name="Kunstmuseet", sector="culture"))
        cls.museum.tags.add("kunst")
        cls.museum.save()
        cls.firm = CasePageFactory(title="Firmaet", stages=["communication"])
        cls.firm.partners.add(CasePartner(name="Bryghuset", sector="private"))
        cls.firm.tags.add("øl")
        cls.firm.save()
        cls.index_url = cls.museum.get_parent().url

    def titles(self, **params):
        response = self.client.get(self.index_url, params)
        return [case.title for case in response.context["cases"]]

    def test_filters_by_sector_stage_and_tag(self):
        self.assertEqual(self.titles(sector="private"), ["Firmaet"])
        self.assertEqual(self.titles(fase="agreement"), ["Museet"])
        self.assertEqual(self.titles(tag="kunst"), ["Museet"])
        self.assertEqual(self.titles(tag="øl"), ["Firmaet"])
        self.assertEqual(self.titles(sector="culture", fase="communication"), [])
        self.assertCountEqual(self.titles(), ["Museet", "Firmaet"])

    def test_invalid_filter_says_so_and_shows_nothing(self):
        response = self.client.get(self.index_url, {"sector": "nonsense"})

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'role="alert"')
        self.assertEqual(list(response.context["cases"]), [])

    def test_filter_form_works_without_javascript(self):
        response = self.client.get(self.index_url)

        self.assertContains(
            response, f'<form class="filters" method="get" action="{self.index_url}"'
        )
        self.assertContains(response, '<label for="id_sector">')


class MenuCacheTests(TestCase):
    def test_menu_shows_a_section_as_soon_as_it_is_published(self):
        self.client.get("/")  # caches the menu
        tool = ToolPageFactory()
        index = tool.get_parent().specific
        index.show_in_menus = True
        index.save_revision().publish()

        response = self.client.get("/")

        self.assertContains(response, f'<a href="{index.url}">{index.title}</a>')

    def test_menu_drops_a_section_when_it_is_unpublished(self):
        index = ToolPageFactory().get_parent().specific
        index.show_in_menus = True
        index.save_revision().publish()
        self.assertContains(self.client.get("/"), index.title)

        index.unpublish()

        self.assertNotContains(self.client.get(home_page().url), index.title)
