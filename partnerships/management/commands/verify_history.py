from django.core.management.base import BaseCommand, CommandError

from partnerships.audit import TRACKED
from partnerships.verification import broken_links, missing_triggers


class Command(BaseCommand):
    help = (
        "Verify the CRM's audit trail: every history row's hash chain, and on "
        "PostgreSQL the triggers that make history tables append-only."
    )

    def handle(self, *args, **options):
        problems = []
        for number, model in enumerate(TRACKED, start=1):
            count = model.history.count()
            self.stdout.write(
                f"[{number}/{len(TRACKED)}] {model._meta.verbose_name_plural}: "
                f"{count} entries …"
            )
            found = list(broken_links(model))
            for problem in found:
                self.stdout.write(self.style.ERROR(f"    {problem}"))
            problems += found
        for table in missing_triggers():
            problem = f"{table}: the append-only trigger is missing"
            self.stdout.write(self.style.ERROR(f"    {problem}"))
            problems.append(problem)
        if problems:
            raise CommandError(f"{len(problems)} problem(s) in the audit trail.")
        self.stdout.write(self.style.SUCCESS("The audit trail is intact."))
