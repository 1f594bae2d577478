"""A privacy officer finds a contact, reads what is held about them and erases
it, without the browser reporting a Content-Security-Policy violation.

Elements are found by id and address, not by text: the privacy area's words
are translated separately."""

import re

import pytest
from playwright.sync_api import expect

from cms import roles
from partnerships.models import Contact, Erasure
from tests.e2e.test_csp import REPORT_VIOLATIONS
from tests.factories import ContactFactory, MeetingFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

NAME = "Mette Zyxkanarie"


@pytest.fixture
def violations(page):
    found = []

    def collect(message):
        text = message.text
        if "Content Security Policy" in text or text.startswith("CSP violation"):
            found.append(f"{page.url}: {text}")

    page.add_init_script(REPORT_VIOLATIONS)
    page.on("console", collect)
    return found


def test_privacy_officer_finds_and_erases_a_contact(live_server, page, violations):
    UserFactory(username="hedvig", groups=[roles.PRIVACY_OFFICERS])
    contact = ContactFactory(name=NAME, email="mette.zyx@example.org")
    MeetingFactory(minutes=f"{NAME} presented the reading plan.")

    page.goto(live_server.url + "/admin/login/")
    page.locator("#id_username").fill("hedvig")
    page.locator("#id_password").fill("password")
    page.locator("form button[type=submit]").click()
    page.locator('#wagtail-sidebar a[href="/admin/privacy/"]').click()

    page.locator("#id_q").fill("zyxkan")
    page.locator("form[role=search] button[type=submit]").click()
    page.locator("main table").get_by_role("link", name=NAME).click()

    expect(page.get_by_role("heading", level=1)).to_contain_text(NAME)
    expect(page.locator("main")).to_contain_text("presented the reading plan")
    page.locator('a[href$="/report/"]').click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(NAME)
    page.go_back()

    page.locator('a[href$="/erase/"]').click()
    page.locator("#id_legal_basis_0").check()
    page.locator("#id_confirm").check()
    page.locator("main form button[type=submit]").click()

    expect(page).to_have_url(re.compile(r"/admin/privacy/erasures/\d+/$"))
    erasure = Erasure.objects.get()
    expect(page.locator(".messages .success")).to_contain_text(erasure.pseudonym)
    expect(page.locator("main table").first).to_contain_text(erasure.pseudonym)
    assert Contact.objects.get(pk=contact.pk).name == erasure.pseudonym
    assert violations == []
