"""Demo staff accounts, one per role; fictional people with generated passwords."""

import secrets
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from cms import roles


@dataclass(frozen=True)
class DemoAccount:
    username: str
    first_name: str
    last_name: str
    role: str  # a group name, or "" for the superuser
    is_superuser: bool = False

    @property
    def email(self) -> str:
        return f"{self.username}@example.org"


ACCOUNTS = [
    DemoAccount("admin", "Ida", "Administrator", "", is_superuser=True),
    DemoAccount("redaktoer", "Signe", "Holmgaard", roles.EDITORS),
    DemoAccount("moderator", "Jonas", "Kirkeby", roles.MODERATORS),
    DemoAccount("projektleder", "Karen", "Lundsgaard", roles.PROJECT_MANAGERS),
    DemoAccount("projektleder2", "Mads", "Bjerregaard", roles.PROJECT_MANAGERS),
    DemoAccount("revisor", "Ahmed", "Nørskov", roles.AUDITORS),
    DemoAccount("persondata", "Hedvig", "Dahlgaard", roles.PRIVACY_OFFICERS),
]


def ensure_accounts(*, reset_passwords: bool = False):
    """Create missing demo accounts; yield (account, password or None if unchanged)."""
    User = get_user_model()
    for account in ACCOUNTS:
        user = User.objects.filter(username=account.username).first()
        password = None
        if user is None:
            user = User(
                username=account.username,
                first_name=account.first_name,
                last_name=account.last_name,
                email=account.email,
                is_staff=account.is_superuser,
                is_superuser=account.is_superuser,
            )
        if user.pk is None or reset_passwords:
            password = secrets.token_urlsafe(12)
            user.set_password(password)
            user.save()
        if account.role:
            group = Group.objects.get(name=account.role)
            if not user.groups.filter(pk=group.pk).exists():
                user.groups.add(group)
        yield account, password
