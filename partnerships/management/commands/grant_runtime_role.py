from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from partnerships.models import ChainCheckpoint, Erasure, ErasureSeal


def table_rights() -> dict[str, str]:
    """What the site's runtime role may do with each table: history tables,
    erasures and their seals are only appended to (history text is rewritten
    only through the erasure function), checkpoints are also updated, the
    migration record is only read, every other table is read and written."""
    rights = {"django_migrations": "SELECT"}
    for model in apps.get_models(include_auto_created=True):
        if model._meta.proxy or not model._meta.managed:
            continue
        if hasattr(model, "instance_type") or model in (Erasure, ErasureSeal):
            # simple-history tables and the record of erasures
            rights[model._meta.db_table] = "SELECT, INSERT"
        elif model is ChainCheckpoint:
            rights[model._meta.db_table] = "SELECT, INSERT, UPDATE"
        else:
            rights[model._meta.db_table] = "SELECT, INSERT, UPDATE, DELETE"
    return rights


def grants(role: str) -> list[str]:
    quote = connection.ops.quote_name
    role = quote(role)
    database = quote(connection.settings_dict["NAME"])
    existing = set(connection.introspection.table_names())
    statements = [
        f"GRANT CONNECT ON DATABASE {database} TO {role}",
        f"GRANT USAGE ON SCHEMA public TO {role}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}",
    ]
    statements += [
        f"GRANT {rights} ON {quote(table)} TO {role}"
        for table, rights in sorted(table_rights().items())
        if table in existing
    ]
    statements.append(
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}"
    )
    return statements


class Command(BaseCommand):
    help = (
        "Print (or with --execute, run as the tables' owner) the GRANTs for the "
        "site's least-privileged PostgreSQL role: no DDL, history tables "
        "SELECT/INSERT only, the checkpoint table also UPDATE, everything else "
        "SELECT/INSERT/UPDATE/DELETE. Run it again after every migrate."
    )

    def add_arguments(self, parser):
        parser.add_argument("role", help="the runtime role, created beforehand")
        parser.add_argument(
            "--execute", action="store_true", help="run the statements, don't print"
        )

    def handle(self, *args, role, execute, **options):
        if connection.vendor != "postgresql":
            raise CommandError("Database roles are for PostgreSQL only.")
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT rolsuper, pg_has_role(oid, (SELECT relowner FROM pg_class "
                "WHERE oid = %s::regclass), 'MEMBER') FROM pg_roles WHERE rolname = %s",
                [ChainCheckpoint._meta.db_table, role],
            )
            found = cursor.fetchone()
        if found is None:
            raise CommandError(
                f"There is no role {role}. Create it first: createuser {role}"
            )
        if found[0] or found[1]:
            raise CommandError(
                f"{role} is a superuser or has the tables' owner's rights, so it could "
                "change or drop anything. The runtime role must be a separate, "
                "plain role."
            )
        statements = grants(role)
        if not execute:
            self.stdout.write(";\n".join(statements) + ";")
            return
        with transaction.atomic(), connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
        self.stdout.write(
            self.style.SUCCESS(f"{len(statements)} statements granted to {role}.")
        )
