"""An editor enters a case from real material in the Wagtail admin: no year and
only two of the five quick questions answered. The public page shows it
sensibly."""

import re

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from cms import roles
from cms.models import CasePage
from tests.e2e.accessibility import serious_violations
from tests.factories import CaseIndexPageFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def danish(message):
    with translation.override("da"):
        return gettext(message)


def fill_rich_text(page, field_name, text):
    """Type into the Draftail editor that stands in for a rich-text field."""
    editor = page.locator(
        f"[data-contentpath='{field_name}'] [contenteditable='true']"
    ).first
    editor.click()
    editor.press_sequentially(text)
    expect(editor).to_have_text(text)
    # Draftail copies its content into the form's hidden input on blur.
    editor.blur()
    expect(page.locator(f"input[name='{field_name}']")).to_have_value(
        re.compile(re.escape(text.split()[-1]))
    )


@override_settings(TWO_FACTOR_REQUIRED=False, TWO_FACTOR_REQUIRED_GROUPS=[])
def test_editor_publishes_a_case_without_year_and_with_two_answers(live_server, page):
    index = CaseIndexPageFactory()
    UserFactory(username="redaktoer", groups=[roles.MODERATORS])

    page.goto(live_server.url + reverse("wagtailadmin_login"))
    page.locator("#id_username").fill("redaktoer")
    page.locator("#id_password").fill("password")
    page.locator("form button[type=submit]").click()
    page.wait_for_url(live_server.url + reverse("wagtailadmin_home"))

    page.goto(
        live_server.url
        + reverse("wagtailadmin_pages:add", args=["cms", "casepage", index.pk])
    )
    page.locator("#id_title").fill("Bibliotek og bryggeri")
    page.locator("#id_library").fill("Eksempelby Bibliotek")
    page.locator("#id_relationship").select_option("sponsorship")
    fill_rich_text(page, "outline", "Ølsmagning med foredrag om bryggeriets historie.")
    page.locator("#id_partners-0-name").fill("Eksempelby Bryghus")
    page.locator("#id_partners-0-sector").select_option("private")
    page.locator("#id_partners-0-role").fill("Sponsor")
    fill_rich_text(page, "experience", "Vi lærte at planlægge sammen.")
    fill_rich_text(page, "library_gain", "Et nyt publikum.")
    expect(page.locator("#id_year_from")).to_have_value("")
    expect(page.locator("#id_year_to")).to_have_value("")

    page.locator("footer [data-w-dropdown-target='toggle']").last.click()
    page.locator("button[name='action-publish']").click()
    page.wait_for_url(f"**{reverse('wagtailadmin_explore', args=[index.pk])}")

    case = CasePage.objects.get(title="Bibliotek og bryggeri")
    assert case.live
    assert (case.year_from, case.year_to) == (None, None)
    assert case.answered_count == 2

    page.goto(live_server.url + case.url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Bibliotek og bryggeri")
    expect(page.locator("header .kicker")).to_have_text("Eksempelby Bibliotek")
    expect(page.locator(".not-answered")).to_have_count(3)
    expect(page.locator(".not-answered").first).to_have_text(danish("Not answered"))
    expect(page.get_by_text("Vi lærte at planlægge sammen.")).to_be_visible()
    expect(page.get_by_text("Et nyt publikum.")).to_be_visible()
    expect(page.get_by_text("Eksempelby Bryghus")).to_contain_text("Sponsor")
    assert serious_violations(page) == []

    page.goto(live_server.url + index.url)
    card = page.locator(".card", has_text="Bibliotek og bryggeri")
    expect(card).to_contain_text("Eksempelby Bibliotek")
    expect(card).not_to_contain_text("None")
    page.locator("#id_kind").select_option("sponsorship")
    page.get_by_role("button", name=danish("Show cases")).click()
    expect(page.locator(".card")).to_have_count(1)
    assert "kind=sponsorship" in page.url
    assert serious_violations(page) == []
