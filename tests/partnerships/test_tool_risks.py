"""The risk register tool: its services, order and matrix, and its pages."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cms import roles
from cms.stages import Stage
from partnerships.concurrency import version_of
from partnerships.models import Challenge, Level, Partnership, Risk, RiskStatus
from partnerships.tools.risks.services import (
    add_risk,
    close_risk,
    delete_risk,
    register,
    reopen_risk,
    risk_matrix,
    score_level,
    seed_risks,
    unused_challenges,
    update_risk,
)
from tests.factories import (
    ChallengeFactory,
    RiskFactory,
    TeamMemberFactory,
    UserFactory,
)


def make_partnership(title="Læselyst på havnen"):
    """A partnership with a project manager and one colleague on the team."""
    member = TeamMemberFactory(partnership__title=title)
    return member.partnership, member.user


def conclude(partnership):
    Partnership.objects.filter(pk=partnership.pk).update(stage=Stage.CONCLUDED)
    partnership.refresh_from_db()


def challenges(count=3):
    """Typical challenges of our own, after the seeded ones."""
    return [
        ChallengeFactory(
            description=f"Beskrivelse {n}", suggested_mitigation=f"Gør sådan {n}"
        )
        for n in range(count)
    ]


def risk_values(partnership):
    return list(
        Risk.objects.filter(partnership=partnership)
        .order_by("pk")
        .values("title", "likelihood", "impact", "owner", "status", "mitigation")
    )


class SeedingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.partnership, cls.colleague = make_partnership()
        cls.manager = cls.partnership.project_manager
        cls.challenges = challenges()

    def test_each_chosen_challenge_becomes_one_risk_with_its_mitigation(self):
        chosen = self.challenges[:2]

        created = seed_risks(self.partnership, user=self.colleague, challenges=chosen)

        self.assertEqual(len(created), 2)
        for challenge in chosen:
            risk = Risk.objects.get(partnership=self.partnership, challenge=challenge)
            self.assertEqual(risk.title, challenge.title)
            self.assertEqual(risk.description, challenge.description)
            self.assertEqual(risk.mitigation, challenge.suggested_mitigation)
            self.assertEqual((risk.likelihood, risk.impact), (2, 2))
            self.assertEqual(risk.owner, self.manager)
            self.assertEqual(risk.status, RiskStatus.OPEN)
        self.assertFalse(
            Risk.objects.filter(challenge=self.challenges[2]).exists(),
        )

    def test_a_challenge_is_not_added_twice(self):
        seed_risks(self.partnership, user=self.manager, challenges=self.challenges[:2])

        again = seed_risks(
            self.partnership, user=self.manager, challenges=self.challenges
        )

        self.assertEqual([risk.challenge for risk in again], [self.challenges[2]])
        for challenge in self.challenges:
            self.assertEqual(
                Risk.objects.filter(
                    partnership=self.partnership, challenge=challenge
                ).count(),
                1,
            )
        self.assertEqual(
            seed_risks(self.partnership, user=self.manager, challenges=self.challenges),
            [],
        )

    def test_without_a_choice_every_unused_challenge_is_added(self):
        seed_risks(self.partnership, user=self.manager, challenges=self.challenges[:1])

        seed_risks(self.partnership, user=self.manager)

        self.assertEqual(
            Risk.objects.filter(partnership=self.partnership).count(),
            Challenge.objects.count(),
        )
        self.assertFalse(unused_challenges(self.partnership).exists())

    def test_other_partnerships_do_not_use_up_a_challenge(self):
        other, _colleague = make_partnership(title="Andet")
        seed_risks(other, user=other.project_manager, challenges=self.challenges)

        created = seed_risks(
            self.partnership, user=self.manager, challenges=self.challenges
        )

        self.assertEqual(len(created), 3)

    def test_an_empty_choice_is_refused(self):
        with self.assertRaises(ValidationError) as caught:
            seed_risks(self.partnership, user=self.manager, challenges=[])

        self.assertIn("challenges", caught.exception.message_dict)
        self.assertFalse(Risk.objects.exists())

    def test_seeding_is_recorded_with_user_and_reason(self):
        challenge = self.challenges[0]

        seed_risks(self.partnership, user=self.colleague, challenges=[challenge])

        row = Risk.history.get()
        self.assertEqual(row.history_type, "+")
        self.assertEqual(row.history_user, self.colleague)
        self.assertIn(challenge.title, row.history_change_reason)

    def test_only_members_of_an_open_partnership_seed(self):
        outsider = UserFactory(groups=[roles.PROJECT_MANAGERS])
        auditor = UserFactory(groups=[roles.AUDITORS])
        for user in (outsider, auditor):
            with self.assertRaises(PermissionDenied):
                seed_risks(self.partnership, user=user, challenges=self.challenges)
        conclude(self.partnership)
        with self.assertRaises(PermissionDenied):
            seed_risks(self.partnership, user=self.manager, challenges=self.challenges)
        self.assertFalse(Risk.objects.exists())


class RiskServiceTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.partnership, cls.colleague = make_partnership()
        cls.manager = cls.partnership.project_manager
        cls.outsider = UserFactory(groups=[roles.PROJECT_MANAGERS])

    def add(self, **kwargs):
        values = {
            "title": "Partneren mister sin kontaktperson",
            "owner": self.colleague,
            "likelihood": Level.HIGH,
            "impact": Level.MEDIUM,
            "mitigation": "Aftal en stedfortræder.",
            **kwargs,
        }
        return add_risk(self.partnership, user=self.manager, **values)

    def test_add_a_risk_of_our_own_with_history(self):
        risk = self.add(title="  Partneren   mister sin kontaktperson ")

        risk.refresh_from_db()
        self.assertEqual(risk.title, "Partneren mister sin kontaktperson")
        self.assertEqual((risk.likelihood, risk.impact, risk.score), (3, 2, 6))
        self.assertEqual(risk.owner, self.colleague)
        self.assertIsNone(risk.challenge)
        row = risk.history.get()
        self.assertEqual(row.history_user, self.manager)
        self.assertIn(risk.title, row.history_change_reason)

    def test_likelihood_and_impact_must_be_low_medium_or_high(self):
        for bad in (0, 4, "x", None, -1):
            for name in ("likelihood", "impact"):
                with self.subTest(field=name, value=bad):
                    with self.assertRaises(ValidationError) as caught:
                        self.add(**{name: bad})
                    self.assertEqual(list(caught.exception.message_dict), [name])
        self.assertFalse(Risk.objects.exists())

    def test_a_risk_needs_a_name_and_an_owner(self):
        with self.assertRaises(ValidationError) as caught:
            self.add(title="  ", owner=None)

        codes = {
            name: [error.code for error in errors]
            for name, errors in caught.exception.error_dict.items()
        }
        self.assertEqual(codes, {"title": ["blank"], "owner": ["required"]})
        with self.assertRaises(ValidationError) as caught:
            self.add(title="x" * 256)
        self.assertEqual(caught.exception.error_dict["title"][0].code, "max_length")
        self.assertFalse(Risk.objects.exists())

    def test_the_owner_must_be_the_project_manager_or_on_the_team(self):
        self.assertEqual(self.add(owner=self.manager).owner, self.manager)

        with self.assertRaises(ValidationError) as caught:
            self.add(owner=self.outsider)

        self.assertIn("owner", caught.exception.message_dict)
        self.assertEqual(Risk.objects.count(), 1)

    def test_only_members_add(self):
        for user in (self.outsider, UserFactory(groups=[roles.AUDITORS])):
            with self.assertRaises(PermissionDenied):
                add_risk(self.partnership, user=user, title="Hack", owner=self.manager)
        self.assertFalse(Risk.objects.exists())

    def test_reassess_changes_the_levels_with_history(self):
        risk = self.add()

        update_risk(
            risk,
            user=self.colleague,
            title=risk.title,
            owner=self.manager,
            likelihood=Level.LOW,
            impact=Level.HIGH,
            mitigation="Ny plan",
            expected=version_of(risk),
        )

        risk.refresh_from_db()
        self.assertEqual((risk.likelihood, risk.impact), (1, 3))
        self.assertEqual((risk.owner, risk.mitigation), (self.manager, "Ny plan"))
        row = risk.history.latest()
        self.assertEqual(row.history_user, self.colleague)
        self.assertIn(risk.title, row.history_change_reason)

    def test_a_stale_reassessment_is_refused_and_changes_nothing(self):
        risk = self.add()
        stale = version_of(risk)
        close_risk(risk, user=self.manager)
        before = risk_values(self.partnership)

        with self.assertRaises(ValidationError) as caught:
            update_risk(
                risk,
                user=self.manager,
                title="Andet",
                owner=self.manager,
                expected=stale,
            )

        self.assertEqual(caught.exception.code, "conflict")
        self.assertEqual(risk_values(self.partnership), before)

    def test_a_bad_reassessment_changes_nothing(self):
        risk = self.add()
        before = risk_values(self.partnership)
        rows = risk.history.count()

        for values in ({"likelihood": 9}, {"owner": self.outsider}, {"title": ""}):
            with self.subTest(values=values), self.assertRaises(ValidationError):
                update_risk(
                    risk,
                    user=self.manager,
                    **{"title": "Nyt navn", "owner": self.manager, **values},
                )
        with self.assertRaises(PermissionDenied):
            update_risk(risk, user=self.outsider, title="Hack", owner=self.manager)

        self.assertEqual(risk_values(self.partnership), before)
        self.assertEqual(risk.history.count(), rows)

    def test_close_and_reopen_with_history(self):
        risk = self.add()

        close_risk(risk, user=self.colleague)
        risk.refresh_from_db()
        self.assertEqual(risk.status, RiskStatus.CLOSED)
        closed = risk.history.latest()
        self.assertEqual(closed.history_user, self.colleague)
        self.assertEqual(closed.status, RiskStatus.CLOSED)
        self.assertIn(risk.title, closed.history_change_reason)

        reopen_risk(risk, user=self.manager)
        risk.refresh_from_db()
        self.assertEqual(risk.status, RiskStatus.OPEN)
        reopened = risk.history.latest()
        self.assertEqual(reopened.history_user, self.manager)
        self.assertNotEqual(
            reopened.history_change_reason, closed.history_change_reason
        )

    def test_closing_twice_or_reopening_an_open_risk_is_refused(self):
        risk = self.add()
        with self.assertRaises(ValidationError):
            reopen_risk(risk, user=self.manager)
        close_risk(risk, user=self.manager)
        rows = risk.history.count()

        with self.assertRaises(ValidationError):
            close_risk(risk, user=self.manager)

        self.assertEqual(risk.history.count(), rows)
        with self.assertRaises(PermissionDenied):
            reopen_risk(risk, user=self.outsider)
        risk.refresh_from_db()
        self.assertEqual(risk.status, RiskStatus.CLOSED)

    def test_delete_keeps_the_risk_in_the_history(self):
        risk = self.add()
        with self.assertRaises(ValidationError):
            delete_risk(risk, user=self.manager, expected="stale")
        self.assertTrue(Risk.objects.filter(pk=risk.pk).exists())

        delete_risk(risk, user=self.colleague, expected=version_of(risk))

        self.assertFalse(Risk.objects.filter(pk=risk.pk).exists())
        row = Risk.history.filter(id=risk.pk).latest()
        self.assertEqual(row.history_type, "-")
        self.assertEqual(row.history_user, self.colleague)
        self.assertIn(risk.title, row.history_change_reason)

    def test_a_concluded_partnership_is_read_only(self):
        risk = self.add()
        conclude(self.partnership)
        before = risk_values(self.partnership)

        with self.assertRaises(PermissionDenied):
            self.add(title="Ny")
        with self.assertRaises(PermissionDenied):
            close_risk(risk, user=self.manager)
        with self.assertRaises(PermissionDenied):
            delete_risk(risk, user=self.manager)

        self.assertEqual(risk_values(self.partnership), before)


class ScoreTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.partnership, _colleague = make_partnership()
        cls.manager = cls.partnership.project_manager

    def add(self, title, likelihood, impact, status=RiskStatus.OPEN):
        return RiskFactory(
            partnership=self.partnership,
            title=title,
            owner=self.manager,
            likelihood=likelihood,
            impact=impact,
            status=status,
        )

    def test_score_levels(self):
        expected = {1: 1, 2: 1, 3: 2, 4: 2, 6: 3, 9: 3}
        for score, level in expected.items():
            with self.subTest(score=score):
                self.assertEqual(score_level(score), level)

    def test_each_open_risk_is_counted_in_its_cell(self):
        self.add("Sandsynlig men lille", Level.HIGH, Level.LOW)
        self.add("Sandsynlig men lille 2", Level.HIGH, Level.LOW)
        self.add("Usandsynlig og alvorlig", Level.LOW, Level.HIGH)
        self.add("Lukket", Level.HIGH, Level.HIGH, RiskStatus.CLOSED)

        matrix = risk_matrix(register(self.partnership))

        self.assertEqual(
            [row["likelihood"] for row in matrix], [Level.HIGH, Level.MEDIUM, Level.LOW]
        )
        counts = {
            (row["likelihood"], cell["impact"]): cell["count"]
            for row in matrix
            for cell in row["cells"]
        }
        self.assertEqual(counts[Level.HIGH, Level.LOW], 2)
        self.assertEqual(counts[Level.LOW, Level.HIGH], 1)
        self.assertEqual(counts[Level.HIGH, Level.HIGH], 0)
        self.assertEqual(sum(counts.values()), 3)
        self.assertEqual(
            [cell["impact"] for cell in matrix[0]["cells"]],
            [Level.LOW, Level.MEDIUM, Level.HIGH],
        )
        levels = {
            (row["likelihood"], cell["impact"]): cell["level"]
            for row in matrix
            for cell in row["cells"]
        }
        self.assertEqual(levels[Level.HIGH, Level.HIGH], Level.HIGH)
        self.assertEqual(levels[Level.HIGH, Level.MEDIUM], Level.HIGH)
        self.assertEqual(levels[Level.HIGH, Level.LOW], Level.MEDIUM)
        self.assertEqual(levels[Level.MEDIUM, Level.MEDIUM], Level.MEDIUM)
        self.assertEqual(levels[Level.LOW, Level.MEDIUM], Level.LOW)

    def test_the_register_lists_open_risks_by_score_and_closed_last(self):
        self.add("Lukket", Level.HIGH, Level.HIGH, RiskStatus.CLOSED)
        self.add("Lav", Level.LOW, Level.LOW)
        self.add("Høj", Level.HIGH, Level.MEDIUM)
        self.add("Alvorlig", Level.MEDIUM, Level.HIGH)
        self.add("Mellem", Level.MEDIUM, Level.MEDIUM)

        titles = [risk.title for risk in register(self.partnership)]

        # Equal scores: the more serious impact first.
        self.assertEqual(titles, ["Alvorlig", "Høj", "Mellem", "Lav", "Lukket"])
        self.assertEqual(
            [risk.risk_score for risk in register(self.partnership)], [6, 6, 4, 1, 9]
        )


class PageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.partnership, cls.colleague = make_partnership()
        cls.owner = cls.partnership.project_manager
        cls.other_manager = UserFactory(groups=[roles.PROJECT_MANAGERS])
        cls.auditor = UserFactory(groups=[roles.AUDITORS])
        cls.editor = UserFactory(groups=[roles.EDITORS])
        cls.challenges = challenges()

    def setUp(self):
        self.risk = RiskFactory(
            partnership=self.partnership,
            title="Museet mister sin formidler",
            owner=self.colleague,
            likelihood=Level.HIGH,
            impact=Level.HIGH,
            mitigation="Vi aftaler en stedfortræder.",
        )

    def url(self, name, *args):
        return reverse(f"partnerships:{name}", args=[self.partnership.pk, *args])

    def assertRefused(self, response):
        """Wagtail's admin answers a PermissionDenied with a redirect to the
        dashboard."""
        self.assertRedirects(
            response, reverse("wagtailadmin_home"), fetch_redirect_response=False
        )

    def form_data(self, **kwargs):
        return {
            "title": "Budgettet skrider",
            "description": "",
            "likelihood": "2",
            "impact": "3",
            "mitigation": "Følg budgettet hver måned.",
            "owner": str(self.owner.pk),
            **kwargs,
        }

    def test_readers_see_the_register_and_the_matrix(self):
        for user in (self.owner, self.other_manager, self.auditor):
            with self.subTest(user=user.username):
                self.client.force_login(user)
                response = self.client.get(self.url("risks"))
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, "Museet mister sin formidler")
                self.assertContains(response, "Vi aftaler en stedfortræder.")
                self.assertContains(
                    response,
                    '<td class="risk-level--3" data-likelihood="3" data-impact="3">',
                )
                self.assertContains(response, "data-likelihood=", count=9)
                self.assertContains(response, f'<tr id="risk-{self.risk.pk}">')
        self.assertNotContains(response, self.url("risk_edit", self.risk.pk))
        self.assertNotContains(response, self.url("risk_seed"))
        matrix = response.context["matrix"]
        self.assertEqual(matrix[0]["cells"][2]["count"], 1)

    def test_the_owner_sees_the_write_links_and_the_challenges(self):
        self.client.force_login(self.colleague)

        response = self.client.get(self.url("risks"))

        for name in ("risk_edit", "risk_close", "risk_delete"):
            self.assertContains(response, self.url(name, self.risk.pk))
        self.assertContains(response, self.url("risk_create"))
        self.assertContains(response, self.url("risk_seed"))
        for challenge in self.challenges:
            self.assertContains(response, f'value="{challenge.pk}"')
            self.assertContains(response, challenge.suggested_mitigation)

    def test_open_and_closed_risks_are_listed_apart(self):
        closed = RiskFactory(
            partnership=self.partnership,
            title="Gammel",
            owner=self.owner,
            status=RiskStatus.CLOSED,
        )
        self.client.force_login(self.owner)

        response = self.client.get(self.url("risks"))

        self.assertEqual(response.context["open_risks"], [self.risk])
        self.assertEqual(response.context["closed_risks"], [closed])
        self.assertEqual(response.context["open_count"], 1)
        self.assertContains(response, self.url("risk_reopen", closed.pk))
        self.assertNotContains(response, self.url("risk_close", closed.pk))
        content = response.content.decode()
        self.assertLess(
            content.index("closed-risks-heading"),
            content.index(f'id="risk-{closed.pk}"'),
        )

    def test_anonymous_visitors_are_sent_to_the_login_page(self):
        for name, args in [
            ("risks", []),
            ("risk_create", []),
            ("risk_edit", [self.risk.pk]),
            ("risk_delete", [self.risk.pk]),
        ]:
            with self.subTest(name=name):
                response = self.client.get(self.url(name, *args))
                self.assertEqual(response.status_code, 302)
                self.assertTrue(response["Location"].startswith("/admin/login/"))

    def test_editors_without_crm_access_are_refused(self):
        self.client.force_login(self.editor)

        self.assertRefused(self.client.get(self.url("risks")))
        self.assertRefused(self.client.get(self.url("risk_edit", self.risk.pk)))

    def writes(self):
        expected = version_of(self.risk)
        return [
            (self.url("risk_create"), self.form_data()),
            (
                self.url("risk_edit", self.risk.pk),
                self.form_data(expected=expected),
            ),
            (self.url("risk_close", self.risk.pk), {}),
            (self.url("risk_delete", self.risk.pk), {"expected": expected}),
            (
                self.url("risk_seed"),
                {"challenges": [str(c.pk) for c in self.challenges]},
            ),
        ]

    def test_only_members_may_write(self):
        before = risk_values(self.partnership)
        for user in (self.other_manager, self.auditor):
            self.client.force_login(user)
            for url, data in self.writes():
                with self.subTest(user=user.username, url=url):
                    self.assertRefused(self.client.post(url, data))
            self.assertRefused(self.client.get(self.url("risk_create")))
            self.assertRefused(self.client.get(self.url("risk_edit", self.risk.pk)))
        self.assertEqual(risk_values(self.partnership), before)

    def test_a_concluded_partnership_is_read_only(self):
        close_risk(self.risk, user=self.owner)
        conclude(self.partnership)
        self.risk.refresh_from_db()
        before = risk_values(self.partnership)
        self.client.force_login(self.owner)

        response = self.client.get(self.url("risks"))
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, self.url("risk_reopen", self.risk.pk))
        for url, data in [
            *self.writes(),
            (self.url("risk_reopen", self.risk.pk), {}),
        ]:
            with self.subTest(url=url):
                self.assertRedirects(  # to the register, saying why
                    self.client.post(url, data),
                    self.url("risks"),
                    fetch_redirect_response=False,
                )
        self.assertEqual(risk_values(self.partnership), before)

    def test_another_partnerships_risk_is_unreachable(self):
        other, _colleague = make_partnership(title="Andet partnerskab")
        foreign = RiskFactory(
            partnership=other, title="Fremmed", owner=other.project_manager
        )
        self.client.force_login(self.owner)
        expected = version_of(foreign)

        for name in ("risk_edit", "risk_delete"):
            self.assertEqual(
                self.client.get(self.url(name, foreign.pk)).status_code, 404
            )
        for name, data in [
            ("risk_edit", self.form_data(expected=expected)),
            ("risk_close", {}),
            ("risk_delete", {"expected": expected}),
        ]:
            with self.subTest(name=name):
                response = self.client.post(self.url(name, foreign.pk), data)
                self.assertEqual(response.status_code, 404)
        foreign.refresh_from_db()
        self.assertEqual((foreign.title, foreign.status), ("Fremmed", "open"))

    def test_add_a_risk_through_the_form(self):
        self.client.force_login(self.owner)
        form = self.client.get(self.url("risk_create"))
        self.assertEqual(form.context["form"]["owner"].value(), self.owner.pk)

        response = self.client.post(self.url("risk_create"), self.form_data())

        self.assertRedirects(response, self.url("risks"))
        risk = Risk.objects.get(title="Budgettet skrider")
        self.assertEqual((risk.likelihood, risk.impact, risk.owner), (2, 3, self.owner))
        self.assertEqual(risk.history.get().history_user, self.owner)

    def test_bad_levels_give_a_form_error_and_save_nothing(self):
        self.client.force_login(self.owner)
        for values in (
            {"likelihood": "4"},
            {"impact": "0"},
            {"likelihood": "høj"},
            {"impact": ""},
        ):
            with self.subTest(values=values):
                response = self.client.post(
                    self.url("risk_create"), self.form_data(**values)
                )
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, 'role="alert"')
                self.assertEqual(set(response.context["form"].errors), set(values))
        self.assertEqual(Risk.objects.count(), 1)

    def test_a_missing_or_too_long_name_is_a_form_error(self):
        self.client.force_login(self.owner)

        for title, code in (("  ", "required"), ("x" * 256, "max_length")):
            with self.subTest(code=code):
                response = self.client.post(
                    self.url("risk_create"), self.form_data(title=title)
                )
                self.assertEqual(response.status_code, 200)
                errors = response.context["form"].errors.as_data()
                self.assertEqual([error.code for error in errors["title"]], [code])
        self.assertEqual(Risk.objects.count(), 1)

    def test_a_non_member_owner_is_refused(self):
        self.client.force_login(self.owner)

        response = self.client.post(
            self.url("risk_create"),
            self.form_data(owner=str(self.other_manager.pk)),
        )

        self.assertEqual(response.status_code, 200)
        self.assertIn("owner", response.context["form"].errors)
        self.assertFalse(Risk.objects.filter(title="Budgettet skrider").exists())
        owners = response.context["form"].fields["owner"].queryset
        self.assertEqual(set(owners), {self.owner, self.colleague})

    def test_a_missing_owner_is_a_form_error(self):
        self.client.force_login(self.owner)

        response = self.client.post(self.url("risk_create"), self.form_data(owner=""))

        self.assertEqual(response.status_code, 200)
        errors = response.context["form"].errors.as_data()
        self.assertEqual([error.code for error in errors["owner"]], ["required"])
        self.assertEqual(Risk.objects.count(), 1)

    def test_reassess_through_the_form(self):
        self.client.force_login(self.colleague)
        form = self.client.get(self.url("risk_edit", self.risk.pk))
        expected = form.context["form"]["expected"].value()
        self.assertEqual(form.context["form"]["likelihood"].value(), 3)

        response = self.client.post(
            self.url("risk_edit", self.risk.pk),
            self.form_data(title=self.risk.title, likelihood="1", expected=expected),
        )

        self.assertRedirects(response, self.url("risks"))
        self.risk.refresh_from_db()
        self.assertEqual((self.risk.likelihood, self.risk.impact), (1, 3))
        self.assertEqual(self.risk.history.latest().history_user, self.colleague)

    def test_a_stale_form_shows_an_error_and_changes_nothing(self):
        stale = version_of(self.risk)
        close_risk(self.risk, user=self.colleague)
        self.client.force_login(self.owner)

        response = self.client.post(
            self.url("risk_edit", self.risk.pk),
            self.form_data(title="Sidst", expected=stale),
        )

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'role="alert"')
        self.assertIn(
            "conflict",
            [e.code for e in response.context["form"].non_field_errors().as_data()],
        )
        self.risk.refresh_from_db()
        self.assertEqual(self.risk.title, "Museet mister sin formidler")

    def test_a_form_without_its_version_marker_is_refused(self):
        self.client.force_login(self.owner)
        before = risk_values(self.partnership)

        for url, data in [
            (self.url("risk_edit", self.risk.pk), self.form_data(title="Uden")),
            (self.url("risk_delete", self.risk.pk), {}),
        ]:
            with self.subTest(url=url):
                response = self.client.post(url, data)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, 'role="alert"')
        self.assertEqual(risk_values(self.partnership), before)

    def test_close_and_reopen_through_the_page(self):
        self.client.force_login(self.owner)
        self.assertEqual(
            self.client.get(self.url("risk_close", self.risk.pk)).status_code, 405
        )

        response = self.client.post(self.url("risk_close", self.risk.pk))
        self.assertRedirects(response, f"{self.url('risks')}#risk-{self.risk.pk}")
        self.risk.refresh_from_db()
        self.assertEqual(self.risk.status, RiskStatus.CLOSED)

        self.client.post(self.url("risk_close", self.risk.pk))  # already closed
        self.assertEqual(self.risk.history.filter(status="closed").count(), 1)

        self.client.post(self.url("risk_reopen", self.risk.pk))
        self.risk.refresh_from_db()
        self.assertEqual(self.risk.status, RiskStatus.OPEN)
        self.assertEqual(self.risk.history.latest().history_user, self.owner)

    def test_delete_through_the_page(self):
        self.client.force_login(self.owner)
        form = self.client.get(self.url("risk_delete", self.risk.pk))
        self.assertContains(form, "Museet mister sin formidler")

        response = self.client.post(
            self.url("risk_delete", self.risk.pk),
            {"expected": form.context["form"]["expected"].value()},
        )

        self.assertRedirects(response, self.url("risks"))
        self.assertFalse(Risk.objects.filter(pk=self.risk.pk).exists())

    def test_add_the_ticked_challenges_through_the_page(self):
        self.client.force_login(self.owner)
        chosen = self.challenges[:2]

        response = self.client.post(
            self.url("risk_seed"), {"challenges": [str(c.pk) for c in chosen]}
        )

        self.assertRedirects(response, self.url("risks"))
        seeded = Risk.objects.exclude(challenge=None)
        self.assertEqual({risk.challenge for risk in seeded}, set(chosen))
        page = self.client.get(self.url("risks"))
        self.assertNotContains(page, f'value="{chosen[0].pk}"')
        self.assertContains(page, f'value="{self.challenges[2].pk}"')

    def test_ticking_nothing_or_a_used_challenge_is_explained(self):
        seed_risks(self.partnership, user=self.owner, challenges=self.challenges[:1])
        self.client.force_login(self.owner)
        before = Risk.objects.count()

        for data in ({}, {"challenges": [str(self.challenges[0].pk)]}):
            with self.subTest(data=data):
                response = self.client.post(self.url("risk_seed"), data)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, 'role="alert"')
                self.assertIn("challenges", response.context["seed_form"].errors)
        self.assertEqual(Risk.objects.count(), before)
        self.assertEqual(self.client.get(self.url("risk_seed")).status_code, 405)

    def test_register_queries_do_not_grow_with_more_risks(self):
        self.client.force_login(self.owner)

        def count():
            with CaptureQueriesContext(connection) as queries:
                self.assertEqual(self.client.get(self.url("risks")).status_code, 200)
            return len(queries)

        few = count()
        seed_risks(self.partnership, user=self.owner, challenges=self.challenges[:2])
        for n, owner in enumerate([self.owner, self.colleague] * 3):
            status = RiskStatus.CLOSED if n % 2 else RiskStatus.OPEN
            RiskFactory(partnership=self.partnership, owner=owner, status=status)
        self.assertEqual(count(), few)
