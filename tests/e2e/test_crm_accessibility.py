"""The CRM's own screens (board, registers, change log, a partnership's
page), checked with axe-core in the admin's light and dark themes.

As for the stage tools, only Wagtail's <main> is checked: the sidebar and
the rest of the admin's chrome are Wagtail's."""

import pytest
from django.urls import reverse

from cms import roles
from tests.e2e.accessibility import serious_violations
from tests.e2e.test_tool_accessibility import (
    EXTRA_RULES,
    TOOL_CONTENT,
    log_in,
    partnership_with_a_record_in_every_tool,
)
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_crm_screens_have_no_serious_accessibility_violations(live_server, page):
    records = partnership_with_a_record_in_every_tool()
    partnership = records["partnership"]
    organisation = partnership.partner_roles.get().organisation
    contact = organisation.contacts.get()
    UserFactory(username="revisor", groups=[roles.AUDITORS])
    screens = {
        "sofie": [
            reverse("partnerships_board"),
            "/admin/partnerships/partnership/",
            partnership.get_absolute_url(),
            reverse("partnerships_stage_change", args=[partnership.pk]),
            "/admin/partnerships/organisation/",
            f"/admin/partnerships/organisation/inspect/{organisation.pk}/",
            "/admin/partnerships/contact/",
            f"/admin/partnerships/contact/inspect/{contact.pk}/",
            "/admin/",
        ],
        "revisor": [
            reverse("partnerships_audit_log"),
            reverse("partnerships_audit_record", args=["partnership", partnership.pk]),
        ],
    }
    found = {}
    for username, urls in screens.items():
        page.context.clear_cookies()
        log_in(page, live_server, username)
        for url in urls:
            for scheme in ("light", "dark"):
                page.emulate_media(color_scheme=scheme)
                response = page.goto(live_server.url + url)
                assert response.status == 200, url
                if violations := serious_violations(
                    page, TOOL_CONTENT, rules=EXTRA_RULES
                ):
                    found[f"{url} ({scheme})"] = violations
    assert found == {}
