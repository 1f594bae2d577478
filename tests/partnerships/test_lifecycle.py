from django.test import SimpleTestCase
from django.utils import translation

from cms.stages import Stage
from partnerships import lifecycle
from partnerships.lifecycle import Facts, Move

READY = Facts(
    partner_count=1,
    has_purpose=True,
    goal_count=1,
    agreement_signed=True,
    plan_activity_count=1,
    evaluation_completed=True,
    has_closing_reflection=True,
)

ALLOWED = {
    (Stage.INITIATION, Stage.AGREEMENT): Move.FORWARD,
    (Stage.INITIATION, Stage.CONCLUDED): Move.END_EARLY,
    (Stage.AGREEMENT, Stage.COMMUNICATION): Move.FORWARD,
    (Stage.AGREEMENT, Stage.INITIATION): Move.BACK,
    (Stage.AGREEMENT, Stage.CONCLUDED): Move.END_EARLY,
    (Stage.COMMUNICATION, Stage.EVALUATION): Move.FORWARD,
    (Stage.COMMUNICATION, Stage.AGREEMENT): Move.BACK,
    (Stage.COMMUNICATION, Stage.CONCLUDED): Move.END_EARLY,
    (Stage.EVALUATION, Stage.CONCLUDED): Move.FORWARD,
    (Stage.EVALUATION, Stage.COMMUNICATION): Move.BACK,
    (Stage.CONCLUDED, Stage.AGREEMENT): Move.RENEW,
}


class MoveTests(SimpleTestCase):
    def test_every_pair_of_stages_is_allowed_or_forbidden_as_listed(self):
        for current in Stage:
            for target in Stage:
                with self.subTest(current=current, target=target):
                    expected = ALLOWED.get((current, target))
                    self.assertEqual(lifecycle.move_between(current, target), expected)
                    self.assertEqual(
                        lifecycle.can_move(current, target), expected is not None
                    )

    def test_evaluation_can_also_end_early(self):
        self.assertEqual(
            lifecycle.moves_from(Stage.EVALUATION)[Move.END_EARLY], Stage.CONCLUDED
        )

    def test_backward_early_and_renewal_moves_need_a_reason(self):
        self.assertEqual(
            lifecycle.NEEDS_REASON, {Move.BACK, Move.END_EARLY, Move.RENEW}
        )

    def test_next_stage(self):
        self.assertEqual(lifecycle.next_stage(Stage.AGREEMENT), Stage.COMMUNICATION)
        self.assertIsNone(lifecycle.next_stage(Stage.CONCLUDED))


class GateTests(SimpleTestCase):
    def unmet(self, stage, **missing):
        facts = Facts(**{**READY.__dict__, **missing})
        with translation.override("en"):
            return [str(m) for m in lifecycle.unmet_conditions(stage, facts)]

    def test_all_gates_open_when_everything_is_in_place(self):
        for stage in Stage:
            with self.subTest(stage=stage):
                self.assertEqual(self.unmet(stage), [])

    def test_agreement_needs_partner_purpose_and_goal(self):
        self.assertEqual(len(self.unmet(Stage.AGREEMENT, partner_count=0)), 1)
        self.assertIn("purpose", self.unmet(Stage.AGREEMENT, has_purpose=False)[0])
        self.assertIn("strategic goals", self.unmet(Stage.AGREEMENT, goal_count=0)[0])
        self.assertEqual(len(lifecycle.unmet_conditions(Stage.AGREEMENT, Facts())), 3)

    def test_communication_needs_a_signed_agreement(self):
        self.assertIn(
            "signed", self.unmet(Stage.COMMUNICATION, agreement_signed=False)[0]
        )

    def test_evaluation_needs_a_communication_plan(self):
        self.assertIn(
            "communication plan",
            self.unmet(Stage.EVALUATION, plan_activity_count=0)[0],
        )

    def test_concluded_needs_an_evaluation_and_a_closing_reflection(self):
        self.assertIn(
            "evaluation", self.unmet(Stage.CONCLUDED, evaluation_completed=False)[0]
        )
        self.assertIn(
            "closing reflection",
            self.unmet(Stage.CONCLUDED, has_closing_reflection=False)[0],
        )
