"""The database in a backup: pg_dump and pg_restore on PostgreSQL, SQLite's
backup API otherwise. The PostgreSQL tools get the connection parameters in
PG* environment variables, never on the command line, where ``ps`` shows
them to every user of the machine."""

import gzip
import os
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.db import connection, connections
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

from cms.backups import BackupError

SETTINGS_ENVIRONMENT = {
    "NAME": "PGDATABASE",
    "USER": "PGUSER",
    "PASSWORD": "PGPASSWORD",
    "HOST": "PGHOST",
    "PORT": "PGPORT",
}
OPTIONS_ENVIRONMENT = {
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
    "passfile": "PGPASSFILE",
    "service": "PGSERVICE",
    "options": "PGOPTIONS",
    "connect_timeout": "PGCONNECT_TIMEOUT",
}
# Owners and grantees of the objects pg_dump writes (extension members are
# created by the extension, not restored one by one).
ROLES_SQL = """
WITH objects AS (
    SELECT c.oid, c.relowner AS owner, c.relacl AS acl
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname NOT LIKE 'pg\\_%%' AND n.nspname <> 'information_schema'
    UNION ALL
    SELECT p.oid, p.proowner, p.proacl
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname NOT LIKE 'pg\\_%%' AND n.nspname <> 'information_schema'
), dumped AS (
    SELECT * FROM objects o
    WHERE NOT EXISTS (
        SELECT 1 FROM pg_depend d WHERE d.objid = o.oid AND d.deptype = 'e'
    )
)
SELECT
    ARRAY(SELECT DISTINCT pg_get_userbyid(owner) FROM dumped ORDER BY 1),
    ARRAY(SELECT DISTINCT pg_get_userbyid(a.grantee)
          FROM dumped, aclexplode(dumped.acl) a WHERE a.grantee <> 0 ORDER BY 1)
"""
TOC_TABLE = re.compile(r"^\d+; \d+ \d+ TABLE (\S+) (\S+)(?: \S*)?$", re.MULTILINE)


def vendor() -> str:
    return connection.vendor


def name() -> str:
    return str(connection.settings_dict["NAME"])


def describe() -> dict:
    """What the manifest says about the database backed up."""
    description = {"vendor": vendor(), "name": name()}
    if vendor() == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            (description["server_version"],) = cursor.fetchone()
            cursor.execute(ROLES_SQL)
            owners, grantees = cursor.fetchone()
        description["owners"] = owners
        description["grantees"] = sorted(set(grantees) - set(owners))
    else:
        description["server_version"] = sqlite3.sqlite_version
    return description


def applied_migrations() -> dict[str, str]:
    """Each app's most recently applied migration."""
    recorder = MigrationRecorder(connection)
    rows = recorder.migration_qs.order_by("id").values_list("app", "name")
    return dict(rows.iterator())


def unknown_migrations(applied: dict[str, str]) -> list[str]:
    """Migrations applied in an archive's database that this code lacks:
    the archive was made by a newer version of the site."""
    loader = MigrationLoader(None, ignore_no_migrations=True)
    apps = {app for app, _ in loader.disk_migrations}
    return [
        f"{app}.{migration}"
        for app, migration in sorted(applied.items())
        if app in apps and (app, migration) not in loader.disk_migrations
    ]


def pending_migrations() -> int:
    executor = MigrationExecutor(connection)
    return len(executor.migration_plan(executor.loader.graph.leaf_nodes()))


def dump(target: Path) -> None:
    """A consistent copy of the database in ``target``."""
    if vendor() == "postgresql":
        _run("pg_dump", "--format=custom", "--no-password", f"--file={target}")
        return
    if connection.in_atomic_block:
        # SQLite's backup would wait for the transaction's write lock forever.
        raise BackupError("SQLite is copied outside a transaction only.")
    copy = target.with_name(target.name + ".plain")
    connection.ensure_connection()
    destination = sqlite3.connect(copy)
    try:
        connection.connection.backup(destination)
    finally:
        destination.close()
    with copy.open("rb") as source, gzip.open(target, "wb", compresslevel=6) as out:
        shutil.copyfileobj(source, out, 1024 * 1024)
    copy.unlink()


def restore_problems(dump_path: Path, manifest: dict, privileges: bool) -> list[str]:
    """Why restoring ``dump_path`` here would fail or leave a mixed schema
    (PostgreSQL); checked before anything changes."""
    if vendor() != "postgresql":
        return []
    problems = []
    archived = set(TOC_TABLE.findall(_run("pg_restore", "--list", str(dump_path))))
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT schemaname, tablename FROM pg_tables "
            "WHERE schemaname NOT LIKE 'pg\\_%%' AND schemaname <> 'information_schema'"
        )
        extra = sorted(".".join(row) for row in set(cursor.fetchall()) - archived)
    if extra:
        problems.append(
            f"The database {name()} has tables the archive lacks "
            f"({', '.join(extra[:10])}{' …' if len(extra) > 10 else ''}), e.g. "
            "from newer migrations; restoring would leave them behind. Restore "
            "into an empty database (dropdb, createdb as the tables' owner)."
        )
    if privileges:
        problems += _role_problems(manifest["database"])
    return problems


def _role_problems(database: dict) -> list[str]:
    owners, grantees = database.get("owners", []), database.get("grantees", [])
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT rolname, pg_has_role(current_user, oid, 'MEMBER') FROM pg_roles "
            "WHERE rolname = ANY(%s)",
            [owners + grantees],
        )
        member = dict(cursor.fetchall())
        cursor.execute("SELECT current_user")
        (user,) = cursor.fetchone()
    problems = []
    if missing := [role for role in owners + grantees if role not in member]:
        problems.append(
            f"The archive's tables belong to or grant rights to roles this server "
            f"lacks: {', '.join(missing)}. Create them first (createuser ROLE), or "
            "restore with --no-privileges."
        )
    if foreign := [role for role in owners if member.get(role) is False]:
        problems.append(
            f"The archive's tables belong to {', '.join(foreign)}, which {user} "
            "cannot act for. Restore as that role, or with --no-privileges."
        )
    return problems


def other_sessions() -> int:
    """Other connections to the database (web, worker, scheduler), which
    would hold up a PostgreSQL restore."""
    if vendor() != "postgresql":
        return 0
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        (count,) = cursor.fetchone()
    return count


def restore(dump_path: Path, privileges: bool) -> None:
    """Replace the database with the dump, in one transaction."""
    connections.close_all()
    if vendor() == "postgresql":
        connection.close_pool()
        options = [] if privileges else ["--no-owner", "--no-privileges"]
        _run(
            "pg_restore",
            "--clean",
            "--if-exists",
            "--single-transaction",
            "--exit-on-error",
            "--no-password",
            *options,
            f"--dbname={name()}",
            str(dump_path),
        )
        # pg_restore leaves the planner without statistics until autovacuum
        # gets round to the tables.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        return
    plain = dump_path.with_name(dump_path.name + ".plain")
    with gzip.open(dump_path, "rb") as source, plain.open("wb") as out:
        shutil.copyfileobj(source, out, 1024 * 1024)
    source = sqlite3.connect(plain)
    try:
        connection.ensure_connection()
        source.backup(connection.connection)
    except sqlite3.DatabaseError as error:
        raise BackupError(f"The SQLite database cannot be restored: {error}") from error
    finally:
        source.close()
        plain.unlink()


def _run(tool: str, *args: str) -> str:
    program = shutil.which(tool)
    if program is None:
        raise BackupError(
            f"{tool} is not installed: install the PostgreSQL client tools, of "
            "the server's major version or newer."
        )
    result = subprocess.run(
        [program, *args],
        env=_environment(connection.settings_dict),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode:
        raise BackupError(
            f"{tool} failed (exit code {result.returncode}): {result.stderr.strip()}"
        )
    return result.stdout


def _environment(settings_dict) -> dict[str, str]:
    """The process environment plus the connection settings, which win, as
    they do for the site's own connection."""
    environment = dict(os.environ)
    for key, variable in SETTINGS_ENVIRONMENT.items():
        if value := settings_dict.get(key):
            environment[variable] = str(value)
    for key, variable in OPTIONS_ENVIRONMENT.items():
        if value := settings_dict.get("OPTIONS", {}).get(key):
            environment[variable] = str(value)
    return environment
