"""A project manager concludes a partnership that still has an overdue task:
the stage page offers to close it, and it leaves the dashboard's overdue list."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from cms import roles
from cms.stages import Stage
from partnerships.models import Partnership, Task
from tests.e2e.accessibility import serious_violations
from tests.factories import PartnershipFactory, TaskFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_concluding_closes_the_overdue_task_and_empties_the_overdue_list(
    live_server, page
):
    manager = UserFactory(username="freja", groups=[roles.PROJECT_MANAGERS])
    partnership = PartnershipFactory(title="Sommerlæsning", project_manager=manager)
    Partnership.objects.filter(pk=partnership.pk).update(stage=Stage.COMMUNICATION)
    task = TaskFactory(
        partnership=partnership,
        title="Send plakaterne til trykkeriet",
        assignee=manager,
        due_date=timezone.localdate() - timedelta(days=4),
    )

    page.goto(live_server.url + "/admin/login/")
    page.locator("#id_username").fill("freja")
    page.locator("#id_password").fill("password")
    page.locator("form button[type=submit]").click()
    overdue = page.locator(".crm-dashboard")
    expect(overdue).to_contain_text("Send plakaterne til trykkeriet")

    page.goto(
        live_server.url + reverse("partnerships_stage_change", args=[partnership.pk])
    )
    checkbox = page.locator(f"input[name=close_tasks][value='{task.pk}']")
    expect(checkbox).to_be_checked()
    assert serious_violations(page, "#main") == []
    page.locator("input[name=move][value=end_early]").check()
    page.locator("#id_reason").fill("Biblioteket lukker for sommeren.")
    page.locator(".crm-stage-form button[type=submit]").click()

    expect(page.locator(".crm-stage .crm-badge")).to_have_text(
        str(Stage.CONCLUDED.label)
    )
    task.refresh_from_db()
    assert task.done
    closed = task.history.first()
    assert closed.history_user == manager
    assert "Biblioteket lukker for sommeren." in closed.history_change_reason

    page.goto(live_server.url + "/admin/")
    expect(page.locator(".crm-dashboard")).to_be_visible()
    expect(page.locator(".crm-dashboard")).not_to_contain_text(
        "Send plakaterne til trykkeriet"
    )
    assert not Task.objects.overdue().exists()
