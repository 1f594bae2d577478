from django.db import migrations

from ._frozen import grant

PROJECT_MANAGERS = "Project managers"
AUDITORS = "Auditors"

ADMIN_ACCESS = ["wagtailadmin.access_admin"]


def create_roles(apps, schema_editor):
    grant(apps, PROJECT_MANAGERS, ADMIN_ACCESS)
    grant(apps, AUDITORS, ADMIN_ACCESS)


def remove_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=[PROJECT_MANAGERS, AUDITORS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
