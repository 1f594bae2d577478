"""Wide content stays inside the viewport: the communication plan scrolls in
its own region, and long Danish words wrap on the public toolbox cards."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from cms import roles
from cms.stages import Stage
from partnerships.models import Partnership
from partnerships.tools.communication.services import add_activity
from tests.e2e.accessibility import serious_violations
from tests.e2e.test_tool_accessibility import log_in
from tests.factories import (
    PartnershipFactory,
    ToolboxIndexPageFactory,
    ToolPageFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

WIDTH = 1400
OVERFLOW = """() => ({
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    regions: [...document.querySelectorAll('.comm-table-wrap')].map(region => ({
        overflow: region.scrollWidth - region.clientWidth,
        right: region.getBoundingClientRect().right,
        tableRight: region.querySelector('table').getBoundingClientRect().right,
    })),
    viewport: window.innerWidth,
})"""


def test_the_communication_plan_fits_or_scrolls_in_its_own_region(live_server, page):
    manager = UserFactory(username="sofie", groups=[roles.PROJECT_MANAGERS])
    partnership = PartnershipFactory(title="Fortællinger fra havnen")
    Partnership.objects.filter(pk=partnership.pk).update(
        stage=Stage.COMMUNICATION, project_manager=manager
    )
    partnership.refresh_from_db()
    for number in range(3):
        add_activity(
            partnership,
            user=manager,
            title=f"Pressemeddelelse nummer {number} om udstillingen på havnen",
            audience="press",
            planned_on=timezone.localdate() + timedelta(days=number),
            message="Havnens historier udstilles på biblioteket. " * 4,
            channel="Lokalavisen, Facebook og bibliotekets nyhedsbrev",
            sender="Kommunikationsafdelingen",
            responsible=manager,
            status="in_progress",
        )
    page.set_viewport_size({"width": WIDTH, "height": 900})
    log_in(page, live_server, "sofie")

    page.goto(
        live_server.url
        + reverse("partnerships:communication_plan", args=[partnership.pk])
    )

    sizes = page.evaluate(OVERFLOW)
    assert sizes["page"] <= 0  # the page itself never scrolls sideways
    assert sizes["regions"]
    for region in sizes["regions"]:
        assert region["right"] <= sizes["viewport"]
        assert region["tableRight"] <= sizes["viewport"] or region["overflow"] > 0
    regions = page.locator(".comm-table-wrap")
    for index in range(regions.count()):
        region = regions.nth(index)
        assert region.get_attribute("role") == "region"
        assert region.get_attribute("tabindex") == "0"
        assert region.get_attribute("aria-label")
    wide = [i for i, region in enumerate(sizes["regions"]) if region["overflow"] > 0]
    if wide:  # the keyboard scrolls a region that is wider than the window
        region = regions.nth(wide[0])
        region.focus()
        page.keyboard.press("End")
        page.keyboard.press("ArrowRight")
        # Scrolling may be smooth: wait for it rather than read it at once.
        page.wait_for_function(
            "region => region.scrollLeft > 0", arg=region.element_handle()
        )
    assert serious_violations(page, "#main") == []


# One of the long compound words Danish happily builds.
LONG_WORD = "Partnerskabsudviklingssamarbejdskommunikationsplanlægningsværktøjet"
CARD_OVERFLOW = """() => ({
    lang: document.documentElement.lang,
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    cards: [...document.querySelectorAll('.card')].map(
        card => card.scrollWidth - card.clientWidth
    ),
})"""


@pytest.mark.parametrize("width", [1400, 360])
def test_a_long_danish_word_stays_inside_its_toolbox_card(live_server, page, width):
    toolbox = ToolboxIndexPageFactory()
    ToolPageFactory(parent=toolbox, title=LONG_WORD, summary=f"Brug {LONG_WORD}.")
    ToolPageFactory(parent=toolbox, title="Kommunikationsplan")
    page.set_viewport_size({"width": width, "height": 900})

    page.goto(live_server.url + toolbox.url)

    sizes = page.evaluate(CARD_OVERFLOW)
    assert sizes["lang"] == "da"
    assert len(sizes["cards"]) == 2
    assert sizes["cards"] == [0, 0]
    assert sizes["page"] <= 0
    assert serious_violations(page) == []
