import pytest
from wagtail.models import Site


@pytest.fixture
def home(db):
    """The site's home page, created by the home app's data migration."""
    return Site.objects.get(is_default_site=True).root_page.specific
