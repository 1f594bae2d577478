import io
import re
from datetime import datetime, timedelta

from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from cms import roles
from cms.stages import Stage
from partnerships.lifecycle import Move
from partnerships.models import PartnerRole, PartnershipGoal, StageTransition
from partnerships.strategy import figures
from tests.factories import (
    OrganisationFactory,
    PartnershipFactory,
    StrategicGoalFactory,
    UserFactory,
)

PORTFOLIO = reverse("partnerships_strategy_portfolio")
PIPELINE = reverse("partnerships_strategy_pipeline")
NETWORK = reverse("partnerships_strategy_network")
REPORT = reverse("partnerships_strategy_report")
INIT, AGR, COM, EVA, END = (s.value for s in Stage)


def noon(day: str) -> datetime:
    return timezone.make_aware(datetime.fromisoformat(f"{day} 12:00"))


def make_partnership(title, manager, created, *, goals=(), partners=(), moves=(), **kw):
    """A partnership recorded at ``created`` that made ``moves`` (from, to,
    move, day, reason) and ended in the last move's stage."""
    partnership = PartnershipFactory(title=title, project_manager=manager, **kw)
    for goal in goals:
        PartnershipGoal.objects.create(partnership=partnership, goal=goal)
    for organisation in partners:
        PartnerRole.objects.create(partnership=partnership, organisation=organisation)
    for from_stage, to_stage, move, day, reason in moves:
        StageTransition.objects.create(
            partnership=partnership,
            from_stage=from_stage,
            to_stage=to_stage,
            move=move,
            cycle=1,
            by=manager,
            at=noon(day) if isinstance(day, str) else day,
            comment=reason,
        )
    stage = moves[-1][1] if moves else INIT
    type(partnership).objects.filter(pk=partnership.pk).update(
        created_at=noon(created) if isinstance(created, str) else created,
        stage=stage,
    )
    partnership.refresh_from_db()
    return partnership


class StrategyData(TestCase):
    """Six partnerships with known moves (see each below)."""

    @classmethod
    def setUpTestData(cls):
        cls.anna = UserFactory(
            username="anna", first_name="Anna", groups=[roles.PROJECT_MANAGERS]
        )
        cls.bo = UserFactory(
            username="bo", first_name="Bo", groups=[roles.PROJECT_MANAGERS]
        )
        cls.reading = StrategicGoalFactory(title="Læselyst")
        cls.digital = StrategicGoalFactory(title="Digital dannelse")
        cls.community = StrategicGoalFactory(title="Fællesskab")
        StrategicGoalFactory(title="Gammelt mål", active=False)
        cls.museum = OrganisationFactory(name="Museet", sector="culture")
        cls.school = OrganisationFactory(name="Skolen", sector="education")
        cls.firm = OrganisationFactory(name="Firmaet", sector="private")
        fwd, back, early = Move.FORWARD, Move.BACK, Move.END_EARLY
        cls.alfa = make_partnership(
            "Alfa",
            cls.anna,
            "2025-01-10",
            goals=[cls.reading],
            partners=[cls.museum, cls.school],
            library_gives="Lokaler",
            library_gets="Nye lånere",
            moves=[
                (INIT, AGR, fwd, "2025-02-09", ""),
                (AGR, COM, fwd, "2025-04-10", ""),
                (COM, EVA, fwd, "2025-07-09", ""),
                (EVA, END, fwd, "2025-08-08", ""),
            ],
        )
        cls.beta = make_partnership(
            "Beta",
            cls.anna,
            "2025-01-20",
            goals=[cls.reading, cls.digital],
            partners=[cls.museum],
            library_gives="Personale",
            moves=[
                (INIT, AGR, fwd, "2025-03-01", ""),
                (AGR, INIT, back, "2025-03-11", "Partneren trak sig"),
                (INIT, AGR, fwd, "2025-03-31", ""),
            ],
        )
        cls.gamma = make_partnership(
            "Gamma",
            cls.bo,
            "2025-02-01",
            goals=[cls.digital],
            partners=[cls.firm],
            moves=[(INIT, END, early, "2025-05-02", "Ingen midler")],
        )
        cls.delta = make_partnership(
            "Delta", cls.bo, "2025-04-01", goals=[cls.reading], partners=[cls.museum]
        )
        cls.epsilon = make_partnership(
            "Epsilon",
            cls.anna,
            timezone.now() - timedelta(days=10),
            goals=[cls.digital],
            partners=[cls.school],
        )
        cls.zeta = make_partnership(
            "Zeta",
            cls.bo,
            "2024-06-01",
            partners=[cls.school],
            moves=[
                (INIT, AGR, fwd, "2024-07-01", ""),
                (AGR, COM, fwd, "2025-01-15", ""),
            ],
        )
        cls.auditor = UserFactory(groups=[roles.AUDITORS])
        cls.editor = UserFactory(groups=[roles.EDITORS])


class PortfolioFiguresTests(StrategyData):
    def rows(self, **scope):
        result = figures.portfolio(figures.Scope(**scope))
        return {row.goal.title: row for row in result.goals}, result

    def test_counts_per_goal_and_stage_and_the_goal_without_partnerships(self):
        rows, result = self.rows()

        self.assertEqual(list(rows), ["Digital dannelse", "Fællesskab", "Læselyst"])
        self.assertEqual(rows["Læselyst"].counts, [1, 1, 0, 0, 1])
        self.assertEqual(rows["Digital dannelse"].counts, [1, 1, 0, 0, 1])
        self.assertEqual(rows["Læselyst"].open, 2)
        self.assertEqual([r.goal.title for r in result.flagged], ["Fællesskab"])
        self.assertEqual(result.unlinked, [0, 0, 1, 0, 0])

    def test_gives_and_gets_balance(self):
        rows, _result = self.rows()

        reading = rows["Læselyst"]
        self.assertEqual((reading.gives, reading.gets, reading.gives_only), (2, 1, 1))
        digital = rows["Digital dannelse"]
        self.assertEqual((digital.gives, digital.gets, digital.gives_only), (1, 0, 1))

    def test_year_keeps_partnerships_active_that_year(self):
        rows, result = self.rows(year=2024)

        self.assertEqual(rows["Læselyst"].total, 0)
        self.assertEqual(result.unlinked, [0, 0, 1, 0, 0])
        rows, _result = self.rows(year=2025)
        self.assertEqual(rows["Digital dannelse"].counts, [0, 1, 0, 0, 1])

    def test_manager_and_sector_filters(self):
        rows, result = self.rows(manager=self.bo)
        self.assertEqual(rows["Læselyst"].counts, [1, 0, 0, 0, 0])
        self.assertEqual(rows["Digital dannelse"].counts, [0, 0, 0, 0, 1])

        rows, _result = self.rows(sector="culture")
        self.assertEqual(rows["Læselyst"].total, 3)
        self.assertEqual(rows["Digital dannelse"].counts, [0, 1, 0, 0, 0])


class PipelineFiguresTests(StrategyData):
    def pipeline(self, **scope):
        return figures.pipeline(figures.Scope(**scope))

    def test_entries_and_exits_per_quarter(self):
        pipeline = self.pipeline(year=2025)

        quarters = {q.label: q for q in pipeline.quarters}
        with translation.override("en"):
            self.assertEqual([q.label for q in pipeline.quarters][0], "Q1 2025")
        self.assertEqual(len(quarters), 3)
        q1, q2, q3 = pipeline.quarters
        self.assertEqual(q1.entered, [4, 3, 1, 0, 0])
        self.assertEqual(q1.left, [3, 2, 0, 0, 0])
        self.assertEqual(q2.entered, [1, 0, 1, 0, 1])
        self.assertEqual(q2.left, [1, 1, 0, 0, 0])
        self.assertEqual(q3.entered, [0, 0, 0, 1, 1])
        self.assertEqual(q3.left, [0, 0, 1, 1, 0])
        self.assertEqual(pipeline.entered, [5, 3, 2, 1, 2])
        self.assertEqual(pipeline.left, [4, 3, 1, 1, 0])

    def test_conversion_to_the_next_stage(self):
        pipeline = self.pipeline(year=2025)

        self.assertEqual(
            [(c.entered, c.went_on, c.percent) for c in pipeline.conversions],
            [(4, 2, 50.0), (2, 1, 50.0), (2, 1, 50.0), (1, 1, 100.0)],
        )

    def test_time_in_stage_median_and_quartiles(self):
        pipeline = self.pipeline(year=2025)

        stays = {t.stage: t for t in pipeline.time_in_stage}
        initiation = stays[Stage.INITIATION]
        self.assertEqual(sorted(initiation.days), [20.0, 30.0, 40.0, 90.0])
        self.assertEqual(initiation.median, 35.0)
        self.assertEqual(initiation.quartiles, (27.5, 52.5))
        agreement = stays[Stage.AGREEMENT]
        self.assertEqual(agreement.median, 60.0)
        self.assertEqual(agreement.quartiles, (35.0, 129.0))
        self.assertEqual(stays[Stage.COMMUNICATION].quartiles, (90.0, 90.0))
        self.assertIsNone(stays[Stage.CONCLUDED].median)

    def test_all_years_count_the_stays_of_2024_too(self):
        stays = {t.stage: t for t in self.pipeline().time_in_stage}

        self.assertEqual(stays[Stage.INITIATION].count, 5)

    @override_settings(PARTNERSHIPS_STUCK_AFTER_DAYS=120)
    def test_stuck_partnerships_longest_first(self):
        pipeline = self.pipeline()

        self.assertEqual(pipeline.stuck_after, 120)
        self.assertEqual(pipeline.stuck_count, 3)
        self.assertEqual([p.title for p in pipeline.stuck], ["Zeta", "Beta", "Delta"])
        self.assertEqual(
            [p.title for p in self.pipeline(manager=self.bo).stuck], ["Zeta", "Delta"]
        )

    @override_settings(PARTNERSHIPS_STUCK_AFTER_DAYS=5)
    def test_the_setting_decides_who_is_stuck(self):
        self.assertEqual(self.pipeline().stuck_count, 4)

    def test_moves_back_and_early_ends_with_reasons(self):
        pipeline = self.pipeline(year=2025)

        self.assertEqual((pipeline.moves_back, pipeline.early_ends), (1, 1))
        self.assertEqual(
            [(t.partnership.title, t.comment) for t in pipeline.unusual],
            [("Gamma", "Ingen midler"), ("Beta", "Partneren trak sig")],
        )
        self.assertEqual(self.pipeline(year=2024).early_ends, 0)


class NetworkFiguresTests(StrategyData):
    def test_organisations_by_sector_with_stages_and_years(self):
        network = figures.network(figures.Scope())

        self.assertEqual(
            [(s.sector, s.organisations, s.partnerships) for s in network.sectors],
            [("private", 1, 1), ("education", 1, 3), ("culture", 1, 3)],
        )
        rows = {row.name: row for row in network.organisations}
        self.assertEqual(rows["Museet"].stages, [1, 1, 0, 0, 1])
        self.assertEqual(rows["Skolen"].stages, [1, 0, 1, 0, 1])
        self.assertEqual(
            (rows["Skolen"].first_year, rows["Skolen"].ongoing), (2024, True)
        )
        self.assertEqual(rows["Firmaet"].years, "2025")
        self.assertEqual([r.name for r in network.repeat], ["Skolen", "Museet"])

    def test_year_and_sector_filters(self):
        network = figures.network(figures.Scope(year=2024))
        self.assertEqual([r.name for r in network.organisations], ["Skolen"])
        network = figures.network(figures.Scope(sector="private"))
        self.assertEqual([r.name for r in network.organisations], ["Firmaet"])


class StrategyViewTests(StrategyData):
    urls = [PORTFOLIO, PIPELINE, NETWORK, REPORT, REPORT + "?year=2025&format=print"]

    def test_project_managers_auditors_and_superusers_read_the_reports(self):
        admin = UserFactory(is_superuser=True)
        for user in [self.anna, self.auditor, admin]:
            self.client.force_login(user)
            for url in self.urls:
                with self.subTest(user=user.username, url=url):
                    self.assertEqual(self.client.get(url).status_code, 200)

    def test_editors_are_refused_and_anonymous_users_sent_to_sign_in(self):
        self.client.force_login(self.editor)
        for url in [*self.urls, REPORT + "?year=2025&format=docx"]:
            with self.subTest(url=url):
                # Wagtail's admin turns the refusal into a message on the
                # dashboard.
                response = self.client.get(url)
                self.assertEqual(response.status_code, 302)
                self.assertEqual(response["Location"], reverse("wagtailadmin_home"))
        self.client.logout()
        for url in self.urls:
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 302)
                self.assertIn(reverse("wagtailadmin_login"), response["Location"])

    def test_each_page_has_one_h1(self):
        self.client.force_login(self.anna)
        for url in self.urls:
            with self.subTest(url=url):
                content = self.client.get(url).content
                self.assertEqual(len(re.findall(rb"<h1[\s>]", content)), 1)

    def test_the_menu_shows_strategy_only_to_readers(self):
        self.client.force_login(self.anna)
        self.assertContains(self.client.get(reverse("wagtailadmin_home")), PIPELINE)
        self.client.force_login(self.editor)
        self.assertNotContains(self.client.get(reverse("wagtailadmin_home")), PIPELINE)

    def test_reports_refuse_writes(self):
        self.client.force_login(self.anna)
        for url in self.urls:
            with self.subTest(url=url):
                self.assertEqual(self.client.post(url).status_code, 405)

    def test_portfolio_page_flags_goals_and_links_counts_to_the_matrix(self):
        self.client.force_login(self.anna)
        response = self.client.get(PORTFOLIO, {"sector": "culture"})

        self.assertContains(response, 'role="img"')
        self.assertContains(response, "crm-flag", count=1)  # Fællesskab
        self.assertContains(
            response, f"sector=culture&amp;goal={self.reading.pk}&amp;stage=agreement"
        )
        self.assertNotContains(response, ">Gamma<")

        matrix = self.client.get(
            PORTFOLIO, {"goal": self.reading.pk, "stage": "initiation"}
        )
        self.assertEqual([p.title for p, _cells in matrix.context["matrix"]], ["Delta"])

    def test_bad_filters_are_explained_and_show_nothing(self):
        self.client.force_login(self.anna)
        for url, query in [
            (PORTFOLIO, {"year": "abc"}),
            (PIPELINE, {"manager": self.editor.pk}),
            (NETWORK, {"sector": "space"}),
            (REPORT, {"year": "1900", "format": "docx"}),
        ]:
            with self.subTest(url=url, query=query):
                response = self.client.get(url, query)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, 'role="alert"')
                self.assertNotIn("pipeline", response.context)
                self.assertNotIn("network", response.context)
        response = self.client.get(PORTFOLIO, {"goal": "x"})
        self.assertContains(response, 'role="alert"')

    def test_pipeline_and_network_pages_show_the_figures(self):
        self.client.force_login(self.auditor)
        pipeline = self.client.get(PIPELINE, {"year": 2025})
        self.assertContains(pipeline, "Partneren trak sig")
        self.assertContains(pipeline, "Ingen midler")
        self.assertEqual(pipeline.context["pipeline"].time_in_stage[0].median, 35.0)
        network = self.client.get(NETWORK)
        self.assertContains(network, '<svg class="chart"', count=1)
        self.assertContains(network, "Skolen")
        self.assertEqual(network.context["network"].repeat[1].name, "Museet")

    def test_annual_report_docx_holds_the_headings_and_figures(self):
        from docx import Document

        self.client.force_login(self.anna)
        response = self.client.get(REPORT, {"year": 2025, "format": "docx"})

        self.assertEqual(response.status_code, 200)
        self.assertIn("attachment", response["Content-Disposition"])
        document = Document(io.BytesIO(response.content))
        headings = [
            p.text for p in document.paragraphs if p.style.name.startswith("Heading")
        ]
        with translation.override("da"):
            for heading in [_("Goal portfolio"), _("Pipeline"), _("Partner network")]:
                self.assertIn(heading, headings)
        cells = {
            table.rows[0].cells[0].text: [
                [cell.text for cell in row.cells] for row in table.rows[1:]
            ]
            for table in document.tables
        }
        with translation.override("da"):
            goals = cells[_("Goal")]
        self.assertIn(["Læselyst", "1", "1", "0", "0", "1", "3", "2", "1", "1"], goals)
        texts = {
            cell.text for t in document.tables for row in t.rows for cell in row.cells
        }
        self.assertIn("Partneren trak sig", texts)

    def test_annual_report_print_view(self):
        self.client.force_login(self.auditor)
        response = self.client.get(REPORT, {"year": 2025, "format": "print"})

        self.assertContains(response, "Ingen midler")
        self.assertContains(response, 'role="img"', count=4)
        self.assertContains(response, "@media print", count=0)
        self.assertContains(response, "strategy.css")


class QueryCountTests(StrategyData):
    def grow(self, count):
        goal, organisation = self.reading, self.museum
        for n in range(count):
            make_partnership(
                f"Ekstra {n}",
                self.bo if n % 2 else self.anna,
                "2025-05-01",
                goals=[goal, self.digital],
                partners=[organisation, OrganisationFactory()],
                moves=[
                    (INIT, AGR, Move.FORWARD, "2025-06-01", ""),
                    (AGR, INIT, Move.BACK, "2025-06-10", "Igen"),
                ],
            )

    def test_query_counts_do_not_grow_with_the_partnerships(self):
        self.client.force_login(self.auditor)
        urls = [
            PORTFOLIO + "?year=2025&sector=culture",
            PIPELINE + "?year=2025",
            NETWORK,
            REPORT + "?year=2025&format=print",
            REPORT + "?year=2025&format=docx",
        ]
        counts = {}
        for url in urls:
            self.client.get(url)  # warm caches (site, user, menus)
            with CaptureQueriesContext(connection) as queries:
                self.assertEqual(self.client.get(url).status_code, 200)
            counts[url] = len(queries)
        self.grow(12)
        for url in urls:
            with self.subTest(url=url), self.assertNumQueries(counts[url]):
                self.client.get(url)
