from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cms import roles
from cms.stages import Stage
from partnerships import audit, checklists
from partnerships.models import Partnership, StageTransition, Task, TeamMember
from tests.factories import (
    ContactFactory,
    OrganisationFactory,
    PartnershipFactory,
    StageGuidanceFactory,
    UserFactory,
)
from tests.partnerships.forms import edit_form_data


def urls_for(partnership, organisation, contact):
    pk = partnership.pk
    base = "/admin/partnerships"
    return {
        "list": f"{base}/partnership/",
        "export": f"{base}/partnership/?export=csv",
        "create": f"{base}/partnership/create/",
        "inspect": f"{base}/partnership/inspect/{pk}/",
        "history": f"{base}/partnership/history/{pk}/",
        "edit": f"{base}/partnership/edit/{pk}/",
        "delete": f"{base}/partnership/delete/{pk}/",
        "stage": reverse("partnerships_stage_change", args=[pk]),
        "board": reverse("partnerships_board"),
        "organisations": f"{base}/organisation/",
        "organisation_export": f"{base}/organisation/?export=xlsx",
        "organisation_edit": f"{base}/organisation/edit/{organisation.pk}/",
        "organisation_history": f"{base}/organisation/history/{organisation.pk}/",
        "contacts": f"{base}/contact/",
        "contact_export": f"{base}/contact/?export=csv",
        "contact_inspect": f"{base}/contact/inspect/{contact.pk}/",
        "contact_edit": f"{base}/contact/edit/{contact.pk}/",
    }


ALLOWED = {
    "owner": {
        "list",
        "export",
        "create",
        "inspect",
        "history",
        "edit",
        "stage",
        "board",
        "organisations",
        "organisation_export",
        "organisation_edit",
        "organisation_history",
        "contacts",
        "contact_export",
        "contact_inspect",
        "contact_edit",
    },
    "other_manager": {
        "list",
        "export",
        "create",
        "inspect",
        "history",
        "board",
        "organisations",
        "organisation_export",
        "organisation_edit",
        "organisation_history",
        "contacts",
        "contact_export",
        "contact_inspect",
        "contact_edit",
    },
    "auditor": {
        "list",
        "export",
        "inspect",
        "history",
        "board",
        "organisations",
        "organisation_export",
        "organisation_history",
        "contacts",
        "contact_export",
        "contact_inspect",
    },
    "editor": set(),
}


class PermissionTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.partnership = PartnershipFactory(ready=True)
        cls.organisation = OrganisationFactory()
        cls.contact = ContactFactory(organisation=cls.organisation)
        cls.users = {
            "owner": cls.partnership.project_manager,
            "other_manager": UserFactory(groups=[roles.PROJECT_MANAGERS]),
            "auditor": UserFactory(groups=[roles.AUDITORS]),
            "editor": UserFactory(groups=[roles.EDITORS]),
        }
        cls.urls = urls_for(cls.partnership, cls.organisation, cls.contact)

    def test_each_role_reaches_exactly_its_urls(self):
        for role, user in self.users.items():
            self.client.force_login(user)
            for name, url in self.urls.items():
                with self.subTest(role=role, url=name):
                    status = self.client.get(url).status_code
                    if name in ALLOWED[role]:
                        self.assertEqual(status, 200)
                    else:
                        self.assertIn(status, {302, 403})

    def test_anonymous_visitors_are_sent_to_the_login_page(self):
        for name, url in self.urls.items():
            with self.subTest(url=name):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 302)
                self.assertIn("/admin/login/", response["Location"])

    def test_auditor_and_outsider_cannot_write(self):
        before = Partnership.objects.get().history.count()
        for role in ["auditor", "other_manager", "editor"]:
            self.client.force_login(self.users[role])
            with self.subTest(role=role):
                self.client.post(
                    self.urls["stage"],
                    {"move": "forward", "expected_stage": "initiation", "reason": ""},
                )
                self.client.post(self.urls["edit"], {"title": "Kapret"})
                self.client.post(self.urls["delete"])
        partnership = Partnership.objects.get()
        self.assertEqual(partnership.title, self.partnership.title)
        self.assertEqual(partnership.stage, Stage.INITIATION)
        self.assertEqual(partnership.history.count(), before)

    def test_team_member_may_edit_and_concluded_is_read_only(self):
        member = self.users["other_manager"]
        self.partnership.team_members.add(TeamMember(user=member))
        self.partnership.save()
        self.client.force_login(member)
        self.assertEqual(self.client.get(self.urls["edit"]).status_code, 200)

        self.partnership.stage = Stage.CONCLUDED
        self.partnership.save()

        self.assertIn(self.client.get(self.urls["edit"]).status_code, {302, 403})
        self.assertEqual(self.client.get(self.urls["stage"]).status_code, 200)


class StageChangeViewTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.partnership = PartnershipFactory(ready=True)
        cls.url = reverse("partnerships_stage_change", args=[cls.partnership.pk])

    def setUp(self):
        self.client.force_login(self.partnership.project_manager)

    def test_form_moves_the_partnership_and_shows_the_next_guidance(self):
        response = self.client.post(
            self.url,
            {"move": "forward", "expected_stage": "initiation", "reason": "Klar"},
        )

        self.assertRedirects(response, self.partnership.get_absolute_url())
        self.assertEqual(Partnership.objects.get().stage, Stage.AGREEMENT)
        inspect = self.client.get(self.partnership.get_absolute_url())
        self.assertContains(inspect, "Klar")
        self.assertContains(inspect, 'class="crm-unmet"')

    def test_refusal_lists_what_is_missing(self):
        bare = PartnershipFactory(project_manager=self.partnership.project_manager)
        url = reverse("partnerships_stage_change", args=[bare.pk])

        response = self.client.post(
            url, {"move": "forward", "expected_stage": "initiation"}
        )

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'role="alert"')
        self.assertEqual(len(response.context["form"].non_field_errors()), 3)
        self.assertEqual(Partnership.objects.get(pk=bare.pk).stage, Stage.INITIATION)

    def test_board_gets_the_unmet_gates_as_json(self):
        bare = PartnershipFactory(project_manager=self.partnership.project_manager)

        response = self.client.post(
            reverse("partnerships_stage_change", args=[bare.pk]),
            {"move": "forward", "expected_stage": "initiation"},
            headers={"Accept": "application/json"},
        )

        self.assertEqual(response.status_code, 400)
        self.assertEqual(len(response.json()["errors"]), 3)

    def test_board_gets_json_refusals_and_conflicts(self):
        headers = {"Accept": "application/json"}
        response = self.client.post(
            self.url,
            {"move": "back", "expected_stage": "initiation"},
            headers=headers,
        )
        self.assertEqual(response.status_code, 400)

        response = self.client.post(
            self.url,
            {"move": "forward", "expected_stage": "agreement"},
            headers=headers,
        )
        self.assertEqual(response.status_code, 409)
        self.assertFalse(response.json()["ok"])

        response = self.client.post(
            self.url,
            {"move": "forward", "expected_stage": "initiation"},
            headers=headers,
        )
        self.assertEqual(response.json(), {"ok": True, "stage": "agreement"})
        self.assertEqual(StageTransition.objects.count(), 1)


class EditFormTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.partnership = PartnershipFactory(ready=True)
        cls.url = f"/admin/partnerships/partnership/edit/{cls.partnership.pk}/"

    def setUp(self):
        self.client.force_login(self.partnership.project_manager)

    def form_data(self, **changes):
        return edit_form_data(self.client, self.url, **changes)

    def test_forged_stage_in_the_edit_form_changes_nothing(self):
        data = self.form_data(title="Nyt navn", stage="concluded", version="99")

        response = self.client.post(self.url, data)

        self.assertEqual(response.status_code, 302)
        partnership = Partnership.objects.get()
        self.assertEqual(
            (partnership.title, partnership.stage, partnership.version),
            ("Nyt navn", Stage.INITIATION, 2),
        )

    def test_stale_form_gets_a_conflict_and_the_newer_data_is_kept(self):
        stale = self.form_data(title="Min titel")
        newer = self.form_data(title="Deres titel")
        self.client.post(self.url, newer)

        response = self.client.post(self.url, stale)

        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            response.context["form"].errors.as_data()["__all__"][0].code, "conflict"
        )
        self.assertEqual(Partnership.objects.get().title, "Deres titel")


class ListQueryCountTests(TestCase):
    def count_queries(self, url):
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return len(queries)

    def test_lists_and_board_keep_a_constant_query_count(self):
        manager = UserFactory(groups=[roles.PROJECT_MANAGERS])
        self.client.force_login(manager)
        urls = [
            "/admin/partnerships/partnership/",
            "/admin/partnerships/partnership/?export=csv",
            "/admin/partnerships/contact/",
            reverse("partnerships_board"),
            "/admin/",
        ]

        # Board cards count the ticked items of their stage's checklist.
        item = StageGuidanceFactory(checklist=["Formål"]).checklist_items.get()

        def add(count):
            for _ in range(count):
                partnership = PartnershipFactory(project_manager=manager)
                partnership.team_members.add(TeamMember(user=UserFactory()))
                partnership.save()
                checklists.tick(
                    partnership, stage=Stage.INITIATION, ticked={item.pk}, user=manager
                )
                ContactFactory()

        add(5)
        # The first request fills per-process caches (content types, sites)
        # that earlier tests may or may not have filled already.
        for url in urls:
            self.count_queries(url)
        small = {url: self.count_queries(url) for url in urls}
        add(45)
        large = {url: self.count_queries(url) for url in urls}

        self.assertEqual(large, small)


class ListCountTests(TestCase):
    """The list counts its rows once, and once more only when a filter or a
    search leaves some out (then it says how many of all it shows)."""

    LIST = "/admin/partnerships/partnership/"

    @classmethod
    def setUpTestData(cls):
        cls.manager = UserFactory(groups=[roles.PROJECT_MANAGERS])
        for number in range(30):
            # Every fourth (eight) is found by a search for "Højtlæsning".
            kind = "Højtlæsning" if number % 4 == 0 else "Læsning"
            partnership = PartnershipFactory(
                title=f"{kind} {number:02}", project_manager=cls.manager
            )
            if number < 4:
                Partnership.objects.filter(pk=partnership.pk).update(
                    stage=Stage.AGREEMENT
                )

    def setUp(self):
        self.client.force_login(self.manager)

    def listed(self, params):
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(self.LIST, params)
        counts = [q for q in queries if "COUNT(" in q["sql"].upper()]
        return response, len(counts)

    def test_the_whole_list_is_counted_once(self):
        response, counts = self.listed({})

        self.assertEqual(counts, 1)
        self.assertEqual(response.context["all_count"], 30)
        self.assertEqual(response.context["result_count"], 30)
        self.assertEqual(response.context["paginator"].num_pages, 2)
        titles = [p.title for p in response.context["object_list"]]
        self.assertEqual(titles, sorted(titles))
        self.assertEqual(titles[0], "Højtlæsning 00")

    def test_a_filter_or_search_is_counted_against_the_whole_list(self):
        for params, shown in [
            ({"stage__exact": Stage.AGREEMENT}, 4),
            ({"q": "Højtlæsning"}, 8),
        ]:
            with self.subTest(params=params):
                response, counts = self.listed(params)

                self.assertEqual(counts, 2)
                self.assertEqual(response.context["result_count"], shown)
                self.assertEqual(response.context["all_count"], 30)
                self.assertEqual(len(response.context["object_list"]), shown)

    def test_a_page_past_the_end_shows_the_first(self):
        response, _counts = self.listed({"p": 99})

        self.assertEqual(response.context["page_obj"].number, 1)


class DashboardAndGuidanceTests(TestCase):
    def test_dashboard_shows_my_partnerships_overdue_tasks_and_stage_counts(self):
        partnership = PartnershipFactory(title="Læseklubben")
        manager = partnership.project_manager
        partnership.tasks.add(
            Task(title="Ring til museet", assignee=manager, due_date="2020-01-01")
        )
        partnership.save()
        self.client.force_login(manager)

        response = self.client.get("/admin/")

        self.assertContains(response, 'id="crm-dashboard-heading"')
        self.assertContains(response, "Læseklubben")
        self.assertContains(response, "Ring til museet")

    def test_editors_see_no_crm_panel_but_manage_stage_guidance(self):
        editor = UserFactory(groups=[roles.EDITORS])
        self.client.force_login(editor)

        self.assertNotContains(self.client.get("/admin/"), "crm-dashboard")
        response = self.client.get("/admin/snippets/cms/stageguidance/add/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Kapitler og værktøjer")

    def test_project_managers_cannot_edit_stage_guidance(self):
        self.client.force_login(UserFactory(groups=[roles.PROJECT_MANAGERS]))

        response = self.client.get("/admin/snippets/cms/stageguidance/add/")

        self.assertIn(response.status_code, {302, 403})


class RegisterConflictTests(TestCase):
    def test_stale_organisation_form_is_refused_and_newer_data_kept(self):
        organisation = OrganisationFactory(name="Teatret")
        self.client.force_login(UserFactory(groups=[roles.PROJECT_MANAGERS]))
        url = f"/admin/partnerships/organisation/edit/{organisation.pk}/"
        opened = self.client.get(url).context["version"]
        form = {"name": "Teatret", "sector": "culture", "expected": opened}
        self.client.post(url, {**form, "notes": "Deres note"})

        response = self.client.post(url, {**form, "notes": "Min note"})

        self.assertEqual(response.status_code, 200)
        organisation.refresh_from_db()
        self.assertEqual(organisation.notes, "Deres note")
        self.assertEqual(organisation.history.count(), 2)

    def test_fresh_form_saves_with_the_acting_user_in_history(self):
        organisation = OrganisationFactory(name="Teatret")
        manager = UserFactory(groups=[roles.PROJECT_MANAGERS])
        self.client.force_login(manager)
        url = f"/admin/partnerships/organisation/edit/{organisation.pk}/"
        opened = self.client.get(url).context["version"]

        response = self.client.post(
            url,
            {
                "name": "Teatret",
                "sector": "culture",
                "notes": "Ny note",
                "expected": opened,
            },
        )

        self.assertEqual(response.status_code, 302)
        self.assertEqual(organisation.history.first().history_user, manager)


class AuditorWriteTests(TestCase):
    def test_auditor_posts_to_every_write_url_change_nothing(self):
        partnership = PartnershipFactory(ready=True)
        organisation = OrganisationFactory()
        contact = ContactFactory(organisation=organisation)
        base = "/admin/partnerships"
        urls = [
            f"{base}/partnership/create/",
            f"{base}/partnership/edit/{partnership.pk}/",
            f"{base}/partnership/delete/{partnership.pk}/",
            reverse("partnerships_stage_change", args=[partnership.pk]),
            f"{base}/organisation/create/",
            f"{base}/organisation/edit/{organisation.pk}/",
            f"{base}/organisation/delete/{organisation.pk}/",
            f"{base}/contact/create/",
            f"{base}/contact/edit/{contact.pk}/",
            f"{base}/contact/delete/{contact.pk}/",
            f"{base}/strategicgoal/create/",
            "/admin/snippets/cms/stageguidance/add/",
        ]
        tables = [m.history.model for m in audit.TRACKED]
        before = [t.objects.count() for t in tables]
        self.client.force_login(UserFactory(groups=[roles.AUDITORS]))

        for url in urls:
            with self.subTest(url=url):
                response = self.client.post(
                    url,
                    {
                        "name": "X",
                        "title": "X",
                        "sector": "other",
                        "move": "forward",
                        "expected_stage": "initiation",
                        "stage": "agreement",
                    },
                )
                self.assertIn(response.status_code, {302, 403})

        self.assertEqual([t.objects.count() for t in tables], before)
