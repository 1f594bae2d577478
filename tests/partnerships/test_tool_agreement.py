import io
from datetime import date, timedelta
from decimal import Decimal

import docx
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext as _

from cms import roles
from cms.stages import Stage
from demo.tools import agreement as demo
from partnerships.concurrency import version_of
from partnerships.models import (
    Agreement,
    AgreementClause,
    AgreementSection,
    ClauseTemplate,
    Partnership,
    PartnershipGoal,
)
from partnerships.models.agreement import SECTION_ORDER
from partnerships.tools.agreement.services import (
    add_clause,
    attach_scan,
    draft_agreement,
    move_clause,
    new_agreement_version,
    remove_clause,
    sign_agreement,
    update_clause,
)
from partnerships.tools.agreement.text import (
    PLACEHOLDERS,
    fill_placeholders,
    placeholder_values,
)
from tests.factories import (
    ContactFactory,
    PartnerRoleFactory,
    PartnershipFactory,
    StrategicGoalFactory,
    UserFactory,
)

PDF = b"%PDF-1.4\n% underskrevet aftale\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def scan(name="aftale.pdf", content=PDF):
    return SimpleUploadedFile(name, content)


def make_partnership():
    """A partnership with two partners, a contact each and a strategic goal."""
    partnership = PartnershipFactory(
        title="Læselyst på havnen",
        purpose="Flere familier skal læse sammen.",
        vision="Havnen summer af historier.",
        library_gives="Lokaler og formidlere.",
        library_gets="Nye brugere.",
        start_date=date(2025, 3, 1),
        budget=Decimal("150000.00"),
        resources="200 timer i alt.",
    )
    museum = PartnerRoleFactory(
        partnership=partnership, organisation__name="Museet på Torvet"
    ).organisation
    culture = PartnerRoleFactory(
        partnership=partnership, organisation__name="Kulturhuset Nord"
    ).organisation
    ContactFactory(
        name="Anna Berg", organisation=culture, role="Leder", email="anna@example.org"
    )
    ContactFactory(name="Bo Krog", organisation=museum)
    PartnershipGoal.objects.create(
        partnership=partnership, goal=StrategicGoalFactory(title="Flere læsere")
    )
    return partnership


def clause(agreement, heading) -> AgreementClause:
    return agreement.clauses.get(heading=heading)


def signed(partnership, **kwargs) -> Agreement:
    agreement = draft_agreement(partnership, user=partnership.project_manager)
    return sign_agreement(
        agreement,
        user=partnership.project_manager,
        signed_on=kwargs.get("signed_on", date(2025, 2, 20)),
        signatories="Mette Kjærgaard, bibliotekschef",
        scan=kwargs.get("scan"),
    )


class DraftingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.partnership = make_partnership()
        cls.manager = cls.partnership.project_manager

    def test_draft_fills_placeholders_and_leaves_out_optional_clauses(self):
        agreement = draft_agreement(self.partnership, user=self.manager)

        self.assertEqual((agreement.cycle, agreement.version), (1, 1))
        headings = list(agreement.clauses.values_list("heading", flat=True))
        self.assertEqual(
            len(headings),
            ClauseTemplate.objects.filter(included_by_default=True).count(),
        )
        self.assertNotIn("Persondata", headings)
        parties = clause(agreement, "Parterne").body
        self.assertIn(
            "Aftalen indgås mellem biblioteket og Kulturhuset Nord og Museet på "
            "Torvet.",
            parties,
        )
        self.assertIn(
            "Anna Berg, Leder, Kulturhuset Nord, anna@example.org\n"
            "Bo Krog, Museet på Torvet",
            parties,
        )
        self.assertIn(
            "“Læselyst på havnen”", clause(agreement, "Baggrund og fælles formål").body
        )
        self.assertIn(
            "Flere læsere", clause(agreement, "Parternes mål og udbytte").body
        )
        self.assertIn(
            "Aftalen gælder fra 1. marts 2025 til –.",
            clause(agreement, "Varighed og evaluering").body,
        )
        self.assertIn("budget er 150.000 kr.", clause(agreement, "Økonomi").body)
        for body in agreement.clauses.values_list("body", flat=True):
            self.assertNotRegex(body, r"\{\w+\}")

    def test_clauses_follow_the_section_order_and_name_the_partnership(self):
        agreement = draft_agreement(self.partnership, user=self.manager)

        clauses = list(agreement.clauses.order_by("sort_order"))
        orders = [SECTION_ORDER[c.section] for c in clauses]
        self.assertEqual(orders, sorted(orders))
        self.assertEqual({c.partnership_id for c in clauses}, {self.partnership.pk})

    def test_unknown_placeholders_and_other_braces_stay_as_written(self):
        ClauseTemplate.objects.create(
            section="principles",
            heading="Særlige aftaler",
            body="{title}: {ukendt}, { title }, {} og {budget",
            sort_order=99,
        )

        agreement = draft_agreement(self.partnership, user=self.manager)

        self.assertEqual(
            clause(agreement, "Særlige aftaler").body,
            "Læselyst på havnen: {ukendt}, { title }, {} og {budget",
        )

    def test_every_documented_placeholder_has_a_value(self):
        values = placeholder_values(self.partnership)

        self.assertEqual(set(values), set(PLACEHOLDERS))
        self.assertEqual(
            fill_placeholders("{vision}", values), "Havnen summer af historier."
        )

    def test_a_cycle_gets_one_first_draft(self):
        draft_agreement(self.partnership, user=self.manager)

        with self.assertRaises(ValidationError) as refused:
            draft_agreement(self.partnership, user=self.manager)

        self.assertEqual(refused.exception.code, "exists")
        self.assertEqual(
            Agreement.objects.filter(partnership=self.partnership).count(), 1
        )

    def test_drafting_is_recorded_with_user_and_reason(self):
        draft_agreement(self.partnership, user=self.manager)

        for model in (Agreement, AgreementClause):
            row = model.history.latest()
            self.assertEqual(row.history_user, self.manager)
            self.assertTrue(row.history_change_reason)

    def test_only_members_draft(self):
        other = UserFactory(groups=[roles.PROJECT_MANAGERS])

        with self.assertRaises(PermissionDenied):
            draft_agreement(self.partnership, user=other)

        self.assertFalse(Agreement.objects.exists())


class EditingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.partnership = make_partnership()
        cls.manager = cls.partnership.project_manager

    def setUp(self):
        self.agreement = draft_agreement(self.partnership, user=self.manager)

    def section_headings(self, section):
        return list(
            self.agreement.clauses.filter(section=section)
            .order_by("sort_order", "pk")
            .values_list("heading", flat=True)
        )

    def test_edit_changes_heading_and_text_with_history(self):
        target = clause(self.agreement, "Økonomi")

        update_clause(
            target,
            user=self.manager,
            heading="Økonomi og tilskud",
            body="Linje et\r\nLinje to",
            expected=version_of(target),
        )

        target.refresh_from_db()
        self.assertEqual(
            (target.heading, target.body), ("Økonomi og tilskud", "Linje et\nLinje to")
        )
        row = AgreementClause.history.latest()
        self.assertEqual(row.history_user, self.manager)
        self.assertIn("Økonomi og tilskud", row.history_change_reason)

    def test_a_clause_needs_a_heading_of_at_most_255_characters(self):
        target = clause(self.agreement, "Økonomi")

        for heading, code in (("  ", "blank"), ("x" * 256, "max_length")):
            with self.assertRaises(ValidationError) as refused:
                update_clause(target, user=self.manager, heading=heading, body="x")
            self.assertEqual(refused.exception.error_dict["heading"][0].code, code)

        target.refresh_from_db()
        self.assertEqual(target.heading, "Økonomi")

    def test_add_a_written_clause_at_the_end_of_its_section(self):
        add_clause(
            self.agreement,
            user=self.manager,
            section="rights",
            heading="Fotos",
            body="Fotos må bruges af alle parter.",
            expected=version_of(self.agreement),
        )

        self.assertEqual(
            self.section_headings("rights"), ["Rettigheder og tredjepart", "Fotos"]
        )
        self.assertEqual(clause(self.agreement, "Fotos").partnership, self.partnership)

    def test_add_an_optional_standard_clause_once(self):
        personal_data = ClauseTemplate.objects.get(heading="Persondata")

        add_clause(self.agreement, user=self.manager, template=personal_data)

        added = clause(self.agreement, "Persondata")
        self.assertEqual((added.section, added.template), ("rights", personal_data))
        with self.assertRaises(ValidationError) as refused:
            add_clause(self.agreement, user=self.manager, template=personal_data)
        self.assertEqual(refused.exception.code, "duplicate")

    def test_a_written_clause_needs_a_known_section(self):
        for section, code in (("", "blank"), ("elsewhere", "invalid_choice")):
            with self.assertRaises(ValidationError) as refused:
                add_clause(
                    self.agreement, user=self.manager, section=section, heading="X"
                )
            self.assertEqual(refused.exception.error_dict["section"][0].code, code)

        self.assertFalse(self.agreement.clauses.filter(heading="X").exists())

    def test_a_clause_removed_meanwhile_is_gone(self):
        target = clause(self.agreement, "Uenighed")
        remove_clause(target, user=self.manager)

        for attempt in (
            lambda: update_clause(target, user=self.manager, heading="X", body="Y"),
            lambda: remove_clause(target, user=self.manager),
            lambda: move_clause(target, user=self.manager, direction="up"),
        ):
            with self.assertRaises(ValidationError) as refused:
                attempt()
            self.assertEqual(refused.exception.code, "gone")

    def test_remove_a_clause_with_history(self):
        target = clause(self.agreement, "Uenighed")

        remove_clause(target, user=self.manager, expected=version_of(self.agreement))

        self.assertFalse(self.agreement.clauses.filter(heading="Uenighed").exists())
        row = AgreementClause.history.latest()
        self.assertEqual((row.history_type, row.history_user), ("-", self.manager))

    def test_move_within_a_section(self):
        add_clause(self.agreement, user=self.manager, section="rights", heading="Fotos")
        fotos = clause(self.agreement, "Fotos")

        move_clause(fotos, user=self.manager, direction="up")
        self.assertEqual(
            self.section_headings("rights"), ["Fotos", "Rettigheder og tredjepart"]
        )
        move_clause(fotos, user=self.manager, direction="down")
        self.assertEqual(
            self.section_headings("rights"), ["Rettigheder og tredjepart", "Fotos"]
        )

        with self.assertRaises(ValidationError) as refused:
            move_clause(fotos, user=self.manager, direction="down")
        self.assertEqual(refused.exception.code, "at_end")
        row = AgreementClause.history.latest()
        self.assertEqual(row.history_user, self.manager)
        self.assertIn("Fotos", row.history_change_reason)

    def test_a_form_opened_before_another_change_is_refused(self):
        target = clause(self.agreement, "Økonomi")
        seen_agreement = version_of(self.agreement)
        seen_clause = version_of(target)
        update_clause(target, user=self.manager, heading="Økonomi", body="Ny tekst")

        for attempt in (
            lambda: update_clause(
                target,
                user=self.manager,
                heading="Min",
                body="Min",
                expected=seen_clause,
            ),
            lambda: remove_clause(target, user=self.manager, expected=seen_agreement),
            lambda: move_clause(
                target, user=self.manager, direction="up", expected=seen_agreement
            ),
            lambda: sign_agreement(
                self.agreement,
                user=self.manager,
                signed_on=date(2025, 2, 20),
                signatories="X",
                expected=seen_agreement,
            ),
        ):
            with self.assertRaises(ValidationError) as refused:
                attempt()
            self.assertEqual(refused.exception.code, "conflict")
        target.refresh_from_db()
        self.assertEqual((target.heading, target.body), ("Økonomi", "Ny tekst"))

    def test_a_signed_version_is_locked(self):
        sign_agreement(
            self.agreement,
            user=self.manager,
            signed_on=date(2025, 2, 20),
            signatories="Mette Kjærgaard",
        )
        self.agreement.refresh_from_db()
        target = clause(self.agreement, "Økonomi")
        before = version_of(self.agreement)

        for attempt in (
            lambda: update_clause(target, user=self.manager, heading="X", body="Y"),
            lambda: remove_clause(target, user=self.manager),
            lambda: add_clause(
                self.agreement, user=self.manager, section="rights", heading="X"
            ),
            lambda: move_clause(target, user=self.manager, direction="up"),
            lambda: sign_agreement(
                self.agreement,
                user=self.manager,
                signed_on=date(2025, 2, 21),
                signatories="X",
            ),
        ):
            with self.assertRaises(ValidationError) as refused:
                attempt()
            self.assertEqual(refused.exception.code, "locked")
        self.agreement.refresh_from_db()
        self.assertEqual(version_of(self.agreement), before)

    def test_a_draft_from_an_earlier_cycle_cannot_change(self):
        Partnership.objects.filter(pk=self.partnership.pk).update(cycle=2)
        target = clause(self.agreement, "Økonomi")

        with self.assertRaises(ValidationError) as refused:
            update_clause(target, user=self.manager, heading="X", body="Y")

        self.assertEqual(refused.exception.code, "not_latest")


class SigningTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.partnership = make_partnership()
        cls.manager = cls.partnership.project_manager

    def setUp(self):
        self.agreement = draft_agreement(self.partnership, user=self.manager)

    def keep_clean(self, agreement):
        agreement.refresh_from_db()
        if agreement.signed_scan:
            self.addCleanup(
                agreement.signed_scan.storage.delete, agreement.signed_scan.name
            )

    def test_signing_records_date_and_names_and_meets_the_gate(self):
        self.assertFalse(self.partnership.facts().agreement_signed)

        sign_agreement(
            self.agreement,
            user=self.manager,
            signed_on=date(2025, 2, 20),
            signatories="Mette Kjærgaard\r\nJonas Holm",
        )

        self.agreement.refresh_from_db()
        self.assertTrue(self.agreement.is_signed)
        self.assertEqual(self.agreement.signatories, "Mette Kjærgaard\nJonas Holm")
        self.assertTrue(self.partnership.facts().agreement_signed)
        row = Agreement.history.latest()
        self.assertEqual(
            (row.history_user, row.signed_on), (self.manager, date(2025, 2, 20))
        )
        self.assertTrue(row.history_change_reason)

    def test_only_the_current_cycle_counts_for_the_gate(self):
        sign_agreement(
            self.agreement,
            user=self.manager,
            signed_on=date(2025, 2, 20),
            signatories="X",
        )
        Partnership.objects.filter(pk=self.partnership.pk).update(cycle=2)
        self.partnership.refresh_from_db()

        self.assertFalse(self.partnership.facts().agreement_signed)

    def test_signing_needs_names_a_past_date_and_clauses(self):
        tomorrow = timezone.localdate() + timedelta(days=1)
        with self.assertRaises(ValidationError) as refused:
            sign_agreement(
                self.agreement, user=self.manager, signed_on=tomorrow, signatories=" "
            )
        self.assertEqual(
            set(refused.exception.message_dict), {"signed_on", "signatories"}
        )
        self.assertEqual(refused.exception.error_dict["signed_on"][0].code, "future")

        self.agreement.clauses.all().delete()
        with self.assertRaises(ValidationError) as refused:
            sign_agreement(
                self.agreement,
                user=self.manager,
                signed_on=date(2025, 2, 20),
                signatories="X",
            )
        self.assertEqual(refused.exception.code, "empty")
        self.agreement.refresh_from_db()
        self.assertFalse(self.agreement.is_signed)

    def test_the_signed_copy_is_kept_on_private_storage(self):
        sign_agreement(
            self.agreement,
            user=self.manager,
            signed_on=date(2025, 2, 20),
            signatories="X",
            scan=scan(),
        )

        self.keep_clean(self.agreement)
        stored = self.agreement.signed_scan
        self.assertEqual(stored.storage.location, storages["private"].location)
        self.assertTrue(stored.name.endswith(".pdf"))
        self.assertIn("samarbejdsaftale-laeselyst-paa-havnen", stored.name)
        with stored.open("rb") as saved:
            self.assertEqual(saved.read(), PDF)

    def test_a_wrong_or_too_large_copy_is_refused_and_nothing_is_signed(self):
        too_big = SimpleUploadedFile("aftale.pdf", PDF + b"0" * (10 * 1024 * 1024))
        for upload in (
            scan("aftale.docx"),
            scan("aftale.pdf", b"MZ not a pdf"),
            scan("aftale.png", PDF),
            too_big,
        ):
            with self.subTest(name=upload.name, size=upload.size):
                with self.assertRaises(ValidationError) as refused:
                    sign_agreement(
                        self.agreement,
                        user=self.manager,
                        signed_on=date(2025, 2, 20),
                        signatories="X",
                        scan=upload,
                    )
                self.assertIn("scan", refused.exception.message_dict)
        self.agreement.refresh_from_db()
        self.assertFalse(self.agreement.is_signed)
        self.assertFalse(self.agreement.signed_scan)

    def test_the_copy_can_be_attached_and_replaced_after_signing_only(self):
        with self.assertRaises(ValidationError):
            attach_scan(self.agreement, user=self.manager, scan=scan())

        sign_agreement(
            self.agreement,
            user=self.manager,
            signed_on=date(2025, 2, 20),
            signatories="X",
        )
        attach_scan(self.agreement, user=self.manager, scan=scan())
        self.keep_clean(self.agreement)
        first = self.agreement.signed_scan.name
        attach_scan(self.agreement, user=self.manager, scan=scan("side.png", PNG))
        self.keep_clean(self.agreement)

        self.assertNotEqual(self.agreement.signed_scan.name, first)
        self.assertTrue(self.agreement.signed_scan.name.endswith(".png"))
        self.assertEqual(
            list(Agreement.history.values_list("history_change_reason", flat=True)[:2]),
            [_("Signed copy replaced"), _("Signed copy attached")],
        )

    def test_a_new_version_copies_the_clauses_and_the_old_stays_in_force(self):
        self.agreement = sign_agreement(
            self.agreement,
            user=self.manager,
            signed_on=date(2025, 2, 20),
            signatories="X",
        )

        draft = new_agreement_version(
            self.agreement,
            user=self.manager,
            reason="Ny partner",
            expected=version_of(self.agreement),
        )

        self.assertEqual((draft.version, draft.cycle, draft.is_signed), (2, 1, False))
        copied = list(
            draft.clauses.values_list("section", "heading", "body", "sort_order")
        )
        original = list(
            self.agreement.clauses.values_list(
                "section", "heading", "body", "sort_order"
            )
        )
        self.assertEqual(sorted(copied), sorted(original))
        self.assertEqual(
            set(draft.clauses.values_list("partnership", flat=True)),
            {self.partnership.pk},
        )
        self.agreement.refresh_from_db()
        self.assertTrue(self.agreement.is_signed)
        self.assertTrue(self.partnership.facts().agreement_signed)
        self.assertIn("Ny partner", Agreement.history.latest().history_change_reason)

        with self.assertRaises(ValidationError) as refused:
            new_agreement_version(self.agreement, user=self.manager, reason="Igen")
        self.assertEqual(refused.exception.code, "not_latest")

    def test_a_new_version_needs_a_signed_version_and_a_reason(self):
        with self.assertRaises(ValidationError) as refused:
            new_agreement_version(self.agreement, user=self.manager, reason="x")
        self.assertEqual(refused.exception.code, "unsigned")

        sign_agreement(
            self.agreement,
            user=self.manager,
            signed_on=date(2025, 2, 20),
            signatories="X",
        )
        with self.assertRaises(ValidationError) as refused:
            new_agreement_version(self.agreement, user=self.manager, reason=" ")
        self.assertIn("reason", refused.exception.message_dict)
        self.assertEqual(Agreement.objects.count(), 1)


class PageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.partnership = make_partnership()
        cls.owner = cls.partnership.project_manager
        cls.other_manager = UserFactory(groups=[roles.PROJECT_MANAGERS])
        cls.auditor = UserFactory(groups=[roles.AUDITORS])

    def setUp(self):
        self.agreement = draft_agreement(self.partnership, user=self.owner)

    def url(self, name, *args):
        return reverse(f"partnerships:{name}", args=[self.partnership.pk, *args])

    def assertRefused(self, response):
        """Wagtail's admin answers a PermissionDenied with a redirect to the
        dashboard and an error message (a 403 only to script requests)."""
        self.assertRedirects(
            response, reverse("wagtailadmin_home"), fetch_redirect_response=False
        )

    def test_readers_see_the_clauses_grouped_by_section_in_order(self):
        for user in (self.owner, self.other_manager, self.auditor):
            self.client.force_login(user)
            response = self.client.get(self.url("agreement"))
            self.assertEqual(response.status_code, 200)
        content = response.content.decode()
        positions = [
            content.index(f'<h3 class="agreement-section">{escape(section.label)}</h3>')
            for section in AgreementSection
            if self.agreement.clauses.filter(section=section).exists()
        ]
        self.assertEqual(positions, sorted(positions))
        self.assertContains(response, "§1 Parterne")
        self.assertContains(response, "Kulturhuset Nord og Museet på Torvet")
        self.assertNotContains(response, self.url("agreement_sign", self.agreement.pk))

    def test_the_owner_sees_the_edit_buttons(self):
        self.client.force_login(self.owner)

        response = self.client.get(self.url("agreement"))

        self.assertContains(response, self.url("agreement_sign", self.agreement.pk))
        first = self.agreement.clauses.order_by("sort_order").first()
        self.assertContains(response, self.url("agreement_clause_edit", first.pk))

    def test_anonymous_visitors_are_sent_to_the_login_page(self):
        for name, args in [
            ("agreement", []),
            ("agreement_version", [self.agreement.pk]),
            ("agreement_docx", [self.agreement.pk]),
            ("agreement_print", [self.agreement.pk]),
            ("agreement_scan", [self.agreement.pk]),
        ]:
            response = self.client.get(self.url(name, *args))
            self.assertEqual(response.status_code, 302)
            self.assertTrue(response["Location"].startswith("/admin/login/"))

    def test_only_members_may_write(self):
        target = self.agreement.clauses.order_by("sort_order").first()
        posts = [
            (
                self.url("agreement_clause_edit", target.pk),
                {"heading": "Hack", "body": "x"},
            ),
            (self.url("agreement_clause_remove", target.pk), {}),
            (self.url("agreement_clause_move", target.pk), {"direction": "down"}),
            (
                self.url("agreement_clause_add", self.agreement.pk),
                {"section": "rights", "heading": "Hack"},
            ),
            (
                self.url("agreement_sign", self.agreement.pk),
                {"signed_on": "2025-02-20", "signatories": "X"},
            ),
        ]
        before = version_of(self.agreement)
        for user in (self.other_manager, self.auditor):
            self.client.force_login(user)
            for url, data in posts:
                with self.subTest(user=user.username, url=url):
                    data = {**data, "expected": before}
                    self.assertRefused(self.client.post(url, data))
            self.assertRefused(self.client.get(posts[0][0]))
        self.agreement.refresh_from_db()
        self.assertEqual(version_of(self.agreement), before)

    def test_drafting_through_the_page(self):
        other = PartnershipFactory(title="Andet partnerskab")
        url = reverse("partnerships:agreement_draft", args=[other.pk])
        self.client.force_login(self.other_manager)
        self.assertRefused(self.client.post(url))
        self.assertFalse(Agreement.objects.filter(partnership=other).exists())
        self.client.force_login(other.project_manager)

        self.assertEqual(self.client.get(url).status_code, 405)
        response = self.client.post(url)

        self.assertRedirects(
            response, reverse("partnerships:agreement", args=[other.pk])
        )
        self.assertEqual(Agreement.objects.get(partnership=other).clauses.count(), 13)

    def test_edit_a_clause_through_its_form(self):
        target = clause(self.agreement, "Økonomi")
        self.client.force_login(self.owner)
        form = self.client.get(self.url("agreement_clause_edit", target.pk))
        expected = form.context["form"]["expected"].value()

        response = self.client.post(
            self.url("agreement_clause_edit", target.pk),
            {
                "heading": "Økonomi",
                "body": "Budgettet er 90.000 kr.",
                "expected": expected,
            },
        )

        self.assertRedirects(response, self.url("agreement"))
        target.refresh_from_db()
        self.assertEqual(target.body, "Budgettet er 90.000 kr.")

    def test_a_stale_form_shows_an_error_and_changes_nothing(self):
        target = clause(self.agreement, "Økonomi")
        stale = version_of(target)
        update_clause(target, user=self.owner, heading="Økonomi", body="Først")
        self.client.force_login(self.owner)

        response = self.client.post(
            self.url("agreement_clause_edit", target.pk),
            {"heading": "Økonomi", "body": "Sidst", "expected": stale},
        )

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'role="alert"')
        self.assertIn(
            "conflict",
            [e.code for e in response.context["form"].non_field_errors().as_data()],
        )
        target.refresh_from_db()
        self.assertEqual(target.body, "Først")

    def test_a_form_without_its_version_marker_is_refused(self):
        target = clause(self.agreement, "Økonomi")
        self.client.force_login(self.owner)

        response = self.client.post(
            self.url("agreement_clause_edit", target.pk), {"heading": "X", "body": "Y"}
        )

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'role="alert"')
        target.refresh_from_db()
        self.assertEqual(target.heading, "Økonomi")

    def test_the_clause_forms_explain_a_missing_or_too_long_field(self):
        target = clause(self.agreement, "Økonomi")
        self.client.force_login(self.owner)
        expected = version_of(self.agreement)

        added = self.client.post(
            self.url("agreement_clause_add", self.agreement.pk),
            {"section": "", "heading": " ", "body": "x", "expected": expected},
        )
        edited = self.client.post(
            self.url("agreement_clause_edit", target.pk),
            {"heading": "x" * 256, "body": "x", "expected": version_of(target)},
        )

        self.assertTrue(added.context["form"].has_error("section", "required"))
        self.assertTrue(added.context["form"].has_error("heading", "required"))
        self.assertTrue(edited.context["form"].has_error("heading", "max_length"))
        self.assertEqual(version_of(self.agreement), expected)

    def test_the_sign_and_new_version_forms_explain_what_is_missing(self):
        self.client.force_login(self.owner)
        url = self.url("agreement_sign", self.agreement.pk)
        expected = version_of(self.agreement)
        tomorrow = timezone.localdate() + timedelta(days=1)

        empty = self.client.post(url, {"expected": expected})
        future = self.client.post(
            url, {"signed_on": tomorrow, "signatories": "X", "expected": expected}
        )

        self.assertTrue(empty.context["form"].has_error("signed_on", "required"))
        self.assertTrue(empty.context["form"].has_error("signatories", "required"))
        self.assertTrue(future.context["form"].has_error("signed_on", "future"))
        signed = sign_agreement(
            self.agreement,
            user=self.owner,
            signed_on=date(2025, 2, 20),
            signatories="X",
        )
        response = self.client.post(
            self.url("agreement_new_version", signed.pk),
            {"reason": " ", "expected": version_of(signed)},
        )
        self.assertTrue(response.context["form"].has_error("reason", "required"))
        self.assertEqual(Agreement.objects.count(), 1)

    def test_add_remove_and_move_through_the_pages(self):
        self.client.force_login(self.owner)
        personal_data = ClauseTemplate.objects.get(heading="Persondata")
        marker = version_of(self.agreement)

        self.client.post(
            self.url("agreement_clause_add", self.agreement.pk),
            {"template": personal_data.pk, "expected": marker},
        )
        added = clause(self.agreement, "Persondata")
        response = self.client.post(
            self.url("agreement_clause_move", added.pk),
            {"direction": "up", "expected": version_of(self.agreement)},
        )
        self.assertRedirects(response, f"{self.url('agreement')}#clause-{added.pk}")
        rights = self.agreement.clauses.filter(section="rights").order_by("sort_order")
        self.assertEqual(rights.first(), added)
        self.client.post(
            self.url("agreement_clause_remove", added.pk),
            {"expected": version_of(self.agreement)},
        )
        self.assertFalse(self.agreement.clauses.filter(pk=added.pk).exists())

    def test_a_refused_move_is_explained_on_the_page(self):
        first = clause(self.agreement, "Parterne")
        self.client.force_login(self.owner)

        response = self.client.post(
            self.url("agreement_clause_move", first.pk),
            {"direction": "up", "expected": version_of(self.agreement)},
        )

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'role="alert"')

    def test_signing_through_the_page_locks_the_version(self):
        self.client.force_login(self.owner)
        marker = version_of(self.agreement)

        response = self.client.post(
            self.url("agreement_sign", self.agreement.pk),
            {
                "signed_on": "2025-02-20",
                "signatories": "Mette Kjærgaard",
                "scan": scan(),
                "expected": marker,
            },
        )

        self.assertRedirects(response, self.url("agreement"))
        self.agreement.refresh_from_db()
        self.addCleanup(
            self.agreement.signed_scan.storage.delete, self.agreement.signed_scan.name
        )
        self.assertEqual(self.agreement.signed_on, date(2025, 2, 20))
        target = clause(self.agreement, "Økonomi")
        response = self.client.post(
            self.url("agreement_clause_edit", target.pk),
            {"heading": "X", "body": "Y", "expected": version_of(target)},
        )
        self.assertContains(response, 'role="alert"')
        target.refresh_from_db()
        self.assertEqual(target.heading, "Økonomi")
        overview = self.client.get(self.url("agreement"))
        self.assertNotContains(overview, self.url("agreement_clause_edit", target.pk))
        self.assertContains(
            overview, self.url("agreement_new_version", self.agreement.pk)
        )

    def test_a_bad_copy_on_the_sign_form_is_explained_and_nothing_is_signed(self):
        self.client.force_login(self.owner)

        response = self.client.post(
            self.url("agreement_sign", self.agreement.pk),
            {
                "signed_on": "2025-02-20",
                "signatories": "Mette Kjærgaard",
                "scan": scan("aftale.exe", b"MZ"),
                "expected": version_of(self.agreement),
            },
        )

        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.context["form"].has_error("scan", "scan_type"))
        self.agreement.refresh_from_db()
        self.assertFalse(self.agreement.is_signed)

    def test_new_version_through_the_page(self):
        signed_version = sign_agreement(
            self.agreement,
            user=self.owner,
            signed_on=date(2025, 2, 20),
            signatories="X",
        )
        self.client.force_login(self.owner)

        response = self.client.post(
            self.url("agreement_new_version", signed_version.pk),
            {"reason": "Ny partner", "expected": version_of(signed_version)},
        )

        self.assertRedirects(response, self.url("agreement"))
        overview = self.client.get(self.url("agreement"))
        self.assertEqual(overview.context["agreement"].version, 2)
        self.assertEqual(overview.context["in_force"], signed_version)
        old = self.client.get(self.url("agreement_version", signed_version.pk))
        self.assertFalse(old.context["editable"])
        self.assertContains(old, "§1 Parterne")

    def test_the_signed_copy_downloads_for_readers_only(self):
        self.client.force_login(self.owner)
        self.assertEqual(
            self.client.get(self.url("agreement_scan", self.agreement.pk)).status_code,
            404,
        )
        sign_agreement(
            self.agreement,
            user=self.owner,
            signed_on=date(2025, 2, 20),
            signatories="X",
            scan=scan(),
        )
        self.agreement.refresh_from_db()
        self.addCleanup(
            self.agreement.signed_scan.storage.delete, self.agreement.signed_scan.name
        )

        for user in (self.owner, self.other_manager, self.auditor):
            self.client.force_login(user)
            response = self.client.get(self.url("agreement_scan", self.agreement.pk))
            self.assertEqual(response.status_code, 200)
            self.assertTrue(response["Content-Disposition"].startswith("attachment"))
            self.assertEqual(b"".join(response.streaming_content), PDF)
        self.client.force_login(UserFactory(groups=[roles.EDITORS]))
        response = self.client.get(self.url("agreement_scan", self.agreement.pk))
        self.assertIn(response.status_code, {302, 403})

    def test_word_document_has_sections_clauses_and_signature_table(self):
        self.client.force_login(self.auditor)

        response = self.client.get(self.url("agreement_docx", self.agreement.pk))

        self.assertEqual(
            response["Content-Type"],
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        )
        self.assertIn(
            'filename="samarbejdsaftale-laeselyst-paa-havnen-v1.docx"',
            response["Content-Disposition"],
        )
        document = docx.Document(io.BytesIO(response.content))
        headings = [
            p.text for p in document.paragraphs if p.style.name.startswith("Heading")
        ]
        self.assertIn(str(AgreementSection.PARTIES.label), headings)
        self.assertIn(str(AgreementSection.FINANCES.label), headings)
        self.assertIn("§1 Parterne", headings)
        text = "\n".join(p.text for p in document.paragraphs)
        self.assertIn("budget er 150.000 kr.", text)
        table = document.tables[-1]
        names = [row.cells[0].text for row in table.rows[1:]]
        self.assertEqual(names[1:], ["Kulturhuset Nord", "Museet på Torvet"])
        self.assertEqual(len(table.columns), 4)

    def test_print_page_has_every_clause_numbered_and_signature_lines(self):
        self.client.force_login(self.auditor)

        response = self.client.get(self.url("agreement_print", self.agreement.pk))

        self.assertTemplateUsed(response, "partnerships/tools/agreement_print.html")
        self.assertTemplateNotUsed(response, "wagtailadmin/base.html")
        clauses = self.agreement.clauses.all()
        for number, heading in enumerate(
            sorted(clauses, key=lambda c: (SECTION_ORDER[c.section], c.sort_order)),
            start=1,
        ):
            self.assertContains(response, f"§{number} {heading.heading}")
        self.assertContains(response, "agreement-print__line", count=3 * 3)

    def test_overview_queries_do_not_grow_with_more_clauses(self):
        self.client.force_login(self.owner)

        def count():
            with CaptureQueriesContext(connection) as queries:
                self.assertEqual(
                    self.client.get(self.url("agreement")).status_code, 200
                )
            return len(queries)

        few = count()
        for n in range(10):
            add_clause(
                self.agreement, user=self.owner, section="rights", heading=f"Ekstra {n}"
            )
        self.assertEqual(count(), few)


class DemoTests(TestCase):
    def test_agreement_stage_gets_a_tailored_draft_once(self):
        partnership = make_partnership()
        Partnership.objects.filter(pk=partnership.pk).update(stage=Stage.AGREEMENT)
        partnership.refresh_from_db()
        manager = partnership.project_manager

        demo.load(partnership, manager=manager, today=date(2025, 6, 1))
        demo.load(partnership, manager=manager, today=date(2025, 6, 1))

        agreement = Agreement.objects.get(partnership=partnership)
        self.assertFalse(agreement.is_signed)
        self.assertTrue(agreement.clauses.filter(heading="Partnerskabsmøder").exists())
        self.assertTrue(agreement.clauses.filter(heading="Persondata").exists())

    def test_later_stages_get_a_signed_agreement_and_initiation_nothing(self):
        later = make_partnership()
        Partnership.objects.filter(pk=later.pk).update(stage=Stage.EVALUATION)
        later.refresh_from_db()
        starting = PartnershipFactory()

        demo.load(later, manager=later.project_manager, today=date(2025, 6, 1))
        demo.load(starting, manager=starting.project_manager, today=date(2025, 6, 1))

        agreement = Agreement.objects.get(partnership=later)
        self.assertEqual(agreement.signed_on, date(2025, 3, 1))
        self.assertIn("Kulturhuset Nord", agreement.signatories)
        self.assertTrue(later.facts().agreement_signed)
        self.assertFalse(Agreement.objects.filter(partnership=starting).exists())

    def test_the_crm_loader_can_sign_before_moving_on_and_concluded_stays_untouched(
        self,
    ):
        moving = make_partnership()
        Partnership.objects.filter(pk=moving.pk).update(stage=Stage.AGREEMENT)
        moving.refresh_from_db()
        concluded = PartnershipFactory()
        Partnership.objects.filter(pk=concluded.pk).update(stage=Stage.CONCLUDED)
        concluded.refresh_from_db()

        agreement = demo.load_signed(
            moving, manager=moving.project_manager, signed_on=date(2025, 1, 10)
        )
        demo.load(moving, manager=moving.project_manager, today=date(2025, 6, 1))
        demo.load(concluded, manager=concluded.project_manager, today=date(2025, 6, 1))

        self.assertEqual(agreement.signed_on, date(2025, 1, 10))
        self.assertEqual(Agreement.objects.filter(partnership=moving).count(), 1)
        self.assertFalse(Agreement.objects.filter(partnership=concluded).exists())
