from io import StringIO

from django.core.management import call_command
from django.test import TestCase
from wagtail.models import Locale, Page

from cms.models import (
    CaseIndexPage,
    CasePage,
    FilmPage,
    GuideIndexPage,
    GuidePage,
    StandardPage,
    ToolboxIndexPage,
    ToolPage,
)
from demo.content.english import CHAPTERS, TOOLS
from home.models import HomePage


def load_demo():
    call_command("load_demo", stdout=StringIO())


class EnglishDemoTests(TestCase):
    """The demo's knowledge pages in English, linked to English pages."""

    @classmethod
    def setUpTestData(cls):
        load_demo()
        cls.english = Page.objects.filter(locale__language_code="en").specific()

    def english_pages(self, model):
        return [page for page in self.english if isinstance(page, model)]

    def test_every_section_and_its_pages_are_live_in_english(self):
        expected = {
            HomePage: 1,
            GuideIndexPage: 1,
            GuidePage: len(CHAPTERS),
            ToolboxIndexPage: 1,
            ToolPage: len(TOOLS),
            CaseIndexPage: 1,
            FilmPage: 1,
            StandardPage: 1,
        }
        for model, count in expected.items():
            with self.subTest(model=model.__name__):
                pages = self.english_pages(model)
                self.assertEqual(len(pages), count)
                self.assertTrue(all(page.live for page in pages))
        self.assertGreaterEqual(len(self.english_pages(CasePage)), 4)

    def test_english_pages_are_written_in_english(self):
        for page in self.english_pages(GuidePage) + self.english_pages(ToolPage):
            danish = page.get_translation(Locale.get_default()).specific
            with self.subTest(page=page.title):
                self.assertNotEqual(page.title, danish.title)
                self.assertNotEqual(page.slug, danish.slug)
                self.assertNotRegex(page.summary + str(page.body), "[æøåÆØÅ]")

    def test_tool_links_in_english_chapters_lead_to_english_tools(self):
        links = [
            tool
            for chapter in self.english_pages(GuidePage)
            for block in chapter.body
            if block.block_type == "tool_links"
            for tool in block.value["tools"]
        ]

        self.assertTrue(links)
        self.assertEqual({tool.locale.language_code for tool in links}, {"en"})

    def test_english_cases_name_their_partners_in_english(self):
        case = CasePage.objects.get(slug="the-sense-story")

        self.assertEqual(
            [(p.name, p.role) for p in case.partners.all()],
            [("Messecenter Herning", "Host"), ("Team Teatret", "Director")],
        )
        self.assertEqual(sorted(case.tags.names()), ["business", "culture", "festival"])

    def test_english_site_shows_the_pages(self):
        response = self.client.get("/en/guide/what-are-partnerships/")

        self.assertContains(response, "<h1>What are partnerships?</h1>", html=False)
        self.assertContains(response, 'href="/en/toolbox/defining-partnership/"')
