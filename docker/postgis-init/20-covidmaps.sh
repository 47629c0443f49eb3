#!/usr/bin/env bash
# First-start initialisation of the postgis container (docker-entrypoint-initdb.d; runs only while the
# data volume is empty). Creates what the publisher and GeoServer use, like docker/local-postgis.sh
# does for a local install: the loader role (owner of the database), the read-only role GeoServer
# connects with, the database with PostGIS, and the published schema, whose tables the reader may
# SELECT (default privileges, so tables the publisher creates later are readable too). The reader
# gets nothing on any other schema, e.g. the publisher's bookkeeping schema.
set -euo pipefail

: "${COVIDMAPS_DB_PASSWORD:?COVIDMAPS_DB_PASSWORD is not set (docker/.env)}"
: "${COVIDMAPS_GEOSERVER_DB_PASSWORD:?COVIDMAPS_GEOSERVER_DB_PASSWORD is not set (docker/.env)}"
loader=${COVIDMAPS_DB_USER:-covidmaps}
reader=${COVIDMAPS_GEOSERVER_DB_USER:-covidmaps_reader}
database=${COVIDMAPS_GEOSERVER_DB_NAME:-covidmaps}
schema=${COVIDMAPS_DB_SCHEMA:-covidmaps}

run_psql() { psql -X -q -v ON_ERROR_STOP=1 --username "${POSTGRES_USER:-postgres}" "$@"; }

run_psql --dbname postgres -v loader="$loader" -v loader_pw="$COVIDMAPS_DB_PASSWORD" \
  -v reader="$reader" -v reader_pw="$COVIDMAPS_GEOSERVER_DB_PASSWORD" -v db="$database" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'loader') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'loader') \gexec
SELECT format('CREATE ROLE %I LOGIN', :'reader') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'reader') \gexec
SELECT format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L', :'loader', :'loader_pw') \gexec
SELECT format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L', :'reader', :'reader_pw') \gexec
SELECT format('CREATE DATABASE %I OWNER %I ENCODING ''UTF8'' TEMPLATE template0', :'db', :'loader')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', :'db') \gexec
SELECT format('GRANT CONNECT ON DATABASE %I TO %I, %I', :'db', :'loader', :'reader') \gexec
SQL

run_psql --dbname "$database" -v loader="$loader" -v reader="$reader" -v schema="$schema" <<'SQL'
CREATE EXTENSION IF NOT EXISTS postgis;
SELECT format('CREATE SCHEMA IF NOT EXISTS %I AUTHORIZATION %I', :'schema', :'loader') \gexec
SELECT format('GRANT USAGE ON SCHEMA %I TO %I', :'schema', :'reader') \gexec
SELECT format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I', :'schema', :'reader') \gexec
SELECT format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I GRANT SELECT ON TABLES TO %I',
              :'loader', :'schema', :'reader') \gexec
SQL
echo "covidmaps: database $database (PostGIS), loader role $loader, read-only role $reader on schema $schema"
