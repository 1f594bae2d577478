"""Concluding a partnership cleanly: its open tasks, plan activities and
risks are closed with the stage change, all or nothing, the stage page offers
them, and a change refused because the partnership is concluded says why."""

from datetime import timedelta
from unittest import mock

from django.contrib.messages import get_messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from cms import roles
from cms.stages import Stage
from partnerships import permissions
from partnerships.concurrency import CONFLICT
from partnerships.lifecycle import Move
from partnerships.models import (
    ActivityStatus,
    CommunicationActivity,
    Partnership,
    Risk,
    RiskStatus,
    StageTransition,
    Task,
)
from partnerships.services import change_stage
from partnerships.tools.common import CONCLUDED as TOOL_CONCLUDED
from partnerships.tools.common import renew_url
from partnerships.tools.risks.services import close_risk
from partnerships.views import CONCLUDED
from tests.factories import (
    CommunicationActivityFactory,
    MeetingFactory,
    PartnershipFactory,
    RiskFactory,
    TaskFactory,
    UserFactory,
)

REASON = "Partnerne trak sig."
PAST = timezone.localdate() - timedelta(days=5)


def states():
    """Every task's, activity's and risk's state, and every partnership's stage."""
    return (
        list(Task.objects.order_by("pk").values_list("pk", "done")),
        list(CommunicationActivity.objects.order_by("pk").values_list("pk", "status")),
        list(Risk.objects.order_by("pk").values_list("pk", "status")),
        list(Partnership.objects.order_by("pk").values_list("pk", "stage")),
    )


def history_count() -> int:
    return sum(
        model.history.count()
        for model in (Task, CommunicationActivity, Risk, Partnership)
    )


class LeftoversMixin:
    """A partnership in communication with an open task (overdue), a task
    done, an activity planned, one cancelled, an open and a closed risk."""

    @classmethod
    def setUpTestData(cls):
        cls.partnership = PartnershipFactory(
            title="Læselyst", ready=True, stage=Stage.COMMUNICATION
        )
        cls.manager = cls.partnership.project_manager
        p = cls.partnership
        cls.task = TaskFactory(
            partnership=p, title="Ring til museet", assignee=cls.manager, due_date=PAST
        )
        cls.done_task = TaskFactory(partnership=p, title="Book salen", done=True)
        cls.activity = CommunicationActivityFactory(partnership=p, title="Nyhedsbrev")
        cls.cancelled = CommunicationActivityFactory(
            partnership=p, title="Plakat", status=ActivityStatus.CANCELLED
        )
        cls.risk = RiskFactory(partnership=p, title="Tovholderen stopper")
        cls.closed_risk = RiskFactory(
            partnership=p, title="Ingen lokaler", status=RiskStatus.CLOSED
        )

    def conclude(self, close=(), user=None, expected=None, reason=REASON):
        return change_stage(
            self.partnership,
            move=Move.END_EARLY,
            user=user or self.manager,
            expected_stage=expected or self.partnership.stage,
            reason=reason,
            close=close,
        )


class ClosingServiceTests(LeftoversMixin, TestCase):
    def test_open_items_are_the_unfinished_ones(self):
        items = self.partnership.open_items()

        self.assertEqual(list(items["tasks"]), [self.task])
        self.assertEqual(list(items["activities"]), [self.activity])
        self.assertEqual(list(items["risks"]), [self.risk])

    def test_concluding_closes_the_chosen_items_with_who_and_why(self):
        self.conclude(close=[self.task, self.activity, self.risk])

        self.assertEqual(self.partnership.stage, Stage.CONCLUDED)
        self.task.refresh_from_db()
        self.activity.refresh_from_db()
        self.risk.refresh_from_db()
        self.assertTrue(self.task.done)
        self.assertEqual(self.activity.status, ActivityStatus.DONE)
        self.assertEqual(self.risk.status, RiskStatus.CLOSED)
        for record in (self.task, self.activity, self.risk):
            with self.subTest(record=str(record)):
                row = record.history.first()
                self.assertEqual(row.history_type, "~")
                self.assertEqual(row.history_user, self.manager)
                self.assertIn(REASON, row.history_change_reason)
                self.assertNotEqual(row.history_change_reason, REASON)
        for empty in self.partnership.open_items().values():
            self.assertFalse(empty.exists())

    def test_items_not_chosen_stay_open_and_closed_ones_are_untouched(self):
        history = {r: r.history.count() for r in (self.done_task, self.closed_risk)}

        self.conclude(close=[self.task])

        self.assertEqual(
            [list(q) for q in self.partnership.open_items().values()],
            [[], [self.activity], [self.risk]],
        )
        for record, count in history.items():
            self.assertEqual(record.history.count(), count)

    def test_concluding_without_closing_anything_still_works(self):
        self.conclude()

        self.assertEqual(self.partnership.stage, Stage.CONCLUDED)
        self.assertEqual(self.partnership.open_items()["tasks"].count(), 1)

    def test_a_failure_after_closing_undoes_the_closing_and_the_move(self):
        before, rows = states(), history_count()

        with (
            mock.patch("partnerships.services.log", side_effect=RuntimeError),
            self.assertRaises(RuntimeError),
        ):
            self.conclude(close=[self.task, self.activity, self.risk])

        self.assertEqual(states(), before)
        self.assertEqual(history_count(), rows)
        self.assertFalse(StageTransition.objects.exists())

    def test_an_unmet_gate_closes_nothing(self):
        Partnership.objects.filter(pk=self.partnership.pk).update(
            stage=Stage.EVALUATION
        )
        self.partnership.refresh_from_db()
        before = states()

        with self.assertRaises(ValidationError):
            change_stage(
                self.partnership,
                move=Move.FORWARD,
                user=self.manager,
                expected_stage=Stage.EVALUATION,
                close=[self.task],
            )

        self.assertEqual(states(), before)

    def test_a_stale_stage_is_a_conflict_and_closes_nothing(self):
        before = states()

        with self.assertRaises(ValidationError) as refused:
            self.conclude(close=[self.task], expected=Stage.AGREEMENT)

        self.assertEqual(refused.exception.code, "conflict")
        self.assertEqual(states(), before)

    def test_an_item_closed_by_someone_else_meanwhile_is_a_conflict(self):
        Task.objects.filter(pk=self.task.pk).update(done=True)
        before = states()

        with self.assertRaises(ValidationError) as refused:
            self.conclude(close=[self.task, self.risk])

        self.assertEqual(refused.exception.code, "conflict")
        self.assertEqual(states(), before)

    def test_another_partnerships_item_is_refused(self):
        foreign = TaskFactory(partnership=PartnershipFactory())
        before = states()

        with self.assertRaises(ValidationError):
            self.conclude(close=[self.task, foreign])

        self.assertEqual(states(), before)

    def test_items_are_closed_only_by_a_move_to_concluded(self):
        before = states()

        with self.assertRaises(ValidationError) as refused:
            change_stage(
                self.partnership,
                move=Move.BACK,
                user=self.manager,
                expected_stage=Stage.COMMUNICATION,
                reason="Forfra",
                close=[self.task],
            )

        self.assertEqual(refused.exception.code, "not_concluding")
        self.assertEqual(states(), before)

    def test_someone_not_on_the_team_closes_nothing(self):
        outsider = UserFactory(groups=[roles.PROJECT_MANAGERS])
        before = states()

        with self.assertRaises(PermissionDenied):
            self.conclude(close=[self.task], user=outsider)

        self.assertEqual(states(), before)


class ClosingPageTests(LeftoversMixin, TestCase):
    def setUp(self):
        self.url = reverse("partnerships_stage_change", args=[self.partnership.pk])
        self.client.force_login(self.manager)

    def post(self, **data):
        return self.client.post(
            self.url,
            {
                "move": "end_early",
                "expected_stage": "communication",
                "reason": REASON,
                **data,
            },
        )

    def test_the_page_offers_each_open_item_ticked(self):
        response = self.client.get(self.url)

        self.assertContains(response, 'id="closing-heading"')
        for name, record in [
            ("close_tasks", self.task),
            ("close_activities", self.activity),
            ("close_risks", self.risk),
        ]:
            with self.subTest(name=name):
                self.assertContains(
                    response,
                    f'type="checkbox" name="{name}" value="{record.pk}"',
                    html=False,
                )
                self.assertContains(response, record.title)
                self.assertIn(record.pk, response.context["form"][name].value())
        for finished in (self.done_task, self.cancelled, self.closed_risk):
            self.assertNotContains(response, finished.title)

    def test_posting_the_ticked_items_closes_them_with_the_stage_change(self):
        response = self.post(close_tasks=[self.task.pk], close_risks=[self.risk.pk])

        self.assertRedirects(response, self.partnership.get_absolute_url())
        self.partnership.refresh_from_db()
        self.assertEqual(self.partnership.stage, Stage.CONCLUDED)
        self.assertEqual(
            [list(q) for q in self.partnership.open_items().values()],
            [[], [self.activity], []],
        )
        self.assertEqual(self.task.history.first().history_user, self.manager)

    def test_an_item_closed_meanwhile_gets_the_conflict_message(self):
        Task.objects.filter(pk=self.task.pk).update(done=True)
        before = states()

        response = self.post(close_tasks=[self.task.pk], close_risks=[self.risk.pk])

        self.assertEqual(response.status_code, 200)
        errors = response.context["form"].errors.as_data()["close_tasks"]
        self.assertEqual(errors[0].code, "invalid_choice")
        self.assertContains(response, escape(CONFLICT))
        self.assertEqual(states(), before)

    def test_garbage_in_the_closing_fields_is_refused_with_a_message(self):
        before = states()
        for value in ["abc", str(2**63 + 1), str(-(2**63)), "", "\u2603", "\u00b2"]:
            with self.subTest(value=value):
                response = self.post(close_tasks=[self.task.pk, value])

                self.assertEqual(response.status_code, 200)
                self.assertIn("close_tasks", response.context["form"].errors)
        response = self.post(close_risks=[self.task.pk + 1000])
        self.assertIn("close_risks", response.context["form"].errors)
        self.assertEqual(states(), before)

    def test_a_move_that_does_not_conclude_closes_nothing(self):
        self.post(move="back", close_tasks=[self.task.pk])

        self.partnership.refresh_from_db()
        self.assertEqual(self.partnership.stage, Stage.AGREEMENT)
        self.assertEqual(self.partnership.open_items()["tasks"].count(), 1)

    def test_the_board_is_sent_to_the_page_when_there_is_something_to_close(self):
        before = states()

        response = self.client.post(
            self.url,
            {"move": "end_early", "expected_stage": "communication", "reason": "X"},
            headers={"Accept": "application/json"},
        )

        self.assertEqual(response.status_code, 400)
        self.assertIn("Læselyst", response.json()["errors"][0])
        self.assertEqual(states(), before)

    def test_the_board_concludes_a_partnership_with_nothing_left_open(self):
        bare = PartnershipFactory(project_manager=self.manager)

        response = self.client.post(
            reverse("partnerships_stage_change", args=[bare.pk]),
            {"move": "end_early", "expected_stage": "initiation", "reason": "X"},
            headers={"Accept": "application/json"},
        )

        self.assertEqual(response.json(), {"ok": True, "stage": "concluded"})

    def test_a_concluded_partnership_offers_nothing_to_close(self):
        self.post()

        response = self.client.get(self.url)

        self.assertNotContains(response, 'id="closing-heading"')


class ConcludedRefusalTests(LeftoversMixin, TestCase):
    """Every change refused because the partnership is concluded says so and
    offers to renew it; others are refused as before."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.meeting = MeetingFactory(partnership=cls.partnership)
        cls.task.meeting = cls.meeting
        cls.task.save()
        change_stage(
            cls.partnership,
            move=Move.END_EARLY,
            user=cls.manager,
            expected_stage=Stage.COMMUNICATION,
            reason=REASON,
        )
        cls.outsider = UserFactory(groups=[roles.PROJECT_MANAGERS])
        cls.edit_url = f"/admin/partnerships/partnership/edit/{cls.partnership.pk}/"

    def assertExplained(self, response, message, back_url):
        self.assertRedirects(response, back_url, fetch_redirect_response=False)
        shown = str(list(get_messages(response.wsgi_request))[-1])
        self.assertIn(escape(str(message)), shown)
        self.assertIn(f'href="{renew_url(self.partnership)}"', shown)

    def test_the_edit_form_explains_on_the_partnership_page(self):
        self.client.force_login(self.manager)
        title = self.partnership.title

        for response in (
            self.client.get(self.edit_url),
            self.client.post(self.edit_url, {"title": "Nyt navn"}),
        ):
            self.assertExplained(
                response, CONCLUDED, self.partnership.get_absolute_url()
            )
        self.assertEqual(Partnership.objects.get(pk=self.partnership.pk).title, title)

    def test_marking_a_task_done_explains_on_the_meetings_page(self):
        self.client.force_login(self.manager)
        url = reverse(
            "partnerships:meeting_action_done",
            args=[self.partnership.pk, self.meeting.pk, self.task.pk],
        )

        response = self.client.post(url, {"done": "1"})

        self.assertExplained(
            response,
            TOOL_CONCLUDED["meeting"],
            reverse("partnerships:meeting", args=[self.partnership.pk]),
        )
        self.task.refresh_from_db()
        self.assertFalse(self.task.done)

    def test_a_tool_record_and_a_tool_form_explain_on_the_tools_page(self):
        self.client.force_login(self.manager)
        risks = reverse("partnerships:risks", args=[self.partnership.pk])
        close = reverse(
            "partnerships:risk_close", args=[self.partnership.pk, self.risk.pk]
        )
        new = reverse("partnerships:risk_create", args=[self.partnership.pk])

        self.assertExplained(self.client.post(close), TOOL_CONCLUDED["risks"], risks)
        self.assertExplained(self.client.get(new), TOOL_CONCLUDED["risks"], risks)
        self.risk.refresh_from_db()
        self.assertEqual(self.risk.status, RiskStatus.OPEN)

    def test_tool_pages_and_the_partnership_page_say_why_they_are_read_only(self):
        self.client.force_login(self.manager)
        plan = reverse("partnerships:communication_plan", args=[self.partnership.pk])

        response = self.client.get(plan)
        self.assertContains(response, escape(str(TOOL_CONCLUDED["communication_plan"])))
        self.assertContains(response, f'href="{renew_url(self.partnership)}"')
        page = self.client.get(self.partnership.get_absolute_url())
        self.assertContains(page, escape(str(CONCLUDED)))

    def test_someone_not_on_the_team_gets_no_renewal_hint(self):
        self.client.force_login(self.outsider)

        response = self.client.get(self.edit_url)

        self.assertRedirects(
            response, reverse("wagtailadmin_home"), fetch_redirect_response=False
        )
        plan = reverse("partnerships:communication_plan", args=[self.partnership.pk])
        self.assertNotContains(self.client.get(plan), renew_url(self.partnership))
        self.assertNotContains(
            self.client.get(self.partnership.get_absolute_url()), escape(str(CONCLUDED))
        )

    def test_the_services_tell_a_concluded_refusal_from_any_other(self):
        with self.assertRaises(permissions.Concluded):
            close_risk(self.risk, user=self.manager)
        with self.assertRaises(PermissionDenied) as refused:
            close_risk(self.risk, user=self.outsider)
        self.assertNotIsInstance(refused.exception, permissions.Concluded)
