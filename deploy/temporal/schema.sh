#!/bin/sh
# Creates both Temporal databases and brings their schemas to the version of the server (v1.29.1).
# Runs in docker-compose.yml's temporal-schema (admin-tools image) and in `scripts/start --cluster`
# (SQL_TOOL=.tools/bin/temporal-sql-tool, SCHEMA_DIR from the Go module cache). The tool reads SQL_PLUGIN,
# SQL_HOST, SQL_PORT, SQL_USER and SQL_PASSWORD from the environment. Idempotent.
set -eu
tool="${SQL_TOOL:-temporal-sql-tool}"
schema="${SCHEMA_DIR:-/etc/temporal/schema/postgresql/v12}"
for db in temporal temporal_visibility; do
  "$tool" --db "$db" create-database >/dev/null 2>&1 || true
done
"$tool" --db temporal setup-schema -v 0.0 >/dev/null 2>&1 || true
"$tool" --db temporal update-schema -d "$schema/temporal/versioned"
"$tool" --db temporal_visibility setup-schema -v 0.0 >/dev/null 2>&1 || true
"$tool" --db temporal_visibility update-schema -d "$schema/visibility/versioned"
