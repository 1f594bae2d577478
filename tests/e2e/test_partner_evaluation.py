import re
from urllib.parse import urlsplit

import pytest
from django.urls import reverse
from django.utils.translation import gettext
from playwright.sync_api import expect

from cms import roles
from cms.stages import Stage
from partnerships.models import (
    Contact,
    EvaluationAnswer,
    PartnerRole,
    Partnership,
    Questionnaire,
    TeamMember,
)
from partnerships.models.evaluation import QuestionnaireQuestion
from partnerships.tools.evaluation.answers import answer_field, submit_answers
from partnerships.tools.evaluation.services import invite, start_round
from tests.e2e.accessibility import serious_violations
from tests.factories import OrganisationFactory, PartnershipFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def evaluation_round():
    """A partnership in evaluation with a started round and one contact
    invited; returns the round, the contact and the plain token."""
    manager = UserFactory(username="sofie", groups=[roles.PROJECT_MANAGERS])
    partnership = PartnershipFactory(title="Fortællinger fra havnen")
    Partnership.objects.filter(pk=partnership.pk).update(
        stage=Stage.EVALUATION, project_manager=manager
    )
    partnership.refresh_from_db()
    museum = OrganisationFactory(name="Havnemuseet")
    PartnerRole.objects.create(partnership=partnership, organisation=museum)
    contact = Contact.objects.create(name="Lise Holm", organisation=museum)
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
    return round, contact, token


def test_partner_answers_and_the_manager_sees_the_results(live_server, page):
    round, contact, token = evaluation_round()
    scale, text, results = (
        answer_field(round.questions.get(text=t))
        for t in ("Fungerer samarbejdet?", "Hvad kunne gå bedre?", "Når vi vores mål?")
    )

    page.goto(live_server.url + reverse("partners:evaluation_answer", args=[token]))
    expect(page.locator("#wagtail-sidebar")).to_have_count(0)
    expect(page.locator("h1")).to_have_text("Forår 2025")
    assert serious_violations(page) == []
    page.locator(f"input[name='{scale}'][value='4']").check()
    page.locator(f"input[name='{results}'][value='2']").check()
    page.locator(f"textarea[name='{text}']").fill("Flere fælles møder om udstillingen.")
    page.locator("#answer-form button[type=submit]").click()

    thanks = reverse("partners:evaluation_thanks", args=[token])
    expect(page).to_have_url(re.compile(re.escape(thanks) + "$"))
    expect(page.locator("#thanks")).to_be_visible()
    assert serious_violations(page) == []
    assert EvaluationAnswer.objects.filter(invitation__contact=contact).count() == 3

    page.goto(live_server.url + "/admin/login/")
    page.locator("#id_username").fill("sofie")
    page.locator("#id_password").fill("password")
    page.locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))
    page.goto(
        live_server.url
        + reverse(
            "partnerships:evaluation_round", args=[round.partnership_id, round.pk]
        )
    )

    chart = page.locator("#evaluation-results-chart svg")
    expect(chart).to_be_visible()
    # One bar for the museum and one for everyone, in each of the two themes.
    expect(chart.locator("rect:has(title)")).to_have_count(4)
    table = page.locator("#evaluation-results-table")
    expect(table.get_by_role("columnheader", name="Havnemuseet")).to_be_visible()
    expect(page.locator(".evaluation-answers")).to_contain_text(
        "Flere fælles møder om udstillingen."
    )
    expect(page.locator(".evaluation-answers")).to_contain_text("Lise Holm")


def log_in(page, live_server, username):
    page.goto(live_server.url + "/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill("password")
    page.locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))


def test_library_staff_answer_and_the_results_compare_the_views(live_server, page):
    round, _contact, token = evaluation_round()
    partnership = round.partnership
    colleague = UserFactory(
        username="karen",
        first_name="Karen",
        last_name="Lund",
        groups=[roles.PROJECT_MANAGERS],
    )
    TeamMember.objects.create(partnership=partnership, user=colleague)
    scale, text, results = (
        answer_field(round.questions.get(text=t))
        for t in ("Fungerer samarbejdet?", "Hvad kunne gå bedre?", "Når vi vores mål?")
    )
    partner_scores = {"Fungerer samarbejdet?": 5, "Når vi vores mål?": 4}
    submit_answers(
        token,
        answers={
            round.questions.get(text=question).pk: score
            for question, score in partner_scores.items()
        },
    )
    round_url = live_server.url + reverse(
        "partnerships:evaluation_round", args=[partnership.pk, round.pk]
    )

    log_in(page, live_server, "sofie")
    page.goto(round_url)
    page.locator(f"#invite-member-{colleague.pk}").check()
    page.locator("#invite-form button[type=submit]").click()

    row = page.locator("#evaluation-links tbody tr")
    expect(row).to_have_count(1)
    expect(row.locator("th")).to_have_text("Karen Lund")
    link = row.locator("input.evaluation-link")
    url = link.input_value()
    assert "/evaluation/" in url
    page.context.grant_permissions(
        ["clipboard-read", "clipboard-write"], origin=live_server.url
    )
    copy = row.get_by_role("button", name=re.compile(gettext("Copy link")))
    expect(copy).to_be_visible()
    assert serious_violations(page) == []
    copy.click()
    status = row.get_by_role("status")
    expect(status).to_have_attribute("aria-live", "polite")
    expect(status).to_have_text(
        gettext("The link for %(name)s is copied.") % {"name": "Karen Lund"}
    )
    assert page.evaluate("navigator.clipboard.readText()") == url

    # The link names the site's configured address; the test server's differs.
    page.goto(live_server.url + urlsplit(url).path)
    expect(page.locator("h1")).to_have_text("Forår 2025")
    expect(page.locator("main, body").first).to_contain_text("Karen Lund")
    page.locator(f"input[name='{scale}'][value='2']").check()
    page.locator(f"input[name='{results}'][value='3']").check()
    page.locator(f"textarea[name='{text}']").fill("Vi skal planlægge tidligere.")
    page.locator("#answer-form button[type=submit]").click()
    expect(page.locator("#thanks")).to_be_visible()
    assert EvaluationAnswer.objects.filter(invitation__member=colleague).count() == 3

    page.goto(round_url)
    table = page.locator("#evaluation-comparison-table")
    for group in (gettext("Library staff"), gettext("Partners")):
        expect(table.get_by_role("columnheader", name=group)).to_be_visible()
    first = table.locator("tbody tr").first
    expect(first.locator("th")).to_have_text("1. Fungerer samarbejdet?")
    expect(first.locator("td")).to_have_text(["2,0", "5,0"])
    chart = page.locator("#evaluation-comparison-chart svg")
    expect(chart.locator("rect:has(title)")).to_have_count(4)
    expect(page.locator(".evaluation-answers")).to_contain_text(
        f"Karen Lund, {gettext('The library')}"
    )
    assert serious_violations(page) == []

    page.goto(
        live_server.url + reverse("partnerships:evaluation", args=[partnership.pk])
    )
    groups = page.locator("#evaluation-groups-table tbody tr")
    expect(groups.first.locator("td")).to_have_text(["2,5", "4,5"])
