"""An inspiration case proposed from a concluded partnership: the prefilled
draft without personal data, who may propose it, the partners' consent that
must be complete before moderation (in the CRM and in the page editor), and
the history of it all."""

from datetime import datetime

from django.contrib.messages import get_messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Page, PageLogEntry, WorkflowState
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from cms import roles
from cms.models import CasePage
from cms.models.cases import QUICK_QUESTIONS
from cms.stages import Stage
from demo.pages import ensure_translation
from partnerships import cases, concurrency
from partnerships.lifecycle import Move
from partnerships.models import (
    CaseConsent,
    CaseProposal,
    EvaluationAnswer,
    PartnerRole,
    Partnership,
    StageTransition,
    TeamMember,
)
from tests.factories import (
    CaseIndexPageFactory,
    ContactFactory,
    EvaluationInvitationFactory,
    EvaluationQuestionFactory,
    EvaluationRoundFactory,
    LibraryIdentityFactory,
    OrganisationFactory,
    PartnershipFactory,
    UserFactory,
    home_page,
)

CONTACT = "Mette Kragh"


def at(year: int, month: int = 3):
    return timezone.make_aware(datetime(year, month, 1, 12))


def concluded_partnership(manager, title="Læselyst i Nordby"):
    """A concluded partnership with two partners, a contact whose name,
    e-mail and phone appear in its texts, moves from 2022 to 2024, and an
    evaluation with written answers from a partner and from the library."""
    museum = OrganisationFactory(name="Nordby Museum", sector="culture")
    school = OrganisationFactory(name="Nordby Skole", sector="education")
    contact = ContactFactory(name=CONTACT, organisation=museum, email="mk@museum.dk")
    partnership = PartnershipFactory(
        title=title,
        project_manager=manager,
        purpose="Flere børn skal læse i fritiden.",
        vision="Børn i Nordby læser, fordi de har lyst.",
        outcome="300 børn deltog i læseklubberne.",
        closing_reflection=(
            f"Samarbejdet med {CONTACT} gav os adgang til museets samlinger.\n\n"
            "Skriv til mk@museum.dk eller ring 12 34 56 78 for materialet."
        ),
    )
    PartnerRole.objects.create(
        partnership=partnership, organisation=museum, role="Stillede udstillingen"
    )
    PartnerRole.objects.create(
        partnership=partnership, organisation=school, role="Kragh fandt klasserne"
    )
    moves = [
        (Stage.INITIATION, Stage.AGREEMENT, Move.FORWARD, 2022),
        (Stage.AGREEMENT, Stage.COMMUNICATION, Move.FORWARD, 2023),
        (Stage.COMMUNICATION, Stage.CONCLUDED, Move.END_EARLY, 2024),
    ]
    for from_stage, to_stage, move, year in moves:
        StageTransition.objects.create(
            partnership=partnership,
            from_stage=from_stage,
            to_stage=to_stage,
            move=move,
            cycle=1,
            by=manager,
            at=at(year),
        )
    round_ = EvaluationRoundFactory(
        partnership=partnership,
        questions=0,
        summary="Tidlig kontakt betaler sig.\nAftal roller skriftligt.",
    )
    questions = {
        theme: EvaluationQuestionFactory(round=round_, theme=theme, kind="text")
        for theme in ("cooperation", "progress", "results", "next_step")
    }
    partner = EvaluationInvitationFactory(round=round_, contact=contact)
    staff = EvaluationInvitationFactory(round=round_, contact=None, member=manager)
    answers = [
        (partner, "cooperation", f"Roller var uklare, siger {CONTACT}."),
        (partner, "progress", "Skemaerne på skolen bremsede os."),
        (partner, "results", "Museet fik nye unge gæster."),
        (partner, "next_step", "Fortsæt næste år."),
        (staff, "results", "Biblioteket blev synligt."),
    ]
    for invitation, theme, text in answers:
        EvaluationAnswer.objects.create(
            invitation=invitation,
            question=questions[theme],
            partnership=partnership,
            text=text,
        )
    Partnership.objects.filter(pk=partnership.pk).update(stage=Stage.CONCLUDED)
    partnership.refresh_from_db()
    return partnership


def missing_message(*organisations) -> str:
    return cases.missing_consent_error(organisations).messages[0]


class CaseProposalMixin:
    @classmethod
    def setUpTestData(cls):
        LibraryIdentityFactory(name="Nordby Bibliotek", contact_person="Lis Holm")
        cls.index = CaseIndexPageFactory()
        cls.manager = UserFactory(
            username="freja",
            first_name="Freja",
            last_name="Holm",
            groups=[roles.PROJECT_MANAGERS],
        )
        cls.partnership = concluded_partnership(cls.manager)
        cls.museum, cls.school = (
            role.organisation
            for role in cls.partnership.partner_roles.order_by("organisation__name")
        )
        cls.moderator = UserFactory(username="moderator", groups=[roles.MODERATORS])
        cls.editor = UserFactory(username="editor", groups=[roles.EDITORS])

    def propose(self):
        return cases.propose_case(self.partnership, user=self.manager)

    def consent_all(self, proposal, *, given=True):
        for organisation in (self.museum, self.school):
            cases.record_consent(
                proposal,
                organisation=organisation,
                given=given,
                note="E-mail af 3. maj",
                user=self.manager,
            )


class PrefillTests(CaseProposalMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.proposal = cases.propose_case(cls.partnership, user=cls.manager)
        cls.page = CasePage.objects.get(pk=cls.proposal.case_page_id)
        cls.draft = cls.page.get_latest_revision_as_object()

    def test_draft_is_an_unpublished_revision_by_the_proposer_under_the_index(self):
        self.assertFalse(self.page.live)
        self.assertEqual(self.page.get_parent().pk, self.index.pk)
        self.assertEqual(self.page.locale.language_code, "da")
        revision = self.page.get_latest_revision()
        self.assertEqual(revision.user, self.manager)
        self.assertIsNone(self.page.live_revision)
        self.assertEqual(self.page.slug, "laeselyst-i-nordby")

    def test_title_library_period_stages_and_kind_come_from_the_records(self):
        self.assertEqual(self.draft.title, "Læselyst i Nordby")
        self.assertEqual(self.draft.library, "Nordby Bibliotek")
        self.assertEqual(self.draft.period, "2022–2024")
        self.assertEqual(
            self.draft.stages,
            [Stage.INITIATION, Stage.AGREEMENT, Stage.COMMUNICATION, Stage.CONCLUDED],
        )
        self.assertEqual(self.draft.relationship, "partnership")

    def test_partners_with_sectors_and_contributions(self):
        partners = [
            (p.name, p.sector, p.contribution) for p in self.draft.partners.all()
        ]
        self.assertEqual(
            partners,
            [
                ("Nordby Museum", "culture", "Stillede udstillingen"),
                ("Nordby Skole", "education", f"{cases.NAME_REMOVED} fandt klasserne"),
            ],
        )

    def test_quick_questions_map_from_reflection_purpose_and_written_answers(self):
        answers = dict(
            zip(
                ["experience", "challenges", "barriers", "purpose", "library_gain"],
                [answer for _question, answer in self.draft.five_questions],
                strict=True,
            )
        )
        self.assertIn("museets samlinger", answers["experience"])
        self.assertIn("Roller var uklare", answers["challenges"])
        self.assertIn("Skemaerne på skolen", answers["barriers"])
        self.assertEqual(answers["purpose"], "<p>Flere børn skal læse i fritiden.</p>")
        # Only the partners say what partnering with a library gains.
        self.assertEqual(answers["library_gain"], "<p>Museet fik nye unge gæster.</p>")
        self.assertEqual(
            self.draft.lesson_list,
            ["Tidlig kontakt betaler sig.", "Aftal roller skriftligt."],
        )
        self.assertIn("Børn i Nordby læser", self.draft.outline)
        self.assertIn("300 børn", self.draft.outcome)

    def test_personal_data_is_left_out(self):
        html = " ".join(
            str(value)
            for value in [
                self.draft.outline,
                self.draft.outcome,
                self.draft.lessons,
                self.draft.editor_note,
                *(answer for _q, answer in self.draft.five_questions),
                *(p.contribution for p in self.draft.partners.all()),
            ]
        )
        for personal in [CONTACT, "Kragh", "mk@museum.dk", "12 34 56 78", "Freja"]:
            self.assertNotIn(personal, html)
        self.assertIn(f"Samarbejdet med {cases.NAME_REMOVED} gav", html)
        self.assertIn(str(cases.EMAIL_REMOVED), html)
        self.assertIn(str(cases.PHONE_REMOVED), html)

    def test_scrubber_keeps_years_and_ordinary_words(self):
        scrub = cases.Scrubber({"Mette Kragh", "Mette", "Kragh"})
        self.assertEqual(
            scrub("I 2019-2021 mødtes vi; mette er ikke et navn her."),
            "I 2019-2021 mødtes vi; mette er ikke et navn her.",
        )
        self.assertEqual(
            scrub("Mette Kragh og Kragh ringede på +45 12345678."),
            f"{cases.NAME_REMOVED} og {cases.NAME_REMOVED} ringede på "
            f"{cases.PHONE_REMOVED}.",
        )

    def test_proposal_has_a_history_row_naming_the_proposer(self):
        row = self.proposal.history.get()
        self.assertEqual(row.history_user, self.manager)
        self.assertEqual(row.history_type, "+")
        self.assertEqual(row.case_page_id, self.page.pk)

    def test_a_second_proposal_in_the_same_cycle_is_refused(self):
        with self.assertRaises(ValidationError) as refused:
            cases.propose_case(self.partnership, user=self.manager)
        self.assertEqual(refused.exception.code, "exists")
        self.assertEqual(CaseProposal.objects.count(), 1)


class PermissionTests(CaseProposalMixin, TestCase):
    def post_propose(self, user, partnership=None):
        self.client.force_login(user)
        partnership = partnership or self.partnership
        return self.client.post(
            reverse("partnerships_case_propose", args=[partnership.pk])
        )

    def assertNothingProposed(self):
        self.assertFalse(CaseProposal.objects.exists())
        self.assertFalse(CasePage.objects.exists())

    def test_project_manager_of_the_partnership_proposes(self):
        response = self.post_propose(self.manager)
        self.assertRedirects(
            response, reverse("partnerships_case", args=[self.partnership.pk])
        )
        self.assertEqual(CaseProposal.objects.get().proposed_by, self.manager)

    def test_team_member_proposes(self):
        colleague = UserFactory(groups=[roles.PROJECT_MANAGERS])
        TeamMember.objects.create(partnership=self.partnership, user=colleague)
        self.post_propose(colleague)
        self.assertEqual(CaseProposal.objects.get().proposed_by, colleague)

    def test_auditor_editor_moderator_and_other_manager_are_refused(self):
        others = [
            UserFactory(groups=[roles.AUDITORS]),
            self.editor,
            self.moderator,
            UserFactory(groups=[roles.PROJECT_MANAGERS]),
        ]
        for user in others:
            with self.subTest(user=user.groups.first().name):
                response = self.post_propose(user)
                self.assertIn(response.status_code, (302, 403))
                if response.status_code == 302:
                    self.assertNotIn("/case/", response["Location"])
                self.assertNothingProposed()
                with self.assertRaises(PermissionDenied):
                    cases.propose_case(self.partnership, user=user)

    def test_an_open_partnership_is_refused_with_a_reason(self):
        open_one = PartnershipFactory(project_manager=self.manager)
        response = self.post_propose(self.manager, open_one)
        self.assertRedirects(
            response, open_one.get_absolute_url(), fetch_redirect_response=False
        )
        self.assertIn(
            _("Only a concluded partnership can be proposed as a case."),
            [str(m) for m in get_messages(response.wsgi_request)],
        )
        self.assertNothingProposed()

    def test_get_is_not_allowed(self):
        self.client.force_login(self.manager)
        response = self.client.get(
            reverse("partnerships_case_propose", args=[self.partnership.pk])
        )
        self.assertEqual(response.status_code, 405)
        self.assertNothingProposed()

    def test_partnership_page_offers_the_action_only_to_members(self):
        url = self.partnership.get_absolute_url()
        propose = reverse("partnerships_case_propose", args=[self.partnership.pk])
        self.client.force_login(self.manager)
        self.assertContains(self.client.get(url), propose)
        auditor = UserFactory(groups=[roles.AUDITORS])
        self.client.force_login(auditor)
        self.assertNotContains(self.client.get(url), propose)

    def test_consent_is_recorded_only_by_members(self):
        proposal = self.propose()
        auditor = UserFactory(groups=[roles.AUDITORS])
        self.client.force_login(auditor)
        url = reverse("partnerships_case", args=[self.partnership.pk])
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "Submit for moderation")
        response = self.client.post(
            url,
            {
                "organisation": self.museum.pk,
                f"org-{self.museum.pk}-given": "yes",
                f"org-{self.museum.pk}-note": "Mail",
                f"org-{self.museum.pk}-expected": "0",
            },
        )
        # The admin answers a refusal by sending the user to its start page.
        self.assertRedirects(response, reverse("wagtailadmin_home"))
        self.assertFalse(proposal.consents.exists())

    def test_editors_see_only_published_cases_on_the_site(self):
        proposal = self.propose()
        page = proposal.case_page
        self.assertEqual(self.client.get(page.url).status_code, 404)
        response = self.client.get(self.index.url)
        self.assertNotContains(response, "Læselyst i Nordby")
        # In the admin, editors continue the draft as usual.
        self.client.force_login(self.editor)
        edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
        self.assertEqual(self.client.get(edit).status_code, 200)


class ConsentTests(CaseProposalMixin, TestCase):
    def setUp(self):
        self.proposal = self.propose()
        self.page = self.proposal.case_page
        self.case_url = reverse("partnerships_case", args=[self.partnership.pk])
        self.client.force_login(self.manager)

    def post_consent(self, organisation, given="yes", note="E-mail af 3. maj"):
        prefix = f"org-{organisation.pk}"
        return self.client.post(
            self.case_url,
            {
                "organisation": organisation.pk,
                f"{prefix}-given": given,
                f"{prefix}-note": note,
                f"{prefix}-expected": cases.consent_version(
                    self.proposal, organisation
                ),
            },
        )

    def test_consent_is_recorded_per_organisation_with_history(self):
        response = self.post_consent(self.museum)
        self.assertRedirects(response, f"{self.case_url}#consent-{self.museum.pk}")
        consent = CaseConsent.objects.get()
        self.assertEqual(
            (consent.organisation, consent.given, consent.note, consent.recorded_by),
            (self.museum, True, "E-mail af 3. maj", self.manager),
        )
        row = consent.history.get()
        self.assertEqual(row.history_user, self.manager)
        self.assertIn("ja", row.history_change_reason)
        self.post_consent(self.museum, given="no", note="Telefon")
        self.assertEqual(consent.history.count(), 2)
        self.assertFalse(CaseConsent.objects.get().given)

    def test_a_stale_or_incomplete_form_changes_nothing(self):
        self.post_consent(self.museum)
        prefix = f"org-{self.museum.pk}"
        stale = self.client.post(
            self.case_url,
            {
                "organisation": self.museum.pk,
                f"{prefix}-given": "no",
                f"{prefix}-note": "Telefon",
                f"{prefix}-expected": "0",
            },
        )
        self.assertContains(stale, str(concurrency.CONFLICT), status_code=400)
        no_note = self.post_consent(self.school, note="")
        self.assertEqual(no_note.status_code, 400)
        stranger = OrganisationFactory()
        outsider = self.post_consent(stranger)
        self.assertEqual(outsider.status_code, 302)
        self.assertEqual(
            list(CaseConsent.objects.values_list("organisation", "given")),
            [(self.museum.pk, True)],
        )

    def test_submission_is_refused_listing_the_missing_organisations(self):
        self.post_consent(self.museum)
        response = self.client.post(
            reverse("partnerships_case_submit", args=[self.partnership.pk]),
            follow=True,
        )
        self.assertContains(response, missing_message(self.school))
        self.assertFalse(WorkflowState.objects.exists())
        self.post_consent(self.school, given="no", note="Rektor sagde nej")
        with self.assertRaises(ValidationError) as refused:
            cases.submit_case(self.proposal, user=self.manager)
        self.assertIn("Nordby Skole", refused.exception.messages[0])
        self.assertNotIn("Nordby Museum", refused.exception.messages[0])

    def test_complete_consent_starts_the_moderation_workflow(self):
        self.consent_all(self.proposal)
        response = self.client.post(
            reverse("partnerships_case_submit", args=[self.partnership.pk])
        )
        self.assertRedirects(response, self.case_url)
        state = WorkflowState.objects.get()
        self.assertEqual(state.status, WorkflowState.STATUS_IN_PROGRESS)
        self.assertEqual(state.requested_by, self.manager)
        self.assertEqual(int(state.object_id), self.page.pk)
        self.assertTrue(
            PageLogEntry.objects.filter(
                page=self.page, action="wagtail.workflow.start", user=self.manager
            ).exists()
        )
        proposal = CaseProposal.objects.get()
        self.assertEqual(proposal.submitted_by, self.manager)
        self.assertEqual(proposal.history.first().history_user, self.manager)
        # The moderator approves in the admin, which publishes the case.
        self.client.force_login(self.moderator)
        task_state = state.current_task_state
        response = self.client.post(
            reverse(
                "wagtailadmin_pages:workflow_action",
                args=[self.page.pk, "approve", task_state.pk],
            ),
            {"comment": ""},
        )
        self.assertEqual(response.status_code, 302)
        self.page.refresh_from_db()
        self.assertTrue(self.page.live)

    def test_withdrawn_consent_takes_the_case_out_of_moderation(self):
        self.consent_all(self.proposal)
        cases.submit_case(self.proposal, user=self.manager)
        self.post_consent(self.school, given="no", note="Trak sig")
        self.assertEqual(
            WorkflowState.objects.get().status, WorkflowState.STATUS_CANCELLED
        )

    def test_a_no_after_publication_takes_the_case_off_the_site(self):
        self.consent_all(self.proposal)
        self.page.get_latest_revision().publish(user=self.moderator)
        ensure_translation(home_page(), "en", title="Build partnerships")
        ensure_translation(self.index, "en", title="Cases", slug="cases")
        english = ensure_translation(self.page, "en", title="Reading in Nordby")
        self.assertEqual(self.client.get(english.url).status_code, 200)

        response = self.post_consent(self.school, given="no", note="Trak sig")

        self.assertIn(
            _(
                "The case has been taken off the public site: "
                "%(organisation)s no longer consents to it."
            )
            % {"organisation": self.school},
            [str(m) for m in get_messages(response.wsgi_request)],
        )
        for page in (self.page, english):
            page.refresh_from_db()
            self.assertFalse(page.live)
            self.assertTrue(
                PageLogEntry.objects.filter(
                    page=page, action="wagtail.unpublish", user=self.manager
                ).exists()
            )
        self.client.logout()
        self.assertEqual(self.client.get(english.url).status_code, 404)
        # Not again while the no stands: the page editor refuses to publish.
        self.assertEqual(cases.refusal(self.page), missing_message(self.school))

    def test_a_no_to_a_case_not_yet_published_unpublishes_nothing(self):
        self.consent_all(self.proposal)
        consent = cases.record_consent(
            self.proposal,
            organisation=self.school,
            given=False,
            note="Trak sig",
            user=self.manager,
        )
        self.assertEqual(consent.taken_offline, [])
        self.assertFalse(
            PageLogEntry.objects.filter(action="wagtail.unpublish").exists()
        )

    def page_editor_post(self, user, action, **changes):
        """The page editor's form for the draft as it is, with ``changes``,
        sent with ``action``."""
        self.client.force_login(user)
        draft = self.page.get_latest_revision_as_object()
        for name, value in changes.items():
            setattr(draft, name, value)
        partners = [
            {
                "id": p.pk,
                "name": p.name,
                "sector": p.sector,
                "role": p.role,
                "contribution": p.contribution,
            }
            for p in draft.partners.all()
        ]
        data = nested_form_data(
            {
                "title": draft.title,
                "slug": draft.slug,
                "library": draft.library,
                "outline": rich_text(draft.outline),
                **{name: rich_text(getattr(draft, name)) for name in QUICK_QUESTIONS},
                "outcome": rich_text(draft.outcome),
                "lessons": draft.lessons,
                "stages": draft.stages,
                "partners": inline_formset(partners, initial=len(partners)),
                "sources": inline_formset([]),
                "gallery": streamfield([]),
                action: "1",
            }
        )
        return self.client.post(
            reverse("wagtailadmin_pages:edit", args=[self.page.pk]), data
        )

    def test_page_editor_refuses_submit_and_publish_while_consent_is_missing(self):
        for user, action in [
            (self.editor, "action-submit"),
            (self.moderator, "action-publish"),
        ]:
            with self.subTest(action=action):
                title = f"Læselyst i Nordby ({action})"
                response = self.page_editor_post(user, action, title=title)
                self.assertRedirects(
                    response,
                    reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
                    fetch_redirect_response=False,
                )
                self.assertIn(
                    _("%(refusal)s The changes are saved as a draft instead.")
                    % {"refusal": missing_message(self.museum, self.school)},
                    [str(m) for m in get_messages(response.wsgi_request)],
                )
                # What the editor changed is kept, as a draft.
                self.page.refresh_from_db()
                latest = self.page.get_latest_revision()
                self.assertEqual(latest.user, user)
                self.assertEqual(latest.as_object().title, title)
        self.page.refresh_from_db()
        self.assertFalse(self.page.live)
        self.assertFalse(WorkflowState.objects.exists())

    def test_page_editor_warns_on_opening_and_publishes_after_consent(self):
        self.client.force_login(self.moderator)
        edit = reverse("wagtailadmin_pages:edit", args=[self.page.pk])
        warning = missing_message(self.museum, self.school)
        self.assertContains(self.client.get(edit), warning)
        self.consent_all(self.proposal)
        self.assertNotContains(self.client.get(edit), warning)
        self.page_editor_post(self.moderator, "action-publish")
        self.page.refresh_from_db()
        self.assertTrue(self.page.live)

    def test_partnership_page_links_to_its_published_case(self):
        url = self.partnership.get_absolute_url()
        response = self.client.get(url)
        self.assertContains(response, f'href="{self.case_url}"')
        self.assertNotContains(response, f'href="{self.page.url}"')
        self.assertEqual(cases.status(self.proposal), _("draft"))
        self.page.get_latest_revision().publish(user=self.moderator)
        response = self.client.get(url)
        self.assertContains(response, f'href="{self.page.url}"')
        self.proposal.refresh_from_db()
        self.assertEqual(cases.status(self.proposal), _("published"))

    def test_public_case_page_shows_nothing_private(self):
        self.page.get_latest_revision().publish(user=self.moderator)
        self.client.logout()
        response = self.client.get(self.page.url)
        self.assertContains(response, "Læselyst i Nordby")
        self.assertContains(response, "Nordby Museum")
        html = response.content.decode()
        for private in [
            "/admin/partnerships",
            "partnership/",
            CONTACT,
            "mk@museum.dk",
            "Freja",
            "Proposed from a concluded partnership",
        ]:
            self.assertNotIn(private, html)

    def test_deleting_the_case_page_leaves_a_history_row(self):
        self.client.force_login(self.moderator)
        response = self.client.post(
            reverse("wagtailadmin_pages:delete", args=[self.page.pk])
        )
        self.assertEqual(response.status_code, 302)
        self.assertFalse(Page.objects.filter(pk=self.page.pk).exists())
        proposal = CaseProposal.objects.get()
        self.assertIsNone(proposal.case_page_id)
        row = proposal.history.first()
        self.assertEqual(row.history_user, self.moderator)
        self.assertIn("blev slettet", row.history_change_reason)
        with translation.override("en"):
            self.assertEqual(cases.status(proposal), "deleted")
