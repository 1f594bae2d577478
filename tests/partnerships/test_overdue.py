"""A concluded partnership's leftover tasks and activities are never overdue
or due soon: not in the querysets, the dashboard, the board or the tools."""

from datetime import timedelta

from django.test import TestCase
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import ngettext

from cms import roles
from cms.stages import Stage
from partnerships.models import CommunicationActivity, Partnership, Task
from partnerships.tools.common import tool_summaries
from tests.factories import (
    CommunicationActivityFactory,
    MeetingFactory,
    PartnershipFactory,
    TaskFactory,
    UserFactory,
)

TODAY = timezone.localdate()
PAST = TODAY - timedelta(days=3)
SOON = TODAY + timedelta(days=2)


def conclude(partnership):
    Partnership.objects.filter(pk=partnership.pk).update(stage=Stage.CONCLUDED)
    partnership.refresh_from_db()


class OverdueRuleTests(TestCase):
    """One partnership still running and one concluded, each with a task and
    an activity past their date and a task and an activity due soon."""

    @classmethod
    def setUpTestData(cls):
        cls.person = UserFactory(groups=[roles.PROJECT_MANAGERS])
        cls.running = PartnershipFactory(title="Kører stadig")
        cls.ended = PartnershipFactory(title="Afsluttet")
        cls.items = {}
        for partnership in (cls.running, cls.ended):
            cls.items[partnership.pk] = {
                "late_task": TaskFactory(
                    partnership=partnership, assignee=cls.person, due_date=PAST
                ),
                "soon_task": TaskFactory(
                    partnership=partnership, assignee=cls.person, due_date=SOON
                ),
                "late_activity": CommunicationActivityFactory(
                    partnership=partnership, planned_on=PAST
                ),
                "soon_activity": CommunicationActivityFactory(
                    partnership=partnership, planned_on=SOON
                ),
            }
        conclude(cls.ended)

    def item(self, partnership, name):
        return self.items[partnership.pk][name]

    def test_querysets_count_only_the_running_partnerships_items(self):
        running = self.items[self.running.pk]
        self.assertQuerySetEqual(Task.objects.overdue(), [running["late_task"]])
        self.assertQuerySetEqual(Task.objects.due_soon(7), [running["soon_task"]])
        self.assertQuerySetEqual(
            CommunicationActivity.objects.overdue(), [running["late_activity"]]
        )
        self.assertQuerySetEqual(
            CommunicationActivity.objects.due_soon(7), [running["soon_activity"]]
        )

    def test_done_and_later_items_are_neither_overdue_nor_due_soon(self):
        TaskFactory(partnership=self.running, due_date=PAST, done=True)
        TaskFactory(partnership=self.running, due_date=TODAY + timedelta(days=30))
        CommunicationActivityFactory(
            partnership=self.running, planned_on=PAST, status="cancelled"
        )

        self.assertEqual(Task.objects.overdue().count(), 1)
        self.assertEqual(Task.objects.due_soon(7).count(), 1)
        self.assertEqual(CommunicationActivity.objects.overdue().count(), 1)

    def test_one_record_says_the_same_as_the_querysets(self):
        self.assertTrue(self.item(self.running, "late_task").is_overdue)
        self.assertTrue(self.item(self.running, "late_activity").is_overdue)
        ended_task = Task.objects.get(pk=self.item(self.ended, "late_task").pk)
        self.assertFalse(ended_task.is_overdue)
        ended_activity = CommunicationActivity.objects.get(
            pk=self.item(self.ended, "late_activity").pk
        )
        self.assertFalse(ended_activity.is_overdue)

    def test_partnership_counts_leave_out_a_concluded_partnerships_tasks(self):
        counts = dict(
            Partnership.objects.with_task_counts().values_list(
                "title", "overdue_task_count"
            )
        )
        self.assertEqual(counts, {"Kører stadig": 1, "Afsluttet": 0})

    def test_dashboard_lists_only_the_running_partnerships_overdue_task(self):
        self.running.project_manager = self.person
        self.running.save()
        self.client.force_login(self.person)

        response = self.client.get("/admin/")

        overdue = list(response.context["overdue_tasks"])
        self.assertEqual(overdue, [self.item(self.running, "late_task")])
        self.assertNotContains(response, self.item(self.ended, "late_task").title)

    def test_board_card_of_a_concluded_partnership_shows_no_overdue_tasks(self):
        self.client.force_login(self.running.project_manager)

        response = self.client.get(reverse("partnerships_board"), {"concluded": "on"})

        cards = {
            partnership.title: partnership.overdue_task_count
            for _stage, column, _total, _more in response.context["columns"]
            for partnership in column
        }
        self.assertEqual(cards, {"Kører stadig": 1, "Afsluttet": 0})
        self.assertContains(response, 'class="crm-overdue"', count=1)

    def test_the_partnership_page_and_tools_show_nothing_overdue_once_concluded(self):
        manager = self.ended.project_manager
        self.client.force_login(manager)
        meeting = MeetingFactory(partnership=self.ended)
        task = self.item(self.ended, "late_task")
        task.meeting = meeting
        task.save()

        pages = [
            self.ended.get_absolute_url(),
            reverse("partnerships:meeting", args=[self.ended.pk]),
            reverse("partnerships:meeting_detail", args=[self.ended.pk, meeting.pk]),
        ]
        for url in pages:
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertNotContains(response, "crm-overdue")
        plan = self.client.get(
            reverse("partnerships:communication_plan", args=[self.ended.pk])
        )
        self.assertEqual(plan.context["overdue_count"], 0)
        self.assertNotContains(plan, "comm-row--overdue")
        summary = {line["key"]: line["state"] for line in tool_summaries(self.ended)}
        self.assertEqual(
            summary["communication_plan"],
            ngettext(
                "%(count)s activity, %(overdue)s overdue",
                "%(count)s activities, %(overdue)s overdue",
                2,
            )
            % {"count": 2, "overdue": 0},
        )
