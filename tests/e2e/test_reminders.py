"""A project manager follows the dashboard's link to their reminder choices
and switches one kind of reminder off in their account."""

import pytest
from playwright.sync_api import expect

from cms import roles
from partnerships.models import ReminderSettings
from tests.e2e.accessibility import serious_violations
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_project_manager_switches_activity_reminders_off(live_server, page):
    manager = UserFactory(username="birthe", groups=[roles.PROJECT_MANAGERS])

    page.goto(live_server.url + "/admin/login/")
    page.locator("#id_username").fill("birthe")
    page.locator("#id_password").fill("password")
    page.locator("form button[type=submit]").click()

    page.locator(".crm-dashboard a[href$='/admin/account/#tab-notifications']").click()
    activities = page.locator("input[name='reminders-activities']")
    expect(activities).to_be_visible()
    expect(activities).to_be_checked()
    assert serious_violations(page, "#tab-notifications") == []
    activities.uncheck()
    page.locator("form button[type=submit]").last.click()

    expect(page.locator(".messages .success")).to_be_visible()
    choice = ReminderSettings.objects.get(user=manager)
    assert (choice.tasks, choice.activities, choice.evaluations) == (True, False, True)
    assert choice.weekly_digest

    page.locator("#tab-label-notifications").click()
    expect(page.locator("input[name='reminders-activities']")).not_to_be_checked()
    expect(page.locator("input[name='reminders-tasks']")).to_be_checked()
