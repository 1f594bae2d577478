import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from cms import roles
from cms.stages import Stage
from partnerships.models import (
    Contact,
    EvaluationAnswer,
    PartnerRole,
    Partnership,
    Questionnaire,
)
from partnerships.models.evaluation import QuestionnaireQuestion
from partnerships.tools.evaluation.answers import answer_field
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
