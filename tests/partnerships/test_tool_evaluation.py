import csv
import hashlib
import io
import threading
import xml.etree.ElementTree as ET
from datetime import date, timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, transaction
from django.test import TestCase, TransactionTestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.translation import gettext
from openpyxl import load_workbook

from cms import roles
from cms.stages import Stage
from partnerships import lifecycle, reminders
from partnerships.concurrency import version_of
from partnerships.history import SYSTEM_USERNAME
from partnerships.models import (
    EvaluationAnswer,
    EvaluationInvitation,
    EvaluationQuestion,
    EvaluationRound,
    EvaluationTheme,
    LegalBasis,
    Partnership,
    Questionnaire,
)
from partnerships.privacy import report, subjects
from partnerships.privacy.erasure import erase
from partnerships.tools.charts import Series, bar_chart, line_chart
from partnerships.tools.evaluation.answers import (
    answer_field,
    invitation_for,
    submit_answers,
)
from partnerships.tools.evaluation.links import answer_link
from partnerships.tools.evaluation.results import (
    XLSX,
    round_answers,
    round_results,
    trend,
)
from partnerships.tools.evaluation.services import (
    NO_CONTACTS,
    complete_round,
    edit_discussion,
    invite,
    renew_invitation,
    start_round,
)
from tests.factories import (
    ContactFactory,
    LibraryIdentityFactory,
    PartnerRoleFactory,
    PartnershipFactory,
    QuestionnaireFactory,
    TeamMemberFactory,
    UserFactory,
)

SVG = "{http://www.w3.org/2000/svg}"
COOPERATION, PROGRESS, RESULTS, NEXT_STEP = (
    str(theme.label) for theme in EvaluationTheme
)
ALL = gettext("All")
LIBRARY_STAFF, PARTNERS = gettext("Library staff"), gettext("Partners")
QUESTIONS = [
    # (theme, kind, text, help text)
    ("cooperation", "scale", "Fungerer samarbejdet?", "Tænk på det seneste halve år."),
    ("cooperation", "text", "Hvad kunne gå bedre i samarbejdet?", ""),
    ("results", "scale", "Når vi vores mål?", ""),
    ("next_step", "text", "Hvad skal vi gøre nu?", ""),
]


def make_questionnaire(title="Test-evaluering", questions=QUESTIONS):
    questionnaire = QuestionnaireFactory(
        title=title,
        introduction="Svar hver for sig.",
        questions=[(theme, kind, text) for theme, kind, text, _help in questions],
    )
    for _theme, _kind, text, help_text in questions:
        questionnaire.questions.filter(text=text).update(help_text=help_text)
    return questionnaire


def make_partnership(title="Læselyst på havnen", stage=Stage.EVALUATION):
    """A partnership in ``stage`` with two partner organisations: one with two
    contacts (one without email), one with a single contact."""
    partnership = PartnershipFactory(title=title, stage=stage)
    museum, culture = (
        PartnerRoleFactory(
            partnership=partnership, organisation__name=f"{name} ({title})"
        ).organisation
        for name in ("Museet", "Kulturhuset")
    )
    partnership.contacts = [
        ContactFactory(
            name="Anna Berg", organisation=culture, email="anna@example.org"
        ),
        ContactFactory(name="Bo Krog", organisation=museum),
        ContactFactory(
            name="Cecilie Dahl", organisation=museum, email="cecilie@example.org"
        ),
    ]
    return partnership


def other_round(questionnaire):
    """Another partnership's round with its first contact invited: the
    invitation and its plain token."""
    other = make_partnership(title="Et andet partnerskab")
    round = start_round(
        other,
        user=other.project_manager,
        questionnaire=questionnaire,
        title="Fremmed runde",
    )
    [(invitation, token)] = invite(
        round, user=other.project_manager, contacts=other.contacts[:1]
    )
    return invitation, token


def question(round, text) -> EvaluationQuestion:
    return round.questions.get(text=text)


def answers_for(round, *, cooperation=4, results=3, better="", now=""):
    """The ``answers`` mapping submit_answers takes, by question text."""
    values = {
        "Fungerer samarbejdet?": cooperation,
        "Hvad kunne gå bedre i samarbejdet?": better,
        "Når vi vores mål?": results,
        "Hvad skal vi gøre nu?": now,
    }
    return {q.pk: values[q.text] for q in round.questions.all()}


def post_data(round, **kwargs) -> dict:
    """The answer form's POST data, by question text."""
    return {
        answer_field(q): "" if value is None else value
        for q, value in zip(
            round.questions.all(), answers_for(round, **kwargs).values(), strict=True
        )
    }


class EvaluationTestCase(TestCase):
    """A partnership in evaluation, its manager and a questionnaire."""

    @classmethod
    def setUpTestData(cls):
        cls.questionnaire = make_questionnaire()
        cls.partnership = make_partnership()
        cls.manager = cls.partnership.project_manager
        cls.contacts = cls.partnership.contacts

    def start(self, title="Efterår", *, user=None, questionnaire=None, **kwargs):
        """A round started in the partnership, by its manager by default."""
        return start_round(
            self.partnership,
            user=user or self.manager,
            questionnaire=questionnaire or self.questionnaire,
            title=title,
            **kwargs,
        )


class EvaluationSetup(EvaluationTestCase):
    """A started round with all three contacts invited; ``tokens`` maps
    contact names to their plain tokens."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.round = start_round(
            cls.partnership,
            user=cls.manager,
            questionnaire=cls.questionnaire,
            title="Forårsevaluering",
        )
        links = invite(cls.round, user=cls.manager, contacts=cls.contacts)
        cls.tokens = {inv.contact.name: token for inv, token in links}
        cls.invitations = {inv.contact.name: inv for inv, _token in links}

    def answer(self, name="Anna Berg", **kwargs):
        return submit_answers(
            self.tokens[name], answers=answers_for(self.round, **kwargs)
        )


class StartRoundTests(EvaluationTestCase):
    def test_start_copies_the_questions_into_the_current_cycle(self):
        Partnership.objects.filter(pk=self.partnership.pk).update(cycle=2)
        self.partnership.refresh_from_db()

        round = self.start("  Forår  ")

        self.assertEqual((round.title, round.cycle), ("Forår", 2))
        self.assertEqual(round.introduction, "Svar hver for sig.")
        copied = list(round.questions.values_list("theme", "kind", "text", "help_text"))
        self.assertEqual(copied, [tuple(q) for q in QUESTIONS])
        self.assertEqual(
            set(round.questions.values_list("partnership", flat=True)),
            {self.partnership.pk},
        )

    def test_an_own_introduction_replaces_the_questionnaires(self):
        round = self.start("Forår", introduction="Kun til jer.")

        self.assertEqual(round.introduction, "Kun til jer.")

    def test_later_questionnaire_edits_do_not_change_the_round(self):
        round = self.start("Forår")

        self.questionnaire.questions.update(text="Ændret")

        self.assertEqual(
            list(round.questions.values_list("text", flat=True)),
            [text for _theme, _kind, text, _help in QUESTIONS],
        )

    def test_start_is_recorded_with_user_and_reason(self):
        self.start("Forår")

        for model in (EvaluationRound, EvaluationQuestion):
            row = model.history.latest()
            self.assertEqual(row.history_user, self.manager)
            self.assertIn("Forår", row.history_change_reason)

    def test_a_round_needs_a_title_and_questions(self):
        for title, code in ((" ", "blank"), ("x" * 256, "max_length")):
            with self.subTest(title=title):
                with self.assertRaises(ValidationError) as refused:
                    self.start(title)
                [error] = refused.exception.error_dict["title"]
                self.assertEqual(error.code, code)

        empty = Questionnaire.objects.create(title="Tom")
        with self.assertRaises(ValidationError) as refused:
            self.start("X", questionnaire=empty)
        self.assertEqual(refused.exception.code, "empty")
        self.assertFalse(EvaluationRound.objects.exists())

    def test_only_members_of_an_open_partnership_start_rounds(self):
        other = UserFactory(groups=[roles.PROJECT_MANAGERS])
        with self.assertRaises(PermissionDenied):
            self.start("X", user=other)
        Partnership.objects.filter(pk=self.partnership.pk).update(stage=Stage.CONCLUDED)
        with self.assertRaises(PermissionDenied):
            self.start("X")
        self.assertFalse(EvaluationRound.objects.exists())


class InviteTests(EvaluationSetup):
    def test_each_contact_gets_a_link_stored_only_as_a_digest(self):
        for name, token in self.tokens.items():
            invitation = EvaluationInvitation.objects.get(contact__name=name)
            self.assertEqual(
                invitation.token_digest, hashlib.sha256(token.encode()).hexdigest()
            )
            self.assertEqual(invitation_for(token), invitation)
        stored = [
            str(value)
            for row in EvaluationInvitation.history.values()
            for value in row.values()
        ] + [
            str(value)
            for row in EvaluationInvitation.objects.values()
            for value in row.values()
        ]
        for token in self.tokens.values():
            self.assertFalse([value for value in stored if token in value])
        self.assertEqual(len(set(self.tokens.values())), 3)

    def test_links_expire_after_the_chosen_number_of_days(self):
        invitation = self.invitations["Anna Berg"]

        self.assertEqual(invitation.expires_at - invitation.sent_at, timedelta(14))

    def test_contacts_with_email_are_sent_their_link(self):
        round = self.start()

        links = invite(round, user=self.manager, contacts=self.contacts, valid_days=3)

        by_name = {inv.contact.name: (inv, token) for inv, token in links}
        self.assertEqual(
            links.emailed,
            {by_name["Anna Berg"][0].pk, by_name["Cecilie Dahl"][0].pk},
        )
        self.assertEqual(len(mail.outbox), 2)
        message = next(m for m in mail.outbox if m.to == ["anna@example.org"])
        self.assertIn(answer_link(by_name["Anna Berg"][1]), message.body)
        self.assertIn("Læselyst på havnen", message.subject)
        self.assertTrue(answer_link("x").startswith("http://testserver/p/"))

    def test_already_invited_contacts_are_skipped(self):
        links = invite(self.round, user=self.manager, contacts=self.contacts[:1])

        self.assertEqual(list(links), [])
        self.assertEqual(links.skipped, [str(self.contacts[0])])
        self.assertEqual(self.round.invitations.count(), 3)

    def test_only_contacts_at_partner_organisations_can_be_invited(self):
        outsider = ContactFactory(name="Udenfor")
        round = self.start()

        with self.assertRaises(ValidationError) as refused:
            invite(round, user=self.manager, contacts=[self.contacts[0], outsider])

        self.assertEqual(refused.exception.code, "not_partner")
        self.assertFalse(round.invitations.exists())

    def test_invite_needs_contacts_and_a_sensible_validity(self):
        for contacts, days, key in (
            ([], 14, "contacts"),
            (self.contacts, 0, "valid_days"),
            (self.contacts, 91, "valid_days"),
        ):
            with self.subTest(days=days):
                with self.assertRaises(ValidationError) as refused:
                    invite(
                        self.round,
                        user=self.manager,
                        contacts=contacts,
                        valid_days=days,
                    )
                self.assertIn(key, refused.exception.message_dict)

    def test_invite_is_recorded_with_user_and_reason(self):
        row = EvaluationInvitation.history.latest()

        self.assertEqual(row.history_user, self.manager)
        self.assertIn("Forårsevaluering", row.history_change_reason)

    def test_only_members_invite(self):
        other = UserFactory(groups=[roles.PROJECT_MANAGERS])
        round = self.start()

        with self.assertRaises(PermissionDenied):
            invite(round, user=other, contacts=self.contacts)

        self.assertFalse(round.invitations.exists())

    def test_renewing_gives_a_new_link_and_the_old_one_stops_working(self):
        old = self.tokens["Bo Krog"]
        invitation = self.invitations["Bo Krog"]
        EvaluationInvitation.objects.filter(pk=invitation.pk).update(
            expires_at=timezone.now() - timedelta(days=1)
        )

        renewed, token, emailed = renew_invitation(
            invitation, user=self.manager, valid_days=5
        )

        self.assertFalse(emailed)  # Bo Krog has no email address
        self.assertNotEqual(token, old)
        self.assertEqual(invitation_for(token), renewed)
        self.assertGreater(renewed.expires_at, timezone.now() + timedelta(days=4))
        with self.assertRaises(ValidationError) as refused:
            invitation_for(old)
        self.assertEqual(refused.exception.code, "unknown")
        row = EvaluationInvitation.history.latest()
        self.assertEqual(row.history_user, self.manager)
        self.assertIn("Bo Krog", row.history_change_reason)

    def test_an_answered_invitation_cannot_be_renewed(self):
        self.answer()
        invitation = self.invitations["Anna Berg"]
        digest = EvaluationInvitation.objects.get(pk=invitation.pk).token_digest

        with self.assertRaises(ValidationError) as refused:
            renew_invitation(invitation, user=self.manager)

        self.assertEqual(refused.exception.code, "answered")
        invitation.refresh_from_db()
        self.assertEqual(invitation.token_digest, digest)

    def test_a_completed_round_takes_no_more_invitations_or_renewals(self):
        complete_round(
            self.round, user=self.manager, held_on=date(2025, 5, 1), summary="Godt."
        )
        newcomer = ContactFactory(name="Ny", organisation=self.contacts[0].organisation)

        for attempt in (
            lambda: invite(self.round, user=self.manager, contacts=[newcomer]),
            lambda: renew_invitation(self.invitations["Bo Krog"], user=self.manager),
        ):
            with self.assertRaises(ValidationError) as refused:
                attempt()
            self.assertEqual(refused.exception.code, "completed")
        self.assertEqual(self.round.invitations.count(), 3)


class AnswerTests(EvaluationSetup):
    def test_answers_are_stored_once_with_the_system_user(self):
        invitation = self.answer(cooperation=5, results=2, better="Flere møder")

        stored = {
            a.question.text: (a.score, a.text)
            for a in EvaluationAnswer.objects.filter(invitation=invitation)
        }
        self.assertEqual(
            stored,
            {
                "Fungerer samarbejdet?": (5, ""),
                "Hvad kunne gå bedre i samarbejdet?": (None, "Flere møder"),
                "Når vi vores mål?": (2, ""),
            },
        )
        self.assertIsNotNone(invitation.answered_at)
        for model in (EvaluationAnswer, EvaluationInvitation):
            row = model.history.latest()
            self.assertEqual(row.history_user.username, SYSTEM_USERNAME)
            self.assertIn("Anna Berg", row.history_change_reason)

    def test_a_second_submission_stores_nothing_more(self):
        self.answer()
        count = EvaluationAnswer.objects.count()

        with self.assertRaises(ValidationError) as refused:
            self.answer(cooperation=1, better="Igen")

        self.assertEqual(refused.exception.code, "answered")
        self.assertEqual(EvaluationAnswer.objects.count(), count)
        self.assertFalse(EvaluationAnswer.objects.filter(text="Igen").exists())

    def test_scores_outside_the_scale_and_missing_scores_are_refused(self):
        for cooperation, results in ((0, 3), (6, 3), ("x", 3), (None, 3), (4, "")):
            with self.subTest(cooperation=cooperation, results=results):
                with self.assertRaises(ValidationError) as refused:
                    self.answer(cooperation=cooperation, results=results)
                self.assertEqual(len(refused.exception.message_dict), 1)
        self.assertFalse(EvaluationAnswer.objects.exists())
        field = answer_field(question(self.round, "Fungerer samarbejdet?"))
        with self.assertRaises(ValidationError) as refused:
            self.answer(cooperation=9)
        self.assertEqual(list(refused.exception.message_dict), [field])
        invitation = self.invitations["Anna Berg"]
        invitation.refresh_from_db()
        self.assertIsNone(invitation.answered_at)

    def test_answers_to_other_questions_are_refused(self):
        other = self.start("Andet")
        answers = answers_for(self.round)
        answers[other.questions.first().pk] = 3

        with self.assertRaises(ValidationError) as refused:
            submit_answers(self.tokens["Anna Berg"], answers=answers)

        self.assertEqual(refused.exception.code, "mismatch")
        self.assertFalse(EvaluationAnswer.objects.exists())

    def test_a_round_of_written_questions_needs_one_answer(self):
        written = make_questionnaire("Kun tekst", [QUESTIONS[1], QUESTIONS[3]])
        round = self.start("Tekst", questionnaire=written)
        [(_invitation, token)] = invite(
            round, user=self.manager, contacts=self.contacts[:1]
        )

        with self.assertRaises(ValidationError) as refused:
            submit_answers(token, answers={q.pk: " " for q in round.questions.all()})

        self.assertEqual(refused.exception.code, "empty")
        self.assertFalse(EvaluationAnswer.objects.exists())

    def test_links_are_refused_when_expired_unknown_or_closed(self):
        token = self.tokens["Bo Krog"]
        invitation = self.invitations["Bo Krog"]
        tampered = token[:-1] + ("A" if token[-1] != "A" else "B")
        for bad in (tampered, "", "x" * 500, token.upper()):
            with self.subTest(token=bad):
                with self.assertRaises(ValidationError) as refused:
                    invitation_for(bad)
                self.assertEqual(refused.exception.code, "unknown")
                self.assertNotIn(self.partnership.title, refused.exception.messages[0])

        later = invitation.expires_at + timedelta(seconds=1)
        with self.assertRaises(ValidationError) as refused:
            submit_answers(token, answers=answers_for(self.round), at=later)
        self.assertEqual(refused.exception.code, "expired")
        self.assertIn(self.manager.email, refused.exception.messages[0])

        Partnership.objects.filter(pk=self.partnership.pk).update(stage=Stage.CONCLUDED)
        with self.assertRaises(ValidationError) as refused:
            submit_answers(token, answers=answers_for(self.round))
        self.assertEqual(refused.exception.code, "closed")
        self.assertFalse(EvaluationAnswer.objects.exists())

    def test_a_completed_round_takes_no_answers(self):
        complete_round(
            self.round, user=self.manager, held_on=date(2025, 5, 1), summary="Godt."
        )

        with self.assertRaises(ValidationError) as refused:
            self.answer()

        self.assertEqual(refused.exception.code, "closed")
        self.assertFalse(EvaluationAnswer.objects.exists())


class CompleteRoundTests(EvaluationSetup):
    def gate_unmet(self):
        self.partnership.refresh_from_db()
        facts = self.partnership.facts()
        return facts.evaluation_completed, [
            c.tool for c in lifecycle.unmet(Stage.CONCLUDED, facts)
        ]

    def test_the_joint_discussion_completes_the_round_and_meets_the_gate(self):
        self.assertEqual(self.gate_unmet(), (False, ["evaluation", ""]))

        complete_round(
            self.round,
            user=self.manager,
            held_on=date(2025, 5, 1),
            summary=" Vi er enige om at fortsætte. ",
            decisions="Fortsæt med to nye partnere.",
        )

        self.round.refresh_from_db()
        self.assertEqual(self.round.completed_on, date(2025, 5, 1))
        self.assertEqual(self.round.summary, "Vi er enige om at fortsætte.")
        self.assertEqual(self.gate_unmet(), (True, [""]))
        row = EvaluationRound.history.latest()
        self.assertEqual(row.history_user, self.manager)
        self.assertTrue(row.history_change_reason)

    def test_only_a_round_in_the_current_cycle_counts(self):
        complete_round(
            self.round, user=self.manager, held_on=date(2025, 5, 1), summary="Godt."
        )
        Partnership.objects.filter(pk=self.partnership.pk).update(cycle=2)

        completed, unmet = self.gate_unmet()

        self.assertFalse(completed)
        self.assertIn("evaluation", unmet)

    def test_the_discussion_needs_a_past_date_and_a_summary(self):
        tomorrow = timezone.localdate() + timedelta(days=1)
        for held_on, summary, keys in (
            (None, "Godt.", {"held_on"}),
            (tomorrow, "Godt.", {"held_on"}),
            (date(2025, 5, 1), "  ", {"summary"}),
            (None, "", {"held_on", "summary"}),
        ):
            with self.subTest(held_on=held_on, summary=summary):
                with self.assertRaises(ValidationError) as refused:
                    complete_round(
                        self.round, user=self.manager, held_on=held_on, summary=summary
                    )
                self.assertEqual(set(refused.exception.message_dict), keys)
        self.round.refresh_from_db()
        self.assertFalse(self.round.is_completed)

    def test_a_round_is_completed_once_and_only_by_members(self):
        other = UserFactory(groups=[roles.PROJECT_MANAGERS])
        with self.assertRaises(PermissionDenied):
            complete_round(
                self.round, user=other, held_on=date(2025, 5, 1), summary="X"
            )
        complete_round(
            self.round, user=self.manager, held_on=date(2025, 5, 1), summary="Godt."
        )

        with self.assertRaises(ValidationError) as refused:
            complete_round(
                self.round, user=self.manager, held_on=date(2025, 5, 2), summary="Igen"
            )

        self.assertEqual(refused.exception.code, "completed")
        self.round.refresh_from_db()
        self.assertEqual(self.round.summary, "Godt.")

    def test_editing_the_discussion_refuses_a_stale_form(self):
        with self.assertRaises(ValidationError) as refused:
            edit_discussion(
                self.round,
                user=self.manager,
                held_on=date(2025, 5, 1),
                summary="X",
                expected="",
            )
        self.assertEqual(refused.exception.code, "not_completed")
        complete_round(
            self.round, user=self.manager, held_on=date(2025, 5, 1), summary="Godt."
        )
        self.round.refresh_from_db()
        seen = version_of(self.round)

        edit_discussion(
            self.round,
            user=self.manager,
            held_on=date(2025, 5, 2),
            summary="Bedre.",
            decisions="Fortsæt.",
            expected=seen,
        )
        with self.assertRaises(ValidationError) as refused:
            edit_discussion(
                self.round,
                user=self.manager,
                held_on=date(2025, 5, 3),
                summary="Sidst",
                expected=seen,
            )

        self.assertEqual(refused.exception.code, "conflict")
        self.round.refresh_from_db()
        self.assertEqual(
            (self.round.completed_on, self.round.summary, self.round.decisions),
            (date(2025, 5, 2), "Bedre.", "Fortsæt."),
        )
        row = EvaluationRound.history.latest()
        self.assertEqual(row.history_user, self.manager)
        self.assertTrue(row.history_change_reason)


class ResultsTests(EvaluationSetup):
    def setUp(self):
        self.answer("Anna Berg", cooperation=4, results=2, better="Mere tid")
        self.answer("Bo Krog", cooperation=5, results=4, better="Færre møder")
        self.answer("Cecilie Dahl", cooperation=2, results=3, now="Fortsæt")

    def test_averages_per_theme_and_partner_organisation(self):
        results = round_results(self.round, round_answers(self.round))

        culture, museum = (c.organisation.name for c in self.contacts[:2])
        table = results["table"]
        self.assertEqual(table["columns"][1:], [culture, museum, ALL])
        rows = dict(table["rows"])
        # "All" counts every score once: not the mean of the two means (3.8).
        self.assertEqual(rows[COOPERATION], [4.0, 3.5, 3.7])
        self.assertEqual(rows[RESULTS], [2.0, 3.5, 3.0])
        self.assertEqual(rows[PROGRESS], [None, None, None])
        self.assertTrue(results["has_scores"])

    def test_written_answers_are_grouped_by_theme_and_question(self):
        results = round_results(self.round, round_answers(self.round))

        written = [
            (
                theme["theme"],
                [
                    (item["question"].text, [a.text for a in item["answers"]])
                    for item in theme["questions"]
                ],
            )
            for theme in results["written"]
        ]
        self.assertEqual(
            written,
            [
                (
                    COOPERATION,
                    [
                        (
                            "Hvad kunne gå bedre i samarbejdet?",
                            ["Mere tid", "Færre møder"],
                        )
                    ],
                ),
                (NEXT_STEP, [("Hvad skal vi gøre nu?", ["Fortsæt"])]),
            ],
        )

    def test_the_trend_shows_each_rounds_averages_in_order(self):
        later = self.start()
        links = invite(later, user=self.manager, contacts=self.contacts[:2])
        for (_inv, token), score in zip(links, (5, 2), strict=True):
            submit_answers(token, answers=answers_for(later, cooperation=score))
        empty = self.start("Ikke besvaret")

        result = trend(self.partnership)

        rows = result["table"]["rows"]
        self.assertEqual(
            [title for title, _values in rows],
            ["Forårsevaluering", "Efterår", empty.title],
        )
        columns = result["table"]["columns"]
        cooperation = columns.index(COOPERATION) - 1
        results = columns.index(RESULTS) - 1
        self.assertEqual(
            [values[cooperation] for _title, values in rows], [3.7, 3.5, None]
        )
        self.assertEqual([values[results] for _title, values in rows], [3.0, 3.0, None])
        svg = ET.fromstring(str(result["chart"]))
        self.assertEqual(len(svg.findall(f".//{SVG}polyline")), 2)

    def test_a_round_without_scores_gets_an_empty_chart(self):
        other = self.start("Tom")

        results = round_results(other, round_answers(other))

        self.assertFalse(results["has_scores"])
        svg = ET.fromstring(str(results["chart"]))
        self.assertFalse(svg.findall(f".//{SVG}rect/{SVG}title"))
        self.assertEqual(results["written"], [])


class ChartTests(TestCase):
    def parse(self, markup):
        self.assertIsInstance(markup, SafeString)
        svg = ET.fromstring(str(markup))
        self.assertEqual(svg.tag, f"{SVG}svg")
        self.assertEqual(svg.get("role"), "img")
        title, desc = svg.find(f"{SVG}title"), svg.find(f"{SVG}desc")
        self.assertEqual(
            svg.get("aria-labelledby"), f"{title.get('id')} {desc.get('id')}"
        )
        return svg, title, desc

    def test_charts_without_values_say_there_are_no_scores(self):
        for chart in (
            bar_chart(title="Tomt", categories=["A"], series=[], max_value=5),
            bar_chart(
                title="Tomt",
                categories=["A", "B"],
                series=[Series("X", [None, None])],
                max_value=5,
            ),
            line_chart(title="Tomt", x_labels=[], series=[], max_value=5),
        ):
            svg, title, desc = self.parse(chart)
            self.assertEqual(title.text, "Tomt")
            self.assertTrue(desc.text)
            [message] = svg.findall(f"{SVG}text")
            self.assertEqual(message.text, desc.text)
            self.assertFalse(svg.findall(f".//{SVG}circle"))

    def test_bar_chart_draws_a_bar_per_value_and_escapes_labels(self):
        chart = bar_chart(
            title="Gennemsnit <b>",
            categories=["Samarbejde", "Resultater & mål"],
            series=[
                Series("<script>alert(1)</script>", [4.0, None]),
                Series("Alle", [3.5, 2.0]),
            ],
            max_value=5,
            description="Søjler",
        )

        self.assertNotIn("<script>", chart)
        svg, title, desc = self.parse(chart)
        self.assertEqual((title.text, desc.text), ("Gennemsnit <b>", "Søjler"))
        bars = [r for r in svg.iter(f"{SVG}rect") if r.find(f"{SVG}title") is not None]
        self.assertEqual(
            [bar.find(f"{SVG}title").text for bar in bars],
            [
                "<script>alert(1)</script>, Samarbejde: 4.0",
                "Alle, Samarbejde: 3.5",
                "Alle, Resultater & mål: 2.0",
            ],
        )
        self.assertGreater(float(bars[0].get("height")), float(bars[1].get("height")))
        texts = [t.text for t in svg.iter(f"{SVG}text")]
        self.assertIn("Resultater & mål", texts)
        self.assertIn("<script>alert(1)</script>", texts)

    def test_line_chart_draws_points_and_lines(self):
        chart = line_chart(
            title="Udvikling",
            x_labels=["Forår", "<Efterår>"],
            series=[Series("Samarbejde", [3.0, 4.5]), Series("Mål", [None, 2.0])],
            max_value=5,
        )

        svg, _title, _desc = self.parse(chart)
        points = [c.find(f"{SVG}title").text for c in svg.iter(f"{SVG}circle")]
        self.assertEqual(points, ["Samarbejde: 3.0", "Samarbejde: 4.5", "Mål: 2.0"])
        self.assertEqual(len(svg.findall(f"{SVG}polyline")), 1)
        self.assertIn("<Efterår>", [t.text for t in svg.iter(f"{SVG}text")])

    def test_long_round_titles_are_shortened_inside_the_chart(self):
        titles = [
            f"Evalueringsrunde nummer {n} med en meget lang titel" for n in (1, 2)
        ]
        chart = line_chart(
            title="Lang",
            x_labels=titles,
            series=[Series("Samarbejde", [3.0, 4.0])],
            max_value=5,
        )

        svg, _title, _desc = self.parse(chart)
        width = float(svg.get("viewBox").split()[2])
        labels = [t for t in svg.iter(f"{SVG}text") if t.get("text-anchor") == "middle"]
        self.assertEqual(len(labels), 2)
        for label, full in zip(labels, titles, strict=True):
            self.assertTrue(label.text.endswith("…"))
            self.assertTrue(full.startswith(label.text[:-1]))
            # Centred text of this length stays within the chart's width.
            half = len(label.text) * 7.5 / 2
            self.assertLessEqual(float(label.get("x")) + half, width)
            self.assertGreaterEqual(float(label.get("x")) - half, 0)

    def test_a_single_round_is_one_point_per_series(self):
        chart = line_chart(
            title="Én", x_labels=["Forår"], series=[Series("A", [3.0])], max_value=5
        )

        svg, _title, _desc = self.parse(chart)
        self.assertEqual(len(svg.findall(f"{SVG}circle")), 1)
        self.assertFalse(svg.findall(f"{SVG}polyline"))


class PartnerPageTests(EvaluationSetup):
    """The public answer page, reached by the private link without login."""

    def url(self, token, name="evaluation_answer"):
        return reverse(f"partners:{name}", args=[token])

    def assertPrivate(self, response):
        self.assertEqual(response["Cache-Control"], "no-store")
        self.assertEqual(response["Referrer-Policy"], "same-origin")
        self.assertIn("noindex", response["X-Robots-Tag"])

    def assertRefusedWithoutData(self, response, code, status):
        self.assertEqual(response.status_code, status)
        self.assertTemplateUsed(
            response, "partnerships/partner/evaluation_refused.html"
        )
        self.assertTemplateNotUsed(response, "wagtailadmin/base.html")
        self.assertEqual(response.context["code"], code)
        self.assertPrivate(response)
        for secret in (
            self.partnership.title,
            self.round.title,
            "Fungerer samarbejdet?",
            "Anna Berg",
            self.contacts[0].organisation.name,
        ):
            self.assertNotContains(response, secret, status_code=status)
        self.assertNotContains(response, 'name="question_', status_code=status)

    def test_the_link_shows_only_this_rounds_questions_without_admin(self):
        other = make_partnership(title="Et andet partnerskab")
        other_questions = make_questionnaire(
            "Andet", [("progress", "scale", "Hemmeligt spørgsmål?", "")]
        )
        start_round(
            other, user=other.project_manager, questionnaire=other_questions, title="X"
        )
        self.start("Senere runde", questionnaire=other_questions)

        response = self.client.get(self.url(self.tokens["Anna Berg"]))

        self.assertEqual(response.status_code, 200)
        self.assertTemplateUsed(response, "base.html")
        self.assertTemplateNotUsed(response, "wagtailadmin/base.html")
        self.assertPrivate(response)
        self.assertEqual(
            [f.name for f in response.context["form"]],
            [answer_field(q) for q in self.round.questions.all()],
        )
        for _theme, _kind, text, _help_text in QUESTIONS:
            self.assertContains(response, text)
        self.assertContains(response, "Tænk på det seneste halve år.")
        self.assertNotContains(response, "Hemmeligt spørgsmål?")
        self.assertNotContains(response, "Senere runde")
        self.assertNotContains(response, "Et andet partnerskab")
        self.assertContains(response, "Læselyst på havnen")
        self.assertContains(response, 'type="radio"', count=2 * 5)
        self.assertContains(response, "<textarea", count=2)
        self.assertContains(response, "<legend>", count=2)

    def test_answering_stores_the_answers_and_thanks_the_partner(self):
        token = self.tokens["Anna Berg"]

        response = self.client.post(
            self.url(token), post_data(self.round, cooperation=5, better="Mere tid")
        )

        self.assertRedirects(response, self.url(token, "evaluation_thanks"))
        self.assertPrivate(response)
        stored = EvaluationAnswer.objects.filter(invitation__contact__name="Anna Berg")
        self.assertEqual(
            sorted((a.score or 0, a.text) for a in stored),
            [(0, "Mere tid"), (3, ""), (5, "")],
        )
        self.assertEqual(
            EvaluationAnswer.history.latest().history_user.username, SYSTEM_USERNAME
        )
        thanks = self.client.get(self.url(token, "evaluation_thanks"))
        self.assertEqual(thanks.status_code, 200)
        self.assertTemplateUsed(thanks, "partnerships/partner/evaluation_thanks.html")
        self.assertPrivate(thanks)

    def test_a_second_post_with_the_same_link_stores_nothing(self):
        token = self.tokens["Anna Berg"]
        # Two tabs opened before either was sent.
        self.assertEqual(self.client.get(self.url(token)).status_code, 200)
        self.assertEqual(self.client.get(self.url(token)).status_code, 200)
        self.client.post(self.url(token), post_data(self.round, better="Først"))
        count = EvaluationAnswer.objects.count()

        response = self.client.post(
            self.url(token), post_data(self.round, cooperation=1, better="Anden gang")
        )

        self.assertRefusedWithoutData(response, "answered", 410)
        self.assertEqual(EvaluationAnswer.objects.count(), count)
        self.assertFalse(EvaluationAnswer.objects.filter(text="Anden gang").exists())
        self.assertRefusedWithoutData(self.client.get(self.url(token)), "answered", 410)

    def test_expired_unknown_and_tampered_links_are_refused_without_data(self):
        token = self.tokens["Bo Krog"]
        tampered = token[:-1] + ("A" if token[-1] != "A" else "B")
        for bad in (tampered, "ukendt", "a" * 300):
            with self.subTest(token=bad):
                self.assertRefusedWithoutData(
                    self.client.get(self.url(bad)), "unknown", 404
                )
                self.assertRefusedWithoutData(
                    self.client.post(self.url(bad), post_data(self.round)),
                    "unknown",
                    404,
                )
                self.assertRefusedWithoutData(
                    self.client.get(self.url(bad, "evaluation_thanks")), "unknown", 404
                )
        EvaluationInvitation.objects.filter(contact__name="Bo Krog").update(
            expires_at=timezone.now() - timedelta(minutes=1)
        )

        self.assertRefusedWithoutData(self.client.get(self.url(token)), "expired", 410)
        self.assertRefusedWithoutData(
            self.client.post(self.url(token), post_data(self.round)), "expired", 410
        )
        self.assertFalse(EvaluationAnswer.objects.exists())

    def test_a_closed_round_is_refused_without_data(self):
        complete_round(
            self.round, user=self.manager, held_on=date(2025, 5, 1), summary="Godt."
        )

        self.assertRefusedWithoutData(
            self.client.get(self.url(self.tokens["Anna Berg"])), "closed", 410
        )

    def test_bad_scores_and_missing_answers_give_form_errors(self):
        token = self.tokens["Anna Berg"]
        cooperation = answer_field(question(self.round, "Fungerer samarbejdet?"))
        results = answer_field(question(self.round, "Når vi vores mål?"))
        for data, field in (
            (post_data(self.round, cooperation=7), cooperation),
            (post_data(self.round, cooperation="fem"), cooperation),
            (post_data(self.round, results=None), results),
            ({}, cooperation),
        ):
            with self.subTest(data=data):
                response = self.client.post(self.url(token), data)
                self.assertEqual(response.status_code, 200)
                self.assertTrue(response.context["form"].errors[field])
                self.assertContains(response, 'role="alert"')
                self.assertContains(response, 'aria-invalid="true"')
        self.assertFalse(EvaluationAnswer.objects.exists())
        self.assertIsNone(
            EvaluationInvitation.objects.get(contact__name="Anna Berg").answered_at
        )

    def test_the_thanks_page_before_answering_leads_to_the_form(self):
        token = self.tokens["Anna Berg"]

        response = self.client.get(self.url(token, "evaluation_thanks"))

        self.assertRedirects(response, self.url(token))

    def test_a_token_opens_only_its_own_invitation(self):
        _invitation, other_token = other_round(self.questionnaire)
        data = post_data(self.round, better="Forkert runde")

        response = self.client.post(self.url(other_token), data)

        # The other round's form knows nothing of this round's field names.
        self.assertEqual(response.status_code, 200)
        self.assertFalse(EvaluationAnswer.objects.exists())
        self.assertNotContains(response, "Læselyst på havnen")
        self.assertContains(response, "Et andet partnerskab")


class AdminPageTests(EvaluationSetup):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.other_manager = UserFactory(groups=[roles.PROJECT_MANAGERS])
        cls.auditor = UserFactory(groups=[roles.AUDITORS])
        cls.editor = UserFactory(groups=[roles.EDITORS])

    def url(self, name, *args, partnership=None):
        partnership = partnership or self.partnership
        return reverse(f"partnerships:{name}", args=[partnership.pk, *args])

    def assertRefused(self, response):
        """Wagtail's admin answers a PermissionDenied with a redirect to the
        dashboard and an error message."""
        self.assertRedirects(
            response, reverse("wagtailadmin_home"), fetch_redirect_response=False
        )

    def pages(self):
        return [
            self.url("evaluation"),
            self.url("evaluation_start"),
            self.url("evaluation_round", self.round.pk),
            self.url("evaluation_discussion", self.round.pk),
            self.url("evaluation_export", self.round.pk),
        ]

    def posts(self):
        invitation = self.invitations["Bo Krog"]
        return [
            (
                self.url("evaluation_start"),
                {"questionnaire": self.questionnaire.pk, "title": "Hack"},
            ),
            (
                self.url("evaluation_invite", self.round.pk),
                {"contacts": [self.contacts[0].pk], "valid_days": 14},
            ),
            (self.url("evaluation_renew", invitation.pk), {"valid_days": 14}),
            (
                self.url("evaluation_complete", self.round.pk),
                {"held_on": "2025-05-01", "summary": "Hack"},
            ),
            (
                self.url("evaluation_discussion", self.round.pk),
                {"held_on": "2025-05-01", "summary": "Hack", "expected": "x"},
            ),
        ]

    def state(self):
        return (
            EvaluationRound.objects.count(),
            sorted(EvaluationInvitation.objects.values_list("token_digest", flat=True)),
            list(EvaluationRound.objects.values_list("completed_on", "summary")),
        )

    def test_anonymous_visitors_are_sent_to_the_login_page(self):
        for url in self.pages():
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 302)
                self.assertTrue(response["Location"].startswith("/admin/login/"))

    def test_readers_see_the_rounds_and_results_but_no_forms(self):
        self.answer(better="Mere tid")
        for user in (self.manager, self.other_manager, self.auditor):
            self.client.force_login(user)
            with self.subTest(user=user.username):
                overview = self.client.get(self.url("evaluation"))
                self.assertEqual(overview.status_code, 200)
                self.assertEqual(list(overview.context["rounds"]), [self.round])
                self.assertContains(overview, "Forårsevaluering")
                page = self.client.get(self.url("evaluation_round", self.round.pk))
                self.assertEqual(page.status_code, 200)
                self.assertContains(page, "Mere tid")
                self.assertContains(page, 'id="evaluation-results-table"')
                self.assertContains(page, self.url("evaluation_export", self.round.pk))
                member = user == self.manager
                for marker in ('id="invite-form"', 'id="discussion-form"'):
                    if member:
                        self.assertContains(page, marker)
                    else:
                        self.assertNotContains(page, marker)
        self.client.force_login(self.auditor)
        self.assertNotContains(
            self.client.get(self.url("evaluation")), self.url("evaluation_start")
        )

    def test_users_without_crm_access_are_refused(self):
        self.client.force_login(self.editor)

        for url in self.pages():
            with self.subTest(url=url):
                self.assertRefused(self.client.get(url))

    def test_only_members_of_an_open_partnership_may_write(self):
        before = self.state()
        for user in (self.other_manager, self.auditor, self.editor):
            self.client.force_login(user)
            for url, data in self.posts():
                with self.subTest(user=user.username, url=url):
                    self.assertRefused(self.client.post(url, data))
            self.assertRefused(self.client.get(self.url("evaluation_start")))
        Partnership.objects.filter(pk=self.partnership.pk).update(stage=Stage.CONCLUDED)
        self.client.force_login(self.manager)
        for url, data in self.posts():
            with self.subTest(user="owner of a concluded partnership", url=url):
                self.assertRedirects(  # to the evaluations, saying why
                    self.client.post(url, data),
                    self.url("evaluation"),
                    fetch_redirect_response=False,
                )
        page = self.client.get(self.url("evaluation_round", self.round.pk))
        self.assertFalse(page.context["can_edit"])
        self.assertNotContains(page, 'id="invite-form"')
        self.assertEqual(self.state(), before)
        self.assertEqual(len(mail.outbox), 0)

    def test_another_partnerships_pks_give_not_found(self):
        other_invitation, _token = other_round(self.questionnaire)
        round_pk = other_invitation.round_id
        before = self.state()
        self.client.force_login(self.manager)

        for name in (
            "evaluation_round",
            "evaluation_discussion",
            "evaluation_export",
        ):
            with self.subTest(name=name):
                response = self.client.get(self.url(name, round_pk))
                self.assertEqual(response.status_code, 404)
        for name, pk, data in (
            ("evaluation_invite", round_pk, {"contacts": [], "valid_days": 1}),
            (
                "evaluation_complete",
                round_pk,
                {"held_on": "2025-05-01", "summary": "Hack"},
            ),
            ("evaluation_renew", other_invitation.pk, {}),
        ):
            with self.subTest(name=name):
                self.assertEqual(
                    self.client.post(self.url(name, pk), data).status_code, 404
                )
        self.assertEqual(self.state(), before)

    def test_start_a_round_through_the_page(self):
        self.client.force_login(self.manager)
        form = self.client.get(self.url("evaluation_start"))
        self.assertEqual(form.status_code, 200)
        self.assertTrue(form.context["form"]["title"].value())

        response = self.client.post(
            self.url("evaluation_start"),
            {"questionnaire": self.questionnaire.pk, "title": "Efterår"},
        )

        round = EvaluationRound.objects.get(title="Efterår")
        self.assertRedirects(response, self.url("evaluation_round", round.pk))
        self.assertEqual(round.questions.count(), len(QUESTIONS))

    def test_bad_start_input_gives_form_errors(self):
        self.client.force_login(self.manager)
        empty = Questionnaire.objects.create(title="Tom")
        for data, field in (
            ({"questionnaire": self.questionnaire.pk, "title": ""}, "title"),
            ({"questionnaire": 999999, "title": "X"}, "questionnaire"),
            ({"questionnaire": empty.pk, "title": "X"}, None),
        ):
            with self.subTest(data=data):
                response = self.client.post(self.url("evaluation_start"), data)
                self.assertEqual(response.status_code, 200)
                self.assertTrue(response.context["form"].errors[field or "__all__"])
                self.assertContains(response, 'role="alert"')
        self.assertEqual(EvaluationRound.objects.count(), 1)

    def test_invite_through_the_page_shows_the_new_links_once(self):
        round = self.start()
        self.client.force_login(self.manager)
        page = self.client.get(self.url("evaluation_round", round.pk))
        groups = page.context["invite_groups"]
        self.assertEqual(
            [[c["contact"].name for c in g["contacts"]] for g in groups],
            [["Anna Berg"], ["Bo Krog", "Cecilie Dahl"]],
        )

        response = self.client.post(
            self.url("evaluation_invite", round.pk),
            {"contacts": [c.pk for c in self.contacts[:2]], "valid_days": 7},
        )

        self.assertEqual(response.status_code, 200)
        self.assertTemplateUsed(response, "partnerships/tools/evaluation_links.html")
        self.assertIn("no-store", response["Cache-Control"])
        links = response.context["links"]
        self.assertEqual(
            [(link["invitation"].contact.name, link["emailed"]) for link in links],
            [("Anna Berg", True), ("Bo Krog", False)],
        )
        for link in links:
            self.assertContains(response, link["url"])
            token = link["url"].rstrip("/").rsplit("/", 1)[-1]
            self.assertEqual(invitation_for(token), link["invitation"])
        self.assertEqual(len(mail.outbox), 1)
        again = self.client.get(self.url("evaluation_round", round.pk))
        for link in links:
            self.assertNotContains(again, link["url"])
        self.assertContains(again, " disabled>", count=2)

    def test_bad_invite_input_gives_form_errors(self):
        round = self.start()
        outsider = ContactFactory(name="Udenfor")
        self.client.force_login(self.manager)
        for data in (
            {"valid_days": 14},
            {"contacts": [outsider.pk], "valid_days": 14},
            {"contacts": [self.contacts[0].pk], "valid_days": 365},
            {"contacts": ["x"], "valid_days": "x"},
        ):
            with self.subTest(data=data):
                response = self.client.post(
                    self.url("evaluation_invite", round.pk), data
                )
                self.assertEqual(response.status_code, 200)
                self.assertTemplateUsed(
                    response, "partnerships/tools/evaluation_round.html"
                )
                self.assertTrue(response.context["invite_form"].errors)
                self.assertContains(response, 'id="invite-errors"')
                self.assertContains(response, 'role="alert"')
        self.assertFalse(round.invitations.exists())

    def test_renew_through_the_page_shows_the_new_link(self):
        old = self.tokens["Bo Krog"]
        invitation = self.invitations["Bo Krog"]
        self.client.force_login(self.manager)

        response = self.client.post(
            self.url("evaluation_renew", invitation.pk), {"valid_days": 30}
        )

        [link] = response.context["links"]
        self.assertEqual(link["invitation"], invitation)
        self.assertContains(response, link["url"])
        self.assertIn("no-store", response["Cache-Control"])
        with self.assertRaises(ValidationError):
            invitation_for(old)
        invitation.refresh_from_db()
        self.assertGreater(invitation.expires_at, timezone.now() + timedelta(days=29))

    def test_a_refused_renewal_is_explained_on_the_round_page(self):
        self.answer("Anna Berg")
        invitation = self.invitations["Anna Berg"]
        digest = EvaluationInvitation.objects.get(pk=invitation.pk).token_digest
        self.client.force_login(self.manager)

        response = self.client.post(
            self.url("evaluation_renew", invitation.pk), follow=True
        )

        self.assertRedirects(response, self.url("evaluation_round", self.round.pk))
        self.assertEqual(len(list(response.context["messages"])), 1)
        invitation.refresh_from_db()
        self.assertEqual(invitation.token_digest, digest)

    def test_a_renewal_for_too_many_days_is_refused_on_the_round_page(self):
        invitation = self.invitations["Bo Krog"]
        digest = EvaluationInvitation.objects.get(pk=invitation.pk).token_digest
        self.client.force_login(self.manager)

        for days in ("365", "0", "mange"):
            with self.subTest(days=days):
                response = self.client.post(
                    self.url("evaluation_renew", invitation.pk),
                    {"valid_days": days},
                    follow=True,
                )
                self.assertRedirects(
                    response, self.url("evaluation_round", self.round.pk)
                )
                self.assertEqual(len(list(response.context["messages"])), 1)
        invitation.refresh_from_db()
        self.assertEqual(invitation.token_digest, digest)

    def test_complete_through_the_page(self):
        self.client.force_login(self.manager)

        response = self.client.post(
            self.url("evaluation_complete", self.round.pk),
            {"held_on": "2025-05-01", "summary": "Vi fortsætter.", "decisions": "Ja"},
        )

        self.assertRedirects(response, self.url("evaluation_round", self.round.pk))
        self.round.refresh_from_db()
        self.assertEqual(self.round.completed_on, date(2025, 5, 1))
        self.partnership.refresh_from_db()
        self.assertTrue(self.partnership.facts().evaluation_completed)
        page = self.client.get(self.url("evaluation_round", self.round.pk))
        self.assertContains(page, "Vi fortsætter.")
        self.assertNotContains(page, 'id="discussion-form"')
        self.assertNotContains(page, 'id="invite-form"')
        self.assertContains(page, self.url("evaluation_discussion", self.round.pk))

    def test_bad_discussion_input_gives_form_errors(self):
        self.client.force_login(self.manager)
        tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
        for data, fields in (
            ({"held_on": "", "summary": ""}, {"held_on", "summary"}),
            ({"held_on": "ikke en dato", "summary": "X"}, {"held_on"}),
            ({"held_on": tomorrow, "summary": "X"}, {"held_on"}),
        ):
            with self.subTest(data=data):
                response = self.client.post(
                    self.url("evaluation_complete", self.round.pk), data
                )
                self.assertEqual(response.status_code, 200)
                self.assertEqual(
                    set(response.context["discussion_form"].errors), fields
                )
                self.assertContains(response, 'role="alert"')
        self.round.refresh_from_db()
        self.assertFalse(self.round.is_completed)

    def test_edit_the_discussion_and_refuse_a_stale_form(self):
        complete_round(
            self.round, user=self.manager, held_on=date(2025, 5, 1), summary="Godt."
        )
        self.client.force_login(self.manager)
        url = self.url("evaluation_discussion", self.round.pk)
        expected = self.client.get(url).context["form"]["expected"].value()

        response = self.client.post(
            url, {"held_on": "2025-05-02", "summary": "Bedre.", "expected": expected}
        )

        self.assertRedirects(response, self.url("evaluation_round", self.round.pk))
        for data in (
            {"held_on": "2025-05-03", "summary": "Sidst", "expected": expected},
            {"held_on": "2025-05-03", "summary": "Sidst"},
        ):
            with self.subTest(data=data):
                stale = self.client.post(url, data)
                self.assertEqual(stale.status_code, 200)
                self.assertContains(stale, 'role="alert"')
        self.round.refresh_from_db()
        self.assertEqual(self.round.summary, "Bedre.")

    def test_the_discussion_page_of_an_open_round_leads_back(self):
        self.client.force_login(self.manager)

        response = self.client.get(self.url("evaluation_discussion", self.round.pk))

        self.assertRedirects(response, self.url("evaluation_round", self.round.pk))

    def test_the_round_page_shows_the_chart_its_table_and_escapes_names(self):
        organisation = self.contacts[0].organisation
        organisation.name = "<script>alert(1)</script>"
        organisation.save()
        self.answer("Anna Berg", cooperation=4, better="<b>Mere</b> tid")
        self.client.force_login(self.manager)

        response = self.client.get(self.url("evaluation_round", self.round.pk))

        content = response.content.decode()
        self.assertNotIn("<script>alert(1)</script>", content)
        self.assertNotIn("<b>Mere</b>", content)
        self.assertIn("&lt;script&gt;alert(1)&lt;/script&gt;", content)
        start = content.index("<svg", content.index('id="evaluation-results-chart"'))
        svg = ET.fromstring(content[start : content.index("</svg>", start) + 6])
        bars = [r for r in svg.iter(f"{SVG}rect") if r.find(f"{SVG}title") is not None]
        self.assertEqual(len(bars), 2 * 2)  # 2 themes scored, organisation and "All"
        self.assertIn(
            "<script>alert(1)</script>",
            [t.text for t in svg.iter(f"{SVG}text")],
        )
        table = content[content.index('id="evaluation-results-table"') :]
        table = table[: table.index("</table>")]
        self.assertEqual(table.count('<th scope="row">'), 4)
        self.assertEqual(table.count('<th scope="col">'), 3)

    def test_the_overview_shows_the_trend_chart_and_table(self):
        self.answer("Anna Berg", cooperation=4)
        self.client.force_login(self.auditor)

        response = self.client.get(self.url("evaluation"))

        self.assertContains(response, 'id="evaluation-trend-chart"')
        self.assertContains(response, 'id="evaluation-trend-table"')
        self.assertEqual(
            response.context["trend"]["table"]["rows"][0][0], self.round.title
        )
        self.assertContains(response, "<circle", count=2)

    def test_readers_download_the_answers_as_csv(self):
        self.answer("Anna Berg", cooperation=4, results=2, better="Mere; tid, tak")
        for user in (self.manager, self.other_manager, self.auditor):
            self.client.force_login(user)
            with self.subTest(user=user.username):
                response = self.client.get(self.url("evaluation_export", self.round.pk))
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response["Content-Type"], "text/csv; charset=utf-8")
                self.assertIn(
                    'filename="laeselyst-paa-havnen-foraarsevaluering.csv"',
                    response["Content-Disposition"],
                )
        text = response.content.decode("utf-8")
        self.assertTrue(text.startswith("\ufeff"))
        rows = list(csv.reader(io.StringIO(text[1:])))
        self.assertEqual(len(rows[0]), 8)
        organisation = self.contacts[0].organisation.name
        self.assertEqual(
            rows[1:],
            [
                ["Forårsevaluering", COOPERATION, "Fungerer samarbejdet?",
                 PARTNERS, organisation, "Anna Berg", "4", ""],
                ["Forårsevaluering", COOPERATION,
                 "Hvad kunne gå bedre i samarbejdet?", PARTNERS, organisation,
                 "Anna Berg", "", "Mere; tid, tak"],
                ["Forårsevaluering", RESULTS, "Når vi vores mål?",
                 PARTNERS, organisation, "Anna Berg", "2", ""],
            ],
        )  # fmt: skip

    def test_answers_that_look_like_formulas_are_exported_as_text(self):
        self.answer("Anna Berg", better='=HYPERLINK("http://x.example","Klik")')
        self.client.force_login(self.manager)

        response = self.client.get(self.url("evaluation_export", self.round.pk))

        rows = list(csv.reader(io.StringIO(response.content.decode()[1:])))
        self.assertEqual(rows[2][7], '\'=HYPERLINK("http://x.example","Klik")')

    def test_list_pages_do_not_grow_queries_with_rows(self):
        self.client.force_login(self.manager)

        def count(url):
            with CaptureQueriesContext(connection) as queries:
                self.assertEqual(self.client.get(url).status_code, 200)
            return len(queries)

        overview = count(self.url("evaluation"))
        round_page = count(self.url("evaluation_round", self.round.pk))
        self.answer("Anna Berg", better="A")
        self.answer("Bo Krog", better="B")
        self.answer("Cecilie Dahl", better="C")
        for n in range(3):
            start_round(
                self.partnership,
                user=self.manager,
                questionnaire=self.questionnaire,
                title=f"Runde {n}",
            )
        for n in range(4):
            contact = ContactFactory(
                name=f"Ekstra {n}", organisation=self.contacts[1].organisation
            )
            invite(self.round, user=self.manager, contacts=[contact])

        self.assertEqual(count(self.url("evaluation")), overview)
        self.assertEqual(count(self.url("evaluation_round", self.round.pk)), round_page)


class StaffSetup(EvaluationSetup):
    """The round of ``EvaluationSetup`` with the library's team: the manager
    and Karen Lund (active), Per Gammel (left: inactive account), and a
    project manager who is not on the team."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.colleague = UserFactory(
            first_name="Karen", last_name="Lund", groups=[roles.PROJECT_MANAGERS]
        )
        cls.former = UserFactory(first_name="Per", last_name="Gammel", is_active=False)
        for user in (cls.colleague, cls.former):
            TeamMemberFactory(partnership=cls.partnership, user=user)
        cls.stranger = UserFactory(groups=[roles.PROJECT_MANAGERS])
        cls.auditor = UserFactory(groups=[roles.AUDITORS])
        cls.editor = UserFactory(groups=[roles.EDITORS])

    def invite_staff(self, *members, round=None, **kwargs):
        """{staff member: (invitation, plain token)} for new invitations."""
        links = invite(
            round or self.round, user=self.manager, members=members, **kwargs
        )
        return {invitation.member: (invitation, token) for invitation, token in links}

    def url(self, name, *args):
        return reverse(f"partnerships:{name}", args=[self.partnership.pk, *args])


class StaffInviteTests(StaffSetup):
    def test_team_members_are_invited_through_private_links_and_emailed(self):
        links = self.invite_staff(self.manager, self.colleague, valid_days=7)

        self.assertEqual(list(links), [self.manager, self.colleague])
        for member, (invitation, token) in links.items():
            self.assertIsNone(invitation.contact)
            self.assertEqual(
                invitation.token_digest, hashlib.sha256(token.encode()).hexdigest()
            )
            self.assertEqual(invitation_for(token), invitation)
            self.assertEqual(
                invitation.expires_at - invitation.sent_at, timedelta(days=7)
            )
            [message] = [m for m in mail.outbox if m.to == [member.email]]
            self.assertIn(answer_link(token), message.body)
            self.assertIn(invitation.name, message.body)
        invitation = links[self.colleague][0]
        self.assertEqual(
            invitation.history.first().history_change_reason,
            gettext("%(contact)s invited to answer “%(round)s”")
            % {"contact": "Karen Lund", "round": self.round.title},
        )
        again = invite(self.round, user=self.manager, members=[self.colleague])
        self.assertEqual(list(again), [])
        self.assertEqual(again.skipped, ["Karen Lund"])

    def test_only_active_team_members_can_be_invited(self):
        for person in (self.stranger, self.former):
            with self.subTest(person=person.username):
                with self.assertRaises(ValidationError) as caught:
                    invite(
                        self.round,
                        user=self.manager,
                        members=[self.colleague, person],
                    )
                self.assertEqual(caught.exception.code, "not_member")
        self.assertFalse(self.round.invitations.filter(member__isnull=False).exists())
        with self.assertRaises(ValidationError) as caught:
            invite(self.round, user=self.manager)
        self.assertEqual(caught.exception.message_dict, {"contacts": [NO_CONTACTS]})

    def test_staff_answer_through_their_link_like_the_partners(self):
        [(invitation, token)] = self.invite_staff(self.colleague).values()

        submit_answers(
            token, answers=answers_for(self.round, cooperation=2, better="Mere tid")
        )

        invitation.refresh_from_db()
        self.assertIsNotNone(invitation.answered_at)
        self.assertEqual(
            list(invitation.answers.values_list("score", "text")),
            [(2, ""), (None, "Mere tid"), (3, "")],
        )
        self.assertEqual(invitation.history.first().history_user.username, "system")
        self.assertIn("Karen Lund", invitation.history.first().history_change_reason)
        with self.assertRaises(ValidationError) as caught:
            invitation_for(token)
        self.assertEqual(caught.exception.code, "answered")

    def test_a_staff_link_is_renewed_only_while_on_the_team(self):
        [(invitation, old)] = self.invite_staff(self.colleague).values()

        invitation, token, emailed = renew_invitation(invitation, user=self.manager)

        self.assertTrue(emailed)
        self.assertEqual(invitation_for(token), invitation)
        self.assertRaises(ValidationError, invitation_for, old)
        self.colleague.is_active = False
        self.colleague.save()
        with self.assertRaises(ValidationError) as caught:
            invitation_for(token)
        self.assertEqual(caught.exception.code, "closed")
        with self.assertRaises(ValidationError) as caught:
            renew_invitation(invitation, user=self.manager)
        self.assertEqual(caught.exception.code, "not_member")

    def test_the_reminders_name_the_staff_member_whose_link_expires(self):
        [(invitation, _token)] = self.invite_staff(
            self.colleague, valid_days=1
        ).values()

        due = reminders.items_for(self.manager).invitations

        self.assertEqual(due, [invitation])
        self.assertEqual(str(due[0]), "Karen Lund")


class StaffResultsTests(StaffSetup):
    def setUp(self):
        self.answer("Anna Berg", cooperation=4, results=2)
        self.answer("Bo Krog", cooperation=5, results=3)
        staff = self.invite_staff(self.manager, self.colleague)
        for member, cooperation, results in (
            (self.manager, 2, 1),
            (self.colleague, 3, 4),
        ):
            submit_answers(
                staff[member][1],
                answers=answers_for(
                    self.round,
                    cooperation=cooperation,
                    results=results,
                    better=f"Svar fra {member.first_name}",
                ),
            )

    def test_by_organisation_the_staff_are_the_library(self):
        culture, museum = (c.organisation.name for c in self.contacts[:2])
        for library, expected in ((None, gettext("The library")), (True, "Havn")):
            with self.subTest(library=expected):
                if library:
                    LibraryIdentityFactory(name="Havn")

                table = round_results(self.round, round_answers(self.round))["table"]

                self.assertEqual(table["columns"][1:], [culture, museum, expected, ALL])
                rows = dict(table["rows"])
                self.assertEqual(rows[COOPERATION], [4.0, 5.0, 2.5, 3.5])
                self.assertEqual(rows[RESULTS], [2.0, 3.0, 2.5, 2.5])

    def test_per_question_the_library_is_compared_with_the_partners(self):
        comparison = round_results(self.round, round_answers(self.round))["comparison"]

        self.assertTrue(comparison["has_scores"])
        self.assertEqual(
            comparison["table"]["columns"],
            [gettext("Question"), LIBRARY_STAFF, PARTNERS],
        )
        self.assertEqual(
            comparison["table"]["rows"],
            [
                ("1. Fungerer samarbejdet?", [2.5, 4.5]),
                ("2. Når vi vores mål?", [2.5, 2.5]),
            ],
        )
        svg = ET.fromstring(str(comparison["chart"]))
        bars = [r for r in svg.iter(f"{SVG}rect") if r.find(f"{SVG}title") is not None]
        self.assertEqual(len(bars), 4)
        self.assertIn(f"{LIBRARY_STAFF}, 1. Fungerer samarbejdet?: 2.5", [
            bar.find(f"{SVG}title").text for bar in bars
        ])  # fmt: skip

    def test_without_staff_answers_there_is_nothing_to_compare(self):
        other = self.start("Kun partnere")
        [(_inv, token)] = invite(other, user=self.manager, contacts=self.contacts[:1])
        submit_answers(token, answers=answers_for(other, cooperation=4))

        results = round_results(other, round_answers(other))

        self.assertTrue(results["has_scores"])
        self.assertFalse(results["comparison"]["has_scores"])

    def test_the_trend_follows_the_library_and_the_partners(self):
        later = self.start()
        [(_inv, token)] = invite(later, user=self.manager, contacts=self.contacts[:1])
        submit_answers(token, answers=answers_for(later, cooperation=5, results=4))
        self.start("Ikke besvaret")

        groups = trend(self.partnership)["groups"]

        self.assertTrue(groups["has_scores"])
        self.assertEqual(
            groups["table"]["columns"], [gettext("Round"), LIBRARY_STAFF, PARTNERS]
        )
        self.assertEqual(
            groups["table"]["rows"],
            [
                ("Forårsevaluering", [2.5, 3.5]),
                ("Efterår", [None, 4.5]),
                ("Ikke besvaret", [None, None]),
            ],
        )
        svg = ET.fromstring(str(groups["chart"]))
        self.assertEqual(len(svg.findall(f".//{SVG}polyline")), 1)  # partners
        self.assertEqual(len(svg.findall(f".//{SVG}circle")), 3)

    def test_a_staff_users_data_export_holds_their_answers(self):
        data = report.report(subjects.user(self.colleague.pk))

        [evaluation] = data["evaluations"]
        self.assertEqual(evaluation["round"], self.round.title)
        self.assertIn(
            "Svar fra Karen", [answer["answer"] for answer in evaluation["answers"]]
        )
        self.assertIsNotNone(evaluation["answered"])

    def test_erasing_a_staff_user_keeps_the_answers_under_a_pseudonym(self):
        officer = UserFactory(is_superuser=True)
        later = self.start()
        [(_invitation, unanswered)] = self.invite_staff(
            self.colleague, round=later
        ).values()

        erasure = erase(subjects.user(self.colleague.pk), officer, LegalBasis.REQUEST)

        answers = round_answers(self.round)
        self.assertIn(
            erasure.pseudonym,
            {answer.invitation.name for answer in answers},
        )
        self.assertFalse(
            EvaluationInvitation.history.filter(
                history_change_reason__contains="Karen Lund"
            ).exists()
        )
        with self.assertRaises(ValidationError) as caught:
            invitation_for(unanswered)
        self.assertEqual(caught.exception.code, "closed")


class StaffPageTests(StaffSetup):
    def test_the_invite_form_offers_the_active_team_members(self):
        self.client.force_login(self.manager)

        response = self.client.get(self.url("evaluation_round", self.round.pk))

        self.assertEqual(
            {item["member"] for item in response.context["invite_staff"]},
            {self.manager, self.colleague},
        )
        self.assertContains(response, f'name="members" value="{self.colleague.pk}"')
        self.assertNotContains(response, f'value="{self.former.pk}" id="invite-member')
        self.assertContains(response, 'id="invite-staff"')

    def test_invite_staff_through_the_page_shows_their_links_with_copy_buttons(self):
        self.client.force_login(self.manager)

        response = self.client.post(
            self.url("evaluation_invite", self.round.pk),
            {"members": [self.colleague.pk], "valid_days": 7},
        )

        self.assertTemplateUsed(response, "partnerships/tools/evaluation_links.html")
        [link] = response.context["links"]
        self.assertEqual(link["invitation"].member, self.colleague)
        self.assertTrue(link["emailed"])
        pk = link["invitation"].pk
        row = response.content.decode()
        row = row[
            row.index(f'id="link-{pk}"') : row.index(
                "</tr>", row.index(f'id="link-{pk}"')
            )
        ]
        self.assertIn("Karen Lund", row)
        self.assertIn(gettext("The library"), row)
        self.assertIn(f'value="{link["url"]}"', row)
        # Without JavaScript the button stays hidden; the field can be selected.
        self.assertIn(f'hidden data-copy-target="link-url-{pk}"', row)
        self.assertIn(f'readonly class="evaluation-link" id="link-url-{pk}"', row)
        self.assertIn(f'id="link-status-{pk}"', row)
        self.assertIn('aria-live="polite"', row)
        self.assertContains(response, "partnerships/evaluation_links.js")
        page = self.client.get(self.url("evaluation_round", self.round.pk))
        self.assertContains(page, f'id="invitation-{pk}"')
        self.assertContains(page, f'id="invite-member-{self.colleague.pk}" disabled>')

    def test_a_posted_non_member_is_refused_and_no_one_is_invited(self):
        self.client.force_login(self.manager)
        before = EvaluationInvitation.objects.count()
        for person in (self.stranger, self.former):
            with self.subTest(person=person.username):
                response = self.client.post(
                    self.url("evaluation_invite", self.round.pk),
                    {
                        "contacts": [self.contacts[0].pk],
                        "members": [self.colleague.pk, person.pk],
                        "valid_days": 7,
                    },
                )

                self.assertTemplateUsed(
                    response, "partnerships/tools/evaluation_round.html"
                )
                self.assertContains(response, 'id="invite-errors"')
                self.assertTrue(response.context["invite_form"].errors["members"])
        response = self.client.post(
            self.url("evaluation_invite", self.round.pk), {"valid_days": 7}
        )
        self.assertContains(response, str(NO_CONTACTS))
        self.assertEqual(EvaluationInvitation.objects.count(), before)

    def test_the_pages_compare_the_library_with_the_partners(self):
        self.answer("Anna Berg", cooperation=4)
        self.client.force_login(self.auditor)
        page = self.client.get(self.url("evaluation_round", self.round.pk))
        self.assertContains(page, 'id="comparison-missing"')
        self.assertNotContains(page, 'id="evaluation-comparison-table"')

        [(_invitation, token)] = self.invite_staff(self.colleague).values()
        submit_answers(token, answers=answers_for(self.round, better="Mere tid"))
        page = self.client.get(self.url("evaluation_round", self.round.pk))
        overview = self.client.get(self.url("evaluation"))

        self.assertContains(page, 'id="evaluation-comparison-chart"')
        self.assertContains(page, 'id="evaluation-comparison-table"')
        self.assertContains(
            page, f"<footer>Karen Lund, {gettext('The library')}</footer>"
        )
        self.assertContains(overview, 'id="evaluation-groups-chart"')
        self.assertContains(overview, 'id="evaluation-groups-table"')

    def test_readers_download_the_same_rows_as_xlsx(self):
        self.answer("Anna Berg", cooperation=4, results=2, better="Mere tid")
        [(_invitation, token)] = self.invite_staff(self.colleague).values()
        submit_answers(token, answers=answers_for(self.round, cooperation=3))
        for user in (self.manager, self.stranger, self.auditor):
            self.client.force_login(user)
            with self.subTest(user=user.username):
                response = self.client.get(
                    self.url("evaluation_export_xlsx", self.round.pk)
                )
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response["Content-Type"], XLSX)
                self.assertIn(
                    'filename="laeselyst-paa-havnen-foraarsevaluering.xlsx"',
                    response["Content-Disposition"],
                )
        sheet = load_workbook(io.BytesIO(response.content)).active
        rows = [
            ["" if value is None else str(value) for value in row]
            for row in sheet.iter_rows(values_only=True)
        ]
        text = self.client.get(self.url("evaluation_export", self.round.pk))
        self.assertEqual(rows, list(csv.reader(io.StringIO(text.content.decode()[1:]))))
        self.assertEqual(len(rows), 1 + 3 + 2)
        self.assertEqual(
            rows[-1],
            ["Forårsevaluering", RESULTS, "Når vi vores mål?", LIBRARY_STAFF,
             gettext("The library"), "Karen Lund", "3", ""],
        )  # fmt: skip
        self.assertEqual(sheet["G2"].value, 4)  # scores are numbers

    def test_formula_like_answers_are_text_cells_in_xlsx(self):
        formula = '=HYPERLINK("http://x.example","Klik")'
        self.answer("Anna Berg", better=formula)
        self.client.force_login(self.manager)

        response = self.client.get(self.url("evaluation_export_xlsx", self.round.pk))

        sheet = load_workbook(io.BytesIO(response.content)).active
        cell = sheet["H3"]
        self.assertEqual(cell.value, formula)
        self.assertEqual(cell.data_type, "s")

    def test_the_xlsx_export_refuses_who_may_not_read(self):
        url = self.url("evaluation_export_xlsx", self.round.pk)
        response = self.client.get(url)
        self.assertRedirects(
            response,
            f"{reverse('wagtailadmin_login')}?next={url}",
            fetch_redirect_response=False,
        )
        self.client.force_login(self.editor)
        response = self.client.get(url)
        self.assertRedirects(
            response, reverse("wagtailadmin_home"), fetch_redirect_response=False
        )
        self.client.force_login(self.manager)
        other, _token = other_round(self.questionnaire)
        response = self.client.get(self.url("evaluation_export_xlsx", other.round_id))
        self.assertEqual(response.status_code, 404)


@pytest.mark.postgres
class AnswerWhileCompletingTests(TransactionTestCase):
    serialized_rollback = True

    def test_answers_wait_for_a_round_being_completed_and_are_then_refused(self):
        partnership = make_partnership()
        manager = partnership.project_manager
        round = start_round(
            partnership,
            user=manager,
            questionnaire=make_questionnaire(),
            title="Forår",
        )
        [(_invitation, token)] = invite(
            round, user=manager, contacts=partnership.contacts[:1]
        )
        completed, release = threading.Event(), threading.Event()
        outcome = []

        def complete():
            try:
                with transaction.atomic():
                    complete_round(
                        round, user=manager, held_on=date(2025, 5, 1), summary="Godt."
                    )
                    completed.set()
                    release.wait(10)
            finally:
                connection.close()

        def answer():
            completed.wait(10)
            try:
                submit_answers(token, answers=answers_for(round))
                outcome.append("stored")
            except ValidationError as error:
                outcome.append(error.code)
            finally:
                connection.close()

        threads = [threading.Thread(target=complete), threading.Thread(target=answer)]
        for thread in threads:
            thread.start()
        completed.wait(10)
        # Without a lock the answers would be stored now, in the round being
        # completed; with it they wait until the completion is committed.
        threads[1].join(1)
        release.set()
        for thread in threads:
            thread.join(10)

        self.assertEqual(outcome, ["closed"])
        self.assertFalse(EvaluationAnswer.objects.exists())
