"""A project manager proposes an inspiration case from a concluded
partnership, records each partner's consent and submits it; a moderator
approves it in Wagtail's admin, and the public case page shows it without
the names in the partnership's records."""

import pytest
from django.urls import reverse
from django.utils.translation import gettext
from playwright.sync_api import expect

from cms import roles
from cms.models import CasePage
from partnerships.models import CaseConsent, CaseProposal
from tests.e2e.accessibility import serious_violations
from tests.factories import CaseIndexPageFactory, LibraryIdentityFactory, UserFactory
from tests.partnerships.test_case_proposal import CONTACT, concluded_partnership

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def log_in(page, live_server, username):
    page.goto(live_server.url + reverse("wagtailadmin_login"))
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill("password")
    page.locator("form button[type=submit]").click()
    expect(page.locator("#main")).to_be_visible()


def test_case_goes_from_proposal_through_consent_and_moderation_to_the_site(
    live_server, page
):
    LibraryIdentityFactory(name="Nordby Bibliotek")
    CaseIndexPageFactory()
    manager = UserFactory(
        username="freja",
        first_name="Freja",
        last_name="Holm",
        groups=[roles.PROJECT_MANAGERS],
    )
    UserFactory(username="moderator", groups=[roles.MODERATORS])
    partnership = concluded_partnership(manager)

    log_in(page, live_server, "freja")
    page.goto(live_server.url + partnership.get_absolute_url())
    assert serious_violations(page, ".crm-case-link") == []
    page.get_by_role("button", name=gettext("Propose an inspiration case")).click()

    expect(page.locator("#consent-heading")).to_be_visible()
    expect(page.locator(".crm-case-draft")).to_contain_text("Nordby Museum")
    expect(page.locator(".crm-case-draft")).not_to_contain_text(CONTACT)
    assert serious_violations(page, ".crm-case") == []
    proposal = CaseProposal.objects.get()
    for role in partnership.partner_roles.select_related("organisation"):
        organisation = role.organisation
        section = page.locator(f"#consent-{organisation.pk}")
        section.get_by_label(gettext("Yes")).check()
        section.get_by_label(gettext("How it was given")).fill("E-mail af 3. maj")
        section.locator("button[type=submit]").click()
        expect(page.locator(".messages")).to_contain_text(organisation.name)
    assert CaseConsent.objects.filter(proposal=proposal, given=True).count() == 2

    page.get_by_role("button", name=gettext("Submit for moderation")).click()
    expect(page.locator(".crm-case-status")).to_contain_text(gettext("in moderation"))
    case = CasePage.objects.get()
    assert not case.live

    context = page.context
    context.clear_cookies()
    log_in(page, live_server, "moderator")
    page.goto(live_server.url + reverse("wagtailadmin_pages:edit", args=[case.pk]))
    page.locator("footer [data-w-dropdown-target='toggle']").last.click()
    page.locator(
        "button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])"
    ).click()
    expect(page.locator(".messages")).to_be_visible()
    case.refresh_from_db()
    assert case.live

    context.clear_cookies()
    page.goto(live_server.url + case.url)
    expect(page.locator("h1")).to_have_text("Læselyst i Nordby")
    expect(page.locator("main")).to_contain_text("Nordby Museum")
    expect(page.locator("main")).not_to_contain_text(CONTACT)
    assert page.locator("a[href*='/admin/partnerships']").count() == 0
    assert serious_violations(page) == []
