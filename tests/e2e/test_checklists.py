"""A project manager ticks off an item of the current stage's checklist on
the partnership's page: it shows who and when, and the board counts it."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from cms import roles
from cms.stages import Stage
from partnerships.models import ChecklistTick
from tests.e2e.accessibility import serious_violations
from tests.factories import PartnershipFactory, StageGuidanceFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_ticking_an_item_shows_who_and_when_and_counts_on_the_board(live_server, page):
    manager = UserFactory(
        username="freja",
        first_name="Freja",
        last_name="Holm",
        groups=[roles.PROJECT_MANAGERS],
    )
    partnership = PartnershipFactory(title="Sommerlæsning", project_manager=manager)
    StageGuidanceFactory(
        stage=Stage.INITIATION,
        checklist=["Formålet er skrevet ned", "Partnerne er fundet", "Strategien"],
    )
    StageGuidanceFactory(stage=Stage.AGREEMENT, checklist=["Aftalen er underskrevet"])

    page.goto(live_server.url + "/admin/login/")
    page.locator("#id_username").fill("freja")
    page.locator("#id_password").fill("password")
    page.locator("form button[type=submit]").click()
    board = live_server.url + reverse("partnerships_board")
    page.goto(board)
    card = page.locator(".crm-card", has_text="Sommerlæsning")
    expect(card.locator(".crm-card__checklist")).to_contain_text("0/3")

    page.goto(live_server.url + partnership.get_absolute_url())
    current = page.locator("#checklist-initiation")
    expect(current).to_have_attribute("open", "")
    expect(page.locator("#checklist-agreement")).not_to_have_attribute("open", "")
    # The inspect page's header buttons (modeladmin's) fail colour contrast
    # on their own; the checklists are checked.
    assert serious_violations(page, ".crm-checklists") == []
    current.get_by_label("Partnerne er fundet").check()
    current.locator("button[type=submit]").click()

    current = page.locator("#checklist-initiation")
    expect(current.get_by_label("Partnerne er fundet")).to_be_checked()
    expect(current).to_contain_text("Freja Holm")
    assert serious_violations(page, ".crm-checklists") == []
    tick = ChecklistTick.objects.get()
    assert tick.ticked_by == manager
    assert tick.history.first().history_user == manager

    page.goto(board)
    expect(card.locator(".crm-card__checklist")).to_contain_text("1/3")
    assert serious_violations(page, "#main") == []
