from django.db import migrations


TABLES = [
    f"partnerships_{name}"
    for name in [
        "historicalpartnership",
        "historicalpartnerrole",
        "historicaltask",
        "historicalstagetransition",
        "historicalagreement",
        "historicalcommunicationactivity",
        "historicalevaluationround",
        "historicalorganisation",
        "historicalcontact",
        "historicalstrategicgoal",
    ]
]

FUNCTION = """
CREATE OR REPLACE FUNCTION crm_history_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'CRM history is append-only: % on % refused', TG_OP, TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;
"""


def create_triggers(apps, schema_editor):
    # Only PostgreSQL: SQLite's test runner empties tables with DELETE between
    # browser tests, which such a trigger would refuse.
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(FUNCTION, params=None)
    for table in TABLES:
        schema_editor.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION crm_history_append_only()"
        )


def drop_triggers(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in TABLES:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
    schema_editor.execute("DROP FUNCTION IF EXISTS crm_history_append_only()")


class Migration(migrations.Migration):
    dependencies = [("partnerships", "0004_chain_existing_history")]

    operations = [migrations.RunPython(create_triggers, drop_triggers)]
