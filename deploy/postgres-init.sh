#!/bin/sh
# Runs once, when the database volume is first created (PostgreSQL image's
# /docker-entrypoint-initdb.d): the role the site runs as. Its rights on each
# table are granted by `manage.py grant_runtime_role` after every migration.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    --set=password="$APP_DB_PASSWORD" <<'SQL'
CREATE ROLE byg_app LOGIN PASSWORD :'password';
SQL
