"""Editors and moderators may start translations of pages (issue 13).

Wagtail's "Translate" action copies a page into another language as a draft;
the copy then goes through the "Moderators approval" workflow, which Wagtail
assigned to the root page and so covers the Danish and the English tree alike.
"""

from django.db import migrations

from ._frozen import grant, revoke

EDITORS = "Editors"
MODERATORS = "Moderators"

PERMISSIONS = ["simple_translation.submit_translation"]


def forwards(apps, schema_editor):
    for group in [EDITORS, MODERATORS]:
        grant(apps, group, PERMISSIONS)


def backwards(apps, schema_editor):
    for group in [EDITORS, MODERATORS]:
        revoke(apps, group, PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0008_case_period_and_details"),
        ("simple_translation", "0001_initial"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
