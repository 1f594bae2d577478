from io import StringIO

from django.core.management import call_command
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page

from cms.models import CasePage, GuidePage, ToolPage
from cms.stages import Stage

QUERY_BUDGET = 12
# In another language Wagtail looks up that language's home page, and section
# pages list the pages not yet translated.
TRANSLATED_QUERY_BUDGET = QUERY_BUDGET + 2


class DemoSiteTests(TestCase):
    """Every public page of the demo site, with its realistic content."""

    @classmethod
    def setUpTestData(cls):
        call_command("load_demo", stdout=StringIO())

    def urls(self):
        pages = Page.objects.live().filter(depth__gt=1).order_by("path")
        stage_urls = [f"/fase/{stage.value}/" for stage in Stage]
        search = reverse("search") + "?q=aftale"
        return [page.url for page in pages] + stage_urls + [search]

    def test_demo_has_the_promised_material(self):
        danish = {"locale__language_code": "da"}
        self.assertEqual(GuidePage.objects.live().filter(**danish).count(), 8)
        self.assertGreaterEqual(ToolPage.objects.live().filter(**danish).count(), 12)
        self.assertGreaterEqual(CasePage.objects.live().filter(**danish).count(), 8)
        for tool in ToolPage.objects.filter(working_tool__in=["agreement"]):
            self.assertTrue(tool.downloads.exists())

    def test_every_page_renders_within_the_query_budget(self):
        for url in self.urls():
            self.client.get(url)  # fills the navigation cache, as in production
            with self.subTest(url=url):
                with CaptureQueriesContext(connection) as queries:
                    response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                budget = (
                    TRANSLATED_QUERY_BUDGET if url.startswith("/en/") else QUERY_BUDGET
                )
                self.assertLessEqual(len(queries), budget)

    def test_every_stage_lists_material(self):
        for stage in Stage:
            with self.subTest(stage=stage):
                response = self.client.get(f"/fase/{stage.value}/")
                self.assertContains(response, f"<h1>{stage.label}</h1>", html=True)
                self.assertGreater(len(response.context["tools"]), 0)
