"""Who may open and post to every stage tool URL.

The admin URLs are enumerated from ``partnerships.tools.urls.admin_urls``, so a
URL added later is checked without editing this module; one that takes a URL
argument nobody here knows how to fill makes the tests fail until it is added
to ``ARGUMENTS``. All URLs point at one partnership with one record of each
kind, made through the tools' services.
"""

from contextlib import contextmanager
from datetime import timedelta

from django.apps import apps
from django.contrib.messages import get_messages
from django.db import connection
from django.test import TestCase
from django.urls import URLPattern, reverse
from django.utils import timezone
from django.utils.html import escape

from cms import roles
from cms.stages import Stage
from partnerships import services
from partnerships.lifecycle import Move
from partnerships.models import (
    AgreementSection,
    Audience,
    CalendarFeed,
    Contact,
    Questionnaire,
    TeamMember,
)
from partnerships.models.evaluation import QuestionnaireQuestion
from partnerships.tools.agreement import services as agreement
from partnerships.tools.common import CONCLUDED, TOOLS, renew_url, tool_url
from partnerships.tools.communication import services as communication
from partnerships.tools.evaluation import services as evaluation
from partnerships.tools.meetings import services as meetings
from partnerships.tools.risks import services as risks
from partnerships.tools.urls import admin_urls, public_urls
from tests.factories import PartnershipFactory, UserFactory

ADMIN_NAMESPACE = admin_urls[1]
PUBLIC_NAMESPACE = public_urls[1]

# The URL argument -> the attribute of the test class holding its record.
ARGUMENTS = {
    "pk": "partnership",
    "agreement_pk": "agreement",
    "clause_pk": "clause",
    "activity_pk": "activity",
    "feed_pk": "feed",
    "round_pk": "round",
    "invitation_pk": "invitation",
    "meeting_pk": "meeting",
    "task_pk": "task",
    "risk_pk": "risk",
}
PUBLIC_ARGUMENTS = {"token"}
GARBAGE_TOKENS = ["ikke-et-rigtigt-link", "A" * 43, "x" * 101]

# What someone with CRM access who is not a member (an auditor, another
# project manager) may read. A write form showing up here is a leak.
READABLE = {
    "tool_agreement",
    "tool_communication_plan",
    "tool_evaluation",
    "tool_meeting",
    "tool_risks",
    "agreement",
    "agreement_version",
    "agreement_docx",
    "agreement_print",
    "communication_plan",
    "communication_calendar",
    "evaluation",
    "evaluation_round",
    "evaluation_export",
    "evaluation_export_xlsx",
    "meeting",
    "meeting_detail",
    "risks",
}
# Readable, but the record has no file to download (no signed copy attached).
NOT_FOUND_FOR_READERS = {"agreement_scan"}
# What a member may still post after the partnership is concluded: a private
# calendar link can always be shut (see ``revoke_calendar_feed``).
CONCLUDED_MEMBERS_MAY_POST = {"communication_feed_revoke"}

# Plausible form values, so that a view that forgot its access check would
# have something to save rather than stopping at an empty form.
TODAY = timezone.localdate()
POST_DATA = {
    "title": "Uvedkommende ændring",
    "heading": "Uvedkommende paragraf",
    "body": "Skrevet af en, der ikke må.",
    "section": AgreementSection.PURPOSE,
    "reason": "Uvedkommende",
    "signed_on": TODAY.isoformat(),
    "signatories": "En uvedkommende",
    "direction": "up",
    "audience": Audience.PUBLIC,
    "status": "done",
    "label": "Uvedkommende kalender",
    "held_on": TODAY.isoformat(),
    "summary": "Uvedkommende referat",
    "decisions": "Uvedkommende beslutning",
    "minutes": "Uvedkommende referat",
    "location": "Et andet sted",
    "valid_days": "7",
    "likelihood": "3",
    "impact": "3",
    "mitigation": "Ingen",
    "done": "1",
}


def admin_patterns() -> list[URLPattern]:
    patterns = admin_urls[0]
    for pattern in patterns:
        if not isinstance(pattern, URLPattern) or not pattern.name:
            raise AssertionError(f"Cannot test the URL entry {pattern!r}")
    return patterns


def url_arguments(pattern: URLPattern) -> set[str]:
    """The arguments a path() or re_path() takes from the URL."""
    return set(pattern.pattern.regex.groupindex)


def crm_models():
    return list(apps.get_app_config("partnerships").get_models())


def crm_rows() -> dict:
    """Every row of every CRM model, history included."""
    return {
        model._meta.label: list(model.objects.order_by("pk").values_list())
        for model in crm_models()
    }


def history_counts() -> dict:
    """How many history rows each ``Historical*`` model of the CRM has, in one
    query: it is asked around every request."""
    models = [m for m in crm_models() if m.__name__.startswith("Historical")]
    quote = connection.ops.quote_name
    counts = ", ".join(
        f"(SELECT COUNT(*) FROM {quote(m._meta.db_table)})" for m in models
    )
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {counts}")
        row = cursor.fetchone()
    return {m.__name__: count for m, count in zip(models, row, strict=True)}


class ToolPermissionTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.manager = UserFactory(groups=[roles.PROJECT_MANAGERS])
        cls.colleague = UserFactory(groups=[roles.PROJECT_MANAGERS])
        cls.auditor = UserFactory(groups=[roles.AUDITORS])
        cls.outsider = UserFactory(groups=[roles.PROJECT_MANAGERS])
        cls.editor = UserFactory(groups=[roles.EDITORS])
        cls.partnership = PartnershipFactory(
            title="Hemmeligt partnerskab", project_manager=cls.manager, ready=True
        )
        TeamMember.objects.create(partnership=cls.partnership, user=cls.colleague)
        user = cls.manager

        cls.agreement = agreement.draft_agreement(cls.partnership, user=user)
        cls.clause = agreement.add_clause(
            cls.agreement,
            user=user,
            section=AgreementSection.PURPOSE,
            heading="Hemmelig paragraf",
            body="Kun for partnerskabets medlemmer.",
        )

        cls.activity = communication.add_activity(
            cls.partnership,
            user=user,
            title="Hemmelig aktivitet",
            audience=Audience.STAFF,
            planned_on=TODAY + timedelta(days=30),
        )
        cls.feed, _token = communication.create_calendar_feed(
            cls.partnership, user=user, label="Hemmelig kalender"
        )

        questionnaire = Questionnaire.objects.create(title="Hemmeligt skema")
        QuestionnaireQuestion.objects.create(
            questionnaire=questionnaire,
            theme="cooperation",
            kind="scale",
            text="Hemmeligt spørgsmål?",
            sort_order=0,
        )
        cls.round = evaluation.start_round(
            cls.partnership,
            user=user,
            questionnaire=questionnaire,
            title="Hemmelig runde",
        )
        organisation = cls.partnership.partner_roles.first().organisation
        cls.contact = Contact.objects.create(
            name="Hemmelig Kontakt",
            organisation=organisation,
            email="hemmelig@example.org",
        )
        [(cls.invitation, _token)] = evaluation.invite(
            cls.round, user=user, contacts=[cls.contact]
        )

        cls.meeting = meetings.create_meeting(
            cls.partnership, user=user, title="Hemmeligt møde", held_on=TODAY
        )
        cls.task = meetings.add_action_item(
            cls.meeting, user=user, title="Hemmelig opgave", assignee=cls.colleague
        )

        cls.risk = risks.add_risk(
            cls.partnership, user=user, title="Hemmelig risiko", owner=cls.manager
        )
        cls.secrets = [
            cls.partnership.title,
            cls.clause.heading,
            cls.activity.title,
            cls.round.title,
            "Hemmeligt spørgsmål",
            cls.contact.name,
            cls.meeting.title,
            cls.risk.title,
            cls.manager.email,
        ]

    # -- helpers ----------------------------------------------------------------

    def urls(self):
        """(name, URL) for every admin tool URL, its arguments filled in."""
        found = []
        for pattern in admin_patterns():
            unknown = url_arguments(pattern) - ARGUMENTS.keys()
            if unknown:
                raise AssertionError(
                    f"partnerships:{pattern.name} takes {sorted(unknown)}; "
                    "add a record for it to ARGUMENTS."
                )
            kwargs = {
                name: getattr(self, ARGUMENTS[name]).pk
                for name in url_arguments(pattern)
            }
            url = reverse(f"{ADMIN_NAMESPACE}:{pattern.name}", kwargs=kwargs)
            found.append((pattern.name, url))
        return found

    def conclude(self):
        services.change_stage(
            self.partnership,
            move=Move.END_EARLY,
            user=self.manager,
            expected_stage=self.partnership.stage,
            reason="Partnerne trak sig.",
        )
        self.partnership.refresh_from_db()
        self.assertEqual(self.partnership.stage, Stage.CONCLUDED)

    def assertRefused(self, response):
        """Wagtail's admin answers a PermissionDenied with a redirect to the
        dashboard and an error message."""
        self.assertRedirects(
            response, reverse("wagtailadmin_home"), fetch_redirect_response=False
        )

    def assertGoesToLogin(self, response, url):
        self.assertEqual(response.status_code, 302)
        self.assertEqual(
            response["Location"], f"{reverse('wagtailadmin_login')}?next={url}"
        )

    @contextmanager
    def assertNoHistoryWritten(self):
        counts = history_counts()
        yield
        self.assertEqual(history_counts(), counts, "a history row was written")

    @contextmanager
    def assertCRMUnchanged(self):
        """No row of any CRM model, history included, is added, changed or
        removed inside the block."""
        before = crm_rows()
        yield
        after = crm_rows()
        changed = sorted(label for label in before if before[label] != after[label])
        self.assertEqual(changed, [], "CRM rows changed")

    def assertExplainsConcluded(self, response):
        """A member's change to a concluded partnership is refused on the
        tool's page, saying why and offering to renew the partnership."""
        pages = {tool_url(key, self.partnership): key for key, _label, _s in TOOLS}
        self.assertEqual(response.status_code, 302)
        self.assertIn(response["Location"], pages)
        message = str(list(get_messages(response.wsgi_request))[-1])
        self.assertIn(escape(str(CONCLUDED[pages[response["Location"]]])), message)
        self.assertIn(f'href="{renew_url(self.partnership)}"', message)

    def assertPostsRefused(self, user, *, allowed=(), refused=None):
        """Every URL but the ``allowed`` ones refuses a POST from ``user``
        (as ``refused`` checks, by default Wagtail's refusal); a read view may
        instead show its page, but nothing is saved either way."""
        refused = refused or self.assertRefused
        self.client.force_login(user)
        with self.assertCRMUnchanged():
            for name, url in self.urls():
                if name in allowed:
                    continue
                with self.subTest(user=user.username, url=name):
                    with self.assertNoHistoryWritten():
                        response = self.client.post(url, POST_DATA)
                    if name in READABLE and response.status_code == 200:
                        continue
                    if name in NOT_FOUND_FOR_READERS and response.status_code == 404:
                        continue
                    refused(response)

    # -- the tests ----------------------------------------------------------------

    def test_every_url_is_enumerated_and_its_arguments_are_known(self):
        urls = dict(self.urls())
        self.assertGreaterEqual(len(urls), 40)
        self.assertLessEqual(READABLE | NOT_FOUND_FOR_READERS, urls.keys())
        self.assertLessEqual(CONCLUDED_MEMBERS_MAY_POST, urls.keys())
        for key in ("agreement", "communication", "evaluation", "meeting", "risk"):
            with self.subTest(tool=key):
                self.assertTrue(any(name.startswith(key) for name in urls))

    def test_the_manager_opens_every_url_and_a_get_writes_nothing(self):
        """The URLs point at real records of the partnership: its manager is
        neither refused nor sent to a missing page."""
        self.client.force_login(self.manager)
        with self.assertCRMUnchanged():
            for name, url in self.urls():
                with self.subTest(url=name), self.assertNoHistoryWritten():
                    response = self.client.get(url)
                    expected = {200, 405}  # 405: the URL only takes a POST
                    if name in NOT_FOUND_FOR_READERS:
                        expected = {404}
                    if name == "evaluation_discussion":
                        expected = {302}  # to the round: it is not completed yet
                    self.assertIn(response.status_code, expected)

    def test_anonymous_users_are_sent_to_the_login_page(self):
        with self.assertCRMUnchanged():
            for name, url in self.urls():
                with self.subTest(url=name, method="GET"):
                    self.assertGoesToLogin(self.client.get(url), url)
                with self.subTest(url=name, method="POST"):
                    self.assertGoesToLogin(self.client.post(url, POST_DATA), url)

    def test_editors_without_crm_access_are_refused(self):
        self.client.force_login(self.editor)
        with self.assertCRMUnchanged():
            for name, url in self.urls():
                with self.subTest(url=name, method="GET"):
                    response = self.client.get(url)
                    if response.status_code != 405:  # POST-only URLs say so first
                        self.assertRefused(response)
                with self.subTest(url=name, method="POST"):
                    self.assertRefused(self.client.post(url, POST_DATA))

    def test_auditors_cannot_post(self):
        self.assertPostsRefused(self.auditor)

    def test_project_managers_who_are_not_members_cannot_post(self):
        self.assertPostsRefused(self.outsider)

    def test_members_cannot_post_once_the_partnership_is_concluded(self):
        self.conclude()
        self.assertPostsRefused(
            self.manager,
            allowed=CONCLUDED_MEMBERS_MAY_POST,
            refused=self.assertExplainsConcluded,
        )

    def test_members_opening_a_form_of_a_concluded_partnership_are_told_why(self):
        self.conclude()
        self.client.force_login(self.colleague)
        not_forms = READABLE | NOT_FOUND_FOR_READERS | CONCLUDED_MEMBERS_MAY_POST
        with self.assertCRMUnchanged():
            for name, url in self.urls():
                if name in not_forms:
                    continue
                with self.subTest(url=name):
                    response = self.client.get(url)
                    if response.status_code != 405:  # POST only
                        self.assertExplainsConcluded(response)

    def test_outsiders_are_not_told_about_renewing(self):
        self.conclude()
        self.assertPostsRefused(self.outsider)

    def test_a_concluded_partnerships_member_may_still_revoke_a_calendar_link(self):
        self.conclude()
        self.client.force_login(self.colleague)
        url = reverse(
            f"{ADMIN_NAMESPACE}:communication_feed_revoke",
            args=[self.partnership.pk, self.feed.pk],
        )
        self.client.post(url)
        self.assertIsNotNone(CalendarFeed.objects.get(pk=self.feed.pk).revoked_at)

    def test_auditors_and_other_project_managers_read_only_the_read_views(self):
        for user in (self.auditor, self.outsider):
            self.client.force_login(user)
            readable = set()
            with self.assertCRMUnchanged():
                for name, url in self.urls():
                    with self.subTest(user=user.username, url=name):
                        with self.assertNoHistoryWritten():
                            response = self.client.get(url)
                        if response.status_code == 200:
                            readable.add(name)
                        elif response.status_code == 404:
                            self.assertIn(name, NOT_FOUND_FOR_READERS)
                        elif response.status_code != 405:  # POST only
                            self.assertRefused(response)
            with self.subTest(user=user.username):
                self.assertEqual(readable, READABLE)

    def test_public_urls_with_a_garbage_token_show_nothing(self):
        patterns = public_urls[0]
        self.assertTrue(patterns)
        self.client.force_login(self.manager)  # a login opens nothing either
        for logged_in in (True, False):
            if not logged_in:
                self.client.logout()
            with self.assertCRMUnchanged():
                for pattern in patterns:
                    unknown = url_arguments(pattern) - PUBLIC_ARGUMENTS
                    if unknown:
                        raise AssertionError(
                            f"{PUBLIC_NAMESPACE}:{pattern.name} takes {sorted(unknown)}"
                        )
                    for token in GARBAGE_TOKENS:
                        url = reverse(
                            f"{PUBLIC_NAMESPACE}:{pattern.name}",
                            kwargs={"token": token},
                        )
                        for method in ("get", "post"):
                            with self.subTest(
                                url=pattern.name,
                                token=token[:10],
                                method=method,
                                logged_in=logged_in,
                            ):
                                response = getattr(self.client, method)(url, POST_DATA)
                                self.assertEqual(response.status_code, 404)
                                for secret in self.secrets:
                                    self.assertNotContains(
                                        response, secret, status_code=404
                                    )
