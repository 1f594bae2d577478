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


def test_visitor_goes_from_home_to_a_stage_a_chapter_a_tool_and_searches(
    demo_site, page
):
    page.goto(demo_site.url + "/")
    assert serious_violations(page) == []

    page.get_by_role("link", name="Aftale", exact=False).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Aftale")

    page.get_by_role("region", name="Kapitler i guiden").get_by_role(
        "link"
    ).first.click()
    expect(page.locator("header .kicker")).to_contain_text("Kapitel")
    assert serious_violations(page) == []

    page.locator(".block-tool-links a").first.click()
    expect(page.get_by_role("heading", name="Sådan bruges det")).to_be_visible()
    assert serious_violations(page) == []

    page.get_by_label("Søg på siden").fill(
        "kommunikationsplanerne"
    )  # a plural finds the singular
    page.get_by_label("Søg på siden").press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Søg")
    expect(page.locator(".search-results li").first).to_contain_text(
        "Kommunikationsplan"
    )
    assert serious_violations(page) == []


def test_case_page_is_accessible(demo_site, page):
    page.goto(demo_site.url + "/inspiration/")
    assert serious_violations(page) == []

    page.locator(".cards h3 a").first.click()
    expect(
        page.get_by_role("heading", name="Fem hurtige spørgsmål", exact=True).first
    ).to_be_visible()
    assert serious_violations(page) == []


def test_film_page_plays_the_demo_film_with_captions(demo_site, page):
    page.goto(demo_site.url + "/film/")
    video = page.locator("video")
    expect(video).to_be_visible()

    page.wait_for_function(
        "document.querySelector('video').readyState >= 1", timeout=10_000
    )
    assert page.evaluate("document.querySelector('video').duration") >= 9
    tracks = page.evaluate(
        "[...document.querySelector('video').textTracks]"
        ".map(track => [track.kind, track.language, track.mode])"
    )
    assert tracks == [["captions", "da", "showing"]]
    assert serious_violations(page) == []
