import json

from django.core.management.base import BaseCommand

from partnerships.verification import exported_checkpoints


class Command(BaseCommand):
    help = (
        "Write every history chain's checkpoint as a signed JSON document to "
        "standard output. Keep it outside the database; verify_history "
        "--checkpoints FILE then notices a trail rolled back to an older state."
    )

    def handle(self, *args, **options):
        self.stdout.write(json.dumps(exported_checkpoints(), indent=1))
