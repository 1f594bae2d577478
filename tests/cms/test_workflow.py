from datetime import timedelta
from io import StringIO

from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Workflow
from wagtail.test.utils.form_data import nested_form_data, streamfield

from cms import roles
from cms.models import GuidePage
from tests.factories import GuidePageFactory, UserFactory


class ModerationWorkflowTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index = GuidePageFactory().get_parent()
        cls.editor = UserFactory(username="editor", groups=[roles.EDITORS])
        cls.moderator = UserFactory(username="moderator", groups=[roles.MODERATORS])

    def form(self, **extra):
        return nested_form_data(
            {
                "title": "Hvordan måler vi effekten?",
                "slug": "effekt",
                "number": 9,
                "summary": "Om at måle.",
                "body": streamfield([("sub_question", "Hvad tæller?")]),
                **extra,
            }
        )

    def test_guide_sections_are_under_moderators_approval(self):
        workflow = self.index.get_workflow()

        self.assertEqual(workflow, Workflow.objects.get(name="Moderatorgodkendelse"))

    def test_editor_submits_and_moderator_approves(self):
        self.client.force_login(self.editor)
        add_url = reverse(
            "wagtailadmin_pages:add", args=["cms", "guidepage", self.index.pk]
        )
        response = self.client.post(add_url, self.form(**{"action-submit": "1"}))
        self.assertEqual(response.status_code, 302)
        page = GuidePage.objects.get(slug="effekt")
        self.assertFalse(page.live)
        state = page.current_workflow_state
        self.assertEqual(state.status, "in_progress")

        # An editor may not publish directly.
        self.client.post(
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            self.form(**{"action-publish": "1"}),
        )
        page.refresh_from_db()
        self.assertFalse(page.live)

        self.client.force_login(self.moderator)
        task_state = state.current_task_state
        response = self.client.post(
            reverse(
                "wagtailadmin_pages:workflow_action",
                args=[page.pk, "approve", task_state.pk],
            ),
            {"comment": "Fint."},
        )
        self.assertEqual(response.status_code, 302)
        page.refresh_from_db()
        self.assertTrue(page.live)

    def test_scheduled_page_goes_live_when_its_time_comes(self):
        page = GuidePageFactory(live=False)
        revision = page.save_revision(user=self.moderator)
        revision.approved_go_live_at = timezone.now() - timedelta(minutes=1)
        revision.save()

        call_command("publish_scheduled", stdout=StringIO())

        page.refresh_from_db()
        self.assertTrue(page.live)


class SitemapTests(TestCase):
    def test_sitemap_lists_published_pages(self):
        chapter = GuidePageFactory(title="Netværket")
        draft = GuidePageFactory(title="Kladde", live=False)

        response = self.client.get("/sitemap.xml")

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, chapter.full_url)
        self.assertNotContains(response, draft.slug)
