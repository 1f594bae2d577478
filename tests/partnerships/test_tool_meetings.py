"""The meetings tool: planning, minutes, action items, deleting, and its pages."""

from datetime import date, timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from cms import roles
from cms.stages import Stage
from partnerships.concurrency import version_of
from partnerships.models import Meeting, Partnership, Task
from partnerships.tools.meetings.services import (
    GOOD_QUESTIONS,
    add_action_item,
    create_meeting,
    default_agenda,
    delete_meeting,
    mark_action_item,
    update_meeting,
)
from tests.factories import (
    ContactFactory,
    PartnerRoleFactory,
    PartnershipFactory,
    TeamMemberFactory,
    UserFactory,
)

HELD_ON = date(2025, 4, 3)


def make_partnership():
    """A partnership with a colleague on the team and a partner with a contact."""
    member = TeamMemberFactory(
        partnership__title="Læselyst på havnen",
        partnership__stage=Stage.AGREEMENT,
        partnership__project_manager__first_name="Mette",
        partnership__project_manager__last_name="Kjær",
        user__first_name="Ole",
        user__last_name="Lund",
    )
    role = PartnerRoleFactory(
        partnership=member.partnership,
        organisation__name="Museet på Torvet",
        role="Udstillinger",
    )
    ContactFactory(name="Bo Krog", organisation=role.organisation, role="Formidler")
    return member.partnership, member.user


def error_codes(error: ValidationError) -> dict:
    return {name: [e.code for e in errors] for name, errors in error.error_dict.items()}


def conclude(partnership):
    Partnership.objects.filter(pk=partnership.pk).update(stage=Stage.CONCLUDED)
    partnership.refresh_from_db()


def meeting_values(meeting):
    return Meeting.objects.filter(pk=meeting.pk).values().first()


class PlanningTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.partnership, cls.colleague = make_partnership()
        cls.manager = cls.partnership.project_manager

    def test_a_new_agenda_starts_from_the_good_meeting_questions(self):
        meeting = create_meeting(
            self.partnership, user=self.manager, title="Opstart", held_on=HELD_ON
        )

        meeting.refresh_from_db()
        self.assertEqual(meeting.agenda, default_agenda())
        for heading, questions in GOOD_QUESTIONS:
            self.assertIn(str(heading), meeting.agenda)
            for question in questions:
                self.assertIn(f"- {question}", meeting.agenda)

    def test_the_participants_start_from_the_partnerships_people(self):
        meeting = create_meeting(
            self.partnership, user=self.manager, title="Opstart", held_on=HELD_ON
        )

        lines = meeting.participants.splitlines()
        self.assertEqual(len(lines), 3)
        self.assertTrue(lines[0].startswith("Mette Kjær, "))
        self.assertTrue(lines[1].startswith("Ole Lund, "))
        self.assertEqual(lines[2], "Bo Krog, Museet på Torvet, Formidler, Udstillinger")

    def test_a_written_agenda_and_participant_list_are_kept(self):
        meeting = create_meeting(
            self.partnership,
            user=self.manager,
            title="  Opstart   på havnen ",
            held_on=HELD_ON,
            location="Biblioteket",
            participants="Anna\r\nBo",
            agenda="1. Velkomst\r\n2. Mål\n",
        )

        meeting.refresh_from_db()
        self.assertEqual(meeting.title, "Opstart på havnen")
        self.assertEqual(meeting.participants, "Anna\nBo")
        self.assertEqual(meeting.agenda, "1. Velkomst\n2. Mål")

    def test_planning_is_recorded_with_user_and_reason(self):
        meeting = create_meeting(
            self.partnership, user=self.colleague, title="Opstart", held_on=HELD_ON
        )

        row = meeting.history.get()
        self.assertEqual(row.history_user, self.colleague)
        self.assertIn("Opstart", row.history_change_reason)

    def test_a_meeting_needs_a_title_and_a_date(self):
        with self.assertRaises(ValidationError) as caught:
            create_meeting(self.partnership, user=self.manager, title=" ", held_on=None)

        self.assertEqual(
            error_codes(caught.exception), {"title": ["blank"], "held_on": ["null"]}
        )
        with self.assertRaises(ValidationError) as caught:
            create_meeting(
                self.partnership, user=self.manager, title="x" * 256, held_on=HELD_ON
            )
        self.assertEqual(error_codes(caught.exception), {"title": ["max_length"]})
        self.assertFalse(Meeting.objects.exists())

    def test_only_members_of_an_open_partnership_plan(self):
        for user in (
            UserFactory(groups=[roles.PROJECT_MANAGERS]),
            UserFactory(groups=[roles.AUDITORS]),
        ):
            with self.assertRaises(PermissionDenied):
                create_meeting(
                    self.partnership, user=user, title="Hack", held_on=HELD_ON
                )
        conclude(self.partnership)
        with self.assertRaises(PermissionDenied):
            create_meeting(
                self.partnership, user=self.manager, title="Sent", held_on=HELD_ON
            )
        self.assertFalse(Meeting.objects.exists())


class MinutesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.partnership, cls.colleague = make_partnership()
        cls.manager = cls.partnership.project_manager

    def setUp(self):
        self.meeting = create_meeting(
            self.partnership, user=self.manager, title="Opstart", held_on=HELD_ON
        )

    def update(self, user=None, **kwargs):
        values = {
            "title": "Opstart",
            "held_on": HELD_ON,
            "agenda": "1. Mål",
            "minutes": "Vi talte om målene.\r\n",
            "decisions": "Vi mødes hver måned.",
            "expected": version_of(self.meeting),
            **kwargs,
        }
        return update_meeting(self.meeting, user=user or self.colleague, **values)

    def test_minutes_and_decisions_are_saved_with_history(self):
        self.update()

        self.meeting.refresh_from_db()
        self.assertEqual(self.meeting.minutes, "Vi talte om målene.")
        self.assertEqual(self.meeting.decisions, "Vi mødes hver måned.")
        self.assertEqual(self.meeting.agenda, "1. Mål")
        row = self.meeting.history.latest()
        self.assertEqual(row.history_user, self.colleague)
        self.assertEqual(row.minutes, "Vi talte om målene.")
        self.assertIn("Opstart", row.history_change_reason)

    def test_a_stale_edit_is_refused_and_changes_nothing(self):
        stale = version_of(self.meeting)
        self.update(minutes="Først")
        before = meeting_values(self.meeting)

        with self.assertRaises(ValidationError) as caught:
            self.update(minutes="Sidst", expected=stale)

        self.assertEqual(caught.exception.code, "conflict")
        self.assertEqual(meeting_values(self.meeting), before)

    def test_a_bad_edit_or_an_outsider_changes_nothing(self):
        before = meeting_values(self.meeting)
        rows = self.meeting.history.count()

        with self.assertRaises(ValidationError):
            self.update(held_on=None)
        with self.assertRaises(PermissionDenied):
            self.update(user=UserFactory(groups=[roles.PROJECT_MANAGERS]))
        conclude(self.partnership)
        with self.assertRaises(PermissionDenied):
            self.update(user=self.manager)

        self.assertEqual(meeting_values(self.meeting), before)
        self.assertEqual(self.meeting.history.count(), rows)

    def test_editing_a_meeting_deleted_meanwhile_is_refused(self):
        expected = version_of(self.meeting)
        delete_meeting(self.meeting, user=self.manager)

        with self.assertRaises(ValidationError) as caught:
            self.update(expected=expected)

        self.assertEqual(caught.exception.code, "gone")
        self.assertFalse(Meeting.objects.exists())


class ActionItemTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.partnership, cls.colleague = make_partnership()
        cls.manager = cls.partnership.project_manager
        cls.outsider = UserFactory(groups=[roles.PROJECT_MANAGERS])

    def setUp(self):
        self.meeting = create_meeting(
            self.partnership, user=self.manager, title="Opstart", held_on=HELD_ON
        )

    def test_an_action_item_is_a_task_of_the_partnership(self):
        due = date(2025, 5, 1)

        task = add_action_item(
            self.meeting,
            user=self.manager,
            title="  Send   programmet ",
            assignee=self.colleague,
            due_date=due,
        )

        task.refresh_from_db()
        self.assertEqual(task.partnership, self.partnership)
        self.assertEqual(task.meeting, self.meeting)
        self.assertEqual(task.stage, Stage.AGREEMENT)
        self.assertEqual(task.title, "Send programmet")
        self.assertEqual((task.assignee, task.due_date), (self.colleague, due))
        self.assertFalse(task.done)
        self.assertEqual(list(self.partnership.tasks.all()), [task])
        row = task.history.get()
        self.assertEqual(row.history_user, self.manager)
        self.assertIn("Opstart", row.history_change_reason)

    def test_an_action_item_may_wait_for_its_assignee_and_date(self):
        task = add_action_item(self.meeting, user=self.colleague, title="Find en dato")

        self.assertIsNone(task.assignee)
        self.assertIsNone(task.due_date)

    def test_only_members_can_own_an_action_item(self):
        with self.assertRaises(ValidationError) as caught:
            add_action_item(
                self.meeting, user=self.manager, title="Hack", assignee=self.outsider
            )

        self.assertIn("assignee", caught.exception.message_dict)
        with self.assertRaises(ValidationError) as caught:
            add_action_item(self.meeting, user=self.manager, title="  ")
        self.assertEqual(error_codes(caught.exception), {"title": ["blank"]})
        self.assertFalse(Task.objects.exists())

    def test_only_members_add_action_items(self):
        with self.assertRaises(PermissionDenied):
            add_action_item(self.meeting, user=self.outsider, title="Hack")
        conclude(self.partnership)
        with self.assertRaises(PermissionDenied):
            add_action_item(self.meeting, user=self.manager, title="Sent")
        self.assertFalse(Task.objects.exists())

    def test_mark_done_and_not_done_with_history(self):
        task = add_action_item(self.meeting, user=self.manager, title="Send program")

        mark_action_item(task, user=self.colleague)
        task.refresh_from_db()
        self.assertTrue(task.done)
        done = task.history.latest()
        self.assertEqual(done.history_user, self.colleague)
        self.assertIn("Send program", done.history_change_reason)

        mark_action_item(task, user=self.colleague)  # already done: no new row
        self.assertEqual(task.history.count(), 2)

        mark_action_item(task, user=self.manager, done=False)
        task.refresh_from_db()
        self.assertFalse(task.done)
        self.assertEqual(task.history.latest().history_user, self.manager)

    def test_only_members_mark_action_items(self):
        task = add_action_item(self.meeting, user=self.manager, title="Send program")

        with self.assertRaises(PermissionDenied):
            mark_action_item(task, user=self.outsider)

        task.refresh_from_db()
        self.assertFalse(task.done)
        self.assertEqual(task.history.count(), 1)

    def test_marking_a_task_deleted_meanwhile_is_refused(self):
        task = add_action_item(self.meeting, user=self.manager, title="Send program")
        Task.objects.filter(pk=task.pk).delete()

        with self.assertRaises(ValidationError) as caught:
            mark_action_item(task, user=self.colleague)

        self.assertEqual(caught.exception.code, "gone")
        self.assertFalse(Task.objects.exists())


class DeletingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.partnership, cls.colleague = make_partnership()
        cls.manager = cls.partnership.project_manager

    def setUp(self):
        self.meeting = create_meeting(
            self.partnership, user=self.manager, title="Opstart", held_on=HELD_ON
        )
        self.task = add_action_item(
            self.meeting, user=self.manager, title="Send program"
        )

    def test_deleting_a_meeting_keeps_its_action_items_as_tasks(self):
        delete_meeting(
            self.meeting,
            user=self.colleague,
            expected=version_of(self.meeting),
        )

        self.assertFalse(Meeting.objects.filter(pk=self.meeting.pk).exists())
        self.task.refresh_from_db()
        self.assertIsNone(self.task.meeting)
        self.assertEqual(list(self.partnership.tasks.all()), [self.task])
        task_row = self.task.history.latest()
        self.assertEqual(task_row.history_user, self.colleague)
        self.assertIsNone(task_row.meeting_id)
        self.assertIn("Opstart", task_row.history_change_reason)
        meeting_row = Meeting.history.filter(id=self.meeting.pk).latest()
        self.assertEqual(meeting_row.history_type, "-")
        self.assertEqual(meeting_row.history_user, self.colleague)
        self.assertIn("Opstart", meeting_row.history_change_reason)

    def test_a_stale_or_unauthorised_delete_changes_nothing(self):
        stale = version_of(self.meeting)
        update_meeting(
            self.meeting, user=self.manager, title="Opstart", held_on=HELD_ON
        )

        with self.assertRaises(ValidationError) as caught:
            delete_meeting(self.meeting, user=self.manager, expected=stale)
        self.assertEqual(caught.exception.code, "conflict")
        with self.assertRaises(PermissionDenied):
            delete_meeting(
                self.meeting, user=UserFactory(groups=[roles.PROJECT_MANAGERS])
            )

        self.assertTrue(Meeting.objects.filter(pk=self.meeting.pk).exists())
        self.task.refresh_from_db()
        self.assertEqual(self.task.meeting, self.meeting)


class PageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.partnership, cls.colleague = make_partnership()
        cls.owner = cls.partnership.project_manager
        cls.other_manager = UserFactory(groups=[roles.PROJECT_MANAGERS])
        cls.auditor = UserFactory(groups=[roles.AUDITORS])
        cls.editor = UserFactory(groups=[roles.EDITORS])

    def setUp(self):
        self.meeting = create_meeting(
            self.partnership,
            user=self.owner,
            title="Opstartsmøde",
            held_on=HELD_ON,
            location="Havnebiblioteket",
        )
        self.task = add_action_item(
            self.meeting, user=self.owner, title="Book lokalet", assignee=self.colleague
        )

    def url(self, name, *args):
        return reverse(f"partnerships:{name}", args=[self.partnership.pk, *args])

    def assertRefused(self, response):
        """Wagtail's admin answers a PermissionDenied with a redirect to the
        dashboard."""
        self.assertRedirects(
            response, reverse("wagtailadmin_home"), fetch_redirect_response=False
        )

    def edit_data(self, **kwargs):
        return {
            "title": "Opstartsmøde",
            "held_on": "2025-04-03",
            "location": "Havnebiblioteket",
            "participants": "Mette\nOle",
            "agenda": "1. Mål",
            "minutes": "Vi blev enige om målene.",
            "decisions": "Næste møde i maj.",
            "expected": version_of(self.meeting),
            **kwargs,
        }

    def test_readers_see_the_meetings_and_a_meeting(self):
        for user in (self.owner, self.other_manager, self.auditor):
            with self.subTest(user=user.username):
                self.client.force_login(user)
                listing = self.client.get(self.url("meeting"))
                self.assertEqual(listing.status_code, 200)
                self.assertContains(listing, "Opstartsmøde")
                self.assertContains(
                    listing, self.url("meeting_detail", self.meeting.pk)
                )
                detail = self.client.get(self.url("meeting_detail", self.meeting.pk))
                self.assertEqual(detail.status_code, 200)
                self.assertContains(detail, "Havnebiblioteket")
                self.assertContains(detail, "Book lokalet")
        self.assertIsNone(detail.context["form"])
        self.assertNotContains(detail, self.url("meeting_edit", self.meeting.pk))
        self.assertNotContains(listing, self.url("meeting_create"))
        self.assertEqual(listing.context["meetings"][0].open_items, 1)

    def test_the_owner_sees_the_write_links(self):
        self.client.force_login(self.colleague)

        detail = self.client.get(self.url("meeting_detail", self.meeting.pk))

        for name in ("meeting_edit", "meeting_delete", "meeting_action_add"):
            self.assertContains(detail, self.url(name, self.meeting.pk))
        self.assertContains(
            detail, self.url("meeting_action_done", self.meeting.pk, self.task.pk)
        )
        listing = self.client.get(self.url("meeting"))
        self.assertContains(listing, self.url("meeting_create"))

    def test_anonymous_visitors_are_sent_to_the_login_page(self):
        for name, args in [
            ("meeting", []),
            ("meeting_create", []),
            ("meeting_detail", [self.meeting.pk]),
            ("meeting_edit", [self.meeting.pk]),
            ("meeting_delete", [self.meeting.pk]),
        ]:
            with self.subTest(name=name):
                response = self.client.get(self.url(name, *args))
                self.assertEqual(response.status_code, 302)
                self.assertTrue(response["Location"].startswith("/admin/login/"))

    def test_editors_without_crm_access_are_refused(self):
        self.client.force_login(self.editor)

        self.assertRefused(self.client.get(self.url("meeting")))
        self.assertRefused(self.client.get(self.url("meeting_detail", self.meeting.pk)))

    def writes(self):
        pk = self.meeting.pk
        return [
            (
                self.url("meeting_create"),
                {"title": "Hack", "held_on": "2025-04-03"},
            ),
            (self.url("meeting_edit", pk), self.edit_data(minutes="Hack")),
            (
                self.url("meeting_delete", pk),
                {"expected": version_of(self.meeting)},
            ),
            (self.url("meeting_action_add", pk), {"title": "Hack"}),
            (self.url("meeting_action_done", pk, self.task.pk), {"done": "1"}),
        ]

    def assertUnchanged(self, before):
        self.assertEqual(meeting_values(self.meeting), before)
        self.assertEqual(Meeting.objects.count(), 1)
        self.assertEqual(
            list(Task.objects.values_list("title", "done")), [("Book lokalet", False)]
        )

    def test_only_members_may_write(self):
        before = meeting_values(self.meeting)
        for user in (self.other_manager, self.auditor):
            self.client.force_login(user)
            for url, data in self.writes():
                with self.subTest(user=user.username, url=url):
                    self.assertRefused(self.client.post(url, data))
            self.assertRefused(self.client.get(self.url("meeting_create")))
            self.assertRefused(
                self.client.get(self.url("meeting_edit", self.meeting.pk))
            )
        self.assertUnchanged(before)

    def test_a_concluded_partnership_is_read_only(self):
        conclude(self.partnership)
        before = meeting_values(self.meeting)
        self.client.force_login(self.owner)

        detail = self.client.get(self.url("meeting_detail", self.meeting.pk))
        self.assertEqual(detail.status_code, 200)
        self.assertNotContains(detail, self.url("meeting_edit", self.meeting.pk))
        for url, data in self.writes():
            with self.subTest(url=url):
                self.assertRedirects(  # to the meetings, saying why
                    self.client.post(url, data),
                    self.url("meeting"),
                    fetch_redirect_response=False,
                )
        self.assertUnchanged(before)

    def test_another_partnerships_meeting_is_unreachable(self):
        other = PartnershipFactory(title="Andet partnerskab")
        foreign = create_meeting(
            other, user=other.project_manager, title="Fremmed", held_on=HELD_ON
        )
        foreign_task = add_action_item(
            foreign, user=other.project_manager, title="Fremmed opgave"
        )
        self.client.force_login(self.owner)

        for name in ("meeting_detail", "meeting_edit", "meeting_delete"):
            with self.subTest(name=name):
                response = self.client.get(self.url(name, foreign.pk))
                self.assertEqual(response.status_code, 404)
        response = self.client.post(
            self.url("meeting_delete", foreign.pk),
            {"expected": version_of(foreign)},
        )
        self.assertEqual(response.status_code, 404)
        # A task of another meeting cannot be marked through this meeting.
        response = self.client.post(
            self.url("meeting_action_done", self.meeting.pk, foreign_task.pk)
        )
        self.assertEqual(response.status_code, 404)
        foreign_task.refresh_from_db()
        self.assertFalse(foreign_task.done)
        self.assertTrue(Meeting.objects.filter(pk=foreign.pk).exists())

    def test_the_new_meeting_form_is_prefilled(self):
        self.client.force_login(self.owner)

        response = self.client.get(self.url("meeting_create"))

        form = response.context["form"]
        self.assertEqual(form["agenda"].value(), default_agenda())
        self.assertIn("Bo Krog, Museet på Torvet", form["participants"].value())
        self.assertContains(response, str(GOOD_QUESTIONS[0][1][0]))

    def test_plan_a_meeting_through_the_form(self):
        self.client.force_login(self.colleague)

        response = self.client.post(
            self.url("meeting_create"),
            {
                "title": "Midtvejsmøde",
                "held_on": "2025-06-12",
                "location": "Museet",
                "participants": "Mette\nOle",
                "agenda": "1. Status",
            },
        )

        meeting = Meeting.objects.get(title="Midtvejsmøde")
        self.assertRedirects(response, self.url("meeting_detail", meeting.pk))
        self.assertEqual(
            (meeting.held_on, meeting.agenda), (date(2025, 6, 12), "1. Status")
        )
        self.assertEqual(meeting.partnership, self.partnership)
        self.assertEqual(meeting.history.get().history_user, self.colleague)

    def test_bad_input_gives_a_form_error_and_saves_nothing(self):
        self.client.force_login(self.owner)

        for data in (
            {"title": "Møde", "held_on": "31-02-2025"},
            {"title": "", "held_on": "2025-04-03"},
            {"title": "Møde", "held_on": ""},
        ):
            with self.subTest(data=data):
                response = self.client.post(self.url("meeting_create"), data)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, 'role="alert"')
                self.assertTrue(response.context["form"].errors)
        self.assertEqual(Meeting.objects.count(), 1)

    def test_the_forms_explain_what_is_missing(self):
        self.client.force_login(self.owner)

        meeting = self.client.post(self.url("meeting_create"), {"location": "x" * 256})
        item = self.client.post(
            self.url("meeting_action_add", self.meeting.pk),
            {"title": "", "assignee": str(self.other_manager.pk)},
        )

        with translation.override("da"):  # the site's language
            self.assertEqual(
                meeting.context["form"].errors,
                {
                    "title": [_("Give the meeting a title.")],
                    "held_on": [_("Give the date of the meeting.")],
                    "location": [_("Keep the place under 255 characters.")],
                },
            )
            self.assertEqual(
                item.context["form"].errors,
                {
                    "title": [_("Say what is to be done.")],
                    "assignee": [
                        _(
                            "Only the project manager or someone on the team can "
                            "own an action item."
                        )
                    ],
                },
            )

    def test_minutes_and_decisions_through_the_form(self):
        self.client.force_login(self.owner)
        form = self.client.get(self.url("meeting_edit", self.meeting.pk))
        expected = form.context["form"]["expected"].value()

        response = self.client.post(
            self.url("meeting_edit", self.meeting.pk), self.edit_data(expected=expected)
        )

        self.assertRedirects(response, self.url("meeting_detail", self.meeting.pk))
        self.meeting.refresh_from_db()
        self.assertEqual(self.meeting.minutes, "Vi blev enige om målene.")
        self.assertEqual(self.meeting.decisions, "Næste møde i maj.")
        detail = self.client.get(self.url("meeting_detail", self.meeting.pk))
        self.assertContains(detail, "Næste møde i maj.")

    def test_a_stale_form_shows_an_error_and_changes_nothing(self):
        stale = version_of(self.meeting)
        update_meeting(
            self.meeting,
            user=self.colleague,
            title="Opstartsmøde",
            held_on=HELD_ON,
            minutes="Først",
        )
        self.client.force_login(self.owner)

        response = self.client.post(
            self.url("meeting_edit", self.meeting.pk),
            self.edit_data(minutes="Sidst", expected=stale),
        )

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'role="alert"')
        self.assertIn(
            "conflict",
            [e.code for e in response.context["form"].non_field_errors().as_data()],
        )
        self.meeting.refresh_from_db()
        self.assertEqual(self.meeting.minutes, "Først")

    def test_a_form_without_its_version_marker_is_refused(self):
        self.client.force_login(self.owner)
        before = meeting_values(self.meeting)
        data = self.edit_data()
        del data["expected"]

        for url, posted in [
            (self.url("meeting_edit", self.meeting.pk), data),
            (self.url("meeting_delete", self.meeting.pk), {}),
        ]:
            with self.subTest(url=url):
                response = self.client.post(url, posted)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, 'role="alert"')
        self.assertEqual(meeting_values(self.meeting), before)

    def test_an_action_item_shows_on_the_partnerships_task_list(self):
        self.client.force_login(self.owner)
        due = timezone.localdate() + timedelta(days=7)

        response = self.client.post(
            self.url("meeting_action_add", self.meeting.pk),
            {
                "title": "Skriv invitationen",
                "assignee": str(self.colleague.pk),
                "due_date": due.isoformat(),
            },
        )

        self.assertRedirects(response, self.url("meeting_detail", self.meeting.pk))
        task = Task.objects.get(title="Skriv invitationen")
        self.assertEqual((task.assignee, task.due_date), (self.colleague, due))
        self.assertEqual(task.meeting, self.meeting)
        inspect = self.client.get(self.partnership.get_absolute_url())
        self.assertEqual(inspect.status_code, 200)
        self.assertIn(task, list(inspect.context["tasks"]))
        self.assertContains(inspect, "Skriv invitationen")

    def test_a_bad_action_item_is_explained_on_the_meeting_page(self):
        self.client.force_login(self.owner)

        for data in (
            {"title": "Hack", "assignee": str(self.other_manager.pk)},
            {"title": ""},
            {"title": "Dato", "due_date": "i morgen"},
        ):
            with self.subTest(data=data):
                response = self.client.post(
                    self.url("meeting_action_add", self.meeting.pk), data
                )
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, 'role="alert"')
                self.assertTrue(response.context["form"].errors)
        self.assertEqual(Task.objects.count(), 1)

    def test_mark_an_action_item_done_through_the_page(self):
        self.client.force_login(self.colleague)
        url = self.url("meeting_action_done", self.meeting.pk, self.task.pk)
        self.assertEqual(self.client.get(url).status_code, 405)

        response = self.client.post(url, {"done": "1"})

        self.assertRedirects(
            response,
            self.url("meeting_detail", self.meeting.pk) + "#action-items",
        )
        self.task.refresh_from_db()
        self.assertTrue(self.task.done)
        self.assertEqual(self.task.history.latest().history_user, self.colleague)
        self.client.post(url, {"done": "0"})
        self.task.refresh_from_db()
        self.assertFalse(self.task.done)

    def test_delete_through_the_page_keeps_the_tasks(self):
        self.client.force_login(self.owner)
        form = self.client.get(self.url("meeting_delete", self.meeting.pk))
        self.assertEqual(form.context["kept"], 1)

        response = self.client.post(
            self.url("meeting_delete", self.meeting.pk),
            {"expected": form.context["form"]["expected"].value()},
        )

        self.assertRedirects(response, self.url("meeting"))
        self.assertFalse(Meeting.objects.exists())
        self.task.refresh_from_db()
        self.assertIsNone(self.task.meeting)

    def test_form_help_is_tied_to_its_field(self):
        self.client.force_login(self.owner)

        response = self.client.get(self.url("meeting_create"))

        self.assertContains(response, 'aria-describedby="id_agenda_helptext"')
        self.assertContains(response, 'id="id_agenda_helptext"')

    def test_page_queries_do_not_grow_with_more_meetings_and_items(self):
        self.client.force_login(self.owner)

        def count(url):
            with CaptureQueriesContext(connection) as queries:
                self.assertEqual(self.client.get(url).status_code, 200)
            return len(queries)

        detail = self.url("meeting_detail", self.meeting.pk)
        few = (count(self.url("meeting")), count(detail))
        for n in range(5):
            create_meeting(
                self.partnership, user=self.owner, title=f"Møde {n}", held_on=HELD_ON
            )
            add_action_item(
                self.meeting,
                user=self.owner,
                title=f"Opgave {n}",
                assignee=[self.owner, self.colleague][n % 2],
                due_date=date(2025, 1, 1),
            )
        self.assertEqual((count(self.url("meeting")), count(detail)), few)
