import hashlib
import re
from datetime import date, datetime, timedelta

from django.contrib.messages import WARNING
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from cms import roles
from cms.stages import Stage
from partnerships import lifecycle
from partnerships.concurrency import version_of
from partnerships.models import (
    ActivityStatus,
    Audience,
    CalendarFeed,
    CommunicationActivity,
    Partnership,
    TeamMember,
)
from partnerships.services import change_stage
from partnerships.tools.communication.services import (
    add_activity,
    create_calendar_feed,
    delete_activity,
    revoke_calendar_feed,
    set_activity_status,
    update_activity,
)
from tests.factories import (
    CommunicationActivityFactory,
    PartnershipFactory,
    TeamMemberFactory,
    UserFactory,
)

TODAY = timezone.localdate


def make_partnership(title="Læselyst på havnen"):
    """A partnership in the communication stage, with one team member."""
    partnership = PartnershipFactory(title=title, ready=True, stage=Stage.COMMUNICATION)
    TeamMemberFactory(partnership=partnership)
    return partnership


def member_of(partnership):
    return partnership.team_members.get().user


def activity(partnership, **values) -> CommunicationActivity:
    """A staff meeting in the plan, undated unless ``values`` say otherwise."""
    values = {"title": "Personalemøde", "planned_on": None, **values}
    return CommunicationActivityFactory(partnership=partnership, **values)


def conclude(partnership):
    Partnership.objects.filter(pk=partnership.pk).update(stage=Stage.CONCLUDED)
    partnership.refresh_from_db()


def error_codes(error: ValidationError) -> dict:
    return {
        field: [e.code for e in errors] for field, errors in error.error_dict.items()
    }


def events(content: bytes) -> list:
    return Calendar.from_ical(content).walk("VEVENT")


class ToolTestCase(TestCase):
    def url(self, name, *args, partnership=None):
        partnership = partnership or self.partnership
        return reverse(f"partnerships:{name}", args=[partnership.pk, *args])

    def assertRefused(self, response):
        """Wagtail's admin answers a PermissionDenied with a redirect to the
        dashboard and an error message."""
        self.assertRedirects(
            response, reverse("wagtailadmin_home"), fetch_redirect_response=False
        )

    def assertUnchanged(self, activity):
        before = version_of(activity)
        activity.refresh_from_db()
        self.assertEqual(version_of(activity), before)


class ActivityServiceTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.partnership = make_partnership()
        cls.manager = cls.partnership.project_manager
        cls.member = member_of(cls.partnership)
        cls.outsider = UserFactory(groups=[roles.PROJECT_MANAGERS])

    def test_add_tidies_the_values_and_records_user_and_reason(self):
        added = add_activity(
            self.partnership,
            user=self.member,
            title="  Nyhedsbrev   om  partnerskabet ",
            audience=Audience.PUBLIC,
            planned_on=date(2030, 5, 1),
            message="Linje et\r\nLinje to\n",
            channel=" Nyhedsbrev ",
            sender="Biblioteket",
            responsible=self.member,
        )

        added.refresh_from_db()
        self.assertEqual(added.partnership, self.partnership)
        self.assertEqual(added.title, "Nyhedsbrev om partnerskabet")
        self.assertEqual(added.message, "Linje et\nLinje to")
        self.assertEqual(added.channel, "Nyhedsbrev")
        self.assertEqual(added.status, ActivityStatus.PLANNED)
        self.assertFalse(added.is_internal)
        row = added.history.latest()
        self.assertEqual((row.history_type, row.history_user), ("+", self.member))
        self.assertTrue(row.history_change_reason)

    def test_a_title_an_audience_and_a_known_status_are_needed(self):
        with self.assertRaises(ValidationError) as refused:
            add_activity(
                self.partnership,
                user=self.manager,
                title="   ",
                audience="everybody",
                status="maybe",
            )

        self.assertEqual(
            error_codes(refused.exception),
            {
                "title": ["blank"],
                "audience": ["invalid_choice"],
                "status": ["invalid_choice"],
            },
        )
        with self.assertRaises(ValidationError) as refused:
            add_activity(
                self.partnership,
                user=self.manager,
                title="x" * 256,
                audience=Audience.STAFF,
                channel="y" * 256,
            )
        self.assertEqual(
            error_codes(refused.exception),
            {"title": ["max_length"], "channel": ["max_length"]},
        )
        self.assertFalse(CommunicationActivity.objects.exists())

    def test_the_responsible_must_be_the_manager_or_on_the_team(self):
        inactive = UserFactory(groups=[roles.PROJECT_MANAGERS], is_active=False)
        TeamMemberFactory(partnership=self.partnership, user=inactive)

        def add(person):
            return add_activity(
                self.partnership,
                user=self.manager,
                title="Personalemøde",
                audience=Audience.STAFF,
                responsible=person,
            )

        for person in (self.outsider, inactive):
            with self.subTest(person=person.username):
                with self.assertRaises(ValidationError) as refused:
                    add(person)
                self.assertEqual(
                    error_codes(refused.exception), {"responsible": ["not_member"]}
                )
        self.assertFalse(CommunicationActivity.objects.exists())
        for person in (self.manager, self.member, None):
            self.assertEqual(add(person).responsible, person)

    def test_edit_saves_the_values_with_user_and_reason(self):
        target = activity(self.partnership)

        update_activity(
            target,
            user=self.member,
            expected=version_of(target),
            title="Personalemøde i salen",
            audience=Audience.PARTNER_STAFF,
            planned_on=date(2030, 1, 15),
            channel="Møde",
            status=ActivityStatus.IN_PROGRESS,
        )

        target.refresh_from_db()
        self.assertEqual(
            (target.title, target.audience, target.planned_on, target.status),
            (
                "Personalemøde i salen",
                Audience.PARTNER_STAFF,
                date(2030, 1, 15),
                ActivityStatus.IN_PROGRESS,
            ),
        )
        row = target.history.latest()
        self.assertEqual((row.history_type, row.history_user), ("~", self.member))
        self.assertTrue(row.history_change_reason)

    def test_a_refused_edit_changes_nothing(self):
        target = activity(self.partnership, channel="Intranet")
        rows = target.history.count()

        with self.assertRaises(ValidationError):
            update_activity(target, user=self.manager, title="", audience="x")

        target.refresh_from_db()
        self.assertEqual((target.title, target.channel), ("Personalemøde", "Intranet"))
        self.assertEqual(target.history.count(), rows)

    def test_a_form_opened_before_another_change_is_refused(self):
        target = activity(self.partnership)
        seen = version_of(target)
        update_activity(
            target, user=self.member, title="Først", audience=Audience.STAFF
        )

        for attempt in (
            lambda: update_activity(
                target,
                user=self.manager,
                expected=seen,
                title="Sidst",
                audience=Audience.STAFF,
            ),
            lambda: delete_activity(target, user=self.manager, expected=seen),
        ):
            with self.assertRaises(ValidationError) as refused:
                attempt()
            self.assertEqual(refused.exception.code, "conflict")
        target.refresh_from_db()
        self.assertEqual(target.title, "Først")

    def test_status_change_names_old_and_new_status_in_the_history(self):
        target = activity(self.partnership)

        set_activity_status(
            target,
            user=self.member,
            status=ActivityStatus.DONE,
            expected_status=ActivityStatus.PLANNED,
        )

        target.refresh_from_db()
        self.assertEqual(target.status, ActivityStatus.DONE)
        row = target.history.latest()
        self.assertEqual(row.history_user, self.member)
        self.assertIn(str(ActivityStatus.PLANNED.label), row.history_change_reason)
        self.assertIn(str(ActivityStatus.DONE.label), row.history_change_reason)

    def test_setting_the_same_status_writes_no_history(self):
        target = activity(self.partnership)
        rows = target.history.count()

        set_activity_status(target, user=self.manager, status=ActivityStatus.PLANNED)

        self.assertEqual(target.history.count(), rows)

    def test_a_status_changed_meanwhile_or_unknown_is_refused(self):
        target = activity(self.partnership)
        set_activity_status(target, user=self.member, status=ActivityStatus.CANCELLED)

        with self.assertRaises(ValidationError) as refused:
            set_activity_status(
                target,
                user=self.manager,
                status=ActivityStatus.DONE,
                expected_status=ActivityStatus.PLANNED,
            )
        self.assertEqual(refused.exception.code, "conflict")
        with self.assertRaises(ValidationError) as refused:
            set_activity_status(target, user=self.manager, status="postponed")
        self.assertEqual(error_codes(refused.exception), {"status": ["invalid_choice"]})
        target.refresh_from_db()
        self.assertEqual(target.status, ActivityStatus.CANCELLED)

    def test_delete_is_recorded_with_user_and_reason(self):
        target = activity(self.partnership)
        pk = target.pk

        delete_activity(target, user=self.member, expected=version_of(target))

        self.assertFalse(CommunicationActivity.objects.filter(pk=pk).exists())
        row = CommunicationActivity.history.filter(id=pk).latest()
        self.assertEqual((row.history_type, row.history_user), ("-", self.member))
        self.assertTrue(row.history_change_reason)
        self.assertEqual(row.title, "Personalemøde")

    def test_an_activity_removed_meanwhile_cannot_be_changed(self):
        target = activity(self.partnership)
        CommunicationActivity.objects.filter(pk=target.pk).delete()

        for attempt in (
            lambda: update_activity(
                target, user=self.manager, title="X", audience=Audience.STAFF
            ),
            lambda: set_activity_status(
                target, user=self.manager, status=ActivityStatus.DONE
            ),
            lambda: delete_activity(target, user=self.manager),
        ):
            with self.assertRaises(ValidationError) as refused:
                attempt()
            self.assertEqual(refused.exception.code, "gone")
        self.assertFalse(CommunicationActivity.objects.exists())

    def test_only_members_write(self):
        target = activity(self.partnership)
        auditor = UserFactory(groups=[roles.AUDITORS])

        for user in (self.outsider, auditor):
            for attempt in (
                lambda user=user: add_activity(
                    self.partnership, user=user, title="X", audience=Audience.STAFF
                ),
                lambda user=user: update_activity(
                    target, user=user, title="X", audience=Audience.STAFF
                ),
                lambda user=user: set_activity_status(
                    target, user=user, status=ActivityStatus.DONE
                ),
                lambda user=user: delete_activity(target, user=user),
            ):
                with (
                    self.subTest(user=user.username),
                    self.assertRaises(PermissionDenied),
                ):
                    attempt()
        self.assertEqual(list(CommunicationActivity.objects.all()), [target])
        target.refresh_from_db()
        self.assertEqual(
            (target.title, target.status), ("Personalemøde", ActivityStatus.PLANNED)
        )

    def test_a_concluded_partnership_is_read_only(self):
        target = activity(self.partnership)
        conclude(self.partnership)

        for attempt in (
            lambda: add_activity(
                self.partnership, user=self.manager, title="X", audience="staff"
            ),
            lambda: update_activity(
                target, user=self.manager, title="X", audience="staff"
            ),
            lambda: set_activity_status(
                target, user=self.manager, status=ActivityStatus.DONE
            ),
            lambda: delete_activity(target, user=self.manager),
        ):
            with self.assertRaises(PermissionDenied):
                attempt()
        target.refresh_from_db()
        self.assertEqual(
            (target.title, target.status), ("Personalemøde", ActivityStatus.PLANNED)
        )


class GateTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.partnership = make_partnership()
        cls.manager = cls.partnership.project_manager

    def unmet_tools(self):
        facts = self.partnership.facts()
        return [c.tool for c in lifecycle.unmet(Stage.EVALUATION, facts)]

    def test_evaluation_needs_one_activity_that_is_not_cancelled(self):
        self.assertEqual(self.partnership.facts().plan_activity_count, 0)
        self.assertEqual(self.unmet_tools(), ["communication_plan"])

        target = activity(self.partnership)
        self.assertEqual(self.partnership.facts().plan_activity_count, 1)
        self.assertEqual(self.unmet_tools(), [])

        set_activity_status(target, user=self.manager, status=ActivityStatus.CANCELLED)
        self.assertEqual(self.partnership.facts().plan_activity_count, 0)
        self.assertEqual(self.unmet_tools(), ["communication_plan"])

        set_activity_status(target, user=self.manager, status=ActivityStatus.DONE)
        self.assertEqual(self.partnership.facts().plan_activity_count, 1)

    def test_the_move_to_evaluation_waits_for_the_plan(self):
        target = activity(self.partnership)
        set_activity_status(target, user=self.manager, status=ActivityStatus.CANCELLED)

        def move():
            return change_stage(
                self.partnership,
                move=lifecycle.Move.FORWARD,
                user=self.manager,
                expected_stage=Stage.COMMUNICATION,
            )

        with self.assertRaises(ValidationError) as refused:
            move()
        (condition,) = lifecycle.ENTRY_CONDITIONS[Stage.EVALUATION]
        self.assertEqual(refused.exception.messages, [str(condition.message)])
        self.partnership.refresh_from_db()
        self.assertEqual(self.partnership.stage, Stage.COMMUNICATION)
        set_activity_status(target, user=self.manager, status=ActivityStatus.PLANNED)
        move()
        self.partnership.refresh_from_db()
        self.assertEqual(self.partnership.stage, Stage.EVALUATION)

    def test_another_partnerships_activities_do_not_count(self):
        activity(make_partnership(title="Andet"))

        self.assertEqual(self.partnership.facts().plan_activity_count, 0)
        self.assertEqual(self.unmet_tools(), ["communication_plan"])


class OverdueTests(ToolTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.partnership = make_partnership()
        cls.manager = cls.partnership.project_manager

    def test_open_activities_with_a_past_date_are_overdue(self):
        past = TODAY() - timedelta(days=1)
        cases = {
            "planned, past": (ActivityStatus.PLANNED, past, True),
            "in progress, past": (ActivityStatus.IN_PROGRESS, past, True),
            "done, past": (ActivityStatus.DONE, past, False),
            "cancelled, past": (ActivityStatus.CANCELLED, past, False),
            "planned, today": (ActivityStatus.PLANNED, TODAY(), False),
            "planned, no date": (ActivityStatus.PLANNED, None, False),
        }
        made = {
            name: activity(self.partnership, title=name, status=status, planned_on=on)
            for name, (status, on, _overdue) in cases.items()
        }

        for name, (_status, _on, overdue) in cases.items():
            self.assertEqual(made[name].is_overdue, overdue, name)
        self.assertEqual(
            {a.title for a in CommunicationActivity.objects.overdue()},
            {"planned, past", "in progress, past"},
        )

    def test_the_plan_flags_an_overdue_activity_until_it_is_done(self):
        late = activity(self.partnership, planned_on=TODAY() - timedelta(days=3))
        activity(self.partnership, title="Senere", planned_on=TODAY())
        self.client.force_login(self.manager)
        row = f'id="activity-{late.pk}" class="comm-row comm-row--planned '
        row += 'comm-row--overdue"'

        response = self.client.get(self.url("communication_plan"))

        self.assertEqual(response.context["overdue_count"], 1)
        self.assertContains(response, row)
        self.assertContains(response, 'class="comm-overdue"', count=1)
        self.assertContains(response, "comm-overdue-summary")

        self.client.post(
            self.url("communication_status", late.pk),
            {"status": ActivityStatus.DONE, "expected_status": ActivityStatus.PLANNED},
        )
        response = self.client.get(self.url("communication_plan"))

        self.assertEqual(response.context["overdue_count"], 0)
        self.assertNotContains(response, "comm-row--overdue")
        self.assertNotContains(response, 'class="comm-overdue"')
        self.assertNotContains(response, "comm-overdue-summary")

    def test_saving_a_past_date_warns_that_it_will_show_as_overdue(self):
        self.client.force_login(self.manager)

        response = self.client.post(
            self.url("communication_add"),
            {
                "title": "Pressemeddelelse",
                "audience": Audience.PRESS,
                "planned_on": (TODAY() - timedelta(days=7)).isoformat(),
                "status": ActivityStatus.PLANNED,
            },
            follow=True,
        )

        self.assertEqual(CommunicationActivity.objects.get().title, "Pressemeddelelse")
        self.assertIn(WARNING, [m.level for m in response.context["messages"]])


class CalendarTests(ToolTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.partnership = make_partnership()
        cls.manager = cls.partnership.project_manager
        cls.staff_meeting = activity(
            cls.partnership, title="Personalemøde", planned_on=date(2030, 3, 4)
        )
        cls.press = activity(
            cls.partnership,
            title="Pressemeddelelse",
            audience=Audience.PRESS,
            planned_on=date(2030, 2, 1),
            message="Vi åbner læsecaféen.",
            status=ActivityStatus.DONE,
        )
        activity(
            cls.partnership,
            title="Aflyst foredrag",
            planned_on=date(2030, 1, 1),
            status=ActivityStatus.CANCELLED,
        )
        activity(cls.partnership, title="Uden dato")
        cls.other = make_partnership(title="Andet partnerskab")
        activity(cls.other, title="Fremmed aktivitet", planned_on=date(2030, 3, 4))

    def download(self, user=None):
        self.client.force_login(user or self.manager)
        return self.client.get(self.url("communication_calendar"))

    def new_feed(self, partnership=None, label=""):
        partnership = partnership or self.partnership
        return create_calendar_feed(
            partnership, user=partnership.project_manager, label=label
        )

    def feed_url(self, token):
        return reverse("partners:calendar_feed", args=[token])

    def assertIsThisPlan(self, content):
        calendar = Calendar.from_ical(content)
        self.assertEqual(str(calendar["VERSION"]), "2.0")
        self.assertTrue(str(calendar["PRODID"]))
        found = {
            str(event["SUMMARY"]): event.decoded("DTSTART")
            for event in calendar.walk("VEVENT")
        }
        self.assertEqual(
            found,
            {"Pressemeddelelse": date(2030, 2, 1), "Personalemøde": date(2030, 3, 4)},
        )
        for event in calendar.walk("VEVENT"):
            start, end = event.decoded("DTSTART"), event.decoded("DTEND")
            self.assertNotIsInstance(start, datetime)
            self.assertEqual(end - start, timedelta(days=1))

    def test_the_download_is_a_calendar_of_this_plans_dated_activities(self):
        response = self.download()

        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Type"].startswith("text/calendar"))
        self.assertEqual(
            response["Content-Disposition"],
            'attachment; filename="kommunikationsplan-laeselyst-paa-havnen.ics"',
        )
        self.assertIsThisPlan(response.content)
        press = next(
            e for e in events(response.content) if e["SUMMARY"] == "Pressemeddelelse"
        )
        self.assertIn("Vi åbner læsecaféen.", str(press["DESCRIPTION"]))

    def test_event_uids_stay_the_same_across_downloads(self):
        first = {
            str(e["SUMMARY"]): str(e["UID"]) for e in events(self.download().content)
        }
        self.staff_meeting.refresh_from_db()
        update_activity(
            self.staff_meeting,
            user=self.manager,
            title="Personalemøde",
            audience=Audience.STAFF,
            planned_on=date(2030, 3, 5),
        )
        second = {
            str(e["SUMMARY"]): str(e["UID"]) for e in events(self.download().content)
        }

        self.assertEqual(first, second)
        self.assertEqual(len(set(first.values())), 2)
        self.assertIn(f"activity-{self.press.pk}@", first["Pressemeddelelse"])

    def test_every_reader_may_download_and_others_may_not(self):
        for user in (
            member_of(self.partnership),
            UserFactory(groups=[roles.PROJECT_MANAGERS]),
            UserFactory(groups=[roles.AUDITORS]),
        ):
            self.assertEqual(self.download(user).status_code, 200)
        self.assertRefused(self.download(UserFactory(groups=[roles.EDITORS])))
        self.client.logout()
        response = self.client.get(self.url("communication_calendar"))
        self.assertTrue(response["Location"].startswith("/admin/login/"))

    def test_the_private_link_works_without_login(self):
        _feed, token = self.new_feed()
        self.client.logout()

        response = self.client.get(self.feed_url(token))

        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Type"].startswith("text/calendar"))
        self.assertNotIn("Content-Disposition", response)
        self.assertEqual(response["X-Robots-Tag"], "noindex")
        self.assertIsThisPlan(response.content)
        download_uids = {str(e["UID"]) for e in events(self.download().content)}
        self.assertEqual(
            {str(e["UID"]) for e in events(response.content)}, download_uids
        )

    def test_each_link_shows_only_its_own_partnership(self):
        _feed, token = self.new_feed(self.other)

        content = self.client.get(self.feed_url(token)).content

        self.assertEqual(
            [str(e["SUMMARY"]) for e in events(content)], ["Fremmed aktivitet"]
        )

    def test_a_revoked_tampered_or_unknown_link_gets_a_plain_404(self):
        feed, token = self.new_feed()
        tampered = token[:-1] + ("A" if token[-1] != "A" else "B")
        revoked, revoked_token = self.new_feed(label="Gammel")
        revoke_calendar_feed(revoked, user=self.manager)

        unknown = self.client.get(self.feed_url("ikke-et-token"))
        for attempt in (tampered, revoked_token, token.upper(), "x" * 101, token + "x"):
            with self.subTest(token=attempt):
                response = self.client.get(self.feed_url(attempt))
                self.assertEqual(response.status_code, 404)
                self.assertNotContains(
                    response, self.partnership.title, status_code=404
                )
                self.assertNotContains(response, "Personalemøde", status_code=404)
                self.assertNotIn("text/calendar", response["Content-Type"])
                # The 404 page links to the address asked for, nothing else.
                self.assertEqual(
                    response.content.replace(attempt.encode(), b"?"),
                    unknown.content.replace(b"ikke-et-token", b"?"),
                )
        self.assertEqual(self.client.get(self.feed_url(token)).status_code, 200)

    def test_only_a_digest_of_the_token_is_stored(self):
        feed, token = self.new_feed(label="Teamets kalender")

        feed.refresh_from_db()
        self.assertEqual(feed.token_digest, hashlib.sha256(token.encode()).hexdigest())
        stored = [
            *CalendarFeed.objects.values_list(),
            *CalendarFeed.history.values_list(),
        ]
        for row in stored:
            for value in row:
                self.assertNotIn(token, str(value))
        self.assertEqual(
            CalendarFeed.history.latest().history_user, self.partnership.project_manager
        )

    def test_revoking_stops_the_link_and_is_recorded_once(self):
        feed, token = self.new_feed()
        member = member_of(self.partnership)

        revoke_calendar_feed(feed, user=member)
        rows = feed.history.count()
        revoke_calendar_feed(feed, user=member)

        feed.refresh_from_db()
        self.assertIsNotNone(feed.revoked_at)
        self.assertEqual(feed.history.count(), rows)
        row = feed.history.latest()
        self.assertEqual(row.history_user, member)
        self.assertTrue(row.history_change_reason)
        self.assertEqual(self.client.get(self.feed_url(token)).status_code, 404)

    def test_only_members_make_or_revoke_links(self):
        feed, _token = self.new_feed()
        for user in (
            UserFactory(groups=[roles.PROJECT_MANAGERS]),
            UserFactory(groups=[roles.AUDITORS]),
        ):
            with self.subTest(user=user.username):
                with self.assertRaises(PermissionDenied):
                    create_calendar_feed(self.partnership, user=user)
                with self.assertRaises(PermissionDenied):
                    revoke_calendar_feed(feed, user=user)
        feed.refresh_from_db()
        self.assertIsNone(feed.revoked_at)
        self.assertEqual(CalendarFeed.objects.count(), 1)

    def test_a_too_long_description_is_refused(self):
        with self.assertRaises(ValidationError) as refused:
            self.new_feed(label="x" * 256)

        self.assertEqual(error_codes(refused.exception), {"label": ["max_length"]})
        self.assertFalse(CalendarFeed.objects.exists())

    def test_a_concluded_partnership_gets_no_new_links_but_may_revoke(self):
        feed, token = self.new_feed()
        conclude(self.partnership)

        with self.assertRaises(PermissionDenied):
            self.new_feed()
        revoke_calendar_feed(feed, user=self.manager)

        self.assertEqual(CalendarFeed.objects.count(), 1)
        self.assertEqual(self.client.get(self.feed_url(token)).status_code, 404)


class FeedPageTests(ToolTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.partnership = make_partnership()
        cls.manager = cls.partnership.project_manager
        cls.other_manager = UserFactory(groups=[roles.PROJECT_MANAGERS])
        cls.auditor = UserFactory(groups=[roles.AUDITORS])

    def test_making_a_link_shows_it_once_and_never_caches_it(self):
        self.client.force_login(self.manager)

        response = self.client.post(
            self.url("communication_feed_create"), {"label": "Teamets kalender"}
        )

        self.assertEqual(response.status_code, 200)
        self.assertIn("no-store", response["Cache-Control"])
        feed = CalendarFeed.objects.get()
        self.assertEqual(
            (feed.label, feed.created_by), ("Teamets kalender", self.manager)
        )
        url = response.context["feed_url"]
        token = url.rsplit("/", 1)[1].removesuffix(".ics")
        self.assertTrue(url.startswith("http://testserver/p/calendar/"))
        self.assertEqual(feed.token_digest, hashlib.sha256(token.encode()).hexdigest())
        self.assertContains(response, url)
        self.assertContains(response, response.context["webcal_url"])
        self.assertTrue(response.context["webcal_url"].startswith("webcal://"))
        self.client.logout()
        self.assertEqual(self.client.get(url).status_code, 200)
        self.client.force_login(self.manager)
        plan = self.client.get(self.url("communication_plan"))
        self.assertNotContains(plan, token)
        self.assertContains(plan, "Teamets kalender")
        self.assertContains(plan, self.url("communication_feed_revoke", feed.pk))

    def test_making_a_link_is_a_post(self):
        self.client.force_login(self.manager)

        self.assertEqual(
            self.client.get(self.url("communication_feed_create")).status_code, 405
        )
        self.assertFalse(CalendarFeed.objects.exists())

    def test_a_too_long_description_is_explained_on_the_plan(self):
        self.client.force_login(self.manager)

        response = self.client.post(
            self.url("communication_feed_create"), {"label": "x" * 300}
        )

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'role="alert"')
        self.assertTrue(response.context["feed_form"].has_error("label"))
        self.assertFalse(CalendarFeed.objects.exists())

    def test_revoking_through_the_confirmation_page(self):
        feed, token = create_calendar_feed(self.partnership, user=self.manager)
        self.client.force_login(member_of(self.partnership))
        url = self.url("communication_feed_revoke", feed.pk)

        self.assertEqual(self.client.get(url).status_code, 200)
        feed.refresh_from_db()
        self.assertIsNone(feed.revoked_at)
        response = self.client.post(url)

        self.assertRedirects(
            response, f"{self.url('communication_plan')}#calendar-subscription"
        )
        feed.refresh_from_db()
        self.assertIsNotNone(feed.revoked_at)
        self.assertEqual(
            feed.history.latest().history_user, member_of(self.partnership)
        )
        self.client.logout()
        feed_url = reverse("partners:calendar_feed", args=[token])
        self.assertEqual(self.client.get(feed_url).status_code, 404)

    def test_non_members_cannot_make_or_revoke_links(self):
        feed, token = create_calendar_feed(self.partnership, user=self.manager)
        revoke = self.url("communication_feed_revoke", feed.pk)
        for user in (self.other_manager, self.auditor):
            self.client.force_login(user)
            with self.subTest(user=user.username):
                self.assertRefused(
                    self.client.post(self.url("communication_feed_create"), {})
                )
                self.assertRefused(self.client.get(revoke))
                self.assertRefused(self.client.post(revoke))
                plan = self.client.get(self.url("communication_plan"))
                self.assertNotContains(plan, revoke)
                self.assertNotContains(
                    plan, f'action="{self.url("communication_feed_create")}"'
                )
        feed.refresh_from_db()
        self.assertIsNone(feed.revoked_at)
        self.assertEqual(CalendarFeed.objects.count(), 1)

    def test_a_link_of_another_partnership_cannot_be_revoked_through_this_one(self):
        other = make_partnership(title="Andet")
        feed, _token = create_calendar_feed(other, user=other.project_manager)
        self.client.force_login(self.manager)

        response = self.client.post(self.url("communication_feed_revoke", feed.pk))

        self.assertEqual(response.status_code, 404)
        feed.refresh_from_db()
        self.assertIsNone(feed.revoked_at)

    def test_a_concluded_partnership_offers_revoking_but_not_new_links(self):
        feed, _token = create_calendar_feed(self.partnership, user=self.manager)
        conclude(self.partnership)
        self.client.force_login(self.manager)

        plan = self.client.get(self.url("communication_plan"))
        self.assertNotContains(
            plan, f'action="{self.url("communication_feed_create")}"'
        )
        self.assertContains(plan, self.url("communication_feed_revoke", feed.pk))
        self.assertRedirects(  # to the plan, saying why
            self.client.post(self.url("communication_feed_create")),
            self.url("communication_plan"),
            fetch_redirect_response=False,
        )
        self.client.post(self.url("communication_feed_revoke", feed.pk))

        feed.refresh_from_db()
        self.assertIsNotNone(feed.revoked_at)
        self.assertEqual(CalendarFeed.objects.count(), 1)


class PageTests(ToolTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.partnership = make_partnership()
        cls.manager = cls.partnership.project_manager
        cls.member = member_of(cls.partnership)
        cls.other_manager = UserFactory(groups=[roles.PROJECT_MANAGERS])
        cls.auditor = UserFactory(groups=[roles.AUDITORS])
        cls.editor = UserFactory(groups=[roles.EDITORS])

    def setUp(self):
        self.staff = activity(
            self.partnership,
            title="Personalemøde",
            planned_on=date(2030, 3, 4),
            responsible=self.member,
        )
        self.press = activity(
            self.partnership,
            title="Pressemeddelelse",
            audience=Audience.PRESS,
            channel="Lokalavisen",
        )

    def form_data(self, target=None, **values):
        data = {
            "title": "Nyhedsbrev",
            "audience": Audience.PUBLIC,
            "planned_on": "2030-06-01",
            "message": "Kom til læsecafé.",
            "channel": "Nyhedsbrev",
            "sender": "Biblioteket",
            "responsible": self.member.pk,
            "status": ActivityStatus.PLANNED,
        }
        if target is not None:
            data["expected"] = version_of(target)
        return {**data, **values}

    def writes(self):
        """Every write the tool's pages offer, as (url, data)."""
        feed, _token = create_calendar_feed(self.partnership, user=self.manager)
        self.feed = feed
        return [
            (self.url("communication_add"), self.form_data()),
            (
                self.url("communication_edit", self.staff.pk),
                self.form_data(self.staff, title="Hack"),
            ),
            (
                self.url("communication_delete", self.staff.pk),
                {"expected": version_of(self.staff)},
            ),
            (
                self.url("communication_status", self.staff.pk),
                {"status": ActivityStatus.DONE},
            ),
            (self.url("communication_feed_create"), {"label": "Hack"}),
            (self.url("communication_feed_revoke", feed.pk), {}),
        ]

    def assertNothingChanged(self):
        self.assertUnchanged(self.staff)
        self.assertEqual(
            set(CommunicationActivity.objects.values_list("title", flat=True)),
            {"Personalemøde", "Pressemeddelelse"},
        )
        self.assertEqual(CalendarFeed.objects.count(), 1)
        self.assertFalse(CalendarFeed.objects.filter(revoked_at__isnull=False).exists())

    def test_readers_see_both_tables_with_every_column(self):
        for user in (self.manager, self.other_manager, self.auditor):
            self.client.force_login(user)
            response = self.client.get(self.url("communication_plan"))
            self.assertEqual(response.status_code, 200)
        tables = {t["id"]: t["activities"] for t in response.context["tables"]}
        self.assertEqual(tables, {"internal": [self.staff], "external": [self.press]})
        self.assertContains(response, 'id="activity-', count=2)
        self.assertContains(response, "Lokalavisen")
        self.assertContains(response, self.member.get_full_name())
        tool = response.content.decode().split('id="plan-heading"')[1]
        self.assertEqual(tool.count('<th scope="col">'), 8 * 2 + 3)
        self.assertContains(response, self.url("communication_calendar"))
        self.assertNotContains(response, self.url("communication_add"))
        self.assertNotContains(response, self.url("communication_edit", self.staff.pk))
        self.assertNotContains(
            response, self.url("communication_status", self.staff.pk)
        )

    def test_members_see_the_links_and_a_status_form_per_activity(self):
        self.client.force_login(self.member)

        response = self.client.get(self.url("communication_plan"))

        self.assertContains(response, self.url("communication_add"))
        for target in (self.staff, self.press):
            self.assertContains(response, self.url("communication_edit", target.pk))
            self.assertContains(response, self.url("communication_delete", target.pk))
            self.assertContains(response, self.url("communication_status", target.pk))
            self.assertContains(response, f'<label for="status-{target.pk}"')
        self.assertContains(response, 'name="expected_status"', count=2)
        self.assertContains(
            response, f'action="{self.url("communication_feed_create")}"'
        )

    def test_cancelled_activities_come_last_in_their_table(self):
        early = activity(self.partnership, title="Tidligt", planned_on=date(2030, 1, 1))
        set_activity_status(early, user=self.manager, status=ActivityStatus.CANCELLED)
        later = activity(self.partnership, title="Senere", planned_on=date(2030, 9, 1))
        undated = activity(self.partnership, title="Udateret")
        self.client.force_login(self.manager)

        response = self.client.get(self.url("communication_plan"))

        internal = response.context["tables"][0]["activities"]
        self.assertEqual(internal, [self.staff, later, undated, early])

    def test_anonymous_visitors_are_sent_to_the_login_page(self):
        feed, _token = create_calendar_feed(self.partnership, user=self.manager)
        for url in (
            self.url("communication_plan"),
            self.url("communication_add"),
            self.url("communication_edit", self.staff.pk),
            self.url("communication_delete", self.staff.pk),
            self.url("communication_calendar"),
            self.url("communication_feed_revoke", feed.pk),
        ):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 302)
                self.assertTrue(response["Location"].startswith("/admin/login/"))

    def test_editors_without_crm_access_are_refused(self):
        self.client.force_login(self.editor)

        for url in (
            self.url("communication_plan"),
            self.url("communication_calendar"),
            self.url("communication_add"),
        ):
            self.assertRefused(self.client.get(url))

    def test_non_members_and_auditors_may_not_write(self):
        writes = self.writes()
        for user in (self.other_manager, self.auditor, self.editor):
            self.client.force_login(user)
            for url, data in writes:
                with self.subTest(user=user.username, url=url):
                    self.assertRefused(self.client.post(url, data))
            self.assertRefused(self.client.get(self.url("communication_add")))
            self.assertRefused(
                self.client.get(self.url("communication_edit", self.staff.pk))
            )
        self.assertNothingChanged()

    def test_a_concluded_partnership_is_read_only_on_the_pages(self):
        writes = self.writes()[:5]
        conclude(self.partnership)
        self.client.force_login(self.manager)

        response = self.client.get(self.url("communication_plan"))
        self.assertFalse(response.context["can_edit"])
        self.assertNotContains(response, self.url("communication_add"))
        self.assertNotContains(
            response, self.url("communication_status", self.staff.pk)
        )
        for url, data in writes:
            with self.subTest(url=url):
                self.assertRedirects(  # to the plan, saying why
                    self.client.post(url, data),
                    self.url("communication_plan"),
                    fetch_redirect_response=False,
                )
        self.assertNothingChanged()

    def test_another_partnerships_activity_cannot_be_reached_by_its_pk(self):
        other = make_partnership(title="Andet")
        foreign = activity(other, title="Fremmed")
        data = self.form_data(foreign, title="Hack")

        self.client.force_login(self.manager)
        for name, payload in [
            ("communication_edit", data),
            ("communication_delete", {"expected": data["expected"]}),
            ("communication_status", {"status": ActivityStatus.DONE}),
        ]:
            with self.subTest(name=name):
                url = self.url(name, foreign.pk)
                if name != "communication_status":  # that one is POST only
                    self.assertEqual(self.client.get(url).status_code, 404)
                self.assertEqual(self.client.post(url, payload).status_code, 404)
                self.assertRefused(
                    self.client.post(
                        self.url(name, foreign.pk, partnership=other), payload
                    )
                )
        self.assertUnchanged(foreign)
        self.assertEqual(foreign.history.count(), 1)

    def test_add_an_activity_through_the_form(self):
        self.client.force_login(self.member)
        self.assertEqual(
            self.client.get(self.url("communication_add")).status_code, 200
        )

        response = self.client.post(self.url("communication_add"), self.form_data())

        self.assertRedirects(response, self.url("communication_plan"))
        added = CommunicationActivity.objects.get(title="Nyhedsbrev")
        self.assertEqual(
            (added.partnership, added.audience, added.planned_on, added.responsible),
            (self.partnership, Audience.PUBLIC, date(2030, 6, 1), self.member),
        )
        self.assertEqual(added.history.latest().history_user, self.member)

    def test_the_responsible_list_offers_the_manager_and_the_team_only(self):
        self.client.force_login(self.manager)

        form = self.client.get(self.url("communication_add")).context["form"]

        self.assertEqual(
            set(form.fields["responsible"].queryset), {self.manager, self.member}
        )
        response = self.client.post(
            self.url("communication_add"),
            self.form_data(responsible=self.other_manager.pk),
        )
        self.assertTrue(response.context["form"].has_error("responsible"))
        self.assertFalse(
            CommunicationActivity.objects.filter(title="Nyhedsbrev").exists()
        )

    def test_bad_input_is_explained_on_the_form_and_nothing_is_saved(self):
        self.client.force_login(self.manager)
        for values, field in [
            ({"title": ""}, "title"),
            ({"audience": "everybody"}, "audience"),
            ({"planned_on": "2030-02-30"}, "planned_on"),
            ({"status": "postponed"}, "status"),
            ({"responsible": "abc"}, "responsible"),
            ({"channel": "x" * 300}, "channel"),
        ]:
            with self.subTest(field=field):
                response = self.client.post(
                    self.url("communication_add"), self.form_data(**values)
                )
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, 'role="alert"')
                self.assertTrue(response.context["form"].has_error(field))
        self.assertEqual(CommunicationActivity.objects.count(), 2)

    def test_form_fields_point_to_their_help_and_errors(self):
        self.client.force_login(self.manager)
        pages = [
            self.client.post(self.url("communication_add"), self.form_data(title="")),
            self.client.post(
                self.url("communication_feed_create"), {"label": "x" * 300}
            ),
        ]

        for response, field in zip(pages, ["title", "label"], strict=True):
            form = response.content.decode().split('class="tool-form"')[1]
            described = re.findall(r'aria-describedby="([^"]+)"', form)
            self.assertIn(f"id_{field}_error", " ".join(described))
            for ids in described:
                for id_ in ids.split():
                    self.assertIn(f'id="{id_}"', form)

    def test_edit_an_activity_through_its_form(self):
        self.client.force_login(self.manager)
        form = self.client.get(self.url("communication_edit", self.staff.pk))
        self.assertEqual(form.context["form"]["title"].value(), "Personalemøde")
        expected = form.context["form"]["expected"].value()

        response = self.client.post(
            self.url("communication_edit", self.staff.pk),
            self.form_data(title="Personalemøde i salen", expected=expected),
        )

        self.assertRedirects(response, self.url("communication_plan"))
        self.staff.refresh_from_db()
        self.assertEqual(self.staff.title, "Personalemøde i salen")
        self.assertEqual(self.staff.history.latest().history_user, self.manager)

    def test_someone_who_left_the_team_is_not_silently_dropped(self):
        TeamMember.objects.filter(partnership=self.partnership).delete()
        self.client.force_login(self.manager)
        form = self.client.get(self.url("communication_edit", self.staff.pk))
        self.assertEqual(form.context["form"]["responsible"].value(), self.member.pk)

        response = self.client.post(
            self.url("communication_edit", self.staff.pk),
            self.form_data(title="Nyt navn", expected=version_of(self.staff)),
        )

        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.context["form"].errors["responsible"])
        self.staff.refresh_from_db()
        self.assertEqual(
            (self.staff.title, self.staff.responsible), ("Personalemøde", self.member)
        )

    def test_a_stale_edit_form_shows_an_error_and_changes_nothing(self):
        stale = version_of(self.staff)
        set_activity_status(self.staff, user=self.member, status=ActivityStatus.DONE)
        self.client.force_login(self.manager)

        response = self.client.post(
            self.url("communication_edit", self.staff.pk),
            self.form_data(title="Sidst", expected=stale),
        )

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'role="alert"')
        self.assertIn(
            "conflict",
            [e.code for e in response.context["form"].non_field_errors().as_data()],
        )
        self.staff.refresh_from_db()
        self.assertEqual(
            (self.staff.title, self.staff.status),
            ("Personalemøde", ActivityStatus.DONE),
        )

    def test_forms_without_their_version_marker_are_refused(self):
        self.client.force_login(self.manager)
        data = self.form_data(title="Uden markør")

        edit = self.client.post(self.url("communication_edit", self.staff.pk), data)
        delete = self.client.post(self.url("communication_delete", self.staff.pk), {})

        for response in (edit, delete):
            self.assertEqual(response.status_code, 200)
            self.assertContains(response, 'role="alert"')
            self.assertTrue(response.context["form"].has_error("expected"))
        self.assertUnchanged(self.staff)

    def test_remove_an_activity_through_the_confirmation_page(self):
        self.client.force_login(self.member)
        url = self.url("communication_delete", self.staff.pk)
        page = self.client.get(url)
        self.assertContains(page, "Personalemøde")

        response = self.client.post(
            url, {"expected": page.context["form"]["expected"].value()}
        )

        self.assertRedirects(response, self.url("communication_plan"))
        self.assertFalse(
            CommunicationActivity.objects.filter(pk=self.staff.pk).exists()
        )
        row = CommunicationActivity.history.filter(id=self.staff.pk).latest()
        self.assertEqual((row.history_type, row.history_user), ("-", self.member))

    def test_a_stale_delete_is_refused(self):
        stale = version_of(self.staff)
        set_activity_status(self.staff, user=self.member, status=ActivityStatus.DONE)
        self.client.force_login(self.manager)

        response = self.client.post(
            self.url("communication_delete", self.staff.pk), {"expected": stale}
        )

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'role="alert"')
        self.assertTrue(CommunicationActivity.objects.filter(pk=self.staff.pk).exists())

    def test_change_the_status_from_the_plan(self):
        self.client.force_login(self.member)
        url = self.url("communication_status", self.staff.pk)
        self.assertEqual(self.client.get(url).status_code, 405)

        response = self.client.post(
            url,
            {
                "status": ActivityStatus.IN_PROGRESS,
                "expected_status": ActivityStatus.PLANNED,
            },
        )

        self.assertRedirects(
            response, f"{self.url('communication_plan')}#activity-{self.staff.pk}"
        )
        self.staff.refresh_from_db()
        self.assertEqual(self.staff.status, ActivityStatus.IN_PROGRESS)
        row = self.staff.history.latest()
        self.assertEqual(row.history_user, self.member)
        self.assertIn(str(ActivityStatus.IN_PROGRESS.label), row.history_change_reason)

    def test_a_bad_or_stale_status_is_explained_on_the_plan(self):
        self.client.force_login(self.manager)
        url = self.url("communication_status", self.staff.pk)
        set_activity_status(self.staff, user=self.member, status=ActivityStatus.DONE)

        for data in (
            {"status": "postponed", "expected_status": ActivityStatus.DONE},
            {},
            {"status": ActivityStatus.CANCELLED},  # without the status it showed
            {
                "status": ActivityStatus.CANCELLED,
                "expected_status": ActivityStatus.PLANNED,
            },
        ):
            with self.subTest(data=data):
                response = self.client.post(url, data)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, 'role="alert"')
                self.assertTemplateUsed(
                    response, "partnerships/tools/communication.html"
                )
        self.staff.refresh_from_db()
        self.assertEqual(self.staff.status, ActivityStatus.DONE)

    def test_plan_queries_do_not_grow_with_more_activities_and_links(self):
        self.client.force_login(self.member)

        def count():
            with CaptureQueriesContext(connection) as queries:
                response = self.client.get(self.url("communication_plan"))
                self.assertEqual(response.status_code, 200)
            return len(queries)

        create_calendar_feed(self.partnership, user=self.manager)
        few = count()
        for n in range(6):
            activity(
                self.partnership,
                title=f"Ekstra {n}",
                audience=[Audience.STAFF, Audience.PRESS][n % 2],
                planned_on=TODAY() - timedelta(days=n),
                responsible=[self.manager, self.member][n % 2],
            )
            create_calendar_feed(self.partnership, user=self.member)
        self.assertEqual(count(), few)
