import base64

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from cms import roles
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def sign_in(page, live_server, username):
    page.goto(live_server.url + "/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill("password")
    page.locator("form button[type=submit]").click()


def test_project_manager_sets_up_an_app_then_signs_in_with_a_code(
    live_server, page, settings
):
    settings.TWO_FACTOR_REQUIRED = True
    UserFactory(username="karen", groups=[roles.PROJECT_MANAGERS])
    errors = []
    page.on("console", lambda msg: msg.type == "error" and errors.append(msg.text))

    sign_in(page, live_server, "karen")
    expect(page).to_have_url(
        f"{live_server.url}/admin/two-factor/setup/?next=%2Fadmin%2F"
    )
    expect(page.locator(".two-factor-qr svg")).to_be_visible()
    # What a person types into an app without a camera: the key shown as text.
    secret = page.locator(".two-factor-secret").inner_text().replace(" ", "")
    page.locator("#id_code").fill(f"{totp(base64.b32decode(secret)):06d}")
    page.locator("form.login-form button[type=submit]").click()

    expect(page.locator(".two-factor-codes li")).to_have_count(10)
    page.locator("main a.button").click()
    expect(page).to_have_url(live_server.url + "/admin/")
    expect(page.locator("#wagtail-sidebar")).to_be_attached()

    page.context.clear_cookies()
    sign_in(page, live_server, "karen")
    expect(page).to_have_url(
        f"{live_server.url}/admin/two-factor/verify/?next=%2Fadmin%2F"
    )
    device = TOTPDevice.objects.get(user__username="karen")
    # The set-up used this time step's code; the app's next one is still valid.
    page.locator("#id_code").fill(f"{totp(device.bin_key, drift=1):06d}")
    page.locator("form.login-form button[type=submit]").click()
    expect(page).to_have_url(live_server.url + "/admin/")
    assert errors == []
