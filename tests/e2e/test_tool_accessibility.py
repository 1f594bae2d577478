"""The stage tools' admin pages and forms, checked with axe-core and the keyboard.

Only the tools' own content is checked: the Wagtail admin's sidebar and the
rest of its chrome are Wagtail's, so axe is scoped to the tool's container.
"""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from cms import roles
from cms.stages import Stage
from partnerships.models import (
    Challenge,
    Contact,
    PartnerRole,
    Partnership,
    Questionnaire,
)
from partnerships.models.evaluation import QuestionnaireQuestion
from partnerships.tools.agreement.services import draft_agreement
from partnerships.tools.communication.services import add_activity
from partnerships.tools.evaluation.answers import submit_answers
from partnerships.tools.evaluation.services import invite, start_round
from partnerships.tools.meetings.services import add_action_item, create_meeting
from partnerships.tools.risks.services import add_risk, close_risk, seed_risks
from tests.e2e.accessibility import serious_violations
from tests.factories import OrganisationFactory, PartnershipFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# The tool pages' own content: Wagtail's <main>, which holds the tool's header
# and its block of base.html, but not the sidebar or the rest of the chrome.
TOOL_CONTENT = "#main"
# WCAG 2.2 AA rules that axe-core does not run by default.
EXTRA_RULES = ["target-size"]


def partnership_with_a_record_in_every_tool():
    """A partnership in evaluation, managed by "sofie", with a draft agreement,
    a communication plan (one activity overdue), an evaluation round with an
    answer, a meeting with an action item and a risk register. Returns the
    partnership and the records whose pages the test visits."""
    manager = UserFactory(username="sofie", groups=[roles.PROJECT_MANAGERS])
    partnership = PartnershipFactory(title="Fortællinger fra havnen")
    Partnership.objects.filter(pk=partnership.pk).update(
        stage=Stage.EVALUATION, project_manager=manager
    )
    partnership.refresh_from_db()
    museum = OrganisationFactory(name="Havnemuseet")
    PartnerRole.objects.create(partnership=partnership, organisation=museum)
    contact = Contact.objects.create(
        name="Lise Holm", organisation=museum, email="lise@example.org"
    )
    today = timezone.localdate()

    agreement = draft_agreement(partnership, user=manager)

    add_activity(
        partnership,
        user=manager,
        title="Personalemøde om samarbejdet",
        audience="staff",
        planned_on=today - timedelta(days=10),
        channel="Personalemøde",
        responsible=manager,
    )
    add_activity(
        partnership,
        user=manager,
        title="Pressemeddelelse om udstillingen",
        audience="press",
        planned_on=today + timedelta(days=20),
        message="Havnens historier udstilles på biblioteket.",
        status="in_progress",
    )

    questionnaire = Questionnaire.objects.create(title="Browsertest-evaluering")
    for number, (theme, kind, text) in enumerate(
        [
            ("cooperation", "scale", "Fungerer samarbejdet?"),
            ("cooperation", "text", "Hvad kunne gå bedre?"),
            ("results", "scale", "Når vi vores mål?"),
        ]
    ):
        QuestionnaireQuestion.objects.create(
            questionnaire=questionnaire,
            theme=theme,
            kind=kind,
            text=text,
            sort_order=number,
        )
    round = start_round(
        partnership, user=manager, questionnaire=questionnaire, title="Forår 2025"
    )
    [(_invitation, token)] = invite(round, user=manager, contacts=[contact])
    scale, written, results = round.questions.order_by("sort_order")
    submit_answers(
        token,
        answers={scale.pk: 4, written.pk: "Flere fælles møder.", results.pk: 2},
    )

    meeting = create_meeting(
        partnership,
        user=manager,
        title="Styregruppemøde",
        held_on=today - timedelta(days=3),
        location="Havnemuseet",
    )
    add_action_item(
        meeting,
        user=manager,
        title="Send referatet til partnerne",
        assignee=manager,
        due_date=today - timedelta(days=1),
    )

    seed_risks(
        partnership, user=manager, challenges=Challenge.objects.order_by("pk")[:2]
    )
    risk = add_risk(
        partnership,
        user=manager,
        title="Udstillingen bliver ikke færdig",
        owner=manager,
        likelihood=3,
        impact=3,
        mitigation="Fast tidsplan med milepæle.",
    )
    close_risk(
        add_risk(partnership, user=manager, title="Lokalet er optaget", owner=manager),
        user=manager,
    )
    return {
        "partnership": partnership,
        "agreement": agreement,
        "clause": agreement.clauses.order_by("sort_order").first(),
        "round": round,
        "meeting": meeting,
        "risk": risk,
    }


def tool_pages(records):
    """(URL name, arguments, axe scope) for each tool page and main form."""
    pk = records["partnership"].pk
    agreement = records["agreement"].pk
    return [
        ("agreement", [pk], TOOL_CONTENT),
        ("agreement_clause_edit", [pk, records["clause"].pk], TOOL_CONTENT),
        ("agreement_sign", [pk, agreement], TOOL_CONTENT),
        # The print page is the tool's own standalone page: check all of it.
        ("agreement_print", [pk, agreement], None),
        ("communication_plan", [pk], TOOL_CONTENT),
        ("communication_add", [pk], TOOL_CONTENT),
        ("evaluation", [pk], TOOL_CONTENT),
        ("evaluation_round", [pk, records["round"].pk], TOOL_CONTENT),
        ("evaluation_start", [pk], TOOL_CONTENT),
        ("meeting", [pk], TOOL_CONTENT),
        ("meeting_detail", [pk, records["meeting"].pk], TOOL_CONTENT),
        ("meeting_create", [pk], TOOL_CONTENT),
        ("meeting_edit", [pk, records["meeting"].pk], TOOL_CONTENT),
        ("risks", [pk], TOOL_CONTENT),
        ("risk_create", [pk], TOOL_CONTENT),
        ("risk_edit", [pk, records["risk"].pk], TOOL_CONTENT),
    ]


def log_in(page, live_server, username):
    page.goto(live_server.url + "/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill("password")
    page.locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))


def focused(page):
    """The focused element's id, or its tag and type when it has none."""
    return page.evaluate(
        "() => { const el = document.activeElement;"
        " return el.id || `${el.tagName.toLowerCase()}[${el.type || ''}]`; }"
    )


def tab_to(page, selector, *, limit=80):
    """Press Tab until the element matching ``selector`` has focus; the ids
    of the elements focused on the way."""
    target = page.locator(selector)
    passed = []
    for _press in range(limit):
        page.keyboard.press("Tab")
        if target.evaluate("el => el === document.activeElement"):
            return passed
        # A date field takes one Tab for each of its day, month and year.
        if not passed or passed[-1] != focused(page):
            passed.append(focused(page))
    raise AssertionError(f"Tab never reached {selector}; it went through {passed}")


def test_tool_pages_and_forms_have_no_serious_accessibility_violations(
    live_server, page
):
    records = partnership_with_a_record_in_every_tool()
    log_in(page, live_server, "sofie")

    # Wagtail's admin follows the system's colour scheme by default, so every
    # page is checked in its light and its dark theme.
    found = {}
    for name, args, scope in tool_pages(records):
        url = reverse(f"partnerships:{name}", args=args)
        for scheme in ("light", "dark"):
            page.emulate_media(color_scheme=scheme)
            response = page.goto(live_server.url + url)
            assert response.status == 200, url
            if scope:
                assert page.locator(scope).count() == 1, url
            if violations := serious_violations(page, scope, rules=EXTRA_RULES):
                found[f"{url} ({scheme})"] = violations
    assert found == {}
    page.emulate_media(color_scheme="light")

    # The keyboard reaches the add-activity form's first field, then every
    # field in order, and its submit button.
    pk = records["partnership"].pk
    page.goto(live_server.url + reverse("partnerships:communication_add", args=[pk]))
    form = page.locator(f"{TOOL_CONTENT} form.tool-form")
    controls = form.locator("input:not([type=hidden]), select, textarea")
    ids = controls.evaluate_all("els => els.map(el => el.id)")
    assert ids[0] == "id_title"
    tab_to(page, "#id_title")
    assert tab_to(page, f"{TOOL_CONTENT} form.tool-form button[type=submit]") == ids[1:]
