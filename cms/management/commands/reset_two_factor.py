from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from cms import two_factor


class Command(BaseCommand):
    help = (
        "Remove a user's two-step verification devices (authenticator app and "
        "recovery codes), e.g. when the only administrator has lost their phone."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        User = get_user_model()
        user = User.objects.filter(**{User.USERNAME_FIELD: username}).first()
        if user is None:
            raise CommandError(f"No user named {username!r}.")
        count = two_factor.reset(user, by=None)
        self.stdout.write(
            f"Removed {count} device(s) of {username}; they set up two-step "
            "verification again at their next sign-in."
        )
