"""The CRM's audit trail: django-simple-history fitted to this project."""

import json
from contextlib import contextmanager
from datetime import UTC, date, datetime
from decimal import Decimal
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.db import models
from django.utils.crypto import salted_hmac
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
    middleware does for web requests. Nested uses restore the outer user."""
    context = BaseHistoricalRecords.context
    outer = getattr(context, "request", None)
    context.request = SimpleNamespace(user=user)
    try:
        yield
    finally:
        if outer is None:
            del context.request
        else:
            context.request = outer


class HashChained(models.Model):
    """History rows carry a keyed hash chained to the previous row of the same
    record, so an edited, removed or inserted row can be detected."""

    entry_hash = models.CharField(max_length=64, editable=False, default="")
    previous_hash = models.CharField(max_length=64, editable=False, default="")

    class Meta:
        abstract = True

    def expected_hash(self, secret=None) -> str:
        return row_hash(self, self.previous_hash, secret=secret)


CHAIN_EXCLUDED = {"history_id", "entry_hash", "previous_hash"}


def row_hash(row, previous_hash: str, secret=None) -> str:
    """The keyed hash of a history row's values and its predecessor's hash.

    Empty values are left out, so adding a nullable or blank field to a model
    later keeps the existing chains valid.
    """
    values = {
        field.attname: value
        for field in row._meta.concrete_fields
        if field.name not in CHAIN_EXCLUDED
        and (value := _canonical(field, getattr(row, field.attname))) != ""
    }
    payload = previous_hash + json.dumps(values, sort_keys=True)
    return salted_hmac("partnerships.history", payload, secret=secret).hexdigest()


def _canonical(field, value) -> str:
    if value is None:
        return ""
    if isinstance(field, models.JSONField):
        return json.dumps(value, sort_keys=True) if value else ""
    if isinstance(field, models.DecimalField):
        return f"{Decimal(value):.{field.decimal_places}f}"
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def chain_history_row(sender, history_instance, **kwargs):
    """Signal receiver: link a new history row to the record's previous row."""
    if not isinstance(history_instance, HashChained):
        return
    previous = (
        sender.objects.filter(id=history_instance.id)
        .order_by("-history_id")
        .values_list("entry_hash", flat=True)
        .first()
    )
    history_instance.previous_hash = previous or ""
    history_instance.entry_hash = history_instance.expected_hash()


class HistoricalRecords(BaseHistoricalRecords):
    """simple-history's records with five changes.

    - Saving an unchanged record writes no history row.
    - Every row is hash-chained to the record's previous row (``HashChained``).
    - The acting user is never empty: without a person it is ``system_user()``.
    - Change reasons are unlimited text (the default is 100 characters, which
      PostgreSQL enforces and SQLite does not).
    - A ``ParentalKey`` is copied into the history table as a plain foreign key:
      simple-history gives copied keys ``related_name="+"``, which modelcluster
      refuses on a ParentalKey.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("history_change_reason_field", models.TextField(null=True))
        kwargs.setdefault("bases", [HashChained])
        super().__init__(*args, **kwargs)

    def copy_fields(self, model):
        fields = super().copy_fields(model)
        for field in fields.values():
            if isinstance(field, ParentalKey):
                field.__class__ = models.ForeignKey
        return fields

    def get_history_user(self, instance):
        return super().get_history_user(instance) or system_user()

    def create_historical_record(self, instance, history_type, using=None):
        # modelcluster saves every child of a cluster when the parent is saved;
        # an unchanged record gets no new history row.
        if history_type == "~" and not self._changed(instance):
            return
        super().create_historical_record(instance, history_type, using=using)

    def _changed(self, instance) -> bool:
        manager = getattr(instance, self.manager_name)
        latest = manager.order_by("-history_id").first()
        if latest is None:
            return True
        return any(
            _canonical(field, getattr(latest, field.attname))
            != _canonical(field, getattr(instance, field.attname))
            for field in self.fields_included(instance)
        )


def save_with_reason(obj, user, reason: str) -> None:
    """Save a tracked record; its history row names ``user`` and ``reason``."""
    obj._history_user = user
    obj._change_reason = reason
    obj.save()


def delete_with_reason(obj, user, reason: str) -> None:
    """Delete a tracked record; its last history row names who and why."""
    obj._history_user = user
    obj._change_reason = reason
    obj.delete()
