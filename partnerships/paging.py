"""Paging through lists too long to count on every request (the change log
over every history table): a page fetches one row more than it shows, which
tells whether there is a next page. The total is known only on the last page.
"""

from dataclasses import dataclass

# Rows a page in the CRM's lists: the registers, the change log. A page
# renders quickly and fits a screen or two.
LIST_PAGE_SIZE = 25


@dataclass
class Uncounted:
    """The page's paginator as templates see it: ``count`` and ``num_pages``
    are None until the last page shows them."""

    per_page: int
    count: int | None = None
    num_pages: int | None = None


class UncountedPage:
    def __init__(self, rows, number: int, per_page: int):
        bottom = (number - 1) * per_page
        fetched = list(rows[bottom : bottom + per_page + 1])
        self.number = number
        self.object_list = fetched[:per_page]
        self._has_next = len(fetched) > per_page
        self.paginator = Uncounted(per_page)
        if not self._has_next:
            self.paginator.count = bottom + len(self.object_list)
            self.paginator.num_pages = number

    def __len__(self):
        return len(self.object_list)

    def has_next(self):
        return self._has_next

    def has_previous(self):
        return self.number > 1

    def has_other_pages(self):
        return self.has_next() or self.has_previous()

    def next_page_number(self):
        return self.number + 1

    def previous_page_number(self):
        return self.number - 1

    def start_index(self):
        if not self.object_list:
            return 0
        return (self.number - 1) * self.paginator.per_page + 1

    def end_index(self):
        return (self.number - 1) * self.paginator.per_page + len(self.object_list)


def uncounted_page(rows, number, per_page: int) -> UncountedPage:
    """Page ``number`` (1 when it is not a page number or lies past the end)."""
    try:
        number = max(int(number), 1)
    except (TypeError, ValueError):
        number = 1
    page = UncountedPage(rows, min(number, 1_000_000), per_page)
    if number > 1 and not page.object_list:
        return UncountedPage(rows, 1, per_page)
    return page
