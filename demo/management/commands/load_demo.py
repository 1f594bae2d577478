from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Site

from demo import crm, english, knowledge
from demo.accounts import ensure_accounts
from demo.content.cases import HOME
from demo.library import load_library
from demo.pages import ensure_fields, ensure_translation


class Command(BaseCommand):
    help = (
        "Load the demo content and one demo account per role. Safe to run again: "
        "a second run changes nothing, and pages editors have changed are kept."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset-passwords",
            action="store_true",
            help="Give the existing demo accounts new passwords and print them.",
        )

    def handle(self, *args, reset_passwords=False, **options):
        site = Site.objects.get(is_default_site=True)
        self.home = site.root_page.specific
        steps = [
            ("Demo accounts", lambda: self.load_accounts(reset_passwords)),
            ("The library", lambda: load_library(site, self.progress)),
            ("Home page", self.load_home),
            ("Sections", self.load_sections),
            ("Templates to download", self.load_documents),
            ("Toolbox", self.load_toolbox),
            ("Guide", self.load_guide),
            ("Cases", self.load_cases),
            (
                "English pages",
                lambda: english.load_english(self.sections, self.tools, self.progress),
            ),
            ("Stage guidance", lambda: crm.load_guidance(self.progress)),
            ("Partnerships", lambda: crm.load_partnerships(self.progress)),
            # Last, so that the film page's translations exist.
            ("Film", lambda: knowledge.load_film(self.sections["film"], self.progress)),
        ]
        for number, (label, step) in enumerate(steps, start=1):
            self.stdout.write(f"[{number}/{len(steps)}] {label} …")
            with transaction.atomic():
                step()
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))

    def progress(self, message):
        self.stdout.write(f"    + {message}")

    def load_accounts(self, reset_passwords):
        self.stdout.write("    username       role               password")
        for account, password in ensure_accounts(reset_passwords=reset_passwords):
            role = account.role or "Superuser"
            shown = password or "(unchanged; run with --reset-passwords for a new one)"
            self.stdout.write(f"    {account.username:<14} {role:<18} {shown}")

    def load_home(self):
        self.home = ensure_fields(
            self.home, title="Byg partnerskaber", intro=HOME["intro"]
        )
        ensure_translation(
            self.home, "en", title="Build partnerships", intro=HOME["intro_en"]
        )

    def load_sections(self):
        self.sections = knowledge.load_sections(self.home, self.progress)

    def load_documents(self):
        self.documents = knowledge.load_documents(self.progress)

    def load_toolbox(self):
        self.tools = knowledge.load_toolbox(
            self.sections["toolbox"], self.documents, self.progress
        )

    def load_guide(self):
        knowledge.load_guide(self.sections["guide"], self.tools, self.progress)

    def load_cases(self):
        knowledge.load_cases(self.sections["cases"], self.progress)
