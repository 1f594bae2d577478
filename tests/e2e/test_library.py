"""An administrator follows the dashboard's hint, fills in the library's
identity, and the agreement's print page and a partner's evaluation page
name the library."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from partnerships.tools.evaluation.services import new_token
from tests.e2e.accessibility import serious_violations
from tests.factories import AgreementFactory, EvaluationInvitationFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_administrator_fills_in_the_library_and_partners_see_it(live_server, page):
    UserFactory(username="admin", is_superuser=True)
    agreement = AgreementFactory()
    token, _digest = new_token()
    EvaluationInvitationFactory(token=token)

    page.goto(live_server.url + "/admin/login/")
    page.locator("#id_username").fill("admin")
    page.locator("#id_password").fill("password")
    page.locator("form button[type=submit]").click()

    page.locator("#library-identity-hint-heading ~ p a").click()
    page.get_by_role("textbox", name="Bibliotekets navn").fill("Havneby Bibliotek")
    page.get_by_role("textbox", name="Adresse").fill("Kajgade 2\n8888 Havneby")
    page.get_by_role("textbox", name="Kontaktperson").fill("Lis Holm")
    assert serious_violations(page, "main") == []
    page.locator("form button[type=submit]").last.click()
    expect(page.locator(".messages .success")).to_be_visible()

    page.goto(live_server.url + "/admin/")
    expect(page.locator("#library-identity-hint-heading")).to_have_count(0)

    page.goto(
        live_server.url
        + reverse(
            "partnerships:agreement_print",
            args=[agreement.partnership_id, agreement.pk],
        )
    )
    expect(page.locator("body")).to_contain_text("Havneby Bibliotek")
    expect(page.locator("body")).to_contain_text("Kajgade 2")

    page.goto(live_server.url + reverse("partners:evaluation_answer", args=[token]))
    card = page.locator(".library-card")
    expect(card).to_contain_text("Havneby Bibliotek")
    expect(card).to_contain_text("Lis Holm")
