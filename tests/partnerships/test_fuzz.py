"""Malformed requests over the CRM admin, the auditor's workspace, the board,
the stage change, every stage-tool URL and the privacy area: none may answer
with a 5xx.

The requests are drawn with a fixed seed, so a failure is reproducible; the
tool URLs are enumerated from ``partnerships.tools.urls`` like
``test_tool_permissions`` does, so a URL added later is fuzzed too.
"""

import random
import traceback
from datetime import timedelta
from html.parser import HTMLParser

from django.core.signals import got_request_exception
from django.db import transaction
from django.test import Client, TestCase
from django.urls import reverse
from django.utils import timezone

from cms import roles
from partnerships import audit
from partnerships.models import Erasure, LegalBasis, TeamMember
from partnerships.tools.communication import services as communication
from partnerships.tools.urls import admin_urls, public_urls
from tests.factories import (
    AgreementFactory,
    CommunicationActivityFactory,
    ContactFactory,
    EvaluationInvitationFactory,
    EvaluationRoundFactory,
    MeetingFactory,
    OrganisationFactory,
    PartnershipFactory,
    RiskFactory,
    StrategicGoalFactory,
    TaskFactory,
    UserFactory,
)

SEED = 20260611
REQUESTS = 500

# What a URL argument is filled with: the record it names.
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
MODELADMIN_MODELS = ["partnership", "organisation", "contact", "strategicgoal"]
# The privacy area's pages about one person.
PRIVACY_VIEWS = ["subject", "export", "report", "erase"]

BAD_IDS = ["99999999999999999999", "2147483648", "0", "-1", "abc", "1.5", "%00"]
BAD_VALUES = [
    "abc",
    "-1",
    "0",
    "-999999999999",
    "99999999999999999999",
    "1e309",
    "NaN",
    "\x00",
    "a\x00b",
    "\x01\x02\x0b\x1b\x7f",
    "\u202e\ufeff",
    "x" * 5000,
    "9999-12-31",
    "0000-00-00",
    "2026-02-30",
    "9999-12-31T23:59",
    "-0001-01-01",
    '=HYPERLINK("http://x")',
    "",
    " ",
    "nonsense",
    "[]",
    "on",
    "<script>alert(1)</script>",
]
DATES = ["9999-12-31", "0001-01-01", "0000-00-00", "2026-02-30", "9999-12-31T23:59"]
DATE_KEYS = {"since", "until", "at"}
# The parameters the register lists read (and some they do not know).
LIST_KEYS = [
    "q",
    "o",
    "ot",
    "p",
    "e",
    "export",
    "stage",
    "stage__exact",
    "project_manager__id__exact",
    "project_manager__isnull",
    "sector__exact",
    "organisation__id__exact",
    "active__exact",
    "title__contains",
    "id__in",
]
# The parameters the audit pages read.
AUDIT_KEYS = ["p", "export", "partnership", "model", "user", "action", "side"]
AUDIT_KEYS += sorted(DATE_KEYS)
GET_KEYS = [*LIST_KEYS, *AUDIT_KEYS, "next", "tool"]
EXPORTS = ["csv", "xlsx", "pdf", "\x00"]
FORMSETS = ["tasks", "team_members", "goal_links", "partner_roles", "questions"]
POST_KEYS = [
    "title",
    "name",
    "heading",
    "body",
    "section",
    "reason",
    "move",
    "expected",
    "expected_stage",
    "version",
    "signed_on",
    "signatories",
    "direction",
    "audience",
    "status",
    "label",
    "held_on",
    "planned_on",
    "summary",
    "decisions",
    "minutes",
    "location",
    "valid_days",
    "likelihood",
    "impact",
    "mitigation",
    "owner",
    "assignee",
    "done",
    "contacts",
    "questionnaire",
    "template",
    "challenges",
    "due_date",
    "start_date",
    "end_date",
    "budget",
    "project_manager",
    "purpose",
    "organisation",
    "email",
    "phone",
    "website",
    "sector",
    "active",
    "description",
    "participants",
    "agenda",
    "next",
]
for prefix in FORMSETS:
    POST_KEYS += [
        f"{prefix}-TOTAL_FORMS",
        f"{prefix}-INITIAL_FORMS",
        f"{prefix}-MIN_NUM_FORMS",
        f"{prefix}-MAX_NUM_FORMS",
        f"{prefix}-0-id",
        f"{prefix}-0-DELETE",
        f"{prefix}-0-ORDER",
    ]
POST_KEYS += [
    "tasks-0-title",
    "tasks-0-due_date",
    "tasks-0-assignee",
    "team_members-0-user",
]
FORMSET_COUNTS = ["100000", "-5", "abc", "2001", "\x00", ""]


def register_url(model, action, *args):
    return reverse(f"partnerships_{model}_modeladmin_{action}", args=args)


class FormFields(HTMLParser):
    """The fields of the page's POST forms with their values, as a browser
    would send them (the first option of a select, checked boxes only)."""

    def __init__(self):
        super().__init__()
        self.fields, self.in_post_form, self.select = {}, False, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.in_post_form = (attrs.get("method") or "").lower() == "post"
        name = attrs.get("name")
        if not self.in_post_form or not name or "__prefix__" in name:
            return
        if tag == "input" and attrs.get("type") not in ("submit", "file", "button"):
            if attrs.get("type") in ("checkbox", "radio") and "checked" not in attrs:
                self.fields.setdefault(name, attrs.get("value", "on"))
                return
            self.fields[name] = attrs.get("value") or ""
        elif tag == "textarea":
            self.fields[name] = ""
        elif tag == "select":
            self.select = name
        elif tag == "option" and self.select and self.select not in self.fields:
            self.fields[self.select] = attrs.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "form":
            self.in_post_form = False
        elif tag == "select":
            self.select = None


def form_fields(response) -> dict:
    if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
        return {}
    parser = FormFields()
    parser.feed(response.content.decode())
    parser.fields.pop("csrfmiddlewaretoken", None)
    return parser.fields


class FuzzTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.superuser = UserFactory(is_superuser=True, is_staff=True)
        cls.manager = UserFactory(groups=[roles.PROJECT_MANAGERS])
        cls.partnership = PartnershipFactory(project_manager=cls.manager, ready=True)
        TeamMember.objects.create(partnership=cls.partnership, user=cls.superuser)
        cls.organisation = cls.partnership.partner_roles.first().organisation
        cls.contact = ContactFactory(organisation=cls.organisation)
        cls.goal = StrategicGoalFactory()
        OrganisationFactory()
        cls.agreement = AgreementFactory(partnership=cls.partnership)
        cls.clause = cls.agreement.clauses.first()
        cls.activity = CommunicationActivityFactory(partnership=cls.partnership)
        cls.feed, cls.feed_token = communication.create_calendar_feed(
            cls.partnership, user=cls.manager, label="Kalender"
        )
        cls.round = EvaluationRoundFactory(partnership=cls.partnership)
        cls.invitation_token = "et-rigtigt-link-" + "x" * 30
        cls.invitation = EvaluationInvitationFactory(
            round=cls.round, contact=cls.contact, token=cls.invitation_token
        )
        cls.meeting = MeetingFactory(partnership=cls.partnership)
        cls.task = TaskFactory(
            partnership=cls.partnership,
            assignee=cls.manager,
            due_date=timezone.localdate() - timedelta(days=1),
        )
        cls.risk = RiskFactory(partnership=cls.partnership, owner=cls.manager)
        # People of their own for the privacy area, whose forms may erase them.
        cls.person = ContactFactory(name="Fie Fuzzesen", email="fie@example.org")
        cls.meeting.minutes = "Fie Fuzzesen presented the plan."
        cls.meeting.save()
        cls.staff = UserFactory(first_name="Bo", last_name="Fuzzesen")
        cls.erasure = Erasure.objects.create(
            erased_by=cls.superuser,
            legal_basis=LegalBasis.REQUEST,
            subject_kind="contact",
            pseudonym="[slettet person 0badc0de]",
            changes={"record": 1},
        )

    # -- the URLs ---------------------------------------------------------------

    def urls(self):
        """Every URL of the CRM admin, the audit workspace, the board, the
        stage change and the stage tools, as two lists: pointing at the real
        records, and with ids or tokens that name nothing."""
        real, odd = [], []
        records = {
            "partnership": self.partnership,
            "organisation": self.organisation,
            "contact": self.contact,
            "strategicgoal": self.goal,
        }
        for model, record in records.items():
            real += [register_url(model, "index"), register_url(model, "create")]
            for action in ["inspect", "edit", "history", "delete"]:
                url = register_url(model, action, record.pk)
                real.append(url)
                odd += [url.replace(f"/{record.pk}/", f"/{bad}/") for bad in BAD_IDS]
        real += [
            reverse("partnerships_audit_log"),
            reverse("partnerships_audit_pages"),
            reverse("partnerships_audit_as_of", args=[self.partnership.pk]),
            reverse("partnerships_board"),
            reverse("partnerships_stage_change", args=[self.partnership.pk]),
        ]
        for name, model in audit.MODELS.items():
            row = model.history.order_by("pk").first()
            if row is not None:
                real.append(reverse("partnerships_audit_record", args=[name, row.id]))
        odd += [
            reverse("partnerships_audit_as_of", args=[2**40]),
            reverse("partnerships_audit_record", args=["nonsense", 1]),
            reverse("partnerships_audit_record", args=["partnership", 2**63 + 1]),
            reverse("partnerships_stage_change", args=[2**63 + 1]),
        ]
        real += [
            reverse("partnerships_privacy"),
            reverse("partnerships_privacy_retention"),
            reverse("partnerships_privacy_erasure", args=[self.erasure.pk]),
        ]
        for view in PRIVACY_VIEWS:
            name = f"partnerships_privacy_{view}"
            real += [
                reverse(name, args=["contact", self.person.pk]),
                reverse(name, args=["user", self.staff.pk]),
            ]
            odd += [
                reverse(name, args=["nobody", self.person.pk]),
                reverse(name, args=["contact", 2**63 + 1]),
                reverse(name, args=["user", 2**31]),
            ]
        odd += [
            reverse("partnerships_privacy_erasure", args=[2**63 + 1]),
            "/admin/privacy/contact/abc/",
            "/admin/privacy/erasures/%00/",
        ]
        namespace = admin_urls[1]
        for pattern in admin_urls[0]:
            names = set(pattern.pattern.regex.groupindex)
            kwargs = {n: getattr(self, ARGUMENTS[n]).pk for n in names}
            real.append(reverse(f"{namespace}:{pattern.name}", kwargs=kwargs))
            for name in names:
                for bad in (2**31, 2**63 + 1, 0):
                    bad_kwargs = {**kwargs, name: bad}
                    odd.append(
                        reverse(f"{namespace}:{pattern.name}", kwargs=bad_kwargs)
                    )
        for pattern in public_urls[0]:
            url = reverse(f"{public_urls[1]}:{pattern.name}", kwargs={"token": "T"})
            real += [
                url.replace("/T", "/" + token)
                for token in (self.feed_token, self.invitation_token)
            ]
            odd += [
                url.replace("/T", "/" + token)
                for token in ("%00", "x" * 3000, "\x01", "A" * 43)
            ]
        return real, odd

    # -- the requests -------------------------------------------------------------

    def value(self, rng):
        return rng.choice(BAD_VALUES)

    def get_params(self, rng):
        params = {}
        for key in rng.sample(GET_KEYS, rng.randint(1, 4)):
            if rng.random() < 0.2:
                params[key] = [self.value(rng), self.value(rng)]  # duplicated
            else:
                params[key] = self.value(rng)
        if rng.random() < 0.25:
            params["export"] = rng.choice(EXPORTS)
        return params

    def post_data(self, rng):
        data = {}
        for key in rng.sample(POST_KEYS, rng.randint(1, 12)):
            if key.endswith(("TOTAL_FORMS", "INITIAL_FORMS", "NUM_FORMS")):
                data[key] = rng.choice(FORMSET_COUNTS)
            elif rng.random() < 0.15:
                data[key] = [self.value(rng), self.value(rng)]
            else:
                data[key] = self.value(rng)
        return data

    def list_urls(self):
        """The pages that read filters, search, ordering and dates, with the
        parameters each reads."""
        audit_pages = [
            reverse("partnerships_audit_log"),
            reverse("partnerships_audit_pages"),
            reverse("partnerships_audit_as_of", args=[self.partnership.pk]),
            reverse(
                "partnerships_audit_record", args=["partnership", self.partnership.pk]
            ),
        ]
        return [
            *((register_url(m, "index"), LIST_KEYS) for m in MODELADMIN_MODELS),
            *((url, AUDIT_KEYS) for url in audit_pages),
            (reverse("partnerships_board"), GET_KEYS),
            (reverse("partnerships_privacy"), ["q", "p"]),
            (reverse("partnerships_privacy_retention"), ["p"]),
        ]

    def form_posts(self, fields, rng):
        """The form as a browser sends it, with one thing broken: a field
        holding a bad value, a field missing, a duplicated field, or an
        inline list claiming a crazy number of rows."""
        names = sorted(fields)
        posts = []
        for _ in range(3):
            data = dict(fields)
            name = rng.choice(names)
            kind = rng.choice(["value", "value", "missing", "duplicate", "count"])
            if kind == "missing":
                del data[name]
            elif kind == "duplicate":
                data[name] = [data[name], self.value(rng)]
            elif kind == "count" and any(n.endswith("_FORMS") for n in names):
                counted = [n for n in names if n.endswith("_FORMS")]
                data[rng.choice(counted)] = rng.choice(FORMSET_COUNTS)
            else:
                data[name] = self.value(rng)
            posts.append(data)
        return posts

    def test_no_malformed_request_gets_a_server_error(self):
        rng = random.Random(SEED)
        real, odd = self.urls()
        urls = real + odd
        self.assertGreater(len(real), 90)
        clients = []
        for user in (self.superuser, self.manager):
            client = Client(raise_request_exception=False)
            client.force_login(user)
            clients.append(client)
        errors, failures, sent = [], [], []

        def record(sender, request, **kwargs):
            errors.append(traceback.format_exc(limit=-3))

        got_request_exception.connect(record)
        self.addCleanup(got_request_exception.disconnect, record)

        def send(method, url, params, client=None):
            """One request, by ``client`` or the two users in turn; a server
            error is noted and its database work undone, and the fuzzing goes
            on."""
            client = client or clients[len(sent) % 2]
            sent.append(url)
            errors.clear()
            savepoint = transaction.savepoint()
            response = getattr(client, method)(url, params)
            if response.status_code < 500:
                transaction.savepoint_commit(savepoint)
                return response
            transaction.savepoint_rollback(savepoint)
            failures.append(
                f"{method.upper()} {url} {params!r:.300} -> "
                f"{response.status_code}\n{''.join(errors)}"
            )
            return response

        # Every URL, with garbage in the query string or the body.
        for url in real:
            send("get", url, self.get_params(rng))
            if "/delete/" not in url:  # keep the records for the rest
                send("post", url, self.post_data(rng))
        for url in odd:
            if rng.random() < 0.5:
                send("get", url, self.get_params(rng))
            else:
                send("post", url, self.post_data(rng))
        # Every parameter of the pages that filter, alone with a bad value,
        # as the superuser, who may open them all.
        for url, keys in self.list_urls():
            for key in keys:
                for value in DATES if key in DATE_KEYS else [self.value(rng)]:
                    send("get", url, {key: value}, clients[0])
        # Every form, as each user's browser sends it, with one thing broken.
        forms = 0
        for url in real:
            for client in clients if "/delete/" not in url else []:
                fields = form_fields(send("get", url, {}, client))
                forms += bool(fields)
                for data in self.form_posts(fields, rng) if fields else []:
                    send("post", url, data, client)
        # And more of the same at random.
        while len(sent) < REQUESTS:
            send(rng.choice(["get", "post"]), rng.choice(urls), self.post_data(rng))

        self.assertGreaterEqual(len(sent), REQUESTS)
        self.assertGreater(forms, 40)  # the tools' forms were found and sent
        if failures:
            self.fail(f"{len(failures)} server errors:\n" + "\n".join(failures[:10]))
