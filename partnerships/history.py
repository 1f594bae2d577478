"""The CRM's audit trail: django-simple-history fitted to this project."""

import json
from contextlib import contextmanager
from datetime import UTC, date, datetime
from decimal import Decimal
from types import SimpleNamespace

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import models, transaction
from django.db.models import QuerySet
from django.db.models.deletion import get_candidate_relations_to_delete
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _
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


HISTORY_SALT = b"partnerships.history"


def row_hash(row, previous_hash: str, secret=None) -> str:
    """The keyed hash of a history row's values and its predecessor's hash.

    Empty values are left out, so adding a nullable or blank field to a model
    later keeps the existing chains valid.
    """
    payload = previous_hash + chain_values(row)
    return salted_hmac(HISTORY_SALT, payload, secret=secret).hexdigest()


def chain_values(row) -> str:
    """A history row's values as the chain and the erasure seals hash them."""
    values = {
        field.attname: value
        for field in row._meta.concrete_fields
        if field.name not in CHAIN_EXCLUDED
        and (value := _canonical(field, getattr(row, field.attname))) != ""
    }
    return json.dumps(values, sort_keys=True)


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
    ChainCheckpoint = apps.get_model("partnerships", "ChainCheckpoint")
    # Locking the chain's checkpoint first makes two writers of one record's
    # history take turns, so both cannot link to the same previous row.
    history_instance._checkpoint = (
        ChainCheckpoint.objects.select_for_update()
        .filter(history_model=sender._meta.label_lower, record_id=history_instance.id)
        .first()
    )
    previous = (
        sender.objects.filter(id=history_instance.id)
        .order_by("-history_id")
        .values_list("entry_hash", flat=True)
        .first()
    )
    history_instance.previous_hash = previous or ""
    history_instance.entry_hash = history_instance.expected_hash()


def advance_checkpoint(sender, history_instance, **kwargs):
    """Signal receiver: make a new history row its chain's signed head."""
    if not isinstance(history_instance, HashChained):
        return
    ChainCheckpoint = apps.get_model("partnerships", "ChainCheckpoint")
    checkpoint = getattr(history_instance, "_checkpoint", None)
    if checkpoint is None:
        checkpoint = ChainCheckpoint(
            history_model=sender._meta.label_lower,
            record_id=history_instance.id,
            entries=sender.objects.filter(id=history_instance.id).count() - 1,
        )
    checkpoint.head_history_id = history_instance.history_id
    checkpoint.head_hash = history_instance.entry_hash
    checkpoint.entries += 1
    checkpoint.sign()
    checkpoint.save()


def unlink_before_delete(sender, instance, origin=None, **kwargs):
    """Signal receiver: before a record is deleted, clear the links that
    tracked records hold to it (``on_delete=SET_NULL``) through a save, so
    each gets a history row naming who deleted what; Django would clear
    them with an UPDATE that leaves no trace.

    Only for a record deleted itself (alone or in a queryset): records
    deleted along with another one are deleted with their links.
    """
    if origin is not instance and not (
        isinstance(origin, QuerySet) and origin.model is sender
    ):
        return
    for relation in get_candidate_relations_to_delete(sender._meta):
        meta = relation.related_model._meta
        tracked = hasattr(meta, "simple_history_manager_attribute")
        if relation.on_delete is not models.SET_NULL or not tracked:
            continue
        field = relation.field
        reason = _("“%(name)s” (%(model)s) was deleted; the link to it is removed") % {
            "name": instance,
            "model": sender._meta.verbose_name,
        }
        linked = relation.related_model._base_manager.filter(**{field.name: instance})
        for record in linked:
            setattr(record, field.attname, None)
            record._change_reason = reason
            record.save()


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
        # The row and its chain's checkpoint are written together or not at all.
        with transaction.atomic(using=using):
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
