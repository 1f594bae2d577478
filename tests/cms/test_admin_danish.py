"""The Danish admin speaks Danish: the screens staff use every day show no
English string from Wagtail or wagtail-modeladmin that lacks a Danish
translation, and dates read the Danish way."""

import json
import re
from datetime import date, datetime
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo

import django_otp
import polib
import wagtail
import wagtail_factories
import wagtail_modeladmin
from django.forms import DateField, DateTimeField
from django.test import TestCase
from django.urls import reverse
from django.utils import translation
from django.utils.translation import trans_real
from wagtail.models import Page, PageLogEntry
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail.users.models import UserProfile

from cms import roles
from tests.factories import (
    ContactFactory,
    GuidePageFactory,
    OrganisationFactory,
    PartnershipFactory,
    StageGuidanceFactory,
    StrategicGoalFactory,
    UserFactory,
)

# Packages whose English strings staff meet in the admin. Their catalogues are
# read at test time, so strings a new upstream release adds are checked too.
UPSTREAM = [wagtail, wagtail_modeladmin, django_otp]

# Attributes whose text is shown (tooltips, button values) or read aloud.
SHOWN_ATTRIBUTES = {
    "title",
    "aria-label",
    "placeholder",
    "alt",
    "data-w-tooltip-content-value",
}
# Names, icons, URLs and tokens in the JSON, not shown as text.
IDENTIFIER = re.compile(r"[a-z0-9_\-:./#?=&]*|https?://\S*|\S{40,}")
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}")


class UpstreamMessage:
    """One upstream msgid (with its context and plural) and how to match it."""

    def __init__(self, entry: polib.POEntry):
        self.context = entry.msgctxt
        self.msgid = entry.msgid
        self.plural = entry.msgid_plural
        # A format string with no word of its own ("%(a)s - %(b)s") would
        # match any text.
        self.patterns = [
            self.pattern(text)
            for text in (self.msgid, self.plural)
            if len(re.findall(r"[^\W\d_]", PLACEHOLDER.sub("", text))) >= 2
        ]

    @staticmethod
    def pattern(text: str) -> re.Pattern | str:
        """The text itself, or a regex for a format string."""
        parts = PLACEHOLDER.split(" ".join(text.split()).replace("%%", "%"))
        if len(parts) == 1:
            return parts[0]
        return re.compile(".+?".join(re.escape(part) for part in parts))

    def key(self) -> str | tuple:
        key = f"{self.context}\x04{self.msgid}" if self.context else self.msgid
        return (key, 0) if self.plural else key

    def matches(self, text: str) -> bool:
        # Field labels are model verbose names with the first letter capitalised.
        return self.matches_exactly(text) or self.matches_exactly(
            text[:1].lower() + text[1:]
        )

    def matches_exactly(self, text: str) -> bool:
        return any(
            pattern == text
            if isinstance(pattern, str)
            else pattern.fullmatch(text) is not None
            for pattern in self.patterns
        )


@cache
def upstream_messages() -> list[UpstreamMessage]:
    """Every msgid in the installed packages' django.po catalogues; the English
    catalogue of each app where there is one (all catalogues share the msgids)."""
    messages = {}
    for package in UPSTREAM:
        root = Path(package.__file__).parent
        for locale_dir in root.glob("**/locale"):
            catalogues = sorted(locale_dir.glob("*/LC_MESSAGES/django.po"))
            english = locale_dir / "en" / "LC_MESSAGES" / "django.po"
            source = english if english.exists() else next(iter(catalogues), None)
            if source is None:
                continue
            for entry in polib.pofile(str(source)):
                if entry.obsolete or not entry.msgid:
                    continue
                message = UpstreamMessage(entry)
                messages[message.key()] = message
    return list(messages.values())


def untranslated_messages() -> list[UpstreamMessage]:
    """Upstream messages that the merged Danish catalogue (the project's, the
    apps' and Django's) has no translation for."""
    catalogue = trans_real.translation("da")._catalog
    return [m for m in upstream_messages() if m.key() not in catalogue]


class ShownText(HTMLParser):
    """The text a page shows: text nodes, labels in attributes, and the strings
    of the JSON that Wagtail's scripts render (the sidebar menu)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts = []
        self.skipping = None
        self.json = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in {"script", "style"}:
            self.skipping = tag
            self.json = attrs.get("type") == "application/json"
        for name, value in attrs.items():
            shown = name in SHOWN_ATTRIBUTES or (
                name == "value"
                and tag == "input"
                and attrs.get("type") in {"submit", "button"}
            )
            if shown and value:
                self.add(value)

    def handle_endtag(self, tag):
        if tag == self.skipping:
            self.skipping = None
            self.json = False

    def handle_data(self, data):
        if self.skipping and self.json:
            self.add_json(json.loads(data))
        elif not self.skipping:
            self.add(data)

    def add_json(self, value):
        if isinstance(value, dict):
            for item in value.values():
                self.add_json(item)
        elif isinstance(value, list):
            for item in value:
                self.add_json(item)
        elif isinstance(value, str) and value.lstrip().startswith("<"):
            self.texts.extend(shown_texts(value))  # HTML for a script to insert
        elif isinstance(value, str) and not IDENTIFIER.fullmatch(value):
            self.add(value)

    def add(self, text):
        text = " ".join(text.split())
        if text:
            self.texts.append(text)


def shown_texts(html: str) -> set[str]:
    parser = ShownText()
    parser.feed(html)
    return set(parser.texts)


def english_leftovers(html: str, untranslated: list[UpstreamMessage]) -> set[str]:
    """Shown texts that are an untranslated upstream message (or its format
    string filled in)."""
    return {
        text
        for text in shown_texts(html)
        if any(message.matches(text) for message in untranslated)
    }


class UpstreamMessageTests(TestCase):
    def test_format_strings_match_their_filled_in_text(self):
        message = UpstreamMessage(
            polib.POEntry(msgid="Add %(object_verbose_name)s", msgstr="")
        )

        self.assertTrue(message.matches("Add partnerskab"))
        self.assertFalse(message.matches("Tilføj partnerskab"))

    def test_shown_text_includes_labels_and_menu_json(self):
        html = (
            '<p>Dashboard</p><button aria-label="Inspect">x</button>'
            '<input type="submit" value="Save draft"><script>var a="Help";</script>'
            '<script type="application/json">{"label": "Reports", "url": "/x/"}'
            "</script>"
        )

        self.assertEqual(
            shown_texts(html), {"Dashboard", "x", "Inspect", "Save draft", "Reports"}
        )

    def test_an_untranslated_upstream_message_is_reported(self):
        untranslated = [
            UpstreamMessage(polib.POEntry(msgid="Made up %(thing)s", msgstr=""))
        ]

        self.assertEqual(
            english_leftovers("<p>Made up  partnerskab</p>", untranslated),
            {"Made up partnerskab"},
        )


class DanishAdminTests(TestCase):
    """Signed in as staff whose admin language is the site's (Danish)."""

    @classmethod
    def setUpTestData(cls):
        cls.admin = UserFactory(username="ida", is_superuser=True)
        cls.editor = UserFactory(username="signe", groups=[roles.EDITORS])
        cls.manager = UserFactory(username="karen", groups=[roles.PROJECT_MANAGERS])
        cls.guide = GuidePageFactory(title="Hvordan samarbejder vi?")
        cls.guide.save_revision(user=cls.admin).publish()
        cls.organisation = OrganisationFactory(name="Kulturhuset Nordlyset")
        cls.contact = ContactFactory(organisation=cls.organisation)
        StrategicGoalFactory(title="Flere unge bruger biblioteket")
        cls.partnership = PartnershipFactory(
            title="Læseklub", project_manager=cls.manager, ready=True
        )
        cls.guidance = StageGuidanceFactory()
        wagtail_factories.ImageFactory(title="Læseklubben")
        wagtail_factories.DocumentFactory(title="Samarbejdsaftale")

    @classmethod
    def screens(cls) -> dict[str, str]:
        guide, partnership = cls.guide, cls.partnership
        crm = "/admin/partnerships"
        return {
            "dashboard": reverse("wagtailadmin_home"),
            "explorer": reverse("wagtailadmin_explore", args=[guide.get_parent().pk]),
            "page edit": reverse("wagtailadmin_pages:edit", args=[guide.pk]),
            "page create": reverse(
                "wagtailadmin_pages:add",
                args=["cms", "guidepage", guide.get_parent().pk],
            ),
            "page history": reverse("wagtailadmin_pages:history", args=[guide.pk]),
            "page search": reverse("wagtailadmin_pages:search") + "?q=samarbejder",
            "snippet list": reverse("wagtailsnippets_cms_stageguidance:list"),
            "snippet edit": reverse(
                "wagtailsnippets_cms_stageguidance:edit", args=[cls.guidance.pk]
            ),
            "images": reverse("wagtailimages:index"),
            "documents": reverse("wagtaildocs:index"),
            "account": reverse("wagtailadmin_account"),
            "partnerships": f"{crm}/partnership/",
            "partnership filtered": f"{crm}/partnership/?stage=initiation&q=klub",
            "partnership create": f"{crm}/partnership/create/",
            "partnership edit": f"{crm}/partnership/edit/{partnership.pk}/",
            "partnership inspect": f"{crm}/partnership/inspect/{partnership.pk}/",
            "partnership delete": f"{crm}/partnership/delete/{partnership.pk}/",
            "organisations": f"{crm}/organisation/",
            "organisation inspect": (
                f"{crm}/organisation/inspect/{cls.organisation.pk}/"
            ),
            "contacts": f"{crm}/contact/",
            "contact edit": f"{crm}/contact/edit/{cls.contact.pk}/",
            "strategic goals": f"{crm}/strategicgoal/",
        }

    def assert_danish(self, responses: dict[str, str]):
        untranslated = untranslated_messages()
        found = {
            name: sorted(english_leftovers(html, untranslated))
            for name, html in responses.items()
        }
        found = {name: texts for name, texts in found.items() if texts}
        self.assertEqual(found, {}, "untranslated upstream strings on these screens")

    def get(self, url: str) -> str:
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return response.content.decode()

    def test_main_screens_show_no_untranslated_upstream_string(self):
        self.client.force_login(self.admin)

        self.assert_danish(
            {name: self.get(url) for name, url in self.screens().items()}
        )

    def test_editor_screens_and_workflow_actions_are_danish(self):
        self.client.force_login(self.editor)
        edit = self.get(reverse("wagtailadmin_pages:edit", args=[self.guide.pk]))

        self.assertIn("Indsend til Moderatorgodkendelse", edit)
        self.assert_danish(
            {
                "dashboard": self.get(reverse("wagtailadmin_home")),
                "page edit": edit,
                "explorer": self.get(
                    reverse("wagtailadmin_explore", args=[self.guide.get_parent().pk])
                ),
            }
        )

    def test_validation_banners_are_danish(self):
        self.client.force_login(self.admin)
        page_edit = self.client.post(
            reverse("wagtailadmin_pages:edit", args=[self.guide.pk]),
            nested_form_data(
                {
                    "title": "",
                    "slug": self.guide.slug,
                    "number": 1,
                    "summary": "",
                    "body": streamfield([]),
                    "action-publish": "1",
                }
            ),
        )
        crm_create = self.client.post("/admin/partnerships/partnership/create/", {})

        self.assertContains(page_edit, "Siden kunne ikke gemmes")
        self.assertEqual(crm_create.status_code, 200)
        self.assert_danish(
            {
                "page edit": page_edit.content.decode(),
                "partnership create": crm_create.content.decode(),
            }
        )

    def test_login_page_is_danish(self):
        self.assert_danish({"login": self.get(reverse("wagtailadmin_login"))})

    def test_modeladmin_format_strings_use_danish_words(self):
        self.client.force_login(self.admin)

        listing = self.get("/admin/partnerships/partnership/")

        self.assertIn("Tilføj partnerskab", listing)
        self.assertNotIn("Add partnerskab", listing)


class DanishDateTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.admin = UserFactory(username="ida", is_superuser=True)
        cls.guide = GuidePageFactory(title="Hvordan samarbejder vi?")
        revision = cls.guide.save_revision(user=cls.admin)
        revision.publish(user=cls.admin)
        when = datetime(2026, 12, 3, 14, 5, tzinfo=ZoneInfo("Europe/Copenhagen"))
        PageLogEntry.objects.filter(page=cls.guide).update(timestamp=when)
        Page.objects.filter(pk=cls.guide.pk).update(
            latest_revision_created_at=when, last_published_at=when
        )

    def test_page_history_shows_danish_dates(self):
        self.client.force_login(self.admin)

        response = self.client.get(
            reverse("wagtailadmin_pages:history", args=[self.guide.pk])
        )

        self.assertContains(response, "3. december 2026")

    def test_date_pickers_use_the_danish_format(self):
        self.client.force_login(self.admin)

        response = self.client.get(
            reverse("wagtailadmin_pages:edit", args=[self.guide.pk])
        )
        # The page's "go live" field with the date-time picker.
        self.assertContains(response, "d.m.Y H:i")

    def test_english_admin_keeps_english_words_and_dates(self):
        profile = UserProfile.get_for_user(self.admin)
        profile.preferred_language = "en"
        profile.save()
        self.client.force_login(self.admin)

        listing = self.client.get("/admin/partnerships/partnership/")
        history = self.client.get(
            reverse("wagtailadmin_pages:history", args=[self.guide.pk])
        )
        edit = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.guide.pk]))

        self.assertContains(listing, "Add partnership")
        self.assertContains(history, "Dec. 3, 2026")
        self.assertContains(edit, "Submit to Moderatorgodkendelse")

    def test_english_forms_read_the_date_pickers_danish_dates(self):
        with translation.override("en"):
            self.assertEqual(DateField().clean("03.12.2026"), date(2026, 12, 3))
            self.assertEqual(
                DateTimeField().clean("03.12.2026 14:05"),
                datetime(2026, 12, 3, 14, 5, tzinfo=ZoneInfo("Europe/Copenhagen")),
            )
