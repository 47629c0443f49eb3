#!/usr/bin/env bash
# Installs (if needed) and starts PostgreSQL 15 + PostGIS from Debian packages on 127.0.0.1:5432,
# then prepares what the publisher and GeoServer use: the loader role, the read-only role GeoServer
# connects with, and the databases `covidmaps` (for real use) and `covidmaps_test` (for the tests).
# Idempotent; run as root (it calls apt-get and runuser). Passwords come from the environment.
set -euo pipefail

PG_VERSION=15
LOADER_ROLE=${COVIDMAPS_DB_USER:-covidmaps}
LOADER_PASSWORD=${COVIDMAPS_DB_PASSWORD:-covidmaps-local}
READER_ROLE=${COVIDMAPS_GEOSERVER_DB_USER:-covidmaps_reader}
READER_PASSWORD=${COVIDMAPS_GEOSERVER_DB_PASSWORD:-covidmaps-reader-local}
DATABASES=${COVIDMAPS_DATABASES:-"covidmaps covidmaps_test"}

need_packages=()
command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /usr/lib/postgresql/$PG_VERSION ] || need_packages+=(postgresql-$PG_VERSION)
[ -f /usr/share/postgresql/$PG_VERSION/extension/postgis.control ] || need_packages+=(postgresql-$PG_VERSION-postgis-3)
if [ ${#need_packages[@]} -gt 0 ]; then
  echo "installing ${need_packages[*]} from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q "${need_packages[@]}" >/dev/null
fi

if ! pg_lsclusters -h | awk -v v=$PG_VERSION '$1==v && $2=="main"' | grep -q .; then
  pg_createcluster $PG_VERSION main >/dev/null
fi
if ! pg_lsclusters -h | awk -v v=$PG_VERSION '$1==v && $2=="main" {print $4}' | grep -q online; then
  pg_ctlcluster --skip-systemctl-redirect $PG_VERSION main start
fi
for _ in $(seq 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
pg_isready -h 127.0.0.1 -p 5432

psql_admin() { runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 "$@"; }

psql_admin -d postgres -v loader="$LOADER_ROLE" -v loader_pw="$LOADER_PASSWORD" \
  -v reader="$READER_ROLE" -v reader_pw="$READER_PASSWORD" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'loader') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'loader') \gexec
SELECT format('CREATE ROLE %I LOGIN', :'reader') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'reader') \gexec
SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', :'loader', :'loader_pw') \gexec
SELECT format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L', :'reader', :'reader_pw') \gexec
SQL

for db in $DATABASES; do
  psql_admin -d postgres -v db="$db" -v loader="$LOADER_ROLE" <<'SQL'
SELECT format('CREATE DATABASE %I OWNER %I ENCODING ''UTF8'' TEMPLATE template0', :'db', :'loader')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SQL
  psql_admin -d "$db" -c "CREATE EXTENSION IF NOT EXISTS postgis"
done
echo "PostGIS ready on 127.0.0.1:5432: databases ($DATABASES), roles $LOADER_ROLE and $READER_ROLE"
