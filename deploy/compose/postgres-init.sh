#!/usr/bin/env bash
# Creates one role and one database per service, each role owning its own database (no service can
# read another's). The postgres image runs this once, from /docker-entrypoint-initdb.d, when it starts
# on an empty data volume: after changing a password, remove the volume (docker compose down -v).
# ./foi does the same for the local cluster in ensure_postgres.
#
# The passwords come from the container's environment (see docker-compose.yml):
# INTAKE_DB_PASSWORD, ASSESSMENT_DB_PASSWORD, RESPONSE_DB_PASSWORD, NOTIFICATION_DB_PASSWORD.
# They reach SQL as psql variables (:'password'), so no quoting can break the statements.
set -eo pipefail

for service in intake assessment response notification; do
  password_var="${service^^}_DB_PASSWORD"
  password="${!password_var:-}"
  if [ -z "$password" ]; then
    echo "postgres-init.sh: $password_var is not set" >&2
    exit 1
  fi
  psql -v ON_ERROR_STOP=1 --username "${POSTGRES_USER:-postgres}" --dbname "${POSTGRES_DB:-postgres}" \
    -v name="$service" -v password="$password" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
SQL
  echo "postgres-init.sh: created role and database $service"
done
