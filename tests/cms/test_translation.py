from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale, PageViewRestriction

from cms import roles
from demo.pages import ensure_translation
from tests.factories import (
    GuidePageFactory,
    ToolPageFactory,
    UserFactory,
    home_page,
)


class EnglishTreeMixin:
    @classmethod
    def setUpTestData(cls):
        cls.english = Locale.objects.get(language_code="en")
        cls.chapter = GuidePageFactory(title="Hvad er partnerskaber?", slug="hvad-er")
        cls.index = cls.chapter.get_parent().specific
        cls.home_en = ensure_translation(home_page(), "en", title="Build partnerships")
        cls.index_en = ensure_translation(cls.index, "en", title="Guide", slug="guide")


class TranslateActionTests(EnglishTreeMixin, TestCase):
    def setUp(self):
        self.editor = UserFactory(username="editor", groups=[roles.EDITORS])

    def translate_url(self, page):
        return reverse("simple_translation:submit_page_translation", args=[page.pk])

    def test_editors_and_moderators_may_translate(self):
        moderator = UserFactory(username="moderator", groups=[roles.MODERATORS])
        project_manager = UserFactory(groups=[roles.PROJECT_MANAGERS])

        self.assertTrue(self.editor.has_perm("simple_translation.submit_translation"))
        self.assertTrue(moderator.has_perm("simple_translation.submit_translation"))
        self.assertFalse(
            project_manager.has_perm("simple_translation.submit_translation")
        )

    def test_editor_sees_translate_on_the_page_editor(self):
        self.client.force_login(self.editor)

        response = self.client.get(
            reverse("wagtailadmin_pages:edit", args=[self.chapter.pk])
        )

        self.assertContains(response, self.translate_url(self.chapter))

    def test_translation_is_a_draft_under_moderators_approval(self):
        self.client.force_login(self.editor)

        response = self.client.post(
            self.translate_url(self.chapter), {"locales": [self.english.pk]}
        )

        copy = self.chapter.get_translation(self.english)
        self.assertRedirects(
            response,
            reverse("wagtailadmin_pages:edit", args=[copy.pk]),
            fetch_redirect_response=False,
        )
        self.assertFalse(copy.live)
        self.assertEqual(copy.get_parent(), self.index_en.page_ptr)
        # The Danish tree's moderation workflow covers the English tree too.
        self.assertIsNotNone(copy.get_workflow())
        self.assertEqual(copy.get_workflow(), self.chapter.get_workflow())
        self.assertEqual(self.client.get("/en/guide/hvad-er/").status_code, 302)

    def test_someone_without_the_permission_is_refused(self):
        outsider = UserFactory(groups=[roles.PROJECT_MANAGERS])
        self.client.force_login(outsider)

        self.client.post(
            self.translate_url(self.chapter), {"locales": [self.english.pk]}
        )

        self.assertIsNone(self.chapter.get_translation_or_none(self.english))


class UntranslatedNoticeTests(EnglishTreeMixin, TestCase):
    def test_switcher_on_an_untranslated_page_leads_to_the_notice(self):
        response = self.client.get(self.chapter.url)

        notice = f"/en/not-translated/{self.chapter.pk}/"
        self.assertContains(response, f'<a href="{notice}" hreflang="en"')

    def test_switcher_links_to_the_translation_when_there_is_one(self):
        response = self.client.get(self.index.url)

        self.assertContains(response, '<a href="/en/guide/" hreflang="en"')

    def test_notice_says_so_in_english_and_links_to_the_danish_page(self):
        response = self.client.get(f"/en/not-translated/{self.chapter.pk}/")

        self.assertContains(
            response, "<h1>This page is not yet available in English</h1>"
        )
        self.assertContains(response, f'<a href="{self.chapter.url}" hreflang="da">')
        self.assertContains(response, '<meta name="robots" content="noindex">')

    def test_notice_goes_to_the_translation_once_it_exists(self):
        response = self.client.get(f"/en/not-translated/{self.index.pk}/")

        self.assertRedirects(response, "/en/guide/")

    def test_notice_for_a_missing_draft_or_private_page_is_not_found(self):
        draft = GuidePageFactory(live=False)
        private = GuidePageFactory()
        PageViewRestriction.objects.create(
            page=private, restriction_type=PageViewRestriction.LOGIN
        )

        for page_id in [draft.pk, private.pk, 999999, 1]:
            with self.subTest(page_id=page_id):
                response = self.client.get(f"/en/not-translated/{page_id}/")
                self.assertEqual(response.status_code, 404)

    def test_english_address_of_an_untranslated_page_leads_to_the_notice(self):
        for address in ["/en/guide/hvad-er/", "/en/guiden/hvad-er/"]:
            with self.subTest(address=address):
                response = self.client.get(address)
                self.assertRedirects(response, f"/en/not-translated/{self.chapter.pk}/")

    def test_danish_address_of_a_translated_page_leads_to_the_translation(self):
        self.assertRedirects(self.client.get("/en/guiden/"), "/en/guide/")

    def test_address_naming_nothing_is_still_not_found(self):
        for address in ["/en/guide/nothing/", "/en/nothing/", "/nothing/"]:
            with self.subTest(address=address):
                self.assertEqual(self.client.get(address).status_code, 404)

    def test_english_section_lists_the_pages_only_in_danish(self):
        translated = GuidePageFactory(title="Hvem kan vi samarbejde med?")
        ensure_translation(translated, "en", title="Who can we work with?")

        response = self.client.get("/en/guide/")

        self.assertContains(response, "Who can we work with?")
        self.assertContains(
            response, "One more page in this section exists only in Danish so far"
        )
        self.assertContains(
            response,
            f'<a href="{self.chapter.url}" hreflang="da" lang="da">'
            "Hvad er partnerskaber?</a>",
        )
        self.assertNotContains(response, "Hvem kan vi samarbejde med?")

    def test_danish_section_lists_no_untranslated_pages(self):
        ToolPageFactory()
        response = self.client.get(self.index.url)

        self.assertNotContains(response, "untranslated-pages")
