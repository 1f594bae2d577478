import re

import pytest
from playwright.sync_api import expect

from cms import roles
from cms.models import StageGuidance
from partnerships.models import Partnership
from tests.factories import OrganisationFactory, StrategicGoalFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_project_manager_creates_a_partnership_and_moves_it_to_agreement(
    live_server, page
):
    UserFactory(username="karen", groups=[roles.PROJECT_MANAGERS])
    OrganisationFactory(name="Kulturhuset Nordlyset")
    StrategicGoalFactory(title="Flere unge bruger biblioteket")
    StageGuidance.objects.create(
        stage="agreement", introduction="Skriv samarbejdet ned, mens I er enige."
    )

    page.goto(live_server.url + "/admin/login/")
    page.locator("#id_username").fill("karen")
    page.locator("#id_password").fill("password")
    page.locator("form button[type=submit]").click()

    page.goto(live_server.url + "/admin/partnerships/partnership/create/")
    page.locator("#id_title").fill("Læseklub i Nordlyset")
    page.locator("#id_purpose").fill("Flere unge læsere gennem fælles læseklubber.")
    page.locator("#id_goal_links-ADD").click()
    page.locator("select[name='goal_links-0-goal']").select_option(
        label="Flere unge bruger biblioteket"
    )
    page.locator("#id_partner_roles-ADD").click()
    page.locator("select[name='partner_roles-0-organisation']").select_option(
        label="Kulturhuset Nordlyset"
    )
    page.locator("button[type=submit]").last.click()
    expect(page.locator(".messages")).to_contain_text("Læseklub i Nordlyset")

    partnership = Partnership.objects.get(title="Læseklub i Nordlyset")
    page.goto(live_server.url + partnership.get_absolute_url())
    expect(page.locator(".crm-unmet")).to_have_count(0)
    page.get_by_role("link", name="Skift fase").first.click()
    page.get_by_label(re.compile("Gå videre")).check()
    page.get_by_label("Kommentar").fill("Partneren har sagt ja.")
    page.get_by_role("button", name="Skift fase").click()

    expect(page.locator(".crm-stage .crm-badge")).to_have_text("Aftale")
    expect(page.locator(".crm-guidance")).to_contain_text(
        "Skriv samarbejdet ned, mens I er enige."
    )
    expect(page.locator(".crm-unmet")).to_contain_text("samarbejdsaftalen")


def test_board_move_asks_for_a_comment_and_shows_a_refusal(live_server, page):
    manager = UserFactory(username="mads", groups=[roles.PROJECT_MANAGERS])
    bare = Partnership.objects.create(title="Podcast", project_manager=manager)

    page.goto(live_server.url + "/admin/login/")
    page.locator("#id_username").fill("mads")
    page.locator("#id_password").fill("password")
    page.locator("form button[type=submit]").click()
    page.goto(live_server.url + "/admin/partnerships/board/")

    page.locator(".crm-card", has_text="Podcast").drag_to(
        page.locator(".crm-column[data-stage=agreement]")
    )
    dialog = page.locator("#crm-move-dialog")
    expect(dialog).to_be_visible()
    dialog.get_by_label("Kommentar").fill("Vi prøver")
    dialog.get_by_role("button", name="Skift fase").click()

    expect(dialog.get_by_role("alert")).to_contain_text("partnerorganisation")
    bare.refresh_from_db()
    assert bare.stage == "initiation"
