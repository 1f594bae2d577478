from django.core.management.base import BaseCommand

from partnerships import permissions, reminders
from partnerships.tasks import send_reminders_to


def describe(pending: reminders.Pending) -> str:
    parts = [
        (pending.count(reminders.TASK_OVERDUE), "overdue task(s)"),
        (pending.count(reminders.TASK_DUE), "task(s) due soon"),
        (pending.count(reminders.ACTIVITY), "plan activity(ies) coming up"),
        (pending.count(reminders.EVALUATION), "evaluation link(s) expiring"),
    ]
    described = [f"{count} {what}" for count, what in parts if count]
    if pending.digest:
        described.append("the weekly digest")
    return ", ".join(described)


class Command(BaseCommand):
    help = (
        "Queue one background task per person with reminders to send: tasks "
        "due soon or overdue, communication activities coming up, evaluation "
        "links about to expire unanswered, and, at the first run of each week, "
        "the project managers' weekly digest. Each reminder goes out once. "
        "Schedule it daily; in production `manage.py db_worker` sends the mail."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="list who would get what; send and queue nothing",
        )

    def handle(self, *args, dry_run, **options):
        queued = 0
        for user in reminders.recipients():
            if not permissions.can_see_partnerships(user):
                continue
            pending = reminders.pending_for(user)
            if not pending:
                continue
            if not user.email:
                self.stdout.write(
                    f"  {user.get_username()}: no e-mail address, skipped "
                    f"({describe(pending)})"
                )
                continue
            self.stdout.write(f"  {user.get_username()}: {describe(pending)}")
            if not dry_run:
                send_reminders_to.enqueue(user.pk)
            queued += 1
        if dry_run:
            self.stdout.write(
                f"Dry run: {queued} person(s) would get reminders; nothing was "
                "sent or queued."
            )
        else:
            self.stdout.write(
                self.style.SUCCESS(f"Queued reminders for {queued} person(s).")
            )
