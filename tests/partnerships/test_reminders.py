"""Reminders: which tasks, plan activities and evaluation links remind whom,
once, in their language, unless switched off; the weekly digest; the
send_reminders command; the account form; and the dashboard showing the same."""

from datetime import timedelta
from io import StringIO

from django import forms
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django_tasks_db.models import DBTaskResult
from wagtail.users.models import UserProfile

from cms import roles
from cms.settings.base import tasks_setting
from cms.stages import Stage
from partnerships import reminders
from partnerships.history import save_with_reason
from partnerships.models import Partnership, ReminderSent, ReminderSettings
from partnerships.reminder_mail import send_reminders
from tests.factories import (
    CommunicationActivityFactory,
    ContactFactory,
    EvaluationInvitationFactory,
    EvaluationRoundFactory,
    PartnershipFactory,
    ReminderSettingsFactory,
    TaskFactory,
    UserFactory,
)

TODAY = timezone.localdate()
SOON = TODAY + timedelta(days=2)
LATE = TODAY - timedelta(days=3)
LATER = TODAY + timedelta(days=20)
TOKEN = "ENGANGSLINK-hemmelig-token-123"


def conclude(partnership):
    Partnership.objects.filter(pk=partnership.pk).update(stage=Stage.CONCLUDED)


def expiring(days=2):
    return timezone.now() + timedelta(days=days)


class ReminderTestData(TestCase):
    """A running partnership managed by Mette with work for Jonas and work
    for no one, and a concluded one with the same kinds of work."""

    @classmethod
    def setUpTestData(cls):
        cls.manager = UserFactory(
            username="mette", first_name="Mette", groups=[roles.PROJECT_MANAGERS]
        )
        cls.member = UserFactory(
            username="jonas", first_name="Jonas", groups=[roles.PROJECT_MANAGERS]
        )
        cls.gone = UserFactory(
            username="fratraadt", groups=[roles.PROJECT_MANAGERS], is_active=False
        )
        cls.running = PartnershipFactory(title="Læselyst", project_manager=cls.manager)
        cls.ended = PartnershipFactory(title="Sommerbogen", project_manager=cls.manager)
        cls.task_soon = TaskFactory(
            partnership=cls.running,
            title="Book salen",
            assignee=cls.member,
            due_date=SOON,
        )
        cls.task_late = TaskFactory(
            partnership=cls.running,
            title="Send referatet",
            assignee=cls.member,
            due_date=LATE,
        )
        cls.task_unassigned = TaskFactory(
            partnership=cls.running, title="Bestil kaffe", due_date=SOON
        )
        cls.task_of_gone = TaskFactory(
            partnership=cls.running,
            title="Ring til avisen",
            assignee=cls.gone,
            due_date=LATE,
        )
        TaskFactory(
            partnership=cls.running, title="Allerede klaret", due_date=LATE, done=True
        )
        TaskFactory(partnership=cls.running, title="Langt ude", due_date=LATER)
        cls.activity = CommunicationActivityFactory(
            partnership=cls.running,
            title="Nyhedsbrev til personalet",
            responsible=cls.member,
            planned_on=SOON,
        )
        cls.activity_unowned = CommunicationActivityFactory(
            partnership=cls.running, title="Opslag på hjemmesiden", planned_on=SOON
        )
        CommunicationActivityFactory(
            partnership=cls.running,
            title="Aflyst pressemeddelelse",
            responsible=cls.member,
            planned_on=SOON,
            status="cancelled",
        )
        cls.round = EvaluationRoundFactory(
            partnership=cls.running, title="Midtvejsevaluering"
        )
        cls.invitation = EvaluationInvitationFactory(
            round=cls.round,
            contact=ContactFactory(name="Ida Holm"),
            expires_at=expiring(),
            token=TOKEN,
        )
        EvaluationInvitationFactory(
            round=cls.round,
            contact=ContactFactory(name="Svarede Sørensen"),
            expires_at=expiring(),
            answered_at=timezone.now(),
        )
        EvaluationInvitationFactory(
            round=cls.round,
            contact=ContactFactory(name="God Tid"),
            expires_at=expiring(days=12),
        )
        for title in ("Glemt opgave", "Gammel opgave"):
            TaskFactory(
                partnership=cls.ended,
                title=title,
                assignee=cls.member,
                due_date=SOON if title == "Glemt opgave" else LATE,
            )
        CommunicationActivityFactory(
            partnership=cls.ended,
            title="Gammel plakat",
            responsible=cls.member,
            planned_on=SOON,
        )
        EvaluationInvitationFactory(
            round=EvaluationRoundFactory(partnership=cls.ended, title="Slutevaluering"),
            contact=ContactFactory(name="Afsluttet Andersen"),
            expires_at=expiring(),
        )
        conclude(cls.ended)

    def mails_to(self, user):
        return [message for message in mail.outbox if message.to == [user.email]]


class SelectionTests(ReminderTestData):
    def test_the_assignee_or_responsible_gets_their_tasks_and_activities(self):
        items = reminders.items_for(self.member)

        self.assertEqual(items.tasks_due, [self.task_soon])
        self.assertEqual(items.tasks_overdue, [self.task_late])
        self.assertEqual(items.activities, [self.activity])
        self.assertEqual(items.invitations, [])

    def test_the_project_manager_gets_what_no_active_person_has(self):
        items = reminders.items_for(self.manager)

        self.assertEqual(items.tasks_due, [self.task_unassigned])
        self.assertEqual(items.tasks_overdue, [self.task_of_gone])
        self.assertEqual(items.activities, [self.activity_unowned])
        self.assertTrue(all(task.as_manager for task in items.tasks_due))

    def test_the_project_manager_hears_of_unanswered_links_about_to_expire(self):
        items = reminders.items_for(self.manager)

        self.assertEqual(items.invitations, [self.invitation])
        self.assertEqual(items.rounds(), [(self.round, [self.invitation])])

    def test_a_completed_round_reminds_no_one(self):
        self.round.completed_on = TODAY
        save_with_reason(self.round, self.manager, "Afsluttet")

        self.assertEqual(reminders.items_for(self.manager).invitations, [])

    def test_concluded_partnerships_items_remind_no_one(self):
        send_reminders(self.member)
        send_reminders(self.manager)

        text = "".join(message.body for message in mail.outbox)
        for title in ("Glemt opgave", "Gammel opgave", "Gammel plakat"):
            self.assertNotIn(title, text)
        self.assertNotIn("Afsluttet Andersen", text)
        self.assertNotIn("Slutevaluering", text)

    def test_an_editor_without_crm_access_gets_no_mail(self):
        editor = UserFactory(groups=[roles.EDITORS])
        TaskFactory(partnership=self.running, assignee=editor, due_date=SOON)

        self.assertEqual(send_reminders(editor), 0)
        self.assertEqual(self.mails_to(editor), [])


class SendingTests(ReminderTestData):
    def test_one_mail_lists_everything_new_for_the_person(self):
        self.assertEqual(send_reminders(self.member), 1)

        (message,) = self.mails_to(self.member)
        for title in ("Book salen", "Send referatet", "Nyhedsbrev til personalet"):
            self.assertIn(title, message.body)
        self.assertNotIn("Bestil kaffe", message.body)
        self.assertEqual(
            set(
                ReminderSent.objects.filter(user=self.member).values_list("kind", "key")
            ),
            {
                ("task_due", f"task:{self.task_soon.pk}:{SOON.isoformat()}"),
                ("task_overdue", f"task:{self.task_late.pk}:{LATE.isoformat()}"),
                ("activity", f"activity:{self.activity.pk}:{SOON.isoformat()}"),
            },
        )

    def test_a_reminder_goes_out_once(self):
        send_reminders(self.member)
        mail.outbox.clear()

        self.assertEqual(send_reminders(self.member), 0)
        self.assertEqual(mail.outbox, [])

    def test_a_new_due_date_reminds_again(self):
        send_reminders(self.member)
        mail.outbox.clear()
        self.task_soon.due_date = TODAY + timedelta(days=1)
        save_with_reason(self.task_soon, self.manager, "Rykket")

        send_reminders(self.member)

        (message,) = self.mails_to(self.member)
        self.assertIn("Book salen", message.body)
        self.assertNotIn("Send referatet", message.body)

    def test_a_renewed_link_reminds_again(self):
        send_reminders(self.manager)
        mail.outbox.clear()
        self.invitation.expires_at = expiring(days=1)
        save_with_reason(self.invitation, self.manager, "Nyt link")

        send_reminders(self.manager)

        self.assertIn("Ida Holm", self.mails_to(self.manager)[0].body)

    def test_a_kind_switched_off_is_not_sent(self):
        ReminderSettingsFactory(user=self.member, tasks=False)

        send_reminders(self.member)

        (message,) = self.mails_to(self.member)
        self.assertIn("Nyhedsbrev til personalet", message.body)
        self.assertNotIn("Book salen", message.body)
        self.assertNotIn("Send referatet", message.body)

    def test_everything_switched_off_sends_nothing(self):
        ReminderSettingsFactory(
            user=self.manager,
            tasks=False,
            activities=False,
            evaluations=False,
            weekly_digest=False,
        )

        self.assertEqual(send_reminders(self.manager), 0)
        self.assertFalse(ReminderSent.objects.filter(user=self.manager).exists())

    def test_the_mail_has_text_and_html_links_to_the_admin_and_a_way_out(self):
        send_reminders(self.manager)

        message = next(m for m in self.mails_to(self.manager) if "Ida Holm" in m.body)
        (html, mimetype) = message.alternatives[0]
        self.assertEqual(mimetype, "text/html")
        round_url = "http://testserver" + reverse(
            "partnerships:evaluation_round", args=[self.running.pk, self.round.pk]
        )
        account_url = "http://testserver" + reverse("wagtailadmin_account")
        for part in (message.body, html):
            self.assertIn("Ida Holm", part)
            self.assertIn("Midtvejsevaluering", part)
            self.assertNotIn("Svarede Sørensen", part)
            self.assertIn(round_url, part)
            self.assertIn(account_url, part)
            self.assertNotIn(TOKEN, part)
            self.assertNotIn("/p/", part)
        self.assertIn("<a href=", html)
        self.assertNotIn("<a href=", message.body)

    def test_the_mail_is_danish_unless_the_user_prefers_english(self):
        UserProfile.objects.update_or_create(
            user=self.manager, defaults={"preferred_language": "en"}
        )

        send_reminders(self.member)
        send_reminders(self.manager)

        with translation.override("da"):
            danish_date = date_format(SOON)
        with translation.override("en"):
            english_date = date_format(SOON)
        self.assertIn(danish_date, self.mails_to(self.member)[0].body)
        manager_mail = self.mails_to(self.manager)[0]
        self.assertIn(english_date, manager_mail.body)
        self.assertIn("reminders about your partnerships", manager_mail.subject)

    def test_a_failed_send_records_nothing_so_the_next_run_tries_again(self):
        with (
            self.settings(
                EMAIL_BACKEND="tests.partnerships.test_reminders.FailingBackend"
            ),
            self.assertRaises(OSError),
        ):
            send_reminders(self.member)
        self.assertFalse(ReminderSent.objects.filter(user=self.member).exists())

        self.assertEqual(send_reminders(self.member), 1)


class FailingBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise OSError("The mail server is down.")


class DigestTests(ReminderTestData):
    def digests(self, user):
        return [m for m in self.mails_to(user) if "week" in m.subject.lower()]

    def english(self, user):
        UserProfile.objects.update_or_create(
            user=user, defaults={"preferred_language": "en"}
        )

    def test_the_project_manager_gets_the_weeks_digest_once(self):
        self.english(self.manager)

        send_reminders(self.manager)
        send_reminders(self.manager)

        (digest,) = self.digests(self.manager)
        self.assertIn("Læselyst", digest.body)
        self.assertNotIn("Sommerbogen", digest.body)
        # Everything in the partnership, whoever it falls to.
        for title in ("Send referatet", "Ring til avisen", "Book salen"):
            self.assertIn(title, digest.body)
        self.assertNotIn("Gammel opgave", digest.body)
        self.assertIn("Læselyst", digest.alternatives[0][0])

    def test_last_weeks_digest_does_not_stop_this_weeks(self):
        self.english(self.manager)
        ReminderSent.objects.create(
            user=self.manager,
            kind=reminders.DIGEST,
            key=reminders.digest_key(TODAY - timedelta(days=7)),
        )

        send_reminders(self.manager)

        self.assertEqual(len(self.digests(self.manager)), 1)

    def test_no_digest_without_an_open_partnership_or_when_switched_off(self):
        self.english(self.member)
        self.english(self.manager)
        ReminderSettingsFactory(user=self.manager, weekly_digest=False)

        send_reminders(self.member)
        send_reminders(self.manager)

        self.assertEqual(self.digests(self.member), [])
        self.assertEqual(self.digests(self.manager), [])

    def test_week_keys_change_with_the_iso_week(self):
        monday = TODAY - timedelta(days=TODAY.weekday())
        self.assertEqual(
            reminders.digest_key(monday), reminders.digest_key(monday + timedelta(6))
        )
        self.assertNotEqual(
            reminders.digest_key(monday), reminders.digest_key(monday + timedelta(7))
        )


class CommandTests(ReminderTestData):
    def run_command(self, *args):
        out = StringIO()
        call_command("send_reminders", *args, stdout=out)
        return out.getvalue()

    def test_dry_run_lists_who_would_get_what_and_sends_nothing(self):
        output = self.run_command("--dry-run")

        self.assertIn("jonas: 1 overdue task(s), 1 task(s) due soon", output)
        self.assertIn("mette:", output)
        self.assertIn("the weekly digest", output)
        self.assertIn("nothing was sent or queued", output)
        self.assertEqual(mail.outbox, [])
        self.assertFalse(ReminderSent.objects.exists())

    def test_the_command_sends_each_person_theirs_once(self):
        output = self.run_command()

        self.assertIn("Queued reminders for 2 person(s).", output)
        self.assertEqual(len(self.mails_to(self.member)), 1)
        self.assertEqual(len(self.mails_to(self.manager)), 2)  # and the digest
        mail.outbox.clear()

        self.assertIn("Queued reminders for 0 person(s).", self.run_command())
        self.assertEqual(mail.outbox, [])

    @override_settings(TASKS=tasks_setting("database"))
    def test_in_production_the_command_queues_one_task_per_person(self):
        self.run_command()

        self.assertEqual(mail.outbox, [])
        queued = DBTaskResult.objects.ready().order_by("enqueued_at")
        self.assertEqual(
            sorted(result.args_kwargs["args"][0] for result in queued),
            sorted([self.member.pk, self.manager.pk]),
        )
        # What `manage.py db_worker` does with each (the worker itself closes
        # the database connection, which a test cannot).
        for result in queued:
            result.task.call(*result.args_kwargs["args"])
        self.assertEqual(len(self.mails_to(self.member)), 1)
        self.assertEqual(len(self.mails_to(self.manager)), 2)

    def test_people_without_an_email_address_are_named_and_skipped(self):
        self.member.email = ""
        self.member.save()

        output = self.run_command()

        self.assertIn("jonas: no e-mail address, skipped", output)
        self.assertEqual(self.mails_to(self.member), [])


class AccountFormTests(ReminderTestData):
    def account_data(self, response, **changes):
        """The account page's forms as the browser would submit them."""
        data = {}
        for panels in response.context["panels_by_tab"].values():
            for panel in panels:
                form = panel.get_form()
                for name, field in form.fields.items():
                    value = form[name].value()
                    if isinstance(field, forms.BooleanField):
                        if value:
                            data[form.add_prefix(name)] = "on"
                    elif value is not None and not isinstance(field, forms.FileField):
                        data[form.add_prefix(name)] = value
        for name, value in changes.items():
            if value is False:
                data.pop(name, None)
            else:
                data[name] = value
        return data

    def test_staff_switch_a_kind_off_and_it_is_saved_with_a_message(self):
        self.client.force_login(self.member)
        url = reverse("wagtailadmin_account")
        page = self.client.get(url)
        self.assertContains(page, "Påmindelser på e-mail")
        self.assertContains(page, 'name="reminders-tasks"')

        response = self.client.post(
            url, self.account_data(page, **{"reminders-activities": False}), follow=True
        )

        self.assertRedirects(response, url)
        self.assertContains(response, "Dine kontoindstillinger er ændret.")
        choice = ReminderSettings.objects.get(user=self.member)
        self.assertFalse(choice.activities)
        self.assertTrue(choice.tasks)
        self.assertTrue(choice.weekly_digest)

    def test_editors_without_crm_access_see_no_reminder_choices(self):
        self.client.force_login(UserFactory(groups=[roles.EDITORS]))

        page = self.client.get(reverse("wagtailadmin_account"))

        self.assertNotContains(page, 'name="reminders-tasks"')


class DashboardTests(ReminderTestData):
    def test_the_dashboard_shows_what_falls_to_me(self):
        self.client.force_login(self.manager)

        response = self.client.get(reverse("wagtailadmin_home"))

        for text in (
            "Bestil kaffe",
            "Ring til avisen",
            "Opslag på hjemmesiden",
            "Midtvejsevaluering",
            "Ida Holm",
        ):
            self.assertContains(response, text)
        for text in ("Book salen", "Glemt opgave", "Gammel plakat", "God Tid"):
            self.assertNotContains(response, text)

    def test_the_dashboard_costs_the_same_queries_with_more_items(self):
        self.client.force_login(self.manager)
        url = reverse("wagtailadmin_home")
        self.client.get(url)  # warm caches
        with CaptureQueriesContext(connection) as few:
            self.client.get(url)
        other = PartnershipFactory(project_manager=self.manager)
        for n in range(4):
            TaskFactory(partnership=other, due_date=SOON)
            TaskFactory(partnership=other, due_date=LATE)
            CommunicationActivityFactory(partnership=other, planned_on=SOON)
            EvaluationInvitationFactory(
                round=EvaluationRoundFactory(partnership=other, title=f"Runde {n}"),
                expires_at=expiring(),
            )

        with CaptureQueriesContext(connection) as many:
            response = self.client.get(url)

        self.assertEqual(len(many), len(few))
        self.assertEqual(len(response.context["tasks_due_soon"]), 5)
        self.assertEqual(len(response.context["expiring_rounds"]), 5)
