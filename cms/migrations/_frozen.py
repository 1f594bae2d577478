"""Helpers for this app's migrations, frozen as cms.roles had them when the
migrations were written, so that changing live code cannot change what an old
migration does. Never edit a function here; a migration that needs different
behaviour gets a new function (or its own copy)."""

from django.contrib.auth.management import create_permissions


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
