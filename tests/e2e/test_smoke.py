import pytest
from playwright.sync_api import expect

from demo.accounts import ACCOUNTS, ensure_accounts

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_home_page_renders_without_console_errors(live_server, page):
    errors = []
    page.on("console", lambda msg: msg.type == "error" and errors.append(msg.text))
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    page.goto(live_server.url + "/")

    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.get_by_role("link", name="Gå til indhold")).to_be_attached()
    assert errors == []


@pytest.mark.parametrize("account", ACCOUNTS, ids=lambda account: account.username)
def test_each_demo_role_can_log_into_the_admin(live_server, page, account):
    passwords = {acc.username: password for acc, password in ensure_accounts()}

    page.goto(live_server.url + "/admin/login/")
    # Wagtail's Danish admin translation is partial, so find fields by id.
    page.locator("#id_username").fill(account.username)
    page.locator("#id_password").fill(passwords[account.username])
    page.locator("form button[type=submit]").click()

    expect(page).to_have_url(live_server.url + "/admin/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
