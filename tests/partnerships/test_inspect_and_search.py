"""Organisation and strategic-goal pages list what is linked to them, as far
as the viewer may see it; the dashboard's search box searches where the user
may search."""

from django.contrib.auth.models import Group, Permission
from django.test import TestCase
from django.urls import reverse

from cms import roles
from partnerships.models import PartnershipGoal
from tests.factories import (
    ContactFactory,
    OrganisationFactory,
    PartnerRoleFactory,
    PartnershipFactory,
    StrategicGoalFactory,
    UserFactory,
)

BASE = "/admin/partnerships"


class LinkedRecordsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.manager = UserFactory(groups=[roles.PROJECT_MANAGERS])
        cls.organisation = OrganisationFactory(name="Egnsteatret")
        cls.contact = ContactFactory(
            organisation=cls.organisation, name="Lone Kjær", email="lone@teater.dk"
        )
        ContactFactory(name="Fremmed Person")
        cls.partnership = PartnershipFactory(title="Teater i biblioteket")
        cls.partnership.stage = "agreement"
        cls.partnership.save()
        PartnerRoleFactory(partnership=cls.partnership, organisation=cls.organisation)
        PartnershipFactory(title="Uden teatret")
        cls.goal = StrategicGoalFactory(title="Flere unge læsere")
        PartnershipGoal.objects.create(partnership=cls.partnership, goal=cls.goal)
        # Someone who may read organisations and goals, and nothing else.
        registers = Group.objects.create(name="Registers only")
        registers.permissions.add(
            *Permission.objects.filter(
                codename__in=[
                    "access_admin",
                    "view_organisation",
                    "view_strategicgoal",
                ]
            )
        )
        cls.reader = UserFactory(groups=["Registers only"])

    def organisation_page(self, user):
        self.client.force_login(user)
        response = self.client.get(
            f"{BASE}/organisation/inspect/{self.organisation.pk}/"
        )
        self.assertEqual(response.status_code, 200)
        return response

    def test_an_organisation_lists_its_contacts_and_partnerships_with_stage(self):
        for user in (
            self.manager,
            UserFactory(groups=[roles.AUDITORS]),
        ):
            with self.subTest(user=user.username):
                response = self.organisation_page(user)
                contact = f"{BASE}/contact/inspect/{self.contact.pk}/"
                self.assertContains(
                    response, f'<a href="{contact}">Lone Kjær</a>', html=True
                )
                self.assertContains(response, "lone@teater.dk")
                self.assertContains(
                    response,
                    f'<a href="{self.partnership.get_absolute_url()}">'
                    "Teater i biblioteket</a>",
                    html=True,
                )
                self.assertContains(response, "Aftale")
                self.assertNotContains(response, "Fremmed Person")
                self.assertNotContains(response, "Uden teatret")

    def test_a_strategic_goal_lists_its_partnerships(self):
        self.client.force_login(self.manager)

        response = self.client.get(f"{BASE}/strategicgoal/inspect/{self.goal.pk}/")

        self.assertContains(
            response,
            f'<a href="{self.partnership.get_absolute_url()}">Teater i biblioteket</a>',
            html=True,
        )
        self.assertNotContains(response, "Uden teatret")

    def test_only_what_the_viewer_may_see_is_listed(self):
        response = self.organisation_page(self.reader)

        self.assertContains(response, "Egnsteatret")
        self.assertNotContains(response, "Lone Kjær")
        self.assertNotContains(response, "Teater i biblioteket")
        self.client.force_login(self.reader)
        goal = self.client.get(f"{BASE}/strategicgoal/inspect/{self.goal.pk}/")
        self.assertContains(goal, "Flere unge læsere")
        self.assertNotContains(goal, "Teater i biblioteket")


class DashboardSearchTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.manager = UserFactory(groups=[roles.PROJECT_MANAGERS])
        cls.partnership = PartnershipFactory(title="Læseklub", ready=True)

    def search_form(self, user):
        self.client.force_login(user)
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertEqual(response.status_code, 200)
        return response

    def test_a_project_managers_search_box_leads_to_the_partnerships(self):
        index = reverse("partnerships_partnership_modeladmin_index")
        response = self.search_form(self.manager)

        self.assertContains(response, f'action="{index}"')
        self.assertContains(response, 'name="q"')
        self.assertNotContains(response, 'action="/admin/pages/')

        organisation = self.partnership.partner_roles.get().organisation.name
        found = self.client.get(index, {"q": organisation})
        self.assertEqual(found.status_code, 200)
        self.assertEqual(list(found.context["object_list"]), [self.partnership])

    def test_project_managers_get_no_page_rights(self):
        self.client.force_login(self.manager)

        for url in ("/admin/pages/", "/admin/pages/search/?q=x"):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertRedirects(
                    response,
                    reverse("wagtailadmin_home"),
                    fetch_redirect_response=False,
                )

    def test_editors_still_search_pages(self):
        response = self.search_form(UserFactory(groups=[roles.EDITORS]))

        self.assertContains(response, 'action="/admin/pages/')

    def test_someone_with_nowhere_to_search_gets_no_search_box(self):
        response = self.search_form(UserFactory(groups=[roles.PRIVACY_OFFICERS]))

        self.assertNotContains(response, 'role="search"')
