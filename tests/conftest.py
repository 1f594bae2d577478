import pytest
from django.core.cache import cache
from wagtail.models import Site


@pytest.fixture
def home(db):
    """The site's home page, created by the home app's data migration."""
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture(autouse=True)
def _empty_cache():
    """Cached menus must not leak from one test's pages into the next."""
    cache.clear()
    yield
    cache.clear()
