"""The film page plays an uploaded video with captions in the page's language,
and refuses captions or videos it cannot play."""

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.test import TestCase
from wagtail.documents import get_document_model

from cms.models import FilmPage
from tests.factories import home_page


def document(filename, content=b"x"):
    doc = get_document_model()(title=filename)
    doc.file.save(filename, ContentFile(content), save=True)
    return doc


class FilmPageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.video = document("film.webm")
        cls.captions = document("film.vtt", b"WEBVTT\n")
        cls.film = FilmPage(title="Filmen", slug="filmen")
        home_page().add_child(instance=cls.film)

    def test_video_with_captions_plays_in_the_page(self):
        self.film.video_file, self.film.captions = self.video, self.captions
        self.film.save_revision().publish()

        response = self.client.get(self.film.url)

        self.assertContains(
            response, f'<source src="{self.video.url}" type="video/webm">', html=True
        )
        self.assertContains(response, f'src="{self.captions.url}" srclang="da"')
        self.assertContains(response, f'<a href="{self.captions.url}">')

    def test_captions_need_a_video_and_must_be_webvtt(self):
        for video, captions, field in [
            (None, self.captions, "captions"),
            (self.video, document("captions.txt"), "captions"),
            (document("film.pdf"), None, "video_file"),
        ]:
            with self.subTest(field=field, video=video, captions=captions):
                self.film.video_file, self.film.captions = video, captions
                with self.assertRaises(ValidationError) as raised:
                    self.film.full_clean()
                self.assertIn(field, raised.exception.message_dict)
