"""The toolkit's checklist as a page a visitor can fill in and print: ticks
are kept in the browser across visits, and the print view shows the list
without the site's header, footer and buttons."""

import pytest
from playwright.sync_api import expect

from tests.e2e.accessibility import serious_violations
from tests.factories import ToolPageFactory, stream

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ITEMS = [
    "Partnerskabet bygger på bibliotekets strategi",
    "Parterne har aftalt, hvem der gør hvad",
    "Der er lagt en plan for kommunikationen",
    "Evalueringen er aftalt fra start",
]


def test_visitor_ticks_items_that_stay_ticked_and_prints_the_list(live_server, page):
    tool = ToolPageFactory(
        title="Tjekliste til partnerskabsarbejdet",
        tool_type="checklist",
        body=stream(("checklist", {"heading": "Tjekliste", "items": ITEMS})),
    )
    page.add_init_script("window.print = () => { window.printed = true; };")
    page.goto(live_server.url + tool.url)
    boxes = page.locator(".block-checklist input[type=checkbox]")
    expect(boxes).to_have_count(len(ITEMS))
    assert serious_violations(page) == []

    page.get_by_label(ITEMS[0], exact=True).check()
    boxes.nth(2).check()
    expect(page.locator(".checklist-status").first).to_have_text(
        "Gemt i denne browser."
    )

    page.reload()
    expect(boxes.nth(0)).to_be_checked()
    expect(boxes.nth(1)).not_to_be_checked()
    expect(boxes.nth(2)).to_be_checked()

    page.get_by_role("button", name="Udskriv tjeklisten").first.click()
    assert page.evaluate("window.printed") is True
    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator(".checklist-actions").first).to_be_hidden()
    expect(boxes.nth(2)).to_be_visible()
    page.emulate_media(media="screen")

    page.get_by_role("button", name="Fjern krydserne").first.click()
    page.reload()
    expect(boxes.nth(0)).not_to_be_checked()
    expect(boxes.nth(2)).not_to_be_checked()
