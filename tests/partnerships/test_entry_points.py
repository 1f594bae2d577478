from io import StringIO

from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse

from partnerships.models import PartnerRole, Partnership, Task
from tests.factories import PartnershipFactory


class OneChangeOneRowTests(TestCase):
    """One change leaves exactly one history row, with the acting user."""

    @classmethod
    def setUpTestData(cls):
        cls.partnership = PartnershipFactory(ready=True)
        cls.partnership.tasks.add(Task(title="Ring til museet"))
        cls.partnership.save()
        cls.manager = cls.partnership.project_manager

    def setUp(self):
        self.client.force_login(self.manager)

    def counts(self):
        return (
            Partnership.history.count(),
            PartnerRole.history.count(),
            Task.history.count(),
        )

    def test_admin_edit_of_the_title_writes_one_row(self):
        url = f"/admin/partnerships/partnership/edit/{self.partnership.pk}/"
        page = self.client.get(url)
        form = page.context["form"]
        data = {"expected": page.context["version"]}
        for name in form.fields:
            value = form[name].value()
            if value is not None:
                data[name] = value
        for formset in form.formsets.values():
            for field in formset.management_form.fields:
                data[f"{formset.prefix}-{field}"] = formset.management_form[
                    field
                ].value()
            for child in formset.forms:
                for field in child.fields:
                    value = child[field].value()
                    if value is not None:
                        data[f"{child.prefix}-{field}"] = value
        data["title"] = "Nyt navn"
        before = self.counts()

        self.assertEqual(self.client.post(url, data).status_code, 302)

        self.assertEqual(self.counts(), (before[0] + 1, before[1], before[2]))
        self.assertEqual(self.partnership.history.first().history_user, self.manager)

    def test_stage_change_form_and_board_write_one_row_with_the_reason(self):
        url = reverse("partnerships_stage_change", args=[self.partnership.pk])
        for data, headers in [
            ({"move": "forward", "expected_stage": "initiation", "reason": "Ja"}, {}),
            (
                {"move": "back", "expected_stage": "agreement", "reason": "Nej"},
                {"Accept": "application/json"},
            ),
        ]:
            before = self.counts()
            self.client.post(url, data, headers=headers)
            with self.subTest(data=data):
                self.assertEqual(self.counts(), (before[0] + 1, before[1], before[2]))
                latest = self.partnership.history.first()
                self.assertEqual(latest.history_user, self.manager)
                self.assertIn(data["reason"], latest.history_change_reason)

    def test_demo_loader_records_a_named_user_on_every_row(self):
        call_command("load_demo", stdout=StringIO())

        for model in [Partnership, PartnerRole, Task]:
            with self.subTest(model=model.__name__):
                self.assertFalse(model.history.filter(history_user=None).exists())
