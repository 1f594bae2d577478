"""The public pages through Wagtail's API (/api/v2/): live, public pages only,
readable without signing in."""

import wagtail_factories
from django.core.files.base import ContentFile
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from cms.models import CasePartner, CaseSource, ToolDownload
from demo.pages import ensure_translation
from tests.factories import (
    CasePageFactory,
    FilmPageFactory,
    GuidePageFactory,
    StandardPageFactory,
    ToolPageFactory,
    UserFactory,
    home_page,
    stream,
)

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


def document(filename: str, title: str = ""):
    doc = get_document_model()(title=title or filename)
    doc.file.save(filename, ContentFile(b"\x00"), save=True)
    return doc


def link(page) -> str:
    """The attributes of a link to the page as rich text stores it."""
    return f'linktype="page" id="{page.pk}"'


def figure(image, alt_text="Fyldt læsesal"):
    return ("image", {"image": image.pk, "alt_text": alt_text, "decorative": False})


class PagesAPIContentTests(TestCase):
    """Each page type gives what its page shows readers, and nothing else."""

    @classmethod
    def setUpTestData(cls):
        cls.image = wagtail_factories.ImageFactory(title="Læsesal")
        cls.tool = ToolPageFactory(
            title="Aftaleskabelon",
            slug="aftaleskabelon",
            when_to_use="Når I skal skrive aftalen.",
            stages=["agreement"],
        )
        ToolDownload.objects.create(
            page=cls.tool,
            document=document("aftale.docx", "Aftaleskabelon"),
            description="Word-skabelon",
        )
        cls.draft_tool = ToolPageFactory(title="Halvfærdigt værktøj", live=False)
        cls.chapter = GuidePageFactory(
            title="Hvem kan vi spørge?",
            number=3,
            summary="Om at finde de rigtige partnere.",
            stages=["initiation", "agreement"],
            body=stream(
                ("sub_question", "Hvem kender vi?"),
                ("paragraph", f"<p>Brug <a {link(cls.tool)}>skabelonen</a>.</p>"),
                (
                    "tool_links",
                    {"heading": "Værktøjer", "tools": [cls.tool.pk, cls.draft_tool.pk]},
                ),
                figure(cls.image),
            ),
        )
        cls.case = CasePageFactory(
            title="Museum og bibliotek",
            year_from=2019,
            year_to=2021,
            relationship="partnership",
            target_groups=["families", "children"],
            outline=f"<p>Se <a {link(cls.chapter)}>kapitlet</a>.</p>",
            lessons="Start småt\n\nAftal roller tidligt\n",
            stages=["evaluation"],
            gallery=stream(figure(cls.image, "Udstillingen")),
            editor_note="Spørg Hanne om tilladelse før 1. maj",
        )
        CasePartner.objects.create(
            page=cls.case, name="Byens Museum", sector="culture", role="vært"
        )
        CaseSource.objects.create(
            page=cls.case, label="Evalueringsrapport", url="https://example.org/r.pdf"
        )
        cls.case.tags.add("udstilling", "familier")
        cls.case.save()

    def detail(self, page, **params):
        response = self.client.get(f"{PAGES}{page.pk}/", params)
        self.assertEqual(response.status_code, 200)
        return response.json()

    def block(self, body, kind):
        return next(block["value"] for block in body if block["type"] == kind)

    def test_a_guide_chapter_gives_its_number_summary_body_and_stages(self):
        data = self.detail(self.chapter)

        self.assertEqual(data["number"], 3)
        self.assertEqual(data["summary"], "Om at finde de rigtige partnere.")
        self.assertEqual(
            [block["type"] for block in data["body"]],
            ["sub_question", "paragraph", "tool_links", "image"],
        )
        self.assertEqual(self.block(data["body"], "sub_question"), "Hvem kender vi?")
        self.assertEqual(
            data["stages"],
            [
                {"code": "initiation", "label": "Initiering"},
                {"code": "agreement", "label": "Aftale"},
            ],
        )

    def test_rich_text_links_lead_to_the_pages_addresses(self):
        paragraph = self.block(self.detail(self.chapter)["body"], "paragraph")
        outline = self.detail(self.case)["outline"]

        self.assertIn(f'href="{self.tool.full_url}"', paragraph)
        self.assertIn(f'href="{self.chapter.full_url}"', outline)
        for html in (paragraph, outline):
            with self.subTest(html=html):
                self.assertNotIn("linktype", html)

    def test_rich_text_is_stripped_of_scripts_as_on_the_site(self):
        page = StandardPageFactory(
            body=stream(("paragraph", "<p>Hej<script>alert(1)</script></p>"))
        )

        self.assertEqual(self.detail(page)["body"][0]["value"], "<p>Hej</p>")

    def test_other_rich_text_formats_of_wagtail_can_be_asked_for(self):
        data = self.detail(self.case, rich_text_format="markdown")

        self.assertEqual(data["outline"].strip(), f"Se [kapitlet]({self.chapter.url}).")

    def test_tool_links_name_the_published_tools_with_their_addresses(self):
        links = self.block(self.detail(self.chapter)["body"], "tool_links")

        self.assertEqual(
            links,
            {
                "heading": "Værktøjer",
                "tools": [
                    {
                        "id": self.tool.pk,
                        "title": "Aftaleskabelon",
                        "html_url": self.tool.full_url,
                    }
                ],
            },
        )

    def test_an_image_block_gives_the_rendition_the_page_shows_and_its_alt_text(self):
        image = self.block(self.detail(self.chapter)["body"], "image")
        rendition = self.image.get_rendition("width-800")

        self.assertEqual(image["url"], rendition.url)
        self.assertEqual(image["full_url"], f"http://localhost{rendition.url}")
        self.assertEqual(image["alt"], "Fyldt læsesal")
        self.assertEqual(
            (image["width"], image["height"]), (rendition.width, rendition.height)
        )

    def test_a_tool_gives_its_kind_when_to_use_and_downloads(self):
        data = self.detail(self.tool)
        download = data["downloads"][0]

        self.assertEqual(data["tool_type"], {"code": "template", "label": "Skabelon"})
        self.assertEqual(data["when_to_use"], "Når I skal skrive aftalen.")
        self.assertEqual(download["description"], "Word-skabelon")
        self.assertEqual(download["document"]["title"], "Aftaleskabelon")
        self.assertEqual(download["document"]["file_extension"], "docx")
        document = self.tool.downloads.get().document
        self.assertEqual(download["document"]["url"], f"http://localhost{document.url}")
        self.assertNotIn("working_tool", data)

    def test_a_case_gives_its_facts_partners_answers_and_sources(self):
        data = self.detail(self.case)

        self.assertEqual(data["library"], "Eksempelby Bibliotek")
        self.assertEqual((data["year_from"], data["year_to"]), (2019, 2021))
        self.assertEqual(data["period"], "2019–2021")
        self.assertEqual(
            data["relationship"], {"code": "partnership", "label": "Partnerskab"}
        )
        self.assertEqual(
            [group["code"] for group in data["target_groups"]], ["children", "families"]
        )
        partner = data["partners"][0]
        self.assertEqual(
            (partner["name"], partner["sector"], partner["role"]),
            ("Byens Museum", {"code": "culture", "label": "Kunst og kultur"}, "vært"),
        )
        self.assertEqual(data["experience"], "<p>Vi lærte at lytte.</p>")
        self.assertEqual(data["lessons"], ["Start småt", "Aftal roller tidligt"])
        self.assertEqual(data["sources"][0]["url"], "https://example.org/r.pdf")
        self.assertEqual(data["gallery"][0]["value"]["alt"], "Udstillingen")
        self.assertEqual(data["tags"], ["familier", "udstilling"])
        self.assertEqual(
            data["stages"], [{"code": "evaluation", "label": "Evaluering"}]
        )

    def test_a_case_internal_note_is_never_given(self):
        detail = self.client.get(f"{PAGES}{self.case.pk}/")
        listing = self.client.get(PAGES, {"type": "cms.CasePage", "fields": "*"})

        for response in (detail, listing):
            with self.subTest(url=response.request["PATH_INFO"]):
                self.assertNotContains(response, "editor_note")
                self.assertNotContains(response, "Spørg Hanne")
        for params in ({"fields": "editor_note"}, {"editor_note": "Spørg"}):
            with self.subTest(params=params):
                response = self.client.get(PAGES, {"type": "cms.CasePage", **params})
                self.assertEqual(response.status_code, 400)

    def test_a_film_page_gives_its_video_and_captions_addresses(self):
        video = document("film.webm", "Bedre sammen")
        captions = document("film.vtt")
        film = FilmPageFactory(
            intro="Se filmen.",
            video_url="https://vimeo.com/1",
            video_file=video,
            captions=captions,
            body="<p>Om <b>filmen</b>.</p>",
        )

        data = self.detail(film)

        self.assertEqual(data["intro"], "Se filmen.")
        self.assertEqual(data["video_url"], "https://vimeo.com/1")
        self.assertEqual(data["video_file"]["url"], f"http://localhost{video.url}")
        self.assertEqual(data["video_file"]["file_extension"], "webm")
        self.assertEqual(data["captions"]["url"], f"http://localhost{captions.url}")
        self.assertEqual(data["body"], "<p>Om <b>filmen</b>.</p>")

    def test_plain_pages_and_section_fronts_give_their_introductions(self):
        standard = StandardPageFactory(
            intro="Om projektet.",
            body=stream(
                ("quote", {"text": "Sammen er vi stærkere.", "attribution": ""})
            ),
        )
        home = home_page()
        home.intro = "Guiden til partnerskaber."
        home.save_revision().publish()

        self.assertEqual(self.detail(standard)["intro"], "Om projektet.")
        self.assertEqual(
            self.detail(standard)["body"][0]["value"]["text"], "Sammen er vi stærkere."
        )
        self.assertEqual(self.detail(home)["intro"], "Guiden til partnerskaber.")
        for index in (self.chapter, self.tool, self.case):
            with self.subTest(index=index.get_parent().title):
                self.assertIn("intro", self.detail(index.get_parent()))

    def test_stage_lists_the_pages_of_one_type_for_a_stage(self):
        response = self.client.get(
            PAGES, {"type": "cms.ToolPage", "stage": "agreement"}
        )
        self.assertEqual(
            [item["id"] for item in response.json()["items"]], [self.tool.pk]
        )
        response = self.client.get(
            PAGES, {"type": "cms.CasePage", "stage": "agreement"}
        )
        self.assertEqual(response.json()["items"], [])

    def test_a_stage_filter_that_cannot_work_is_a_clear_error(self):
        for params in (
            {"type": "cms.ToolPage", "stage": "planning"},
            {"stage": "agreement"},
            {"type": "cms.ToolPage", "stages": "agreement"},
        ):
            with self.subTest(params=params):
                response = self.client.get(PAGES, params)
                self.assertEqual(response.status_code, 400)
                self.assertIn("message", response.json())


class PagesAPILanguageTests(TestCase):
    """?locale=en gives the English pages, whose links and labels are English."""

    @classmethod
    def setUpTestData(cls):
        tool = ToolPageFactory(title="Aftaleskabelon", slug="aftaleskabelon")
        chapter = GuidePageFactory(
            title="Hvem kan vi spørge?",
            stages=["agreement"],
            body=stream(
                (
                    "paragraph",
                    f"<p>Brug <a {link(tool)}>den</a>.</p>",
                )
            ),
        )
        ensure_translation(home_page(), "en", title="Build partnerships")
        ensure_translation(chapter.get_parent(), "en", title="Guide", slug="guide")
        ensure_translation(tool.get_parent(), "en", title="Toolbox", slug="toolbox")
        ensure_translation(
            tool, "en", title="Agreement template", slug="agreement-template"
        )
        ensure_translation(chapter, "en", title="Whom can we ask?")

    def chapters(self, locale):
        response = self.client.get(
            PAGES, {"type": "cms.GuidePage", "fields": "*", "locale": locale}
        )
        self.assertEqual(response.status_code, 200)
        return response.json()["items"]

    def test_locale_en_lists_the_english_pages_only(self):
        self.assertEqual(
            [item["title"] for item in self.chapters("en")], ["Whom can we ask?"]
        )
        self.assertEqual(
            [item["title"] for item in self.chapters("da")], ["Hvem kan vi spørge?"]
        )

    def test_english_pages_link_to_english_pages_and_label_in_english(self):
        (chapter,) = self.chapters("en")

        self.assertEqual(chapter["meta"]["locale"], "en")
        self.assertEqual(
            chapter["stages"], [{"code": "agreement", "label": "Agreement"}]
        )
        self.assertIn(
            'href="http://localhost/en/toolbox/agreement-template/"',
            chapter["body"][0]["value"],
        )

    def test_an_unknown_locale_is_not_found(self):
        response = self.client.get(PAGES, {"locale": "sv"})
        self.assertEqual(response.status_code, 404)


class PagesAPIQueryTests(TestCase):
    """A listing with every field costs the same queries for 5 pages as for 15."""

    TYPES = ["cms.GuidePage", "cms.ToolPage", "cms.CasePage"]

    @classmethod
    def setUpTestData(cls):
        cls.image = wagtail_factories.ImageFactory()
        cls.document = document("skabelon.docx")
        cls.tool = ToolPageFactory()

    def add_pages(self, count):
        for n in range(count):
            GuidePageFactory(
                stages=["agreement"],
                body=stream(
                    ("paragraph", "<p>Tekst.</p>"),
                    ("tool_links", {"heading": "Værktøjer", "tools": [self.tool.pk]}),
                    figure(self.image),
                ),
            )
            tool = ToolPageFactory(body=stream(figure(self.image)))
            ToolDownload.objects.create(page=tool, document=self.document)
            case = CasePageFactory(gallery=stream(figure(self.image)))
            CasePartner.objects.create(page=case, name=f"Partner {n}", sector="media")
            CaseSource.objects.create(
                page=case, label="Kilde", url="https://example.org"
            )
            case.tags.add("festival")
            case.save()

    def listing(self, page_type):
        return self.client.get(PAGES, {"type": page_type, "fields": "*", "limit": 20})

    def test_listing_every_field_costs_the_same_for_more_pages(self):
        self.add_pages(5)
        queries = {}
        for page_type in self.TYPES:
            self.listing(page_type)  # the first makes the image's rendition
            with CaptureQueriesContext(connection) as context:
                self.listing(page_type)
            queries[page_type] = len(context)

        self.add_pages(10)

        for page_type in self.TYPES:
            with self.subTest(page_type=page_type):
                with self.assertNumQueries(queries[page_type]):
                    response = self.listing(page_type)
                self.assertGreaterEqual(len(response.json()["items"]), 15)
