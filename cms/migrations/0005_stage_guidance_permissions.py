from django.db import migrations

from ._frozen import grant, revoke

EDITORS = "Editors"
MODERATORS = "Moderators"

PERMISSIONS = [
    f"cms.{action}_stageguidance" for action in ["add", "change", "delete", "view"]
]


def forwards(apps, schema_editor):
    for group in [EDITORS, MODERATORS]:
        grant(apps, group, PERMISSIONS)


def backwards(apps, schema_editor):
    for group in [EDITORS, MODERATORS]:
        revoke(apps, group, PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [("cms", "0004_stage_guidance")]

    operations = [migrations.RunPython(forwards, backwards)]
