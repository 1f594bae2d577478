from django.db import migrations

# Writing a history row back unchanged is not tampering. Django's test runner
# does exactly that when it restores the seeded history rows for tests with
# serialized_rollback; any real change is still refused.
ALLOW_IDENTICAL = """
CREATE OR REPLACE FUNCTION crm_history_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW IS NOT DISTINCT FROM OLD THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'CRM history is append-only: % on % refused', TG_OP, TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;
"""
REFUSE_ALL = """
CREATE OR REPLACE FUNCTION crm_history_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'CRM history is append-only: % on % refused', TG_OP, TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;
"""


def replace_function(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql, params=None)

    return run


class Migration(migrations.Migration):
    dependencies = [("partnerships", "0010_stage_tool_roles_and_seed")]

    operations = [
        migrations.RunPython(
            replace_function(ALLOW_IDENTICAL), replace_function(REFUSE_ALL)
        )
    ]
