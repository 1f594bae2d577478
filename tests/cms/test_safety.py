from html.parser import HTMLParser
from unittest import mock

import wagtail_factories
from django.core.files.base import ContentFile
from django.test import SimpleTestCase, TestCase
from wagtail.documents import get_document_model
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.exceptions import EmbedNotFoundException
from wagtail.embeds.models import Embed

from cms.fields import StageSetField
from cms.models import CasePartner
from cms.models.base import fetch_embed
from tests.factories import (
    CasePageFactory,
    FilmPageFactory,
    GuidePageFactory,
    ToolPageFactory,
    stream,
)

SCRIPT = "<script>alert('x')</script>"
OWN_SCRIPTS = "/static/cms/js/"


class ActiveContentFinder(HTMLParser):
    """Collects what a browser would run: script tags other than the site's
    own static scripts, event handler attributes and javascript: links."""

    @classmethod
    def find(cls, html):
        parser = cls()
        parser.found = []
        parser.feed(html)
        return parser.found

    def handle_starttag(self, tag, attrs):
        if tag == "script" and not dict(attrs).get("src", "").startswith(OWN_SCRIPTS):
            self.found.append(tag)
        for name, value in attrs:
            if name.startswith("on") or (value or "").startswith("javascript:"):
                self.found.append(f"{tag} {name}={value}")


class ScriptInjectionTests(TestCase):
    def assertInert(self, response):
        self.assertEqual(response.status_code, 200)
        self.assertEqual(ActiveContentFinder.find(response.content.decode()), [])

    def test_scripts_in_chapter_fields_and_blocks_never_run(self):
        chapter = GuidePageFactory(
            title=f"Titel {SCRIPT}",
            summary=SCRIPT,
            search_description='"><img src=x onerror=alert(1)>',
            body=stream(
                ("sub_question", SCRIPT),
                ("paragraph", f"<p>Tekst{SCRIPT}<img src=x onerror=alert(1)></p>"),
                ("questions", {"heading": SCRIPT, "questions": [SCRIPT]}),
                ("checklist", {"heading": SCRIPT, "items": [SCRIPT]}),
                ("tip", {"kind": "tip", "text": SCRIPT}),
                ("quote", {"text": SCRIPT, "attribution": SCRIPT}),
                ("video", {"url": "https://vimeo.com/1", "title": SCRIPT}),
            ),
        )

        response = self.client.get(chapter.url)

        self.assertInert(response)
        self.assertContains(response, "<p>Tekst")
        self.assertContains(response, "&lt;script&gt;")

    def test_scripts_in_case_rich_text_and_partners_never_run(self):
        case = CasePageFactory(
            library=SCRIPT,
            outline=f"<p>Oprids</p>{SCRIPT}",
            experience='<p><a href="javascript:alert(1)">klik</a></p>',
            lessons=SCRIPT,
        )
        case.partners.add(CasePartner(name=SCRIPT, sector="other"))
        case.save()

        response = self.client.get(case.url)

        self.assertInert(response)
        self.assertNotContains(response, "javascript:")

    def test_scripts_in_tool_fields_never_run(self):
        tool = ToolPageFactory(summary=SCRIPT, when_to_use=SCRIPT)

        self.assertInert(self.client.get(tool.url))


class FilmPageTests(TestCase):
    def test_without_a_stored_player_the_film_is_a_plain_link(self):
        film = FilmPageFactory(video_url="https://vimeo.com/123")

        with mock.patch("wagtail.embeds.embeds.get_finder_for_embed") as finder:
            response = self.client.get(film.url)

        finder.assert_not_called()  # rendering never goes to the network
        self.assertContains(response, '<a href="https://vimeo.com/123">')
        self.assertNotContains(response, "<iframe")

    def test_a_stored_player_is_embedded(self):
        url = "https://vimeo.com/123"
        Embed.objects.create(
            url=url,
            hash=get_embed_hash(url),
            html='<iframe title="Better Together" src="https://player.vimeo.com/video/123"></iframe>',
            type="video",
        )
        film = FilmPageFactory(video_url=url)

        response = self.client.get(film.url)

        self.assertContains(response, '<iframe title="Better Together"')
        self.assertContains(response, f'<a href="{url}">')

    def test_saving_fetches_the_player_and_tolerates_being_offline(self):
        with mock.patch(
            "cms.models.base.get_embed", side_effect=EmbedNotFoundException
        ) as get_embed:
            fetch_embed("https://vimeo.com/123")
        get_embed.assert_called_once_with("https://vimeo.com/123")
        with mock.patch("cms.models.base.get_embed", side_effect=OSError):
            fetch_embed("https://vimeo.com/123")

    def test_page_without_video_says_so(self):
        response = self.client.get(FilmPageFactory(video_url="").url)

        self.assertContains(response, 'class="notice"')


class StageSetFieldTests(SimpleTestCase):
    def test_stores_known_stages_in_lifecycle_order_between_commas(self):
        field = StageSetField()

        self.assertEqual(
            field.get_prep_value(["evaluation", "initiation", "bogus"]),
            ",initiation,evaluation,",
        )
        self.assertEqual(field.get_prep_value([]), "")

    def test_reads_back_a_list(self):
        field = StageSetField()

        self.assertEqual(
            field.to_python(",agreement,concluded,"), ["agreement", "concluded"]
        )
        self.assertEqual(field.to_python(""), [])
        self.assertEqual(field.to_python(None), [])

    def test_form_field_offers_the_stages_as_checkboxes(self):
        form_field = StageSetField().formfield()

        self.assertEqual([code for code, _ in form_field.choices][0], "initiation")
        self.assertFalse(form_field.required)
        self.assertFalse(form_field.clean(["communication"]) != ["communication"])


class MediaRenderingTests(TestCase):
    def test_uploaded_film_plays_in_a_video_element_with_a_download_link(self):
        document = get_document_model()(title="Better Together")
        document.file.save("better-together.mp4", ContentFile(b"\x00"), save=True)
        film = FilmPageFactory(video_file=document)

        response = self.client.get(film.url)

        self.assertContains(
            response, f'<source src="{document.url}" type="video/mp4">', html=True
        )
        self.assertContains(response, f'<p><a href="{document.url}">')

    def test_image_block_renders_with_its_alt_text(self):
        image = wagtail_factories.ImageFactory(title="Læsesal")
        chapter = GuidePageFactory(
            body=stream(
                (
                    "image",
                    {
                        "image": image.pk,
                        "alt_text": "Fyldt læsesal",
                        "decorative": False,
                    },
                )
            )
        )

        response = self.client.get(chapter.url)

        self.assertContains(response, 'alt="Fyldt læsesal"')
