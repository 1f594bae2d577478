import re

import pytest
from playwright.sync_api import expect

from cms import roles
from partnerships.models import PartnerRole, PartnershipGoal
from tests.e2e.accessibility import serious_violations
from tests.factories import (
    OrganisationFactory,
    PartnershipFactory,
    StrategicGoalFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_project_manager_filters_the_portfolio_by_sector_and_opens_the_network(
    live_server, page
):
    karen = UserFactory(username="karen", groups=[roles.PROJECT_MANAGERS])
    reading = StrategicGoalFactory(title="Flere unge læsere")
    StrategicGoalFactory(title="Digital dannelse")
    museum = OrganisationFactory(name="Byens Museum", sector="culture")
    firm = OrganisationFactory(name="Trykkeriet", sector="private")
    for title, organisation in [
        ("Læseklub på museet", museum),
        ("Fortællinger i museet", museum),
        ("Bogtryk for børn", firm),
    ]:
        partnership = PartnershipFactory(title=title, project_manager=karen)
        PartnershipGoal.objects.create(partnership=partnership, goal=reading)
        PartnerRole.objects.create(partnership=partnership, organisation=organisation)

    page.goto(live_server.url + "/admin/login/")
    page.locator("#id_username").fill("karen")
    page.locator("#id_password").fill("password")
    page.locator("form button[type=submit]").click()

    # "Strategy" until the Danish catalogue has "Strategi".
    page.get_by_role("button", name=re.compile("^(Strategi|Strategy)$")).click()
    page.locator("a[href='/admin/strategy/']").first.click()
    expect(page.locator("svg.chart[role=img]")).to_have_count(1)
    page.locator("#id_sector").select_option("culture")
    page.locator(".strategy-filters button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"sector=culture"))
    matrix = page.locator(".strategy-matrix tbody")
    expect(matrix).to_contain_text("Læseklub på museet")
    expect(matrix).not_to_contain_text("Bogtryk for børn")
    expect(page.locator(".crm-flag")).to_contain_text(re.compile(r"\S"))
    assert serious_violations(page, "main") == []

    page.locator(".crm-tool-tabs a[href='/admin/strategy/network/']").click()
    picture = page.locator("svg.chart[role=img]")
    expect(picture).to_have_count(1)
    expect(picture.locator("title").first).not_to_be_empty()
    expect(page.locator(".strategy-repeat")).to_contain_text("Byens Museum")
    expect(page.locator("table.strategy-table").last).to_contain_text("Trykkeriet")
    assert serious_violations(page, "main") == []
