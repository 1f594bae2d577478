import re
from io import BytesIO, StringIO
from pathlib import Path

import av
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase
from docx import Document as WordDocument

from cms.models import FilmPage
from cms.stages import Stage
from demo import accounts
from demo.accounts import ACCOUNTS
from demo.content.documents import DOCUMENTS
from demo.documents import build_docx
from partnerships import lifecycle, permissions
from partnerships.models import (
    Challenge,
    CommunicationActivity,
    EvaluationAnswer,
    EvaluationRound,
    Meeting,
    Partnership,
    Risk,
)


def row_counts():
    return {
        model._meta.label: model._default_manager.count() for model in apps.get_models()
    }


def load_demo(*args):
    out = StringIO()
    call_command("load_demo", *args, stdout=out)
    return out.getvalue()


class LoadDemoTests(TestCase):
    def test_second_run_changes_no_row_counts(self):
        load_demo()
        first = row_counts()

        output = load_demo()

        self.assertEqual(row_counts(), first)
        self.assertIn("unchanged", output)

    def test_shows_progress_and_prints_a_working_password_per_account(self):
        output = load_demo()

        self.assertRegex(output, r"\[1/\d+\] Demo accounts")
        for account in ACCOUNTS:
            with self.subTest(account=account.username):
                match = re.search(
                    rf"^\s+{account.username}\s+.+?\s(\S+)$", output, re.M
                )
                user = get_user_model().objects.get(username=account.username)
                self.assertTrue(user.check_password(match.group(1)))
                if account.role:
                    self.assertTrue(user.groups.filter(name=account.role).exists())

    def test_passwords_are_generated_not_fixed(self):
        output = load_demo()
        passwords = re.findall(r"^\s+\S+\s+.+?\s(\S+)$", output, re.M)[
            1 : len(ACCOUNTS) + 1
        ]

        self.assertEqual(len(set(passwords)), len(ACCOUNTS))
        source = Path(accounts.__file__).read_text()
        for password in passwords:
            self.assertNotIn(password, source)

    def test_reset_passwords_replaces_them(self):
        load_demo()
        user = get_user_model().objects.get(username="revisor")
        old_hash = user.password

        load_demo("--reset-passwords")

        user.refresh_from_db()
        self.assertNotEqual(user.password, old_hash)

    def test_home_page_is_published_in_both_languages(self):
        load_demo()

        self.assertContains(self.client.get("/"), "Byg partnerskaber")
        self.assertContains(self.client.get("/en/"), "Build partnerships")


class DemoFilmTests(TestCase):
    def test_film_page_plays_a_generated_video_with_captions(self):
        load_demo()
        film = FilmPage.objects.get(locale__language_code="da")

        video = av.open(film.video_file.file.path)
        self.assertEqual(video.streams.video[0].codec_context.name, "vp8")
        self.assertGreaterEqual(video.duration / av.time_base, 9)
        captions = film.captions.file.read().decode()
        self.assertTrue(captions.startswith("WEBVTT"))
        self.assertIn("Aftale: hvem gør hvad?", captions)
        response = self.client.get(film.url)
        self.assertContains(response, 'type="video/webm"')
        self.assertContains(response, 'kind="captions"')
        self.assertContains(response, 'srclang="da" label="Dansk" default')


class DemoDocumentTests(TestCase):
    def test_templates_are_real_word_documents_with_every_section(self):
        for key, spec in DOCUMENTS.items():
            with self.subTest(document=key):
                word = WordDocument(BytesIO(build_docx(spec)))
                text = "\n".join(paragraph.text for paragraph in word.paragraphs)

                self.assertEqual(word.core_properties.title, spec["title"])
                for section in spec["sections"]:
                    self.assertIn(section["heading"], text)

    def test_agreement_template_covers_the_standard_clauses(self):
        headings = " ".join(
            s["heading"].lower() for s in DOCUMENTS["samarbejdsaftale"]["sections"]
        )

        for word in ["parter", "formål", "økonomi", "underskrift"]:
            self.assertIn(word, headings)


class DemoStageToolTests(TestCase):
    """The demo partnerships' tool records match the stage each has reached."""

    @classmethod
    def setUpTestData(cls):
        load_demo()
        cls.partnerships = list(Partnership.objects.order_by("pk"))

    def in_stage(self, *stages):
        return [p for p in self.partnerships if p.stage in stages]

    def test_every_stage_is_represented(self):
        self.assertEqual({p.stage for p in self.partnerships}, set(Stage.values))

    def test_each_open_partnership_meets_the_gate_of_its_stage(self):
        for partnership in self.in_stage(
            Stage.AGREEMENT, Stage.COMMUNICATION, Stage.EVALUATION
        ):
            with self.subTest(partnership=partnership.title):
                self.assertEqual(
                    lifecycle.unmet(partnership.stage, partnership.facts()), []
                )

    def test_teams_and_task_owners_are_people_who_may_manage_partnerships(self):
        managers = set(permissions.partnership_managers())
        for partnership in self.partnerships:
            with self.subTest(partnership=partnership.title):
                team = {member.user for member in partnership.team_members.all()}
                owners = {task.assignee for task in partnership.tasks.all()}
                self.assertLessEqual(team | owners - {None}, managers)

    def test_agreements_are_drafts_in_the_agreement_stage_and_signed_after(self):
        for partnership in self.in_stage(Stage.AGREEMENT):
            self.assertFalse(partnership.agreements.get().is_signed)
            self.assertTrue(partnership.agreements.get().clauses.exists())
        for partnership in self.in_stage(
            Stage.COMMUNICATION, Stage.EVALUATION, Stage.CONCLUDED
        ):
            self.assertTrue(partnership.agreements.filter(signed_on__isnull=False))
        for partnership in self.in_stage(Stage.INITIATION):
            self.assertFalse(partnership.agreements.exists())

    def test_plans_have_activities_with_a_message_and_someone_responsible(self):
        for partnership in self.in_stage(Stage.EVALUATION, Stage.CONCLUDED):
            activities = partnership.communication_activities.all()
            with self.subTest(partnership=partnership.title):
                self.assertTrue(activities)
                for activity in activities:
                    self.assertTrue(activity.message)
                    self.assertEqual(activity.responsible, partnership.project_manager)

    def test_evaluation_rounds_have_answers_and_the_concluded_one_a_trend(self):
        for partnership in self.in_stage(Stage.EVALUATION):
            round = partnership.evaluation_rounds.get()
            self.assertFalse(round.is_completed)
            self.assertEqual(
                round.invitations.filter(answered_at__isnull=False).count(), 1
            )
            self.assertTrue(round.invitations.filter(answered_at__isnull=True))
        evaluated = [
            p for p in self.in_stage(Stage.CONCLUDED) if p.evaluation_rounds.exists()
        ]
        self.assertTrue(evaluated)
        for partnership in evaluated:
            rounds = partnership.evaluation_rounds.order_by("created_at")
            self.assertEqual(len(rounds), 2)
            self.assertTrue(all(r.is_completed for r in rounds))
            self.assertTrue(
                EvaluationAnswer.objects.filter(
                    question__round=rounds[0], text__gt=""
                ).exists()
            )

    def test_every_partnership_has_meetings_action_items_and_risks(self):
        for partnership in self.partnerships:
            with self.subTest(partnership=partnership.title):
                kickoff = partnership.meetings.order_by("held_on").first()
                self.assertTrue(kickoff.minutes)
                self.assertEqual(kickoff.action_items.count(), 3)
                self.assertEqual(partnership.meetings.count(), 2)
                risks = partnership.risks.all()
                self.assertEqual(len(risks), Challenge.objects.count() + 1)
                self.assertTrue(all(r.owner_id for r in risks))

    def test_demo_history_names_the_project_managers(self):
        for model in (Meeting, Risk, CommunicationActivity, EvaluationRound):
            users = set(model.history.values_list("history_user__username", flat=True))
            with self.subTest(model=model.__name__):
                self.assertTrue(users)
                self.assertLessEqual(users, {"projektleder", "projektleder2"})
