"""Bad input answers with a clear message, a 400 or a 404, never a server
error; exports write formula-like text as text; a used evaluation link shows
no partnership data."""

import csv
import io

import docx
import openpyxl
from django.contrib.messages import get_messages
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cms import roles
from partnerships.models import Partnership, Task
from partnerships.tools.evaluation.answers import submit_answers
from tests.factories import (
    AgreementClauseFactory,
    AgreementFactory,
    ContactFactory,
    EvaluationInvitationFactory,
    EvaluationRoundFactory,
    OrganisationFactory,
    PartnershipFactory,
    UserFactory,
)
from tests.partnerships.forms import edit_form_data

FORMULA = '=HYPERLINK("http://x")'
CANNOT_FILTER = gettext_lazy(
    "The list cannot be filtered like that, so it shows everything."
)
REGISTERS = ["partnership", "organisation", "contact", "strategicgoal"]


def register_url(model, action="index", pk=None):
    name = f"partnerships_{model}_modeladmin_{action}"
    return reverse(name) if pk is None else reverse(name, args=[pk])


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


class RegisterListTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.manager = UserFactory(groups=[roles.PROJECT_MANAGERS])
        cls.partnership = PartnershipFactory(project_manager=cls.manager, ready=True)

    def setUp(self):
        self.client.force_login(self.manager)

    def test_a_filter_it_cannot_apply_shows_the_whole_list_with_a_message(self):
        for model, query in [
            ("partnership", {"project_manager__id__exact": "abc"}),
            ("strategicgoal", {"active__exact": "måske"}),
            ("partnership", {"no_such_field": "1"}),
            ("contact", {"organisation__id__exact": "-x"}),
        ]:
            with self.subTest(model=model, query=query):
                response = self.client.get(register_url(model), query)
                self.assertRedirects(response, register_url(model))
                self.assertEqual(messages_of(response), [str(CANNOT_FILTER)])

    def test_an_unknown_stage_or_ordering_gives_a_list(self):
        for model, query in [
            ("partnership", {"stage": "nonsense"}),
            ("partnership", {"o": "x.-99.abc"}),
            ("partnership", {"p": "-3"}),
            ("partnership", {"project_manager__id__exact": "99999999999999999999"}),
        ]:
            with self.subTest(query=query):
                response = self.client.get(register_url(model), query)
                self.assertEqual(response.status_code, 200)

    def test_a_nul_byte_in_the_address_is_refused(self):
        url = register_url("partnership")
        for query in ["q=a%00b", "stage=%00", "project_manager__id__exact=1%00"]:
            with self.subTest(query=query):
                response = self.client.get(f"{url}?{query}")
                self.assertEqual(response.status_code, 400)
                self.assertIn("NUL", response.content.decode())
        self.assertEqual(self.client.get(f"{url}?q=x").status_code, 200)

    def test_ids_that_are_not_numbers_are_not_found(self):
        for model in REGISTERS:
            for action in ["inspect", "edit", "history", "delete"]:
                good = register_url(model, action, 1)
                for bad in ["abc", "-1", "1.5", "99999999999999999999"]:
                    with self.subTest(model=model, action=action, id=bad):
                        url = good.replace("/1/", f"/{bad}/")
                        self.assertEqual(self.client.get(url).status_code, 404)
                        self.assertEqual(self.client.post(url).status_code, 404)


class ExportTests(TestCase):
    """Every text cell that a spreadsheet would run is written as text."""

    @classmethod
    def setUpTestData(cls):
        cls.auditor = UserFactory(groups=[roles.AUDITORS])
        organisation = OrganisationFactory(name=FORMULA, notes="@SUM(1)")
        ContactFactory(name=FORMULA, role="-2+3", organisation=organisation)
        PartnershipFactory(title=FORMULA, purpose="+1\x01\x0b")

    def setUp(self):
        self.client.force_login(self.auditor)

    def csv_rows(self, model):
        response = self.client.get(register_url(model), {"export": "csv"})
        self.assertEqual(response.status_code, 200)
        text = b"".join(response.streaming_content).decode()
        return list(csv.reader(io.StringIO(text)))

    def test_csv_exports_write_formulas_as_text(self):
        for model, expected in [
            ("partnership", [f"'{FORMULA}", "'+1\x01\x0b"]),
            ("organisation", [f"'{FORMULA}", "'@SUM(1)"]),
            ("contact", [f"'{FORMULA}", "'-2+3", f"'{FORMULA}"]),
        ]:
            with self.subTest(model=model):
                header, row = self.csv_rows(model)
                self.assertEqual([cell for cell in row if cell[:1] == "'"], expected)

    def test_xlsx_exports_hold_text_cells_without_control_characters(self):
        for model in ["partnership", "organisation", "contact"]:
            with self.subTest(model=model):
                response = self.client.get(register_url(model), {"export": "xlsx"})
                self.assertEqual(response.status_code, 200)
                content = b"".join(response.streaming_content)
                sheet = openpyxl.load_workbook(io.BytesIO(content)).active
                cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row]
                first = cells[0]
                self.assertEqual((first.value, first.data_type), (FORMULA, "s"))
                if model == "partnership":
                    self.assertIn("+1", [cell.value for cell in cells])

    def test_the_evaluation_export_writes_the_round_title_as_text(self):
        round = EvaluationRoundFactory(title=FORMULA, questions=1)
        token = "et-link-til-eksporten-" + "x" * 30
        EvaluationInvitationFactory(round=round, token=token)
        question = round.questions.get()
        submit_answers(
            token, answers={question.pk: 4 if question.kind == "scale" else "Godt"}
        )
        self.client.force_login(round.partnership.project_manager)

        response = self.client.get(
            reverse(
                "partnerships:evaluation_export", args=[round.partnership.pk, round.pk]
            )
        )

        self.assertEqual(response.status_code, 200)
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        self.assertEqual(len(rows), 2)
        self.assertEqual(rows[1][0], f"'{FORMULA}")


class ChangeLogDateTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.auditor = UserFactory(groups=[roles.AUDITORS])
        cls.partnership = PartnershipFactory(ready=True)

    def setUp(self):
        self.client.force_login(self.auditor)

    def test_dates_at_the_ends_of_the_calendar_mean_from_the_start_and_until_now(self):
        url = reverse("partnerships_audit_log")
        for query in [
            {"until": "9999-12-31"},
            {"since": "0001-01-01"},
            {"since": "0001-01-01", "until": "9999-12-31"},
        ]:
            with self.subTest(query=query):
                response = self.client.get(url, query)
                self.assertEqual(response.status_code, 200)
                self.assertTrue(response.context["entries"])
                export = self.client.get(url, {**query, "export": "csv"})
                self.assertEqual(export.status_code, 200)
                lines = b"".join(export.streaming_content).decode().splitlines()
                self.assertGreater(len(lines), 1)

    def test_impossible_dates_are_form_errors(self):
        url = reverse("partnerships_audit_log")
        for query in [{"until": "0000-00-00"}, {"since": "2026-02-30"}]:
            with self.subTest(query=query):
                response = self.client.get(url, query)
                self.assertEqual(response.status_code, 200)
                self.assertTrue(response.context["form"].errors)
                self.assertFalse(response.context["entries"])

    def test_a_partnership_as_of_any_moment(self):
        url = reverse("partnerships_audit_as_of", args=[self.partnership.pk])
        for at, stands in [("0001-01-01", False), ("9999-12-31T23:59", True)]:
            with self.subTest(at=at):
                response = self.client.get(url, {"at": at})
                self.assertEqual(response.status_code, 200)
                self.assertEqual(bool(response.context["state"]), stands)
                if stands:
                    self.assertContains(response, self.partnership.title)

    def test_a_link_records_history_opens(self):
        for model, link in [
            ("partnerrole", self.partnership.partner_roles.get()),
            ("partnershipgoal", self.partnership.goal_links.get()),
        ]:
            with self.subTest(model=model):
                url = reverse("partnerships_audit_record", args=[model, link.pk])
                self.assertEqual(self.client.get(url).status_code, 200)


class AgreementControlCharacterTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.partnership = PartnershipFactory(title="Læs\x08 mere", ready=True)
        cls.agreement = AgreementFactory(partnership=cls.partnership, clauses=0)
        cls.clause = AgreementClauseFactory(
            agreement=cls.agreement,
            heading="Formål\x01",
            body="Første linje\x0b\n\nAnden\x1b del",
        )

    def setUp(self):
        self.client.force_login(self.partnership.project_manager)

    def url(self, name, *args):
        return reverse(f"partnerships:{name}", args=[self.partnership.pk, *args])

    def test_the_word_download_leaves_control_characters_out(self):
        response = self.client.get(self.url("agreement_docx", self.agreement.pk))

        self.assertEqual(response.status_code, 200)
        document = docx.Document(io.BytesIO(response.content))
        text = "\n".join(paragraph.text for paragraph in document.paragraphs)
        self.assertIn("Læs mere", text)
        self.assertIn("Formål", text)
        self.assertIn("Første linje", text)
        self.assertIn("Anden del", text)
        self.assertNotRegex(text, "[\x00-\x08\x0b\x0c\x0e-\x1f]")

    def test_a_clause_with_control_characters_is_refused_with_a_message(self):
        url = self.url("agreement_clause_edit", self.clause.pk)
        expected = self.client.get(url).context["form"]["expected"].value()

        for field, data in [
            ("heading", {"heading": "Ny\x07 overskrift", "body": "Tekst"}),
            ("body", {"heading": "Ny overskrift", "body": "Tekst\x1b[31m rød"}),
            ("body", {"heading": "Ny overskrift", "body": "Tekst\x00 med NUL"}),
        ]:
            with self.subTest(data=data):
                response = self.client.post(url, {**data, "expected": expected})
                self.assertEqual(response.status_code, 200)
                self.assertIn(field, response.context["form"].errors)
                self.clause.refresh_from_db()
                self.assertEqual(self.clause.heading, "Formål\x01")
                if "\x00" not in data["body"]:  # Django's own message for NUL
                    self.assertContains(response, "usynlige kontroltegn")


class InlineRowsTests(TestCase):
    """The edit form of a partnership refuses inline lists far longer than
    the record's own before building any form."""

    @classmethod
    def setUpTestData(cls):
        cls.partnership = PartnershipFactory(ready=True)
        cls.url = register_url("partnership", "edit", cls.partnership.pk)

    def setUp(self):
        self.client.force_login(self.partnership.project_manager)

    def form_data(self, **changes):
        return edit_form_data(self.client, self.url, **changes)

    def test_a_crafted_row_count_is_refused_at_once(self):
        data = self.form_data(title="Nyt navn")
        for prefix in ["tasks", "team_members", "goal_links", "partner_roles"]:
            data[f"{prefix}-TOTAL_FORMS"] = "100000"

        with CaptureQueriesContext(connection) as queries:
            response = self.client.post(self.url, data)

        self.assertRedirects(response, self.url, fetch_redirect_response=False)
        self.assertIn("Intet blev gemt.", messages_of(response)[0])
        # The session and the user, the record and its few child rows: no form.
        self.assertLess(len(queries), 15)
        self.assertEqual(Partnership.objects.get().title, self.partnership.title)

    def test_the_record_s_own_rows_and_a_few_new_ones_are_saved(self):
        data = self.form_data(title="Nyt navn")
        data["tasks-TOTAL_FORMS"] = "2"
        for index in range(2):
            data[f"tasks-{index}-title"] = f"Opgave {index}"
            data[f"tasks-{index}-stage"] = self.partnership.stage

        response = self.client.post(self.url, data)

        self.assertEqual(response.status_code, 302)
        self.assertEqual(Partnership.objects.get().title, "Nyt navn")
        self.assertEqual(Task.objects.count(), 2)


class UsedLinkThanksTests(TestCase):
    def test_the_thank_you_page_names_no_partnership_round_or_person(self):
        round = EvaluationRoundFactory(
            title="Hemmelig runde", partnership=PartnershipFactory(ready=True)
        )
        contact = ContactFactory(name="Hemmelig Kontakt")
        token = "et-brugt-link-" + "x" * 30
        EvaluationInvitationFactory(round=round, contact=contact, token=token)
        answers = {
            q.pk: 3 if q.kind == "scale" else "Fint" for q in round.questions.all()
        }
        submit_answers(token, answers=answers)
        manager = round.partnership.project_manager

        response = self.client.get(reverse("partners:evaluation_thanks", args=[token]))

        self.assertContains(response, _("Thank you for your answers"))
        for secret in [
            round.title,
            round.partnership.title,
            round.partnership.partner_roles.get().organisation.name,
            contact.name,
            contact.organisation.name,
            manager.email,
            manager.get_full_name(),
        ]:
            self.assertNotContains(response, secret)
