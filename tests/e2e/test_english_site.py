from io import StringIO

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from tests.e2e.accessibility import serious_violations

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def demo_site(live_server):
    call_command("load_demo", stdout=StringIO())
    return live_server


def switch_to_english(page):
    page.locator(".language-switch a[hreflang=en]").click()


def test_visitor_reads_the_guide_a_tool_and_a_case_in_english(demo_site, page):
    page.goto(demo_site.url + "/")
    switch_to_english(page)
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("Build partnerships")
    assert serious_violations(page) == []

    menu = page.get_by_role("navigation", name="Main menu")
    menu.get_by_role("link", name="The guide").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("The guide")
    page.get_by_role("link", name="What are partnerships?").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("What are partnerships?")
    expect(
        page.get_by_role("heading", name="Why partnership rather than cooperation?")
    ).to_be_visible()
    assert serious_violations(page) == []

    page.locator(".block-tool-links a").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Defining partnership")
    expect(page.get_by_role("heading", name="How to use it")).to_be_visible()
    assert serious_violations(page) == []

    menu.get_by_role("link", name="Cases").click()
    page.get_by_role("link", name="The Sense Story").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("The Sense Story")
    expect(
        page.get_by_role("heading", name="Five quick questions", exact=True)
    ).to_be_visible()
    assert serious_violations(page) == []


def test_untranslated_page_says_so_and_links_to_the_danish_page(demo_site, page):
    page.goto(demo_site.url + "/inspiration/mindspot/")
    switch_to_english(page)

    expect(page.get_by_role("heading", level=1)).to_have_text(
        "This page is not yet available in English"
    )
    assert serious_violations(page) == []
    page.get_by_role("link", name="Mindspot").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mindspot")
    expect(page.locator("html")).to_have_attribute("lang", "da")

    page.goto(demo_site.url + "/en/cases/")
    untranslated = page.get_by_role("region", name="Not yet translated")
    expect(untranslated.get_by_role("link", name="Mindspot")).to_have_attribute(
        "lang", "da"
    )
    assert serious_violations(page) == []
