from datetime import date

from django.test import TestCase
from django.urls import reverse
from django.utils import translation

from cms import roles
from partnerships.models import (
    AgreementSection,
    Challenge,
    ClauseTemplate,
    Questionnaire,
)
from partnerships.tools.common import tool_summaries
from partnerships.tools.meetings.services import create_meeting
from tests.factories import PartnershipFactory, UserFactory


class ToolPickerTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.manager = UserFactory(groups=[roles.PROJECT_MANAGERS])
        cls.mine = PartnershipFactory(
            title="Mit partnerskab", project_manager=cls.manager
        )
        cls.other = PartnershipFactory(title="Et andet partnerskab")

    def test_lists_own_partnerships_first_with_links_to_the_tool(self):
        self.client.force_login(self.manager)

        response = self.client.get(reverse("partnerships:tool_risks"))

        self.assertEqual(response.context["mine"], [self.mine])
        self.assertEqual(response.context["others"], [self.other])
        self.assertContains(
            response, reverse("partnerships:risks", args=[self.mine.pk])
        )

    def test_needs_crm_access(self):
        editor = UserFactory(groups=[roles.EDITORS])
        self.client.force_login(editor)
        # Wagtail's admin turns a refusal into a redirect with a message.
        self.assertIn(
            self.client.get(reverse("partnerships:tool_agreement")).status_code,
            {302, 403},
        )
        self.client.logout()
        response = self.client.get(reverse("partnerships:tool_agreement"))
        self.assertRedirects(
            response,
            "/admin/login/?next=/admin/partnerships/tools/agreement/",
            fetch_redirect_response=False,
        )


class ToolTemplateTests(TestCase):
    """Editors manage what the tools start from; project managers do not."""

    def test_seeded_standard_content_is_there(self):
        self.assertEqual(ClauseTemplate.objects.count(), 14)
        self.assertEqual(
            set(ClauseTemplate.objects.values_list("section", flat=True)),
            {section.value for section in AgreementSection},
        )
        self.assertEqual(Questionnaire.objects.get().questions.count(), 8)
        self.assertEqual(Challenge.objects.count(), 4)
        self.assertTrue(ClauseTemplate.history.filter(history_type="+").exists())

    def test_editors_manage_templates_and_project_managers_do_not(self):
        editor = UserFactory(groups=[roles.EDITORS])
        manager = UserFactory(groups=[roles.PROJECT_MANAGERS])
        challenge = Challenge.objects.first()
        urls = [
            reverse("wagtailsnippets_partnerships_clausetemplate:list"),
            reverse("wagtailsnippets_partnerships_questionnaire:list"),
            reverse("wagtailsnippets_partnerships_challenge:edit", args=[challenge.pk]),
        ]
        for user, status in [(editor, 200), (manager, 302)]:
            self.client.force_login(user)
            for url in urls:
                with self.subTest(user=user.username, url=url):
                    self.assertEqual(self.client.get(url).status_code, status)

    def test_editing_a_challenge_is_history_tracked(self):
        editor = UserFactory(groups=[roles.EDITORS])
        challenge = Challenge.objects.first()
        self.client.force_login(editor)

        self.client.post(
            reverse("wagtailsnippets_partnerships_challenge:edit", args=[challenge.pk]),
            {
                "title": "Processen går langsomt",
                "description": challenge.description,
                "suggested_mitigation": challenge.suggested_mitigation,
                "sort_order": 0,
            },
        )

        latest = challenge.history.latest()
        self.assertEqual(latest.title, "Processen går langsomt")
        self.assertEqual(latest.history_user, editor)


class ToolSummaryTests(TestCase):
    def test_counts_use_the_singular_for_one(self):
        partnership = PartnershipFactory()
        manager = partnership.project_manager
        create_meeting(
            partnership, user=manager, title="Opstart", held_on=date(2026, 1, 5)
        )

        with translation.override("en"):
            states = {s["key"]: s["state"] for s in tool_summaries(partnership)}
            self.assertEqual(states["meeting"], "1 meeting")
            self.assertEqual(states["risks"], "0 open risks")
            create_meeting(
                partnership, user=manager, title="Opfølgning", held_on=date(2026, 2, 5)
            )
            states = {s["key"]: s["state"] for s in tool_summaries(partnership)}
            self.assertEqual(states["meeting"], "2 meetings")
