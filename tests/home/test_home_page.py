from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage


class HomePageTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePage.objects.get(depth=2)

    def test_home_page_lives_only_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanNotCreateAt(HomePage, HomePage)

    def test_home_page_is_the_default_site_root_in_danish(self):
        self.assertEqual(self.home.locale.language_code, "da")
        self.assertTrue(self.home.sites_rooted_here.filter(is_default_site=True))

    def test_renders_with_skip_link_and_language_switch(self):
        response = self.client.get("/")

        self.assertContains(response, '<html lang="da">')
        self.assertContains(response, 'class="skip-link" href="#main"')
        self.assertContains(response, 'id="main"')
        self.assertContains(response, 'class="language-switch"')
        self.assertContains(response, 'hreflang="da" lang="da" aria-current="true"')

    def test_unknown_url_gets_the_styled_404(self):
        response = self.client.get("/findes-ikke/")

        self.assertEqual(response.status_code, 404)
        self.assertContains(response, "skip-link", status_code=404)
