"""Helpers for this app's migrations, frozen as the live code had them when
the migrations were written (grant/revoke from cms.roles, row_hash from
partnerships.history), so that changing live code cannot change what an old
migration does. Never edit a function here; a migration that needs different
behaviour gets a new function (or its own copy)."""

import json
from datetime import UTC, date, datetime
from decimal import Decimal

from django.contrib.auth.management import create_permissions
from django.db import models
from django.utils.crypto import salted_hmac


def _permissions(apps, names):
    # Django creates permissions for new models only after the whole migrate
    # run; create them now so a migration can grant them straight away.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    found = []
    for name in names:
        app_label, codename = name.split(".")
        found.append(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return found


def grant(apps, group_name: str, permissions: list[str]) -> None:
    """Give a group (created if missing) permissions named "app_label.codename"."""
    Group = apps.get_model("auth", "Group")
    group, _ = Group.objects.get_or_create(name=group_name)
    group.permissions.add(*_permissions(apps, permissions))


def revoke(apps, group_name: str, permissions: list[str]) -> None:
    """Take permissions named "app_label.codename" away from a group, if it exists."""
    Group = apps.get_model("auth", "Group")
    group = Group.objects.filter(name=group_name).first()
    if group:
        group.permissions.remove(*_permissions(apps, permissions))


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
