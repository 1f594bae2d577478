"""Stage checklists ticked off on the partnership's page: who may tick, the
audit trail, edit conflicts, refused input, and the board's count."""

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import formats, timezone

from cms import roles
from cms.stages import Stage
from partnerships import checklists
from partnerships.concurrency import CONFLICT
from partnerships.models import ChecklistTick, TeamMember
from partnerships.views import CHECKLIST_CONCLUDED
from tests.factories import PartnershipFactory, StageGuidanceFactory, UserFactory


def ticks(partnership) -> set[int]:
    return set(partnership.checklist_ticks.values_list("item_id", flat=True))


class ChecklistTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.manager = UserFactory(
            groups=[roles.PROJECT_MANAGERS], first_name="Mette", last_name="Holm"
        )
        cls.partnership = PartnershipFactory(project_manager=cls.manager)
        initiation = StageGuidanceFactory(
            stage=Stage.INITIATION, checklist=["Formål", "Partnere", "Strategi"]
        )
        agreement = StageGuidanceFactory(
            stage=Stage.AGREEMENT, checklist=["Aftale", "Underskrift"]
        )
        cls.items = list(initiation.checklist_items.order_by("sort_order"))
        cls.agreement_items = list(agreement.checklist_items.order_by("sort_order"))
        cls.url = reverse("partnerships_checklist", args=[cls.partnership.pk])
        cls.inspect_url = cls.partnership.get_absolute_url()

    def setUp(self):
        self.client.force_login(self.manager)

    def post(self, items, *, stage=Stage.INITIATION, expected=None, user=None):
        if expected is None:
            expected = checklists.version(self.partnership, stage)
        data = {"stage": stage, "expected": expected, "item": items}
        if user is not None:
            self.client.force_login(user)
        return self.client.post(self.url, data, follow=True)

    def messages(self, response) -> list[str]:
        return [str(message) for message in response.context["messages"]]

    def test_ticking_and_unticking_leave_history_rows_naming_the_user(self):
        first, second, _third = self.items

        self.post([first.pk, second.pk])
        colleague = UserFactory(groups=[roles.PROJECT_MANAGERS])
        self.partnership.team_members.add(TeamMember(user=colleague))
        self.partnership.save()
        self.post([second.pk], user=colleague)

        self.assertEqual(ticks(self.partnership), {second.pk})
        tick = ChecklistTick.objects.get()
        self.assertEqual(
            (tick.ticked_by, tick.stage, tick.text),
            (self.manager, Stage.INITIATION, "Partnere"),
        )
        rows = ChecklistTick.history.order_by("history_id")
        self.assertEqual(
            [(row.history_type, row.item_id, row.history_user) for row in rows],
            [
                ("+", first.pk, self.manager),
                ("+", second.pk, self.manager),
                ("-", first.pk, colleague),
            ],
        )
        self.assertTrue(all(row.history_change_reason for row in rows))

    def test_the_page_shows_who_ticked_and_when(self):
        self.post([self.items[0].pk])

        response = self.client.get(self.inspect_url)

        today = formats.date_format(timezone.localdate(), "j. F Y")
        self.assertContains(response, f"krydset af af Mette Holm den {today}")
        self.assertContains(
            response,
            f'name="item" value="{self.items[0].pk}" '
            f'id="checklist-item-{self.items[0].pk}" checked',
        )
        self.assertContains(response, 'id="checklist-initiation" open')
        self.assertContains(response, 'id="checklist-agreement">')

    def test_saving_says_what_changed_and_when_nothing_did(self):
        saved = self.post([self.items[0].pk, self.items[1].pk])
        again = self.post([self.items[0].pk, self.items[1].pk])

        self.assertEqual([m.level_tag for m in saved.context["messages"]], ["success"])
        self.assertIn("2", self.messages(saved)[0])
        self.assertEqual([m.level_tag for m in again.context["messages"]], ["info"])

    def test_the_list_of_another_stage_can_be_ticked_and_keeps_the_others(self):
        self.post([self.items[0].pk])

        response = self.post([self.agreement_items[1].pk], stage=Stage.AGREEMENT)

        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            ticks(self.partnership), {self.items[0].pk, self.agreement_items[1].pk}
        )
        self.assertEqual(
            ChecklistTick.objects.get(item=self.agreement_items[1]).stage,
            Stage.AGREEMENT,
        )

    def test_a_form_opened_before_someone_else_ticked_is_refused(self):
        stale = checklists.version(self.partnership, Stage.INITIATION)
        self.post([self.items[0].pk])

        response = self.post([self.items[1].pk], expected=stale)

        self.assertIn(str(CONFLICT), self.messages(response))
        self.assertEqual(ticks(self.partnership), {self.items[0].pk})

    def test_ticks_in_another_stage_are_no_conflict(self):
        version = checklists.version(self.partnership, Stage.INITIATION)
        self.post([self.agreement_items[0].pk], stage=Stage.AGREEMENT)

        self.post([self.items[0].pk], expected=version)

        self.assertEqual(
            ticks(self.partnership), {self.items[0].pk, self.agreement_items[0].pk}
        )

    def test_unknown_and_foreign_items_are_refused_and_change_nothing(self):
        self.post([self.items[0].pk])
        before = ChecklistTick.history.count()
        for items in (
            [self.items[1].pk, 999_999],
            [self.agreement_items[0].pk],  # on another stage's list
            ["abc"],
            [str(2**70)],
            [self.items[1].pk] * 201,
        ):
            with self.subTest(items=items[:2]):
                response = self.post(items)

                self.assertEqual(response.status_code, 200)
                self.assertIn(str(checklists.UNKNOWN_ITEMS), self.messages(response))
                self.assertEqual(ticks(self.partnership), {self.items[0].pk})
                self.assertEqual(ChecklistTick.history.count(), before)

    def test_a_missing_stage_or_version_is_refused(self):
        for data in ({"item": [self.items[0].pk]}, {"stage": "x", "expected": "0"}):
            with self.subTest(data=data):
                response = self.client.post(self.url, data, follow=True)

                self.assertEqual(response.status_code, 200)
                self.assertTrue(self.messages(response))
                self.assertFalse(ChecklistTick.objects.exists())

    def test_only_members_tick_auditors_read(self):
        auditor = UserFactory(groups=[roles.AUDITORS])
        other_manager = UserFactory(groups=[roles.PROJECT_MANAGERS])
        self.post([self.items[0].pk])
        for user in (auditor, other_manager):
            with self.subTest(user=user.groups.first().name):
                self.client.force_login(user)

                page = self.client.get(self.inspect_url)
                response = self.client.post(
                    self.url,
                    {"stage": Stage.INITIATION, "expected": "0", "item": []},
                )

                self.assertContains(page, "Mette Holm")
                self.assertNotContains(page, 'name="item"')
                # Wagtail's admin answers a refusal with its dashboard.
                self.assertIn(response.status_code, {302, 403})
                self.assertNotIn(self.inspect_url, response.get("Location", ""))
                self.assertEqual(ticks(self.partnership), {self.items[0].pk})

    def test_users_without_crm_access_are_refused(self):
        self.client.force_login(UserFactory(groups=[roles.EDITORS]))

        response = self.client.post(
            self.url,
            {"stage": Stage.INITIATION, "expected": "0", "item": [self.items[0].pk]},
        )

        self.assertIn(response.status_code, {302, 403})
        self.assertFalse(ChecklistTick.objects.exists())

    def test_anonymous_users_go_to_the_login_page(self):
        self.client.logout()

        response = self.client.post(self.url, {"stage": Stage.INITIATION})

        self.assertEqual(response.status_code, 302)
        self.assertIn("/login/", response.url)

    def test_the_form_accepts_only_post(self):
        self.assertEqual(self.client.get(self.url).status_code, 405)

    def test_a_concluded_partnership_refuses_with_the_reason(self):
        concluded = PartnershipFactory(
            project_manager=self.manager, stage=Stage.CONCLUDED
        )
        url = reverse("partnerships_checklist", args=[concluded.pk])

        response = self.client.post(
            url,
            {"stage": Stage.INITIATION, "expected": "0", "item": [self.items[0].pk]},
            follow=True,
        )

        self.assertTrue(self.messages(response)[0].startswith(str(CHECKLIST_CONCLUDED)))
        self.assertFalse(ChecklistTick.objects.exists())
        self.assertNotContains(response, 'name="item"')


class BoardChecklistTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.manager = UserFactory(groups=[roles.PROJECT_MANAGERS])
        guidance = StageGuidanceFactory(
            stage=Stage.INITIATION, checklist=["A", "B", "C"]
        )
        StageGuidanceFactory(stage=Stage.AGREEMENT, checklist=["D"])
        cls.items = list(guidance.checklist_items.order_by("sort_order"))

    def add(self, count, ticked=2):
        for _ in range(count):
            partnership = PartnershipFactory(project_manager=self.manager)
            checklists.tick(
                partnership,
                stage=Stage.INITIATION,
                ticked={item.pk for item in self.items[:ticked]},
                user=self.manager,
            )

    def board(self):
        self.client.force_login(self.manager)
        return self.client.get(reverse("partnerships_board"))

    def test_cards_show_the_current_stages_ticked_count(self):
        self.add(1, ticked=2)
        self.add(1, ticked=0)

        response = self.board()

        self.assertContains(response, "Tjekliste: 2/3", count=1)
        self.assertContains(response, "Tjekliste: 0/3", count=1)

    def test_the_board_keeps_a_constant_query_count(self):
        self.add(3)
        self.board()  # fills per-process caches
        with CaptureQueriesContext(connection) as few:
            self.board()
        self.add(20)
        with CaptureQueriesContext(connection) as many:
            response = self.board()

        self.assertContains(response, "Tjekliste: 2/3", count=23)
        self.assertEqual(len(many), len(few))


class ChecklistAuditTests(TestCase):
    def test_the_change_log_names_who_ticked_and_unticked(self):
        manager = UserFactory(
            groups=[roles.PROJECT_MANAGERS], first_name="Mette", last_name="Holm"
        )
        partnership = PartnershipFactory(project_manager=manager)
        item = StageGuidanceFactory(checklist=["Formål"]).checklist_items.get()
        checklists.tick(
            partnership, stage=Stage.INITIATION, ticked={item.pk}, user=manager
        )
        tick = ChecklistTick.objects.get()
        checklists.tick(partnership, stage=Stage.INITIATION, ticked=set(), user=manager)
        self.client.force_login(UserFactory(groups=[roles.AUDITORS]))

        log = self.client.get(reverse("partnerships_audit_log"))
        record = self.client.get(
            reverse("partnerships_audit_record", args=["checklisttick", tick.pk])
        )

        self.assertContains(log, "Formål")
        self.assertContains(log, "Mette Holm")
        self.assertContains(record, "Mette Holm")
