"""Who and what the CRM's pickers offer, by name; what they refuse when posted;
and a value that is no longer offered kept in view."""

import io

import openpyxl
from django.test import TestCase
from django.urls import reverse

from cms import roles
from partnerships.concurrency import version_of
from partnerships.forms import MAY_NOT_MANAGE
from partnerships.history import system_user
from partnerships.models import Partnership, Risk, Task, TeamMember
from partnerships.tools.forms import OFF_THE_TEAM
from tests.factories import (
    ContactFactory,
    MeetingFactory,
    OrganisationFactory,
    PartnerRoleFactory,
    PartnershipFactory,
    RiskFactory,
    TaskFactory,
    TeamMemberFactory,
    UserFactory,
)
from tests.partnerships.forms import edit_form_data

CREATE_URL = "/admin/partnerships/partnership/create/"


def edit_url(partnership) -> str:
    return f"/admin/partnerships/partnership/edit/{partnership.pk}/"


def person(first, last, *groups, **kwargs):
    return UserFactory(first_name=first, last_name=last, groups=list(groups), **kwargs)


def offered(field) -> list[str]:
    """A picker's options as shown, without the empty choice."""
    return [label for value, label in field.field.choices if value != ""]


class PeopleTests(TestCase):
    """A CRM of two project managers, an administrator, an auditor, an
    editor, a manager who left and the system account."""

    @classmethod
    def setUpTestData(cls):
        cls.karen = person("Karen", "Lundsgaard", roles.PROJECT_MANAGERS)
        cls.mads = person("Mads", "Bjerregaard", roles.PROJECT_MANAGERS)
        cls.admin = person("Ida", "Administrator", is_superuser=True)
        cls.auditor = person("Ahmed", "Nørskov", roles.AUDITORS)
        cls.editor = person("Signe", "Holmgaard", roles.EDITORS)
        cls.gone = person("Gorm", "Gammel", roles.PROJECT_MANAGERS, is_active=False)
        cls.nameless = UserFactory(
            username="bo", first_name="", last_name="", groups=[roles.PROJECT_MANAGERS]
        )
        system_user()
        cls.partnership = PartnershipFactory(project_manager=cls.karen)
        TeamMemberFactory(partnership=cls.partnership, user=cls.mads)

    def setUp(self):
        self.client.force_login(self.karen)

    def form(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return response.context["form"]


class PartnershipFormPickerTests(PeopleTests):
    managers = [
        "bo",
        "Ida Administrator",
        "Karen Lundsgaard",
        "Mads Bjerregaard",
    ]

    def test_project_manager_and_team_pickers_offer_active_managers_by_name(self):
        for url in (CREATE_URL, edit_url(self.partnership)):
            form = self.form(url)
            with self.subTest(url=url):
                self.assertEqual(offered(form["project_manager"]), self.managers)
                team = form.formsets["team_members"]
                self.assertEqual(offered(team.empty_form["user"]), self.managers)

    def test_task_pickers_offer_the_partnerships_active_team_and_meetings(self):
        TeamMemberFactory(partnership=self.partnership, user=self.gone)
        MeetingFactory(partnership=self.partnership, title="Opstart")
        MeetingFactory(title="Et andet partnerskabs møde")

        task = self.form(edit_url(self.partnership)).formsets["tasks"].empty_form

        self.assertEqual(
            offered(task["assignee"]), ["Karen Lundsgaard", "Mads Bjerregaard"]
        )
        self.assertEqual(len(offered(task["meeting"])), 1)
        self.assertIn("Opstart", offered(task["meeting"])[0])

    def test_a_project_manager_who_may_not_manage_is_refused(self):
        title = self.partnership.title
        for someone in (self.auditor, self.editor, self.gone, system_user()):
            with self.subTest(user=someone.username):
                data = edit_form_data(
                    self.client,
                    edit_url(self.partnership),
                    title="Nyt navn",
                    project_manager=someone.pk,
                )
                response = self.client.post(edit_url(self.partnership), data)
                self.assertEqual(response.status_code, 200)
                errors = response.context["form"].errors.as_data()
                self.assertEqual(
                    [error.code for error in errors["project_manager"]],
                    ["invalid_choice"],
                )
        self.partnership.refresh_from_db()
        self.assertEqual(
            (self.partnership.title, self.partnership.project_manager),
            (title, self.karen),
        )
        self.assertEqual(self.partnership.history.count(), 1)

    def test_create_refuses_an_auditor_as_project_manager_or_on_the_team(self):
        base = edit_form_data(self.client, CREATE_URL, title="Læseklub")
        posts = [
            {**base, "project_manager": self.auditor.pk},
            {
                **base,
                "project_manager": self.karen.pk,
                "team_members-TOTAL_FORMS": "1",
                "team_members-0-user": self.editor.pk,
            },
        ]
        for data in posts:
            response = self.client.post(CREATE_URL, data)
            self.assertEqual(response.status_code, 200)
        self.assertFalse(Partnership.objects.filter(title="Læseklub").exists())

        response = self.client.post(
            CREATE_URL, {**base, "project_manager": self.mads.pk}
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(
            Partnership.objects.get(title="Læseklub").project_manager, self.mads
        )

    def task_post(self, **task):
        data = edit_form_data(self.client, edit_url(self.partnership))
        data.update(
            {
                "tasks-TOTAL_FORMS": "1",
                "tasks-0-title": "Bestil lokale",
                "tasks-0-stage": "initiation",
                **{f"tasks-0-{name}": value for name, value in task.items()},
            }
        )
        return data

    def test_a_task_for_someone_outside_the_team_is_refused(self):
        other = MeetingFactory(title="Fremmed møde")
        for task in ({"assignee": self.editor.pk}, {"meeting": other.pk}):
            with self.subTest(task=task):
                data = self.task_post(**task)
                response = self.client.post(edit_url(self.partnership), data)
                self.assertEqual(response.status_code, 200)
                (row,) = response.context["form"].formsets["tasks"].forms
                self.assertEqual(list(row.errors), list(task))
        self.assertFalse(Task.objects.exists())

    def test_a_task_for_someone_taken_off_the_team_in_the_same_form_is_refused(self):
        data = self.task_post(assignee=self.mads.pk)
        data["team_members-0-DELETE"] = "on"

        response = self.client.post(edit_url(self.partnership), data)

        self.assertEqual(response.status_code, 200)
        (row,) = response.context["form"].formsets["tasks"].forms
        self.assertEqual(
            [error.code for error in row.errors.as_data()["assignee"]],
            ["not_on_the_team"],
        )
        self.assertFalse(Task.objects.exists())
        self.assertTrue(TeamMember.objects.filter(user=self.mads).exists())

    def test_a_task_for_a_team_member_at_a_meeting_of_the_partnership_is_saved(self):
        meeting = MeetingFactory(partnership=self.partnership)

        response = self.client.post(
            edit_url(self.partnership),
            self.task_post(assignee=self.mads.pk, meeting=meeting.pk),
        )

        self.assertEqual(response.status_code, 302)
        task = Task.objects.get()
        self.assertEqual((task.assignee, task.meeting), (self.mads, meeting))
        self.assertEqual(task.history.get().history_user, self.karen)

    def test_people_who_left_stay_shown_and_kept_on_edit(self):
        task = TaskFactory(partnership=self.partnership, assignee=self.mads)
        TeamMember.objects.filter(user=self.mads).delete()
        self.karen.groups.clear()
        self.client.force_login(self.admin)

        form = self.form(edit_url(self.partnership))

        self.assertEqual(form["project_manager"].value(), self.karen.pk)
        self.assertIn(
            f"Karen Lundsgaard ({MAY_NOT_MANAGE})",
            offered(form["project_manager"]),
        )
        row = form.formsets["tasks"].forms[0]
        self.assertEqual(row["assignee"].value(), self.mads.pk)
        self.assertIn("Mads Bjerregaard (ikke på teamet)", offered(row["assignee"]))

        data = edit_form_data(self.client, edit_url(self.partnership), title="Ny")
        response = self.client.post(edit_url(self.partnership), data)

        self.assertEqual(response.status_code, 302)
        self.partnership.refresh_from_db()
        task.refresh_from_db()
        self.assertEqual(
            (self.partnership.title, self.partnership.project_manager, task.assignee),
            ("Ny", self.karen, self.mads),
        )


class ToolPickerTests(PeopleTests):
    def url(self, name, *args):
        return reverse(f"partnerships:{name}", args=[self.partnership.pk, *args])

    def test_meeting_action_items_offer_the_active_team_by_name(self):
        TeamMemberFactory(partnership=self.partnership, user=self.gone)
        meeting = MeetingFactory(partnership=self.partnership)

        response = self.client.get(self.url("meeting_detail", meeting.pk))

        self.assertEqual(
            offered(response.context["form"]["assignee"]),
            ["Karen Lundsgaard", "Mads Bjerregaard"],
        )

    def test_a_risk_owner_who_left_is_shown_and_saving_asks_for_another(self):
        risk = RiskFactory(partnership=self.partnership, owner=self.mads)
        TeamMember.objects.filter(user=self.mads).delete()

        form = self.form(self.url("risk_edit", risk.pk))

        self.assertEqual(form["owner"].value(), self.mads.pk)
        self.assertEqual(
            offered(form["owner"]),
            ["Karen Lundsgaard", f"Mads Bjerregaard ({OFF_THE_TEAM})"],
        )

        response = self.client.post(
            self.url("risk_edit", risk.pk),
            {
                "title": "Nyt navn",
                "likelihood": "2",
                "impact": "2",
                "owner": str(self.mads.pk),
                "expected": version_of(risk),
            },
        )

        self.assertEqual(response.status_code, 200)
        self.assertIn("owner", response.context["form"].errors)
        self.assertEqual(Risk.objects.get().title, risk.title)


LIST_URL = "/admin/partnerships/partnership/"


class ListAndExportTests(PeopleTests):
    """The partnership list, its filter and its exports name people and
    stages as people read them, in Danish."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.partnership.stage = "agreement"
        cls.partnership.save()

    def test_the_list_shows_names_and_danish_stages(self):
        response = self.client.get(LIST_URL)

        self.assertContains(response, "Karen Lundsgaard")
        self.assertContains(response, "Aftale")
        self.assertNotContains(response, ">agreement<")
        self.assertNotContains(response, self.karen.username)

    def test_the_filter_offers_the_project_managers_by_name(self):
        PartnershipFactory(project_manager=self.nameless)

        response = self.client.get(LIST_URL)

        (people,) = [
            spec
            for spec in response.context["view"].filter_specs
            if spec.field_path == "project_manager"
        ]
        self.assertEqual(
            [label for _pk, label in people.lookup_choices],
            ["bo", "Karen Lundsgaard"],
        )
        filtered = self.client.get(
            LIST_URL, {"project_manager__id__exact": self.nameless.pk}
        )
        self.assertNotContains(filtered, self.partnership.title)

    def test_exports_show_names_and_danish_stages(self):
        csv = self.client.get(LIST_URL, {"export": "csv"}).getvalue().decode()
        header, row = csv.splitlines()[:2]
        self.assertIn("Projektleder", header)
        self.assertIn("Aftale,Karen Lundsgaard", row)

        response = self.client.get(LIST_URL, {"export": "xlsx"})
        sheet = openpyxl.load_workbook(io.BytesIO(response.getvalue())).active
        values = [cell.value for cell in sheet[2]]
        self.assertEqual(
            values[:3], [self.partnership.title, "Aftale", "Karen Lundsgaard"]
        )


class SearchTests(PeopleTests):
    """The partnership list finds a partnership by its partners, their
    contacts and its project manager."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        organisation = OrganisationFactory(name="Egnsteatret Scenen")
        PartnerRoleFactory(partnership=cls.partnership, organisation=organisation)
        ContactFactory(
            organisation=organisation, name="Lone Kjær", email="lone@scenen.example"
        )
        ContactFactory(organisation=organisation, name="Lone Bak")
        cls.other = PartnershipFactory(project_manager=cls.mads, title="Andet")

    def found(self, words) -> list[str]:
        response = self.client.get(LIST_URL, {"q": words})
        self.assertEqual(response.status_code, 200)
        return [str(p) for p in response.context["object_list"]]

    def test_search_finds_partners_contacts_and_the_project_manager(self):
        for words in (
            "egnsteatret",
            "Lone",
            "Scenen",
            "Lone Kjær",
            "lone@scenen",
            "Karen Lundsgaard",
            "lundsgaard",
        ):
            with self.subTest(words=words):
                self.assertEqual(self.found(words), [self.partnership.title])
        self.assertEqual(self.found("Mads"), ["Andet"])
        self.assertEqual(self.found("Lone Ingen"), [])
