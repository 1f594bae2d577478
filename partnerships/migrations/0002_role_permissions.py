from django.db import migrations

from ._frozen import grant, revoke

PROJECT_MANAGERS = "Project managers"
AUDITORS = "Auditors"

RECORDS = [
    "partnership",
    "organisation",
    "contact",
    "strategicgoal",
    "partnerrole",
    "task",
    "stagetransition",
    "agreement",
    "communicationactivity",
    "evaluationround",
]
PROJECT_MANAGER_PERMISSIONS = [
    *[f"partnerships.{a}_partnership" for a in ["add", "change", "view"]],
    *[f"partnerships.{a}_organisation" for a in ["add", "change", "view"]],
    *[f"partnerships.{a}_contact" for a in ["add", "change", "view"]],
    "partnerships.view_strategicgoal",
]
AUDITOR_PERMISSIONS = [
    *[f"partnerships.view_{name}" for name in RECORDS],
    *[f"partnerships.view_historical{name}" for name in RECORDS],
]


def forwards(apps, schema_editor):
    grant(apps, PROJECT_MANAGERS, PROJECT_MANAGER_PERMISSIONS)
    grant(apps, AUDITORS, AUDITOR_PERMISSIONS)


def backwards(apps, schema_editor):
    revoke(apps, PROJECT_MANAGERS, PROJECT_MANAGER_PERMISSIONS)
    revoke(apps, AUDITORS, AUDITOR_PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("partnerships", "0001_crm_records"),
        ("cms", "0001_create_roles"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
