import re
from io import BytesIO, StringIO
from pathlib import Path

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase
from docx import Document as WordDocument

from demo import accounts
from demo.accounts import ACCOUNTS
from demo.content.documents import DOCUMENTS
from demo.documents import build_docx


def row_counts():
    return {
        model._meta.label: model._default_manager.count() for model in apps.get_models()
    }


def load_demo(*args):
    out = StringIO()
    call_command("load_demo", *args, stdout=out)
    return out.getvalue()


class LoadDemoTests(TestCase):
    def test_second_run_changes_no_row_counts(self):
        load_demo()
        first = row_counts()

        output = load_demo()

        self.assertEqual(row_counts(), first)
        self.assertIn("unchanged", output)

    def test_shows_progress_and_prints_a_working_password_per_account(self):
        output = load_demo()

        self.assertRegex(output, r"\[1/\d+\] Demo accounts")
        for account in ACCOUNTS:
            with self.subTest(account=account.username):
                match = re.search(
                    rf"^\s+{account.username}\s+.+?\s(\S+)$", output, re.M
                )
                user = get_user_model().objects.get(username=account.username)
                self.assertTrue(user.check_password(match.group(1)))
                if account.role:
                    self.assertTrue(user.groups.filter(name=account.role).exists())

    def test_passwords_are_generated_not_fixed(self):
        output = load_demo()
        passwords = re.findall(r"^\s+\S+\s+.+?\s(\S+)$", output, re.M)[
            1 : len(ACCOUNTS) + 1
        ]

        self.assertEqual(len(set(passwords)), len(ACCOUNTS))
        source = Path(accounts.__file__).read_text()
        for password in passwords:
            self.assertNotIn(password, source)

    def test_reset_passwords_replaces_them(self):
        load_demo()
        user = get_user_model().objects.get(username="revisor")
        old_hash = user.password

        load_demo("--reset-passwords")

        user.refresh_from_db()
        self.assertNotEqual(user.password, old_hash)

    def test_home_page_is_published_in_both_languages(self):
        load_demo()

        self.assertContains(self.client.get("/"), "Byg partnerskaber")
        self.assertContains(self.client.get("/en/"), "Build partnerships")


class DemoDocumentTests(TestCase):
    def test_templates_are_real_word_documents_with_every_section(self):
        for key, spec in DOCUMENTS.items():
            with self.subTest(document=key):
                word = WordDocument(BytesIO(build_docx(spec)))
                text = "\n".join(paragraph.text for paragraph in word.paragraphs)

                self.assertEqual(word.core_properties.title, spec["title"])
                for section in spec["sections"]:
                    self.assertIn(section["heading"], text)

    def test_agreement_template_covers_the_standard_clauses(self):
        headings = " ".join(
            s["heading"].lower() for s in DOCUMENTS["samarbejdsaftale"]["sections"]
        )

        for word in ["parter", "formål", "økonomi", "underskrift"]:
            self.assertIn(word, headings)
