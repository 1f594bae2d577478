"""The demo's stage guidance points project managers at the guide chapters
and toolbox pages that fit each stage."""

from django.test import TestCase

from cms.models import GuidePage, StageGuidance, ToolPage
from cms.stages import Stage
from tests.demo.test_load_demo import load_demo


class DemoGuidanceTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_demo()

    def linked_pages(self, stage):
        guidance = StageGuidance.objects.get(stage=stage)
        return [link.page.specific for link in guidance.links.order_by("sort_order")]

    def test_every_stage_links_live_guide_chapters_and_tools(self):
        for stage in Stage:
            with self.subTest(stage=stage.value):
                pages = self.linked_pages(stage)

                self.assertGreaterEqual(len(pages), 2)
                self.assertTrue(all(page.live for page in pages))
                self.assertTrue(
                    all(isinstance(page, GuidePage | ToolPage) for page in pages),
                    [type(page).__name__ for page in pages],
                )
                self.assertTrue(any(isinstance(page, GuidePage) for page in pages))
                self.assertTrue(any(isinstance(page, ToolPage) for page in pages))

    def test_every_link_says_why_to_read_it(self):
        guidance = StageGuidance.objects.prefetch_related("links")
        notes = [link.note for g in guidance for link in g.links.all()]

        self.assertTrue(notes)
        self.assertTrue(all(note.strip() for note in notes))

    def test_initiation_links_the_vi_kan_vil_du_tool_not_the_case(self):
        pages = self.linked_pages(Stage.INITIATION)

        tool = next(page for page in pages if page.slug == "vi-kan-vil-du")
        self.assertIsInstance(tool, ToolPage)
        self.assertEqual(tool.title, "Vi kan – vil du?")

    def test_the_guide_chapters_linked_cover_more_than_one_chapter(self):
        chapters = {
            page.pk
            for stage in Stage
            for page in self.linked_pages(stage)
            if isinstance(page, GuidePage)
        }

        self.assertGreaterEqual(len(chapters), 5)
