import pytest
from playwright.sync_api import expect

from cms import roles
from cms.stages import Stage
from partnerships.lifecycle import Move
from partnerships.services import change_stage
from tests.factories import PartnershipFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_auditor_finds_who_moved_a_partnership_back_and_why(live_server, page):
    UserFactory(username="ahmed", groups=[roles.AUDITORS])
    partnership = PartnershipFactory(ready=True, title="Byens fortællinger")
    manager = partnership.project_manager
    manager.first_name, manager.last_name = "Mads", "Bjerregaard"
    manager.save()
    change_stage(
        partnership, move=Move.FORWARD, user=manager, expected_stage=Stage.INITIATION
    )
    change_stage(
        partnership,
        move=Move.BACK,
        user=manager,
        expected_stage=Stage.AGREEMENT,
        reason="Museets bestyrelse vil ændre afsnittet om rettigheder",
    )

    page.goto(live_server.url + "/admin/login/")
    page.locator("#id_username").fill("ahmed")
    page.locator("#id_password").fill("password")
    page.locator("form button[type=submit]").click()
    page.get_by_role("link", name="Ændringslog").click()

    page.get_by_label("Partnerskab", exact=True).fill("fortællinger")
    page.get_by_label("Posttype").select_option(label="partnerskab")
    page.get_by_role("button", name="Filtrér").click()

    move_back = page.locator("tbody tr", has_text="Gå en fase tilbage")
    expect(move_back).to_contain_text("Mads Bjerregaard")
    expect(move_back).to_contain_text("Museets bestyrelse vil ændre afsnittet")

    move_back.get_by_role("link", name="Byens fortællinger").first.click()
    expect(page.locator(".crm-diff").first).to_contain_text("Aftale")
    expect(page.locator(".crm-diff").first).to_contain_text("Initiering")


def test_auditor_opens_a_stage_transition_and_sees_from_to_who_and_why(
    live_server, page
):
    UserFactory(username="ahmed", groups=[roles.AUDITORS])
    manager = UserFactory(
        first_name="Mads", last_name="Bjerregaard", groups=[roles.PROJECT_MANAGERS]
    )
    partnership = PartnershipFactory(
        ready=True, title="Byens fortællinger", project_manager=manager
    )
    change_stage(
        partnership, move=Move.FORWARD, user=manager, expected_stage=Stage.INITIATION
    )
    change_stage(
        partnership,
        move=Move.BACK,
        user=manager,
        expected_stage=Stage.AGREEMENT,
        reason="Museets bestyrelse vil ændre afsnittet om rettigheder",
    )

    page.goto(live_server.url + "/admin/login/")
    page.locator("#id_username").fill("ahmed")
    page.locator("#id_password").fill("password")
    page.locator("form button[type=submit]").click()
    page.get_by_role("link", name="Ændringslog").click()
    page.get_by_label("Posttype").select_option(label="faseskift")
    page.get_by_role("button", name="Filtrér").click()

    move_back = page.locator("tbody tr", has=page.locator(".crm-flag"))
    expect(move_back).to_have_count(1)
    move_back.get_by_role("link", name="Aftale → Initiering").click()

    expect(page.get_by_role("heading", level=1)).to_contain_text("Aftale → Initiering")
    values = page.locator(".crm-values")
    for label, value in [
        ("Fra", "Aftale"),
        ("Til", "Initiering"),
        ("Af", "Mads Bjerregaard"),
        ("Kommentar", "Museets bestyrelse vil ændre afsnittet om rettigheder"),
        ("Skift", "Gå en fase tilbage"),
    ]:
        expect(
            values.locator(
                "tr", has=page.get_by_role("rowheader", name=label, exact=True)
            )
        ).to_contain_text(value)
    expect(page.locator(".crm-flag")).to_be_visible()

    # The line's partnership link shows it as it stood right after the move.
    page.go_back()
    move_back.get_by_role("link", name="Byens fortællinger").click()
    expect(page.locator("main h2")).to_contain_text("Byens fortællinger")
    expect(page.locator(".crm-badge")).to_have_text("Initiering")
    expect(page.locator("input[type=datetime-local]")).not_to_have_value("")
