import re

from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from cms.models import (
    CaseIndexPage,
    CasePage,
    CasePartner,
    FilmPage,
    GuideIndexPage,
    GuidePage,
    StandardPage,
    ToolboxIndexPage,
    ToolDownload,
    ToolPage,
)
from home.models import HomePage
from tests.factories import (
    CasePageFactory,
    GuidePageFactory,
    StandardPageFactory,
    ToolPageFactory,
    home_page,
    stream,
)


def summarise(queries):
    """The FROM and WHERE part of each query, short enough to read in a failure."""
    return "\n".join(
        q["sql"][q["sql"].find(" FROM ") : q["sql"].find(" FROM ") + 160]
        for q in queries
    )


class PageTreeRuleTests(WagtailPageTestCase):
    def test_sections_live_under_the_home_page(self):
        for model in [GuideIndexPage, ToolboxIndexPage, CaseIndexPage, FilmPage]:
            with self.subTest(model=model.__name__):
                self.assertAllowedParentPageTypes(model, {HomePage})
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})

    def test_each_index_holds_only_its_own_pages(self):
        self.assertAllowedSubpageTypes(GuideIndexPage, {GuidePage})
        self.assertAllowedSubpageTypes(ToolboxIndexPage, {ToolPage})
        self.assertAllowedSubpageTypes(CaseIndexPage, {CasePage})
        for model in [GuidePage, ToolPage, CasePage, FilmPage]:
            with self.subTest(model=model.__name__):
                self.assertAllowedSubpageTypes(model, set())

    def test_home_page_offers_the_sections(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {GuideIndexPage, ToolboxIndexPage, CaseIndexPage, FilmPage, StandardPage},
        )
        self.assertAllowedParentPageTypes(HomePage, {Page})


class AdminCreationTests(WagtailPageTestCase):
    def setUp(self):
        self.login()

    def test_editor_can_create_a_chapter_with_blocks_and_stages(self):
        index = GuidePageFactory().get_parent()
        data = nested_form_data(
            {
                "title": "Hvem kan vi samarbejde med?",
                "slug": "hvem",
                "number": 4,
                "summary": "Om at vælge partnere.",
                "body": streamfield(
                    [
                        ("sub_question", "Hvordan finder vi partnere?"),
                        ("paragraph", rich_text("<p>Kig bredt.</p>")),
                    ]
                ),
                "action-publish": "publish",
            }
        )
        data["stages"] = ["initiation"]

        self.assertCanCreate(index, GuidePage, data)

        chapter = GuidePage.objects.get(slug="hvem")
        self.assertEqual(chapter.stage_list[0].value, "initiation")
        self.assertEqual(chapter.sub_questions[0][1], "Hvordan finder vi partnere?")

    def test_editor_can_create_a_case_with_a_partner(self):
        index = CasePageFactory().get_parent()

        self.assertCanCreate(
            index,
            CasePage,
            nested_form_data(
                {
                    "title": "Bibliotek og bryggeri",
                    "slug": "bryggeri",
                    "library": "Eksempelby Bibliotek",
                    "year_from": 2012,
                    "outline": rich_text("<p>Ølsmagning med foredrag.</p>"),
                    "experience": rich_text("<p>Godt.</p>"),
                    "challenges": rich_text("<p>Tid.</p>"),
                    "barriers": rich_text("<p>Ingen.</p>"),
                    "purpose": rich_text("<p>Nye brugere.</p>"),
                    "library_gain": rich_text("<p>Synlighed.</p>"),
                    "partners": inline_formset(
                        [{"name": "Eksempelby Bryghus", "sector": "private"}]
                    ),
                    "sources": inline_formset([]),
                    "gallery": streamfield([]),
                    "tags": "øl, foredrag",
                    "action-publish": "publish",
                }
            ),
        )

        case = CasePage.objects.get(slug="bryggeri")
        self.assertEqual(case.partners.get().sector, "private")


class RenderingTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tool = ToolPageFactory(
            title="Kommunikationsplan",
            stages=["communication"],
            working_tool="communication_plan",
        )
        Document = get_document_model()
        document = Document(title="Skabelon til kommunikationsplan")
        document.file.save("plan.docx", ContentFile(b"docx"), save=True)
        cls.tool.downloads.add(ToolDownload(document=document))
        cls.tool.save()
        cls.first = GuidePageFactory(number=1, title="Første kapitel")
        cls.chapter = GuidePageFactory(
            number=2,
            title="Hvorfor er kommunikation vigtig?",
            stages=["communication", "evaluation"],
            body=stream(
                ("sub_question", "Hvad med den interne kommunikation?"),
                ("paragraph", "<p>Fortæl kollegerne om <b>målet</b>.</p>"),
                ("questions", {"heading": "Spørg jer selv", "questions": ["Hvem?"]}),
                ("checklist", {"heading": "Tjek", "items": ["Plan lagt"]}),
                ("tip", {"kind": "key_point", "text": "Informér løbende."}),
                ("quote", {"text": "Tal sammen.", "attribution": "Bibliotekschef"}),
                ("tool_links", {"heading": "Værktøjer", "tools": [cls.tool.pk]}),
                ("video", {"url": "https://vimeo.com/1", "title": "Better Together"}),
            ),
        )
        cls.last = GuidePageFactory(number=3, title="Tredje kapitel")
        cls.case = CasePageFactory(
            title="Rock på biblioteket",
            stages=["communication"],
            lessons="Start tidligt\nHold kontakten",
        )
        cls.case.partners.add(CasePartner(name="Rockmuseet", sector="culture"))
        cls.case.tags.add("musik")
        cls.case.save()

    def test_every_page_type_renders(self):
        film = FilmPage(title="Filmen", slug="film", video_url="https://vimeo.com/1")
        home_page().add_child(instance=film)
        for page in [
            home_page(),
            self.chapter.get_parent(),
            self.chapter,
            self.tool.get_parent(),
            self.tool,
            self.case.get_parent(),
            self.case,
            film,
            StandardPageFactory(),
        ]:
            with self.subTest(page=type(page).__name__):
                self.assertPageIsRenderable(page)

    def test_chapter_shows_blocks_contents_stages_and_neighbours(self):
        response = self.client.get(self.chapter.url)

        for text in [
            '<h2 id="q-hvad-med-den-interne-kommunikation"',
            'href="#q-hvad-med-den-interne-kommunikation"',
            "<b>målet</b>",
            "<li>Hvem?</li>",
            "Informér løbende.",
            "— Bibliotekschef",
            f'<a href="{self.tool.url}">Kommunikationsplan</a>',
            'href="https://vimeo.com/1"',
            'class="stage-badge stage-communication" href="/fase/communication/"',
            f'href="{self.first.url}" rel="prev"',
            f'href="{self.last.url}" rel="next"',
            "Rock på biblioteket",
        ]:
            with self.subTest(text=text):
                self.assertContains(response, text, html=False)

    def test_checklist_items_are_labelled_tick_boxes_with_the_script(self):
        response = self.client.get(self.chapter.url)
        box = re.search(
            r'<input type="checkbox" id="(checklist-\w+-1)" value="Plan lagt">',
            response.text,
        )

        self.assertIsNotNone(box, "the item is not a tick box")
        self.assertContains(response, f'<label for="{box[1]}">Plan lagt</label>')
        self.assertContains(response, "/static/cms/js/checklist.js")
        # The print and clear buttons need the script: hidden until it runs.
        self.assertContains(response, "data-checklist-actions hidden")

    def test_tool_page_lists_downloads_and_links_its_working_tool(self):
        response = self.client.get(self.tool.url)

        self.assertContains(response, "Skabelon til kommunikationsplan")
        self.assertContains(response, "(DOCX)")
        self.assertEqual(
            self.tool.working_tool_url,
            "/admin/partnerships/tools/communication_plan/",
        )
        self.assertContains(response, f'href="{self.tool.working_tool_url}"')

    def test_tool_page_without_working_tool_has_no_crm_link(self):
        self.tool.working_tool = ""
        self.tool.save_revision().publish()

        response = self.client.get(self.tool.url)

        self.assertEqual(self.tool.working_tool_url, "")
        self.assertNotContains(response, "/admin/partnerships/")

    def test_case_page_shows_the_five_questions_in_order(self):
        response = self.client.get(self.case.url)
        content = response.content.decode()

        with translation.override("da"):
            questions = [str(q) for q, _ in CasePage.objects.get().five_questions]
        positions = [content.index(question) for question in questions]
        self.assertEqual(positions, sorted(positions))
        self.assertContains(response, "<li>Hold kontakten</li>", html=True)
        self.assertContains(response, "Rockmuseet")

    def test_pages_render_within_the_query_budget(self):
        for page in [self.chapter, self.tool, self.case, self.case.get_parent()]:
            self.client.get(page.url)  # warm per-process caches
            with self.subTest(page=type(page).__name__):
                with CaptureQueriesContext(connection) as queries:
                    response = self.client.get(page.url)
                self.assertEqual(response.status_code, 200)
                self.assertLessEqual(len(queries), 12, summarise(queries))
