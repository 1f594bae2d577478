import pytest
from playwright.sync_api import expect

from cms import roles
from tests.factories import GuidePageFactory, PartnershipFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def sign_in(page, live_server, username):
    page.goto(live_server.url + "/admin/login/")
    expect(page.get_by_role("button", name="Log ind")).to_be_visible()
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill("password")
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(live_server.url + "/admin/")


def test_page_editor_actions_and_menu_are_danish(live_server, page):
    UserFactory(username="signe", groups=[roles.EDITORS])
    guide = GuidePageFactory(title="Hvordan samarbejder vi?")
    guide.save_revision().publish()

    sign_in(page, live_server, "signe")
    page.goto(f"{live_server.url}/admin/pages/{guide.pk}/edit/")
    footer = page.get_by_role("navigation", name="Handlinger (bund)")
    footer.get_by_role("button", name="Flere handlinger").click()

    expect(
        footer.get_by_role("button", name="Indsend til Moderatorgodkendelse")
    ).to_be_visible()
    expect(page.get_by_role("button", name="Gem skitse")).to_be_visible()
    sidebar = page.locator("#wagtail-sidebar")
    expect(sidebar.get_by_role("link", name="Billeder")).to_be_visible()
    expect(sidebar.get_by_role("link", name="Dokumenter")).to_be_visible()


def test_partnership_list_is_danish(live_server, page):
    manager = UserFactory(username="karen", groups=[roles.PROJECT_MANAGERS])
    PartnershipFactory(title="Læseklub", project_manager=manager)

    sign_in(page, live_server, "karen")
    page.goto(live_server.url + "/admin/partnerships/partnership/")

    expect(page.get_by_role("link", name="Tilføj partnerskab")).to_be_visible()
    expect(page.get_by_role("link", name="Vis", exact=True)).to_be_visible()
    expect(page.get_by_placeholder("Søg i partnerskaber")).to_be_visible()
    expect(page.get_by_text("Efter fase")).to_be_visible()
    expect(page.get_by_text("Side 1 af 1")).to_be_visible()
    expect(page.get_by_text("Add partnerskab")).to_have_count(0)
