"""The change log pages without counting every history row."""

from django.db import connection
from django.test import SimpleTestCase, TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cms import roles
from partnerships.audit import change_log
from partnerships.paging import LIST_PAGE_SIZE, uncounted_page
from tests.factories import OrganisationFactory, UserFactory

ROWS = list(range(120))


class UncountedPageTests(SimpleTestCase):
    def test_a_page_before_the_end_knows_only_that_more_follow(self):
        page = uncounted_page(ROWS, "2", 50)

        self.assertEqual(page.object_list, ROWS[50:100])
        self.assertTrue(page.has_next() and page.has_previous())
        self.assertIsNone(page.paginator.count)
        self.assertEqual((page.start_index(), page.end_index()), (51, 100))

    def test_the_last_page_knows_the_total(self):
        page = uncounted_page(ROWS, 3, 50)

        self.assertEqual(page.object_list, ROWS[100:])
        self.assertFalse(page.has_next())
        self.assertEqual((page.paginator.count, page.paginator.num_pages), (120, 3))

    def test_nonsense_and_pages_past_the_end_give_the_first_page(self):
        for number in ["abc", None, "-3", "0", "99", "1" * 30]:
            with self.subTest(number=number):
                self.assertEqual(uncounted_page(ROWS, number, 50).number, 1)


class ChangeLogPagingTests(TestCase):
    def test_the_change_log_asks_the_database_for_no_count(self):
        auditor = UserFactory(groups=[roles.AUDITORS])
        for _ in range(LIST_PAGE_SIZE + 5):
            OrganisationFactory()
        self.client.force_login(auditor)

        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(reverse("partnerships_audit_log"))

        self.assertEqual(len(response.context["entries"]), LIST_PAGE_SIZE)
        self.assertFalse(any("COUNT(" in q["sql"].upper() for q in queries))
        self.assertContains(response, "?p=2")
        # The last page knows the total.
        total = len(change_log())
        pages = -(-total // LIST_PAGE_SIZE)
        last = self.client.get(reverse("partnerships_audit_log"), {"p": pages})
        self.assertEqual(last.context["page"].paginator.count, total)
        self.assertEqual(last.context["page"].paginator.num_pages, pages)
