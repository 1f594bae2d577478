import threading

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test import TestCase, TransactionTestCase
from wagtail.models import ModelLogEntry

from cms import roles
from cms.models import StageGuidance, StageGuidanceLink
from cms.stages import Stage
from partnerships import permissions
from partnerships.concurrency import version_of
from partnerships.lifecycle import Move
from partnerships.models import (
    Agreement,
    EvaluationRound,
    Partnership,
    StageTransition,
    TeamMember,
)
from partnerships.services import change_stage, save_partnership
from tests.factories import GuidePageFactory, PartnershipFactory, UserFactory


class ChangeStageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.partnership = PartnershipFactory(ready=True)
        cls.manager = cls.partnership.project_manager

    def move(self, move, reason="", expected=None, user=None):
        return change_stage(
            self.partnership,
            move=move,
            user=user or self.manager,
            expected_stage=expected or self.partnership.stage,
            reason=reason,
        )

    def test_forward_move_records_transition_history_and_log(self):
        transition = self.move(Move.FORWARD, reason="Klar til aftale")

        self.partnership.refresh_from_db()
        self.assertEqual(self.partnership.stage, Stage.AGREEMENT)
        self.assertEqual(self.partnership.version, 2)
        self.assertEqual(
            (transition.from_stage, transition.to_stage, transition.by),
            (Stage.INITIATION, Stage.AGREEMENT, self.manager),
        )
        latest = self.partnership.history.first()
        self.assertEqual(latest.history_user, self.manager)
        self.assertIn("Klar til aftale", latest.history_change_reason)
        self.assertTrue(
            ModelLogEntry.objects.filter(
                action="partnerships.stage_change", object_id=str(self.partnership.pk)
            ).exists()
        )

    def test_unmet_gate_refuses_with_what_is_missing_and_changes_nothing(self):
        bare = PartnershipFactory()
        history_before = bare.history.count()

        with self.assertRaises(ValidationError) as refused:
            change_stage(
                bare,
                move=Move.FORWARD,
                user=bare.project_manager,
                expected_stage=Stage.INITIATION,
            )

        self.assertEqual(len(refused.exception.messages), 3)
        bare.refresh_from_db()
        self.assertEqual(bare.stage, Stage.INITIATION)
        self.assertEqual(bare.history.count(), history_before)
        self.assertFalse(StageTransition.objects.filter(partnership=bare).exists())

    def test_communication_needs_the_agreement_signed(self):
        self.move(Move.FORWARD)
        with self.assertRaises(ValidationError):
            self.move(Move.FORWARD)
        Agreement.objects.create(partnership=self.partnership, signed_on="2026-05-01")

        self.move(Move.FORWARD)

        self.assertEqual(self.partnership.stage, Stage.COMMUNICATION)

    def test_moving_back_needs_a_reason(self):
        self.move(Move.FORWARD)
        with self.assertRaises(ValidationError) as refused:
            self.move(Move.BACK, reason="  ")
        self.assertEqual(refused.exception.code, "reason_required")

        self.move(Move.BACK, reason="Partneren skiftede leder")

        self.assertEqual(self.partnership.stage, Stage.INITIATION)

    def test_early_end_skips_the_gates_but_needs_a_reason(self):
        self.move(Move.END_EARLY, reason="Budgettet blev skåret")

        self.assertEqual(self.partnership.stage, Stage.CONCLUDED)
        self.assertFalse(permissions.can_edit(self.partnership, self.manager))

    def test_concluded_partnership_can_only_be_renewed(self):
        self.move(Move.END_EARLY, reason="Pause")
        with self.assertRaises(ValidationError) as refused:
            self.move(Move.FORWARD)
        self.assertEqual(refused.exception.code, "not_allowed")

        transition = self.move(Move.RENEW, reason="Ny sæson")

        self.assertEqual(self.partnership.stage, Stage.AGREEMENT)
        self.assertEqual((self.partnership.cycle, transition.cycle), (2, 2))

    def test_concluding_needs_evaluation_and_reflection_of_the_current_cycle(self):
        self.partnership.stage = Stage.EVALUATION
        self.partnership.save()
        with self.assertRaises(ValidationError) as refused:
            self.move(Move.FORWARD)
        self.assertEqual(len(refused.exception.messages), 2)
        EvaluationRound.objects.create(
            partnership=self.partnership, title="Runde 1", completed_on="2026-10-01"
        )
        self.partnership.closing_reflection = "Vi lærte meget."
        self.partnership.save()

        self.move(Move.FORWARD)

        self.assertEqual(self.partnership.stage, Stage.CONCLUDED)

    def test_stale_expected_stage_is_a_conflict(self):
        self.move(Move.FORWARD)

        with self.assertRaises(ValidationError) as refused:
            self.move(Move.FORWARD, expected=Stage.INITIATION)

        self.assertEqual(refused.exception.code, "conflict")
        self.assertEqual(StageTransition.objects.count(), 1)

    def test_only_members_and_project_managers_may_move_it(self):
        outsider = UserFactory(groups=[roles.PROJECT_MANAGERS])
        auditor = UserFactory(groups=[roles.AUDITORS])
        for user in [outsider, auditor]:
            with self.subTest(user=user), self.assertRaises(PermissionDenied):
                self.move(Move.FORWARD, user=user)

        self.partnership.team_members.add(TeamMember(user=outsider))
        self.partnership.save()
        self.move(Move.FORWARD, user=outsider)


class SavePartnershipTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.partnership = PartnershipFactory(ready=True)
        cls.manager = cls.partnership.project_manager

    def test_save_bumps_the_version_and_records_the_user(self):
        self.partnership.title = "Nyt navn"

        save_partnership(
            self.partnership, expected=version_of(self.partnership), user=self.manager
        )

        self.partnership.refresh_from_db()
        self.assertEqual(
            (self.partnership.title, self.partnership.version), ("Nyt navn", 2)
        )
        latest = self.partnership.history.first()
        self.assertEqual(latest.history_user, self.manager)
        self.assertTrue(latest.history_change_reason)

    def test_stale_save_is_refused_and_the_newer_data_kept(self):
        mine = Partnership.objects.get(pk=self.partnership.pk)
        theirs = Partnership.objects.get(pk=self.partnership.pk)
        opened = version_of(mine)
        theirs.title = "Deres ændring"
        save_partnership(theirs, expected=opened, user=self.manager)
        mine.title = "Min ændring"

        with self.assertRaises(ValidationError) as refused:
            save_partnership(mine, expected=opened, user=self.manager)

        self.assertEqual(refused.exception.code, "conflict")
        self.partnership.refresh_from_db()
        self.assertEqual(self.partnership.title, "Deres ændring")

    def test_stage_set_on_the_object_is_never_saved(self):
        self.partnership.stage = Stage.CONCLUDED

        save_partnership(
            self.partnership, expected=version_of(self.partnership), user=self.manager
        )

        self.partnership.refresh_from_db()
        self.assertEqual(self.partnership.stage, Stage.INITIATION)


@pytest.mark.postgres
class ConcurrentStageChangeTests(TransactionTestCase):
    serialized_rollback = True

    def test_only_one_of_several_simultaneous_moves_succeeds(self):
        partnership = PartnershipFactory(ready=True)
        manager = partnership.project_manager
        barrier = threading.Barrier(5)
        outcomes = []

        def attempt():
            try:
                barrier.wait()
                change_stage(
                    Partnership.objects.get(pk=partnership.pk),
                    move=Move.FORWARD,
                    user=manager,
                    expected_stage=Stage.INITIATION,
                )
                outcomes.append("moved")
            except ValidationError as error:
                outcomes.append(error.code)
            finally:
                connection.close()

        threads = [threading.Thread(target=attempt) for _ in range(5)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

        self.assertEqual(sorted(outcomes), ["conflict"] * 4 + ["moved"])
        self.assertEqual(
            StageTransition.objects.filter(partnership=partnership).count(), 1
        )
        partnership.refresh_from_db()
        self.assertEqual((partnership.stage, partnership.version), (Stage.AGREEMENT, 2))


class GuidanceAtDecisionTests(TestCase):
    def test_transition_records_guidance_revisions_and_notices_new_ones(self):
        chapter = GuidePageFactory(title="Klare aftaler")
        chapter.save_revision().publish()
        guidance = StageGuidance(stage="agreement")
        guidance.links = [StageGuidanceLink(page=chapter)]
        guidance.save()
        partnership = PartnershipFactory(ready=True)

        transition = change_stage(
            partnership,
            move=Move.FORWARD,
            user=partnership.project_manager,
            expected_stage=Stage.INITIATION,
        )

        chapter.refresh_from_db()
        self.assertEqual(
            transition.guidance_revisions, {str(chapter.pk): chapter.live_revision_id}
        )
        self.assertEqual(partnership.changed_guidance(guidance), [])

        chapter.title = "Klare aftaler (ny udgave)"
        chapter.save_revision().publish()

        self.assertEqual(
            [page.pk for page in partnership.changed_guidance(guidance)], [chapter.pk]
        )
