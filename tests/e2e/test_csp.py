"""The public site and the main admin screens work under the Content-Security-Policy:
the browser reports no violation on any of them."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse

from cms.models import (
    CaseIndexPage,
    CasePage,
    FilmPage,
    GuideIndexPage,
    GuidePage,
    ToolboxIndexPage,
    ToolPage,
)
from partnerships.models import Partnership
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# Chromium reports violations on the console ("Refused to ..."); the event
# listener adds the directive and source for a readable failure.
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
    console.error(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI} ` +
        `in ${event.sourceFile}:${event.lineNumber}`
    );
});
"""


@pytest.fixture
def violations(page):
    """Every CSP violation the browser reports while the test runs."""
    found = []

    def collect(message):
        text = message.text
        if "Content Security Policy" in text or text.startswith("CSP violation"):
            found.append(f"{page.url}: {text}")

    page.add_init_script(REPORT_VIOLATIONS)
    page.on("console", collect)
    return found


@pytest.fixture
def demo_site(live_server):
    call_command("load_demo", stdout=StringIO())
    return live_server


def visit(page, url):
    response = page.goto(url, wait_until="networkidle")
    assert response.status < 400, f"{url} answered {response.status}"


def test_public_pages_load_without_violations(demo_site, page, violations):
    pages = [
        model.objects.live().first()
        for model in (
            GuideIndexPage,
            GuidePage,
            ToolboxIndexPage,
            ToolPage,
            CaseIndexPage,
            CasePage,
            FilmPage,
        )
    ]
    urls = ["/", *(p.url for p in pages if p is not None), "/soeg/?q=aftale"]
    assert len(urls) >= 8
    for url in urls:
        visit(page, demo_site.url + url)
    assert violations == []


@override_settings(TWO_FACTOR_REQUIRED=False, TWO_FACTOR_REQUIRED_GROUPS=[])
def test_admin_screens_load_without_violations(demo_site, page, violations):
    UserFactory(username="chef", is_superuser=True)
    partnership = Partnership.objects.order_by("pk").first()
    guide_page = GuidePage.objects.first()

    visit(page, demo_site.url + reverse("wagtailadmin_login"))
    page.locator("#id_username").fill("chef")
    page.locator("#id_password").fill("password")
    page.locator("form button[type=submit]").click()
    page.wait_for_url(demo_site.url + reverse("wagtailadmin_home"))

    for url in (
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_pages:edit", args=[guide_page.pk]),
        "/admin/partnerships/partnership/",
        partnership.get_absolute_url(),
        f"/admin/partnerships/partnership/edit/{partnership.pk}/",
        reverse("partnerships_board"),
        reverse("partnerships:agreement", args=[partnership.pk]),
        reverse("partnerships:communication_plan", args=[partnership.pk]),
        reverse("cms_lockouts"),
        reverse("two_factor_account"),
        reverse("two_factor_setup"),
    ):
        visit(page, demo_site.url + url)
    assert violations == []


def test_an_inline_script_on_the_public_site_is_refused_and_reported(
    live_server, page, violations
):
    visit(page, live_server.url + "/")
    page.evaluate(
        """() => {
            const script = document.createElement("script");
            script.textContent = "window.injected = true";
            document.body.append(script);
        }"""
    )
    page.wait_for_timeout(200)
    assert page.evaluate("window.injected") is None
    assert any("script-src" in violation for violation in violations)
