#!/usr/bin/env bash
# CovidMaps Publisher benchmarks. Prints, for each itinerary size, the wall time and rows/s of
# `publish` (PostGIS only) from CSV and from XLSX with a 512 MB heap, the peak heap, and as references
# ogr2ogr loading the same itinerary CSV and psql \copy of the prepared rows plus index builds. Then
# the publish cycle against GeoServer: first publish, and a re-publish with no change while GeoServer seeds the
# first publish's tiles, then the same re-publish with that seeding stopped and seeding off (GeoServer idle).
#
#   publisher/bench/run-bench.sh [ROWS ...]        default: 100000 1000000
#
# Needs PostGIS as prepared by docker/local-postgis.sh; ogr2ogr (Debian gdal-bin) and a GeoServer
# (GEOSERVER_URL, default http://127.0.0.1:8080/geoserver) are used when present. BENCH_SCHEMA (default
# bench) names the schemas and the GeoServer workspace it creates and drops, so that two people can
# run it at once on one database; BENCH_DIR (default /tmp/covidmaps-bench) keeps the generated reports.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=("${@:-100000}")
[ $# -gt 0 ] || ROWS=(100000 1000000)
WORK=${BENCH_DIR:-/tmp/covidmaps-bench}
DB=${BENCH_DB:-covidmaps_test}
export PGPASSWORD=${COVIDMAPS_DB_PASSWORD:-covidmaps-local}
export COVIDMAPS_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB COVIDMAPS_DB_PASSWORD=$PGPASSWORD
B=${BENCH_SCHEMA:-bench}
export COVIDMAPS_DB_SCHEMA=$B COVIDMAPS_DB_META_SCHEMA=${B}_meta
# the synthetic and sample reports invent their people; this key only places their home areas
export COVIDMAPS_PRIVACY_KEY=${COVIDMAPS_PRIVACY_KEY:-covidmaps benchmark key for invented people only}
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U covidmaps -d "$DB")
JAR=publisher/target/covidmaps.jar

(mvn -q -B -DskipTests package >/dev/null)
# the report generator is test code, kept out of the production jar: run it from the test classpath
(mvn -q -B -pl publisher dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath >/dev/null)
BENCH_CP=publisher/target/test-classes:publisher/target/classes:$(cat publisher/target/test.classpath)
mkdir -p "$WORK"
now() { date +%s.%N; }
secs() { echo "$2 - $1" | bc; }
rate() { echo "scale=0; $1 / $2" | bc; }
ratio() { echo "scale=2; $1 / $2" | bc; }
drop() { "${PSQL[@]}" -c "DROP SCHEMA IF EXISTS $1 CASCADE" 2>/dev/null; }
peak_heap() { grep -o '[0-9]*M->' "$1" | sed 's/M->//' | sort -n | tail -1; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB RAM, $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d)"
printf '%-9s %-24s %10s %12s %10s\n' rows step seconds rows/s peak_heap_MB
for n in "${ROWS[@]}"; do
  dir=$WORK/$n
  [ -f "$dir/report.xlsx" ] || java -cp "$BENCH_CP" vn.covidmaps.bench.BenchReport --rows "$n" --out "$dir" >/dev/null
  total=$(( $(cat "$dir"/prepared/*.copy | wc -l) ))

  for kind in csv xlsx; do
    input=$dir/csv; [ $kind = xlsx ] && input=$dir/report.xlsx
    drop "$B"; drop "${B}_meta"
    t0=$(now)
    java -Xmx512m -Xlog:gc:file="$WORK/gc-$kind.log" -jar "$JAR" publish "$input" --date 2021-06-08 --database-only >/dev/null
    t1=$(now); s=$(secs "$t0" "$t1")
    printf '%-9s %-24s %10.2f %12s %10s\n' "$n" "publish $kind -Xmx512m" "$s" "$(rate "$total" "$s")" "$(peak_heap "$WORK/gc-$kind.log")"
    [ $kind = csv ] && ours_csv=$s
  done
  # the tables now hold the XLSX rows of that date, with their indexes: the daily case
  t0=$(now); java -Xmx512m -jar "$JAR" publish "$dir/report.xlsx" --date 2021-06-08 --database-only >/dev/null; t1=$(now)
  printf '%-9s %-24s %10.2f %12s %10s\n' "$n" "re-publish, no change" "$(secs "$t0" "$t1")" "-" "-"
  t0=$(now); java -Xmx512m -jar "$JAR" publish "$dir/csv" --date 2021-06-08 --database-only >/dev/null; t1=$(now); s=$(secs "$t0" "$t1")
  printf '%-9s %-24s %10.2f %12s %10s\n' "$n" "publish csv, date replaced" "$s" "$(rate "$total" "$s")" "-"
  # the next day's report on top of that history: what an operator runs every day
  t0=$(now); java -Xmx512m -jar "$JAR" publish "$dir/csv" --date 2021-06-09 --database-only >/dev/null; t1=$(now); s=$(secs "$t0" "$t1")
  printf '%-9s %-24s %10.2f %12s %10s\n' "$n" "publish csv, next date" "$s" "$(rate "$total" "$s")" "-"

  drop "${B}_psql"
  "${PSQL[@]}" -c "CREATE SCHEMA ${B}_psql"
  for f in "$dir"/prepared/*.copy; do
    layer=$(basename "$f" .copy)
    "${PSQL[@]}" -c "CREATE TABLE ${B}_psql.$layer (LIKE $B.$layer)"
  done
  script=$WORK/psql-load.sql; : > "$script"
  for f in "$dir"/prepared/*.copy; do
    layer=$(basename "$f" .copy)
    cols=$("${PSQL[@]}" -At -c "SELECT string_agg(quote_ident(column_name), ',' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_schema='$B' AND table_name='$layer'")
    echo "\\copy ${B}_psql.$layer ($cols) FROM '$f'" >> "$script"
    # the same table as publish makes for a date: primary key, GIST and date indexes, built after the rows
    echo "ALTER TABLE ${B}_psql.$layer ADD PRIMARY KEY (fid, report_date); CREATE INDEX ON ${B}_psql.$layer USING gist (geom); CREATE INDEX ON ${B}_psql.$layer (report_date);" >> "$script"
  done
  t0=$(now); "${PSQL[@]}" -1 -f "$script"; t1=$(now); s=$(secs "$t0" "$t1")
  printf '%-9s %-24s %10.2f %12s %10s\n' "$n" "psql \\copy + key, indexes" "$s" "$(rate "$total" "$s")" "-"
  echo "          ours (CSV) / psql \\copy: $(ratio "$ours_csv" "$s")x   (target: at most 1.5x)"
  drop "${B}_psql"

  if command -v ogr2ogr >/dev/null; then
    drop "${B}_ogr"; "${PSQL[@]}" -c "CREATE SCHEMA ${B}_ogr"
    visits=$(( $(wc -l < "$dir/csv/Lịch trình.csv") - 1 ))
    t0=$(now)
    ogr2ogr --config PG_USE_COPY YES -f PostgreSQL "PG:host=127.0.0.1 dbname=$DB user=covidmaps password=$PGPASSWORD" \
      "$dir/csv/Lịch trình.csv" -nln ${B}_ogr.visits -lco GEOMETRY_NAME=geom -lco SPATIAL_INDEX=GIST -a_srs EPSG:4326 \
      -oo X_POSSIBLE_NAMES="Kinh độ" -oo Y_POSSIBLE_NAMES="Vĩ độ" -oo KEEP_GEOM_COLUMNS=NO
    t1=$(now); s=$(secs "$t0" "$t1")
    printf '%-9s %-24s %10.2f %12s %10s\n' "$n" "ogr2ogr itinerary CSV" "$s" "$(rate "$visits" "$s")" "-"
    echo "          ogr2ogr / ours (CSV, all six sheets): $(ratio "$s" "$ours_csv")x   (target: at least 2.5x)"
    drop "${B}_ogr"
  else
    echo "          ogr2ogr not installed (apt-get install gdal-bin): reference skipped"
  fi
done
drop "$B"; drop "${B}_meta"

GEOSERVER=${GEOSERVER_URL:-http://127.0.0.1:8080/geoserver}
if curl -sf -u "${COVIDMAPS_GEOSERVER_USER:-admin}:${COVIDMAPS_GEOSERVER_PASSWORD:-geoserver}" "$GEOSERVER/rest/about/version.json" >/dev/null; then
  export COVIDMAPS_GEOSERVER_URL=$GEOSERVER COVIDMAPS_GEOSERVER_PASSWORD=${COVIDMAPS_GEOSERVER_PASSWORD:-geoserver}
  export COVIDMAPS_GEOSERVER_WORKSPACE=${B}_ws COVIDMAPS_GEOSERVER_LAYER_GROUP=${B}_ws
  export COVIDMAPS_GEOSERVER_NAMESPACE_URI=https://covidmaps.vn/$B
  export COVIDMAPS_GEOSERVER_DATASTORE=${B}_postgis COVIDMAPS_GEOSERVER_DB_NAME=$DB
  export COVIDMAPS_GEOSERVER_DB_PASSWORD=${COVIDMAPS_GEOSERVER_DB_PASSWORD:-covidmaps-reader-local}
  curl -s -o /dev/null -u "admin:$COVIDMAPS_GEOSERVER_PASSWORD" -X DELETE "$GEOSERVER/rest/workspaces/${B}_ws?recurse=true"
  for run in "first publish" "re-publish, no change"; do
    t0=$(now); java -jar "$JAR" publish publisher/sample/bao-cao-2021-06-08.xlsx --date 2021-06-08 > "$WORK/publish.log"; t1=$(now)
    printf '%-9s %-24s %10.2f   %s\n' sample "$run" "$(secs "$t0" "$t1")" "$(grep -o '[0-9]* write request(s)' "$WORK/publish.log")"
  done
  # the ./covidmaps launcher maps a class-data sharing archive, recorded by its first run after a build
  ./covidmaps publish publisher/sample/bao-cao-2021-06-08.xlsx --date 2021-06-08 >/dev/null
  t0=$(now); ./covidmaps publish publisher/sample/bao-cao-2021-06-08.xlsx --date 2021-06-08 > "$WORK/publish.log"; t1=$(now)
  printf '%-9s %-24s %10.2f   %s\n' sample "same, ./covidmaps (CDS)" "$(secs "$t0" "$t1")" "$(grep -o '[0-9]* write request(s)' "$WORK/publish.log")"
  # the re-publishes above run while GeoServer seeds the first publish's tiles; the same with seeding off, GeoServer idle
  curl -s -o /dev/null -u "admin:$COVIDMAPS_GEOSERVER_PASSWORD" -X POST -d kill_all=all "$GEOSERVER/gwc/rest/seed/${B}_ws:${B}_ws"
  sleep 2
  COVIDMAPS_TILES_SEED_MAX_TILES=0 ./covidmaps publish publisher/sample/bao-cao-2021-06-08.xlsx --date 2021-06-08 >/dev/null
  t0=$(now); COVIDMAPS_TILES_SEED_MAX_TILES=0 java -jar "$JAR" publish publisher/sample/bao-cao-2021-06-08.xlsx --date 2021-06-08 > "$WORK/publish.log"; t1=$(now)
  printf '%-9s %-24s %10.2f   %s\n' sample "same, java -jar, idle" "$(secs "$t0" "$t1")" "$(grep -o '[0-9]* write request(s)' "$WORK/publish.log")"
  t0=$(now); COVIDMAPS_TILES_SEED_MAX_TILES=0 ./covidmaps publish publisher/sample/bao-cao-2021-06-08.xlsx --date 2021-06-08 > "$WORK/publish.log"; t1=$(now)
  printf '%-9s %-24s %10.2f   %s\n' sample "same, ./covidmaps, idle" "$(secs "$t0" "$t1")" "$(grep -o '[0-9]* write request(s)' "$WORK/publish.log")"
  echo "          (target for the re-publish: under 2 s including JVM start)"
  curl -s -o /dev/null -u "admin:$COVIDMAPS_GEOSERVER_PASSWORD" -X DELETE "$GEOSERVER/rest/workspaces/${B}_ws?recurse=true"
  drop "$B"; drop "${B}_meta"
else
  echo "*** SKIPPED: publish cycle: no GeoServer at $GEOSERVER ***"
fi
