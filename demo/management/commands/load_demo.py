from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Site

from demo.accounts import ensure_accounts
from demo.pages import ensure_fields, ensure_translation

HOME_DA = {
    "title": "Byg partnerskaber",
    "intro": (
        "Værktøjer og vejledning til biblioteker, der vil bruge partnerskaber "
        "som en bevidst del af deres strategi – fra den første idé til "
        "evalueringen af et afsluttet samarbejde."
    ),
}
HOME_EN = {
    "title": "Build partnerships",
    "intro": (
        "Tools and guidance for libraries that want partnerships to be a "
        "deliberate part of their strategy, from the first idea to the "
        "evaluation of a finished collaboration."
    ),
}


class Command(BaseCommand):
    help = (
        "Load the demo content and one demo account per role. Safe to run again: "
        "a second run changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset-passwords",
            action="store_true",
            help="Give the existing demo accounts new passwords and print them.",
        )

    def handle(self, *args, reset_passwords=False, **options):
        steps = [
            ("Demo accounts", lambda: self.load_accounts(reset_passwords)),
            ("Home page", self.load_home),
        ]
        for number, (label, step) in enumerate(steps, start=1):
            self.stdout.write(f"[{number}/{len(steps)}] {label} …")
            with transaction.atomic():
                step()
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))

    def load_accounts(self, reset_passwords):
        rows = []
        for account, password in ensure_accounts(reset_passwords=reset_passwords):
            role = account.role or "Superuser"
            shown = password or "(unchanged; run with --reset-passwords for a new one)"
            rows.append(f"    {account.username:<14} {role:<18} {shown}")
        self.stdout.write("    username       role               password")
        self.stdout.write("\n".join(rows))

    def load_home(self):
        home = Site.objects.get(is_default_site=True).root_page
        home = ensure_fields(home, **HOME_DA)
        ensure_translation(home, "en", **HOME_EN)
