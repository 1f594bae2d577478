"""The lifecycle gates read the stage tools' records: a partnership moves
from initiation to concluded only through the tools, and each refusal says
what is missing and links to the tool where it is done."""

from django.core.exceptions import ValidationError
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from cms.stages import Stage
from partnerships.lifecycle import Move
from partnerships.models import ActivityStatus, Partnership, Questionnaire
from partnerships.services import change_stage
from partnerships.tools.agreement.services import (
    draft_agreement,
    new_agreement_version,
    sign_agreement,
)
from partnerships.tools.communication.services import add_activity, set_activity_status
from partnerships.tools.evaluation.answers import submit_answers
from partnerships.tools.evaluation.services import complete_round, invite, start_round
from tests.factories import ContactFactory, PartnershipFactory


class ToolGateTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.partnership = PartnershipFactory(ready=True, title="Sprogcafé")
        cls.manager = cls.partnership.project_manager
        cls.contact = ContactFactory(
            organisation=cls.partnership.partner_roles.get().organisation
        )

    def move(self, move=Move.FORWARD, reason=""):
        partnership = Partnership.objects.get(pk=self.partnership.pk)
        change_stage(
            partnership,
            move=move,
            user=self.manager,
            expected_stage=partnership.stage,
            reason=reason,
        )
        return Partnership.objects.get(pk=partnership.pk)

    def refused(self, tool: str):
        """Moving forward is refused, nothing changes, and the partnership
        page links the missing step to ``tool``."""
        stage = Partnership.objects.get(pk=self.partnership.pk).stage
        with self.assertRaises(ValidationError):
            self.move()
        self.assertEqual(Partnership.objects.get(pk=self.partnership.pk).stage, stage)
        self.client.force_login(self.manager)
        page = self.client.get(self.partnership.get_absolute_url())
        links = [item["url"] for item in page.context["unmet"]]
        self.assertIn(
            reverse(f"partnerships:{tool}", args=[self.partnership.pk]), links
        )

    def sign(self):
        agreement = draft_agreement(self.partnership, user=self.manager)
        sign_agreement(
            agreement,
            user=self.manager,
            signed_on=timezone.localdate(),
            signatories="Sara Holm\nOle Krog",
        )
        return agreement

    def evaluate(self):
        round = start_round(
            self.partnership,
            user=self.manager,
            questionnaire=Questionnaire.objects.get(),
            title="Slutevaluering",
        )
        [(_invitation, token)] = invite(
            round, user=self.manager, contacts=[self.contact]
        )
        submit_answers(
            token, answers={q.pk: 4 for q in round.questions.filter(kind="scale")}
        )
        return round

    def test_the_whole_lifecycle_runs_through_the_tools(self):
        self.assertEqual(self.move().stage, Stage.AGREEMENT)

        self.refused("agreement")
        agreement = draft_agreement(self.partnership, user=self.manager)
        self.refused("agreement")  # a draft is not enough
        sign_agreement(
            agreement,
            user=self.manager,
            signed_on=timezone.localdate(),
            signatories="Sara Holm",
        )
        self.assertEqual(self.move().stage, Stage.COMMUNICATION)

        self.refused("communication_plan")
        activity = add_activity(
            self.partnership, user=self.manager, title="Nyhedsbrev", audience="public"
        )
        set_activity_status(
            activity, user=self.manager, status=ActivityStatus.CANCELLED
        )
        self.refused("communication_plan")  # cancelled activities do not count
        add_activity(
            self.partnership, user=self.manager, title="Plakat", audience="public"
        )
        self.assertEqual(self.move().stage, Stage.EVALUATION)

        partnership = Partnership.objects.get(pk=self.partnership.pk)
        partnership.closing_reflection = "Vi nåede flere end ventet."
        partnership.save()
        round = self.evaluate()
        self.refused("evaluation")  # answers without the joint discussion
        complete_round(
            round,
            user=self.manager,
            held_on=timezone.localdate(),
            summary="Vi fortsætter.",
        )
        self.assertEqual(self.move().stage, Stage.CONCLUDED)

    def test_after_renewal_the_new_cycle_needs_its_own_agreement(self):
        self.move()
        agreement = self.sign()
        self.move()
        add_activity(
            self.partnership, user=self.manager, title="Opslag", audience="staff"
        )
        self.move()
        partnership = Partnership.objects.get(pk=self.partnership.pk)
        partnership.closing_reflection = "Godt samarbejde."
        partnership.save()
        complete_round(
            self.evaluate(),
            user=self.manager,
            held_on=timezone.localdate(),
            summary="Vi fornyer.",
        )
        self.move()

        renewed = self.move(Move.RENEW, reason="Vi vil gerne fortsætte")

        self.assertEqual(renewed.stage, Stage.AGREEMENT)
        self.assertEqual(renewed.cycle, 2)
        self.refused("agreement")
        # The first cycle's signed agreement belongs to that cycle only.
        with self.assertRaises(ValidationError):
            new_agreement_version(agreement, user=self.manager, reason="Ny periode")
        self.sign()
        self.assertEqual(self.move().stage, Stage.COMMUNICATION)
