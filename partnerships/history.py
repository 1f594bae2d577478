"""The CRM's audit trail: django-simple-history fitted to this project."""

from contextlib import contextmanager
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.db import models
from modelcluster.fields import ParentalKey
from simple_history.models import HistoricalRecords as BaseHistoricalRecords

SYSTEM_USERNAME = "system"


def system_user():
    """The named account that history records when no person is acting,
    e.g. a management command run from a shell. It cannot log in."""
    User = get_user_model()
    user = User.objects.filter(username=SYSTEM_USERNAME).first()
    if user is None:
        user = User(username=SYSTEM_USERNAME, first_name="System", is_active=False)
        user.set_unusable_password()
        user.save()
    return user


@contextmanager
def acting_as(user):
    """Attribute every history row written inside to ``user``, as the request
    middleware does for web requests."""
    BaseHistoricalRecords.context.request = SimpleNamespace(user=user)
    try:
        yield
    finally:
        del BaseHistoricalRecords.context.request


class HistoricalRecords(BaseHistoricalRecords):
    """simple-history's records with three changes.

    - The acting user is never empty: without a person it is ``system_user()``.
    - Change reasons are unlimited text (the default is 100 characters, which
      PostgreSQL enforces and SQLite does not).
    - A ``ParentalKey`` is copied into the history table as a plain foreign key:
      simple-history gives copied keys ``related_name="+"``, which modelcluster
      refuses on a ParentalKey.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("history_change_reason_field", models.TextField(null=True))
        super().__init__(*args, **kwargs)

    def copy_fields(self, model):
        fields = super().copy_fields(model)
        for field in fields.values():
            if isinstance(field, ParentalKey):
                field.__class__ = models.ForeignKey
        return fields

    def get_history_user(self, instance):
        return super().get_history_user(instance) or system_user()
