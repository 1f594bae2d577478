"""The board shows open partnerships by stage, filtered by a GET form, each
column capped with a "Show more" link, at a constant number of queries."""

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cms import roles
from cms.stages import Stage
from partnerships.board import COLUMN_SIZE
from partnerships.models import Partnership, PartnershipGoal, TeamMember
from tests.factories import PartnershipFactory, StrategicGoalFactory, UserFactory


def in_stage(stage, count, **fields):
    made = [PartnershipFactory(**fields) for _ in range(count)]
    Partnership.objects.filter(pk__in=[p.pk for p in made]).update(stage=stage)
    return made


class BoardTests(TestCase):
    def setUp(self):
        self.manager = UserFactory(
            groups=[roles.PROJECT_MANAGERS], first_name="Sofie", last_name="Berg"
        )
        self.client.force_login(self.manager)

    def board(self, **params):
        return self.client.get(reverse("partnerships_board"), params)

    def titles(self, response, stage):
        for column_stage, cards, _total, _more in response.context["columns"]:
            if column_stage == stage:
                return [card.title for card in cards]
        raise AssertionError(stage)

    def test_a_long_column_shows_a_batch_and_a_link_to_the_next(self):
        in_stage(Stage.AGREEMENT, COLUMN_SIZE + 3)

        first = self.board()
        stage, cards, total, more = first.context["columns"][1]
        self.assertEqual((stage, len(cards), total), (Stage.AGREEMENT, COLUMN_SIZE, 28))
        self.assertEqual(more, "?agreement=2#column-agreement")
        self.assertContains(first, 'href="?agreement=2#column-agreement"')

        second = self.board(agreement=2)
        self.assertEqual(len(self.titles(second, Stage.AGREEMENT)), 28)
        self.assertIsNone(second.context["columns"][1][3])

    def test_cards_are_in_title_order(self):
        for title in ["Cirkus", "Aftenskole", "Bogbus"]:
            PartnershipFactory(title=title)

        self.assertEqual(
            self.titles(self.board(), Stage.INITIATION),
            ["Aftenskole", "Bogbus", "Cirkus"],
        )

    def test_concluded_partnerships_are_hidden_until_asked_for(self):
        in_stage(Stage.CONCLUDED, 2, title="Afsluttet")
        PartnershipFactory(title="Kører")

        self.assertEqual(self.titles(self.board(), Stage.CONCLUDED), [])
        self.assertEqual(
            self.titles(self.board(concluded="on"), Stage.CONCLUDED),
            ["Afsluttet", "Afsluttet"],
        )

    def test_filters_by_my_partnerships_a_person_and_a_goal(self):
        colleague = UserFactory(groups=[roles.PROJECT_MANAGERS])
        PartnershipFactory(title="Min egen", project_manager=self.manager)
        on_team = PartnershipFactory(title="På holdet", project_manager=colleague)
        on_team.team_members.add(TeamMember(user=self.manager))
        on_team.save()
        other = PartnershipFactory(title="Kollegas", project_manager=colleague)
        goal = StrategicGoalFactory()
        other.goal_links.add(PartnershipGoal(goal=goal))
        other.save()

        mine = self.titles(self.board(mine="on"), Stage.INITIATION)
        theirs = self.titles(self.board(person=colleague.pk), Stage.INITIATION)
        for_goal = self.titles(self.board(goal=goal.pk), Stage.INITIATION)

        self.assertEqual(mine, ["Min egen", "På holdet"])
        self.assertEqual(theirs, ["Kollegas", "På holdet"])
        self.assertEqual(for_goal, ["Kollegas"])

    def test_nonsense_parameters_show_the_whole_board(self):
        PartnershipFactory(title="Kører")

        response = self.board(person="x", goal="999999", agreement="-4", mine="ja")

        self.assertEqual(response.status_code, 200)
        self.assertEqual(self.titles(response, Stage.INITIATION), ["Kører"])
        self.assertContains(response, 'class="errorlist"')

    def test_a_card_links_to_its_partnership_and_to_its_move_for_members(self):
        mine = PartnershipFactory(title="Min", project_manager=self.manager)
        theirs = PartnershipFactory(
            title="Deres",
            project_manager=UserFactory(first_name="Ole", last_name="Dam"),
        )
        TeamMember.objects.create(partnership=theirs, user=UserFactory())

        response = self.board()

        inspect = reverse("partnerships_partnership_modeladmin_inspect", args=[mine.pk])
        move = reverse("partnerships_stage_change", args=[mine.pk])
        self.assertContains(response, f'<a href="{inspect}">Min</a>', html=True)
        self.assertContains(response, f'data-url="{move}"')
        self.assertContains(response, f'class="crm-card__move" href="{move}"')
        self.assertContains(response, "<p>Sofie Berg</p>", html=True)
        self.assertContains(response, "<p>Ole Dam</p>", html=True)
        # Not on the team: the card cannot be moved, and offers no move.
        theirs_move = reverse("partnerships_stage_change", args=[theirs.pk])
        self.assertContains(response, f'data-url="{theirs_move}"')
        self.assertNotContains(response, f'class="crm-card__move" href="{theirs_move}"')

    def test_query_count_does_not_grow_with_the_partnerships(self):
        in_stage(Stage.INITIATION, 3, project_manager=self.manager)
        in_stage(Stage.EVALUATION, 2, project_manager=self.manager)
        self.board()  # fills per-process caches
        with CaptureQueriesContext(connection) as few:
            self.board()
        in_stage(Stage.INITIATION, COLUMN_SIZE + 10, project_manager=self.manager)
        in_stage(Stage.EVALUATION, 15, project_manager=self.manager)
        in_stage(Stage.AGREEMENT, 4, project_manager=self.manager)
        with CaptureQueriesContext(connection) as many:
            self.board()

        # One more id query for the column that was empty before.
        self.assertLessEqual(len(many), len(few) + 1)
        self.assertLessEqual(len(many), 20)


class ListPageSizeTests(TestCase):
    def test_registers_list_25_rows_a_page(self):
        manager = UserFactory(groups=[roles.PROJECT_MANAGERS])
        self.client.force_login(manager)
        in_stage(Stage.INITIATION, 27, project_manager=manager)

        first = self.client.get("/admin/partnerships/partnership/")
        second = self.client.get("/admin/partnerships/partnership/", {"p": 2})

        self.assertEqual(len(first.context["object_list"]), 25)
        self.assertEqual(len(second.context["object_list"]), 2)
