"""The privacy area in the admin: who may open it, finding a person, their
page, the exports, erasing them and the retention review."""

import json
from datetime import timedelta
from io import StringIO

from django.contrib.auth.models import Permission
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import TestCase, override_settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from cms import roles
from cms.stages import Stage
from partnerships.history import save_with_reason
from partnerships.models import (
    Contact,
    Erasure,
    LegalBasis,
    Meeting,
    StageTransition,
)
from partnerships.privacy import finder
from tests.factories import (
    ContactFactory,
    MeetingFactory,
    OrganisationFactory,
    PartnerRoleFactory,
    PartnershipFactory,
    UserFactory,
)
from tests.partnerships.test_tamper import triggers_bypassed

NAME = "Mette Zyxkanarie"
EMAIL = "mette.zyx@example.org"
HOME = reverse("wagtailadmin_home")
INDEX = reverse("partnerships_privacy")
RETENTION = reverse("partnerships_privacy_retention")


def subject_url(contact, view="subject"):
    return reverse(f"partnerships_privacy_{view}", args=["contact", contact.pk])


def verify_history():
    try:
        call_command("verify_history", stdout=StringIO())
    except CommandError as error:
        return str(error)
    return ""


def valid_erasure(**changes):
    return {"legal_basis": LegalBasis.REQUEST, "note": "", "confirm": "on", **changes}


class PrivacyTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.officer = UserFactory(groups=[roles.PRIVACY_OFFICERS])
        cls.contact = ContactFactory(name=NAME, email=EMAIL, phone="+45 31 41 59 26")
        cls.meeting = MeetingFactory(minutes=f"{NAME} presented the plan.")

    def setUp(self):
        self.client.force_login(self.officer)

    def assertRefused(self, response):
        """Wagtail's admin answers a PermissionDenied with a redirect to the
        dashboard and an error message."""
        self.assertRedirects(response, HOME, fetch_redirect_response=False)


class AccessTests(PrivacyTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        erasure = Erasure.objects.create(
            erased_by=cls.officer,
            legal_basis=LegalBasis.RETENTION,
            subject_kind="contact",
            pseudonym="[slettet person 0badc0de]",
            changes={"record": 1},
        )
        cls.urls = [
            INDEX,
            INDEX + "?q=Zyx",
            RETENTION,
            reverse("partnerships_privacy_erasure", args=[erasure.pk]),
            *(
                subject_url(cls.contact, view)
                for view in ("subject", "export", "report", "erase")
            ),
            reverse("partnerships_privacy_subject", args=["user", cls.officer.pk]),
        ]

    def test_privacy_officers_and_superusers_open_every_page(self):
        for user in (self.officer, UserFactory(is_superuser=True)):
            self.client.force_login(user)
            for url in self.urls:
                with self.subTest(user=user, url=url):
                    self.assertEqual(self.client.get(url).status_code, 200)

    def test_each_page_has_one_main_heading(self):
        for url in self.urls:
            response = self.client.get(url)
            if response["Content-Type"].startswith("text/html"):
                with self.subTest(url=url):
                    self.assertContains(response, "<h1", count=1)

    def test_other_staff_are_refused(self):
        for group in (roles.AUDITORS, roles.PROJECT_MANAGERS, roles.EDITORS):
            self.client.force_login(UserFactory(groups=[group]))
            for url in self.urls:
                with self.subTest(group=group, url=url):
                    self.assertRefused(self.client.get(url))

    def test_anonymous_users_are_sent_to_sign_in(self):
        self.client.logout()
        login = reverse("wagtailadmin_login")
        for url in self.urls:
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertRedirects(
                    response, f"{login}?next={url}", fetch_redirect_response=False
                )

    def test_the_menu_shows_privacy_to_privacy_officers_only(self):
        self.assertContains(self.client.get(HOME), INDEX)
        self.client.force_login(UserFactory(groups=[roles.AUDITORS]))
        self.assertNotContains(self.client.get(HOME), INDEX)

    def test_unknown_people_and_kinds_are_not_found(self):
        for url in (
            reverse("partnerships_privacy_subject", args=["contact", 2**40]),
            reverse("partnerships_privacy_report", args=["user", 2**40]),
            reverse("partnerships_privacy_export", args=["nobody", self.contact.pk]),
            reverse("partnerships_privacy_erase", args=["contact", 2**63 + 1]),
            reverse("partnerships_privacy_erasure", args=[2**40]),
            f"{INDEX}contact/abc/",
            f"{INDEX}erasures/abc/",
        ):
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 404)

    def test_pages_showing_personal_data_are_not_kept_by_the_browser(self):
        for url in self.urls:
            with self.subTest(url=url):
                self.assertIn("no-store", self.client.get(url)["Cache-Control"])


class SearchTests(PrivacyTestCase):
    def test_finds_a_contact_by_part_of_the_name(self):
        response = self.client.get(INDEX, {"q": "zyxkan"})

        self.assertEqual([s.pk for s in response.context["results"]], [self.contact.pk])
        self.assertContains(response, subject_url(self.contact))
        self.assertContains(response, _("Still registered"))

    def test_finds_a_deleted_contact_through_its_history(self):
        gone = ContactFactory(name="Ole Qwertyssen", email="ole.q@example.org")
        gone_pk = gone.pk
        gone.delete()

        response = self.client.get(INDEX, {"q": "ole.q@"})

        self.assertEqual([s.pk for s in response.context["results"]], [gone_pk])
        self.assertFalse(response.context["results"][0].exists)
        self.assertContains(response, _("Deleted; only in the history"))

    def test_a_query_too_short_gets_a_message_not_a_search(self):
        for query in ("z", " ", ""):
            with self.subTest(query=query):
                response = self.client.get(INDEX, {"q": query})
                self.assertEqual(response.status_code, 200)
                self.assertIsNone(response.context["results"])
                self.assertContains(response, 'role="alert"')

    def test_lists_the_erasures_made_newest_first_25_per_page(self):
        for number in range(27):
            Erasure.objects.create(
                erased_by=self.officer,
                legal_basis=LegalBasis.REQUEST,
                subject_kind="contact",
                pseudonym=f"[slettet person {number:08x}]",
            )

        first = self.client.get(INDEX)
        second = self.client.get(INDEX, {"p": 2})

        self.assertEqual(len(first.context["page"].object_list), 25)
        self.assertContains(first, "[slettet person 0000001a]")
        self.assertContains(second, "[slettet person 00000000]")
        self.assertContains(first, self.officer.get_full_name())


class SubjectPageTests(PrivacyTestCase):
    def test_lists_identifying_values_and_a_mention_in_a_meetings_minutes(self):
        response = self.client.get(subject_url(self.contact))

        self.assertContains(response, EMAIL)
        groups = dict(response.context["mention_groups"])
        self.assertIn(finder.PLACES[finder.RECORD], groups)
        self.assertIn(finder.PLACES[finder.HISTORY], groups)
        found = [
            finding
            for findings in groups.values()
            for finding in findings
            if finding["record_type"] == Meeting._meta.verbose_name
            and finding["pk"] == self.meeting.pk
        ]
        self.assertEqual(len(found), 1)
        self.assertIn(
            str(Meeting._meta.get_field("minutes").verbose_name), found[0]["fields"]
        )
        self.assertContains(response, "presented the plan")

    def test_offers_erasure_only_to_those_who_may_erase(self):
        erase = subject_url(self.contact, "erase")
        self.assertContains(self.client.get(subject_url(self.contact)), erase)

        reader = UserFactory()
        reader.user_permissions.add(
            Permission.objects.get(codename="access_admin"),
            Permission.objects.get(codename="view_erasure"),
        )
        self.client.force_login(reader)
        self.assertNotContains(self.client.get(subject_url(self.contact)), erase)
        self.assertRefused(self.client.get(erase))
        self.assertRefused(self.client.post(erase, valid_erasure()))
        self.assertFalse(Erasure.objects.exists())

    def test_the_json_export_holds_the_contact_and_names_no_one_in_its_file_name(
        self,
    ):
        response = self.client.get(subject_url(self.contact, "export"))

        data = json.loads(response.content)
        self.assertEqual(data["record"]["email"], EMAIL)
        self.assertEqual(
            response["Content-Disposition"],
            f'attachment; filename="personal-data-contact-{self.contact.pk}.json"',
        )
        self.assertTrue(response["Content-Type"].startswith("application/json"))

    def test_the_report_names_the_person_and_runs_no_inline_script_or_style(self):
        response = self.client.get(subject_url(self.contact, "report"))

        self.assertContains(response, NAME)
        self.assertContains(response, "<h1>", count=1)
        self.assertNotContains(response, "<script")
        self.assertNotContains(response, "style=")
        self.assertNotContains(response, "<style")


class ErasureViewTests(PrivacyTestCase):
    def test_the_form_says_what_will_change(self):
        response = self.client.get(subject_url(self.contact, "erase"))

        self.assertContains(response, 'name="legal_basis"')
        self.assertContains(response, 'name="confirm"')
        places = dict(response.context["changes"])
        self.assertEqual(places[finder.PLACES[finder.RECORD]], 2)  # contact, meeting

    def test_without_a_legal_basis_nothing_is_erased(self):
        histories = Contact.history.count()

        response = self.client.post(
            subject_url(self.contact, "erase"), valid_erasure(legal_basis="")
        )

        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.context["form"].errors["legal_basis"])
        self.assertContains(response, 'role="alert"')
        self.contact.refresh_from_db()
        self.assertEqual(self.contact.name, NAME)
        self.assertFalse(Erasure.objects.exists())
        self.assertEqual(Contact.history.count(), histories)

    def test_other_needs_a_note_and_the_box_must_be_ticked(self):
        url = subject_url(self.contact, "erase")

        other = self.client.post(url, valid_erasure(legal_basis=LegalBasis.OTHER))
        unticked = self.client.post(url, valid_erasure(confirm=""))

        self.assertTrue(other.context["form"].errors["note"])
        self.assertTrue(unticked.context["form"].errors["confirm"])
        self.assertFalse(Erasure.objects.exists())

    def test_a_valid_erasure_pseudonymises_the_contact_and_the_trail_verifies(self):
        response = self.client.post(
            subject_url(self.contact, "erase"),
            valid_erasure(note="Sag 2026-17"),
            follow=True,
        )

        erasure = Erasure.objects.get()
        self.assertRedirects(
            response, reverse("partnerships_privacy_erasure", args=[erasure.pk])
        )
        self.assertEqual(erasure.erased_by, self.officer)
        self.assertEqual(erasure.legal_basis, LegalBasis.REQUEST)
        self.assertContains(response, erasure.pseudonym)
        self.assertContains(response, 'class="success"')
        self.contact.refresh_from_db()
        self.assertEqual(self.contact.name, erasure.pseudonym)
        self.assertEqual(self.contact.email, "")
        self.meeting.refresh_from_db()
        self.assertNotIn("Zyxkanarie", self.meeting.minutes)
        self.assertEqual(verify_history(), "")

    def test_an_erased_person_is_not_erased_again(self):
        url = subject_url(self.contact, "erase")
        self.client.post(url, valid_erasure())

        again = self.client.post(url, valid_erasure())

        self.assertEqual(again.status_code, 200)
        self.assertIsNotNone(again.context["erasure"])
        self.assertEqual(Erasure.objects.count(), 1)

    def test_a_broken_audit_trail_stops_the_erasure_with_a_message(self):
        # Someone changed the contact's history behind the trail's back.
        row = self.contact.history.order_by("history_id").first()
        with triggers_bypassed(), connection.cursor() as cursor:
            cursor.execute(
                "UPDATE partnerships_historicalcontact SET role = 'Forfalsket' "
                "WHERE history_id = %s",
                [row.history_id],
            )

        response = self.client.post(subject_url(self.contact, "erase"), valid_erasure())

        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.context["form"].non_field_errors())
        self.assertFalse(Erasure.objects.exists())
        self.contact.refresh_from_db()
        self.assertEqual(self.contact.name, NAME)

    def test_an_auditor_cannot_erase(self):
        self.client.force_login(UserFactory(groups=[roles.AUDITORS]))

        response = self.client.post(subject_url(self.contact, "erase"), valid_erasure())

        self.assertRefused(response)
        self.assertFalse(Erasure.objects.exists())
        self.assertEqual(Contact.objects.get(pk=self.contact.pk).name, NAME)

    def test_the_erasure_page_shows_what_was_done_without_the_person(self):
        self.client.post(subject_url(self.contact, "erase"), valid_erasure())
        erasure = Erasure.objects.get()

        response = self.client.get(
            reverse("partnerships_privacy_erasure", args=[erasure.pk])
        )

        self.assertContains(response, erasure.pseudonym)
        self.assertContains(response, erasure.get_legal_basis_display())
        self.assertEqual(response.context["sealed"], erasure.seals.count())
        self.assertGreater(response.context["sealed"], 0)
        self.assertNotContains(response, "Zyxkanarie")


class RetentionReviewTests(PrivacyTestCase):
    @override_settings(PRIVACY_RETENTION_YEARS=5)
    def test_lists_a_contact_whose_partnerships_ended_long_ago(self):
        organisation = OrganisationFactory(name="Gamle Kulturhus")
        partnership = PartnershipFactory()
        PartnerRoleFactory(partnership=partnership, organisation=organisation)
        partnership.stage = Stage.CONCLUDED
        save_with_reason(partnership, self.officer, "Afsluttet")
        StageTransition.objects.create(
            partnership=partnership,
            from_stage=Stage.EVALUATION,
            to_stage=Stage.CONCLUDED,
            cycle=1,
            by=self.officer,
            at=timezone.now() - timedelta(days=6 * 366),
        )
        due = ContactFactory(name="Kaj Forældet", organisation=organisation)

        response = self.client.get(RETENTION)

        self.assertEqual(list(response.context["page"].object_list), [due])
        self.assertContains(response, subject_url(due))
        self.assertContains(response, "Gamle Kulturhus")
        self.assertEqual(response.context["years"], 5)
