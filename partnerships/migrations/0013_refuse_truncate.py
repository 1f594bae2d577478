from django.db import migrations

# TRUNCATE empties a table without firing row triggers, so history tables and
# the checkpoint table get a statement trigger that refuses it. The test
# runner empties its throwaway database with TRUNCATE between transactional
# tests: it asks for that with the session setting partnerships.allow_truncate
# (cms/settings/test.py), which is honoured only for the tables' owner. The
# runtime role is not the owner and has no TRUNCATE privilege at all.
REFUSE_TRUNCATE = """
CREATE OR REPLACE FUNCTION crm_history_refuse_truncate() RETURNS trigger AS $$
BEGIN
    IF current_setting('partnerships.allow_truncate', true) = 'on' AND pg_has_role(
        current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'USAGE'
    ) THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION 'CRM history is append-only: TRUNCATE on % refused', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;
"""
# Checkpoints are updated as chains grow, and never deleted.
REFUSE_DELETE = """
CREATE OR REPLACE FUNCTION crm_checkpoint_refuse_delete() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'Chain checkpoints are kept: DELETE on % refused', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;
"""
CHECKPOINTS = "partnerships_chaincheckpoint"


def history_tables(apps):
    return [
        model._meta.db_table
        for model in apps.get_app_config("partnerships").get_models()
        if model._meta.model_name.startswith("historical")
    ]


def create_triggers(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(REFUSE_TRUNCATE, params=None)
    schema_editor.execute(REFUSE_DELETE, params=None)
    for table in [*history_tables(apps), CHECKPOINTS]:
        schema_editor.execute(
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION crm_history_refuse_truncate()"
        )
    schema_editor.execute(
        f"CREATE TRIGGER {CHECKPOINTS}_no_delete BEFORE DELETE ON {CHECKPOINTS} "
        "FOR EACH ROW EXECUTE FUNCTION crm_checkpoint_refuse_delete()"
    )


def drop_triggers(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP TRIGGER IF EXISTS {CHECKPOINTS}_no_delete ON {CHECKPOINTS}")
    for table in [*history_tables(apps), CHECKPOINTS]:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
    schema_editor.execute("DROP FUNCTION IF EXISTS crm_checkpoint_refuse_delete()")
    schema_editor.execute("DROP FUNCTION IF EXISTS crm_history_refuse_truncate()")


class Migration(migrations.Migration):
    dependencies = [("partnerships", "0012_chain_checkpoints")]

    operations = [migrations.RunPython(create_triggers, drop_triggers)]
