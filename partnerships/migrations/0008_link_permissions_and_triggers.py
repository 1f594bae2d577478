from django.db import migrations

from ._frozen import grant, revoke

AUDITORS = "Auditors"

TABLES = ["partnerships_historicalteammember", "partnerships_historicalpartnershipgoal"]
AUDITOR_PERMISSIONS = [
    f"partnerships.view_{name}"
    for name in [
        "teammember",
        "partnershipgoal",
        "historicalteammember",
        "historicalpartnershipgoal",
    ]
]


def forwards(apps, schema_editor):
    grant(apps, AUDITORS, AUDITOR_PERMISSIONS)
    if schema_editor.connection.vendor == "postgresql":
        for table in TABLES:
            schema_editor.execute(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON "
                f"{table} FOR EACH ROW EXECUTE FUNCTION crm_history_append_only()"
            )


def backwards(apps, schema_editor):
    revoke(apps, AUDITORS, AUDITOR_PERMISSIONS)
    if schema_editor.connection.vendor == "postgresql":
        for table in TABLES:
            schema_editor.execute(
                f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}"
            )


class Migration(migrations.Migration):
    dependencies = [
        ("partnerships", "0007_team_and_goals_as_tracked_links"),
        ("partnerships", "0005_history_append_only"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
