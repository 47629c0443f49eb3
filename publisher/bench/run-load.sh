#!/usr/bin/env bash
# Load benchmark of the map as citizens use it, on loopback only:
#   publisher/bench/run-load.sh
# Publishes the two sample reports into a workspace of its own, writes a citizen mix (load-mix.py: zoom 8-14 over
# Lang Son, mostly the latest report, some of the earlier one, a few GetFeatureInfo, asking for the popup's attributes as the map page does, and legend requests), warms the
# caches and GeoServer's JIT with it (LOAD_WARM_SECONDS, default 180), then replays it with wrk (citizens.lua) at 16,
# 64 and 256 connections against three paths in one run, LOAD_SETTLE_SECONDS (5) apart:
#   direct  WMS GetMap of each 256 x 256 tile, rendered by GeoServer on every request (the reference);
#   gwc     GeoWebCache's WMTS, as the map page asks for tiles;
#   front   the same WMTS requests through the nginx front cache (docker/nginx/run-local.sh, Debian's nginx-light).
# For each it prints tiles/s (per 256-pixel tile), p50/p99 latency, errors, the cache hit ratio, and tiles/s as a
# multiple of direct WMS at the same connections, and the popups and legends sent alongside on 2 connections. Each run stops after LOAD_SECONDS (default 10) or LOAD_REQUESTS
# (default 1000000) requests, whichever comes first.
# Needs: PostGIS from docker/local-postgis.sh, a GeoServer on GEOSERVER_URL (default http://127.0.0.1:8080/geoserver),
# wrk, nginx (nginx-light), python3, curl; ss and jcmd, if there, print the local GeoServer's collector. BENCH_SCHEMA (default load) names its schemas and workspace; BENCH_DIR
# (default /tmp/covidmaps-load) keeps the mix, the front cache's files and wrk's output; LOAD_FRONT_PORT (8090).
set -euo pipefail
cd "$(dirname "$0")/../.."
GEOSERVER=${GEOSERVER_URL:-http://127.0.0.1:8080/geoserver}
origin=${GEOSERVER%/geoserver}
case "$origin" in
  http://127.0.0.1:*|http://localhost:*) ;;
  *) echo "run-load: loopback only, not $GEOSERVER" >&2; exit 2 ;;
esac
for tool in wrk nginx python3 curl envsubst; do
  command -v "$tool" >/dev/null || { echo "run-load: needs $tool (Debian: wrk, nginx-light, python3, curl, gettext-base)" >&2; exit 2; }
done
B=${BENCH_SCHEMA:-load}
WORK=${BENCH_DIR:-/tmp/covidmaps-load}
seconds=${LOAD_SECONDS:-10}
budget=${LOAD_REQUESTS:-1000000}
connections=${LOAD_CONNECTIONS:-16 64 256}
front_port=${LOAD_FRONT_PORT:-8090}
threads=2
settle=${LOAD_SETTLE_SECONDS:-5}
mkdir -p "$WORK"

# 1. the data, in a workspace of its own; no seeding: the warm-up below fills the caches with exactly the mix's tiles
export COVIDMAPS_DB_URL=jdbc:postgresql://127.0.0.1:5432/${BENCH_DB:-covidmaps_test}
export COVIDMAPS_DB_PASSWORD=${COVIDMAPS_DB_PASSWORD:-covidmaps-local}
# the sample reports invent their people; this key only places their home areas
export COVIDMAPS_PRIVACY_KEY=${COVIDMAPS_PRIVACY_KEY:-covidmaps benchmark key for invented people only}
export COVIDMAPS_DB_SCHEMA=$B COVIDMAPS_DB_META_SCHEMA=${B}_meta
export COVIDMAPS_GEOSERVER_URL=$GEOSERVER COVIDMAPS_GEOSERVER_PASSWORD=${COVIDMAPS_GEOSERVER_PASSWORD:-geoserver}
export COVIDMAPS_GEOSERVER_WORKSPACE=${B}_ws COVIDMAPS_GEOSERVER_LAYER_GROUP=${B}_ws
export COVIDMAPS_GEOSERVER_NAMESPACE_URI=https://covidmaps.vn/$B COVIDMAPS_GEOSERVER_DATASTORE=${B}_postgis
export COVIDMAPS_GEOSERVER_DB_NAME=${BENCH_DB:-covidmaps_test}
export COVIDMAPS_GEOSERVER_DB_PASSWORD=${COVIDMAPS_GEOSERVER_DB_PASSWORD:-covidmaps-reader-local}
export COVIDMAPS_TILES_SEED_MAX_TILES=0
for date in 2021-06-01 2021-06-08; do
  ./covidmaps publish "publisher/sample/bao-cao-$date.xlsx" --date "$date" > "$WORK/publish-$date.log" 2>&1 \
    || { cat "$WORK/publish-$date.log" >&2; exit 1; }
done
ws=${B}_ws
bounds=$(curl -sf -u "admin:$COVIDMAPS_GEOSERVER_PASSWORD" "$GEOSERVER/rest/workspaces/$ws/layergroups/$ws.json" \
  | python3 -c 'import json, sys; b = json.load(sys.stdin)["layerGroup"]["bounds"]; print(",".join(str(b[k]) for k in ("minx", "miny", "maxx", "maxy")))')

# 2. the mix, its popups asking for the attributes the map page's popups ask for (from the page's config.js)
./covidmaps portal --out "$WORK/portal" > "$WORK/portal.log" 2>&1 || { cat "$WORK/portal.log" >&2; exit 1; }
popup_properties=$(python3 -c '
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
config = json.loads(text.split("window.COVIDMAPS_CONFIG = ", 1)[1].rstrip().rstrip(";"))
print("".join("(" + ",".join(a["name"] for a in layer["attributes"]) + ")" for layer in config["layers"]))' "$WORK/portal/config.js")
python3 publisher/bench/load-mix.py "$WORK" "$ws" "$ws" 2021-06-08 2021-06-01 "$bounds" "${LOAD_VIEWS:-300}" "$popup_properties"

# 3. the front cache, started here and stopped on exit
rm -rf "$WORK/front/cache"
FRONT_PREFIX=$WORK/front FRONT_PORT=$front_port FRONT_GEOSERVER=${origin#http://} \
  docker/nginx/run-local.sh > "$WORK/front.log" 2>&1 &
front_pid=$!
trap 'kill "$front_pid" 2>/dev/null || true' EXIT
front=http://127.0.0.1:$front_port
for _ in $(seq 50); do curl -s -o /dev/null "$front/" && break; sleep 0.1; done

# 4. warm-up: every distinct tile, legend and capabilities once through the front cache, which fills GeoWebCache too
warm_start=$(date +%s)
sed "s|^|$front|" "$WORK/unique.txt" | xargs -P 4 -I{} curl -s -o /dev/null {}
grep -F GetLegendGraphic "$WORK/others.txt" | sort -u | sed "s|^|$front|" | xargs -P 4 -I{} curl -s -o /dev/null {}
echo "warm-up: $(wc -l < "$WORK/unique.txt") distinct tiles in $(( $(date +%s) - warm_start )) s; $(cat "$WORK/mix.txt")"
# then the mix itself, unmeasured, until GeoServer's JIT has compiled the paths it takes: a GeoServer that has served for
# hours is what citizens meet, and on two cores a cold one needs one to two minutes of load to reach its steady speed
warm=${LOAD_WARM_SECONDS:-180}
if [ "$warm" -gt 0 ]; then
  warm_wrk() { wrk -t 1 -c "$1" -d "${2}s" --timeout 10s -s publisher/bench/citizens.lua "$origin" -- "$3" "$budget" > /dev/null 2>&1 || true; }
  warm_wrk 16 $(( warm / 4 )) "$WORK/direct.txt"
  warm_wrk 2 "$warm" "$WORK/others.txt" &
  warm_others=$!
  warm_wrk 32 "$warm" "$WORK/gwc.txt"
  wait "$warm_others"
  echo "JIT warm-up: ${warm} s of the mix (direct WMS for $(( warm / 4 )) s, then GeoWebCache with the popups and legends), not measured"
fi

# 5. the runs
# which collector and heap the measured GeoServer runs with, when it is a process of this machine (they matter: README)
port=${origin##*:}
gs_pid=$(ss -ltnpH "sport = :$port" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
if [ -n "$gs_pid" ] && command -v jcmd >/dev/null; then
  echo "GeoServer JVM (pid $gs_pid): $(jcmd "$gs_pid" VM.flags 2>/dev/null | tr ' ' '\n' | grep -E '^-XX:\+Use[A-Za-z0-9]*GC$|^-XX:MaxHeapSize=' | tr '\n' ' ')"
fi
echo "machine: $(nproc) cores, $(free -g | awk '/^Mem/{print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%Y-%m-%d %H:%M UTC')"
printf '%-7s %5s %9s %9s %8s %8s %7s %6s %9s | %6s %8s %6s\n' path conns tiles tiles/s p50_ms p99_ms errors hit% "x direct" others o_p99 o_err
for c in $connections; do
  direct_rate=
  for path in direct gwc front; do
    case $path in
      direct) url=$origin; file=$WORK/direct.txt ;;
      gwc) url=$origin; file=$WORK/gwc.txt ;;
      front) url=$front; file=$WORK/gwc.txt ;;
    esac
    # popups and legends alongside, on 2 connections of their own
    wrk -t 1 -c 2 -d "${seconds}s" --timeout 10s --latency -s publisher/bench/citizens.lua "$url" \
      -- "$WORK/others.txt" "$budget" > "$WORK/wrk-others-$path-$c.txt" 2>&1 &
    others_pid=$!
    wrk -t "$threads" -c "$c" -d "${seconds}s" --timeout 10s --latency -s publisher/bench/citizens.lua "$url" \
      -- "$file" $(( budget / threads )) > "$WORK/wrk-$path-$c.txt" 2>&1 || true
    wait "$others_pid" || true
    # GeoServer goes on drawing the tiles of clients wrk has left (a direct run ends with up to one per connection
    # still queued): let it finish them, so that they do not count against the next path
    sleep "$settle"
    result=$(grep '^RESULT' "$WORK/wrk-others-$path-$c.txt") || { cat "$WORK/wrk-others-$path-$c.txt" >&2; exit 1; }
    eval "$(sed -E 's/^RESULT /o_/; s/ / o_/g' <<<"$result")"
    result=$(grep '^RESULT' "$WORK/wrk-$path-$c.txt") || { cat "$WORK/wrk-$path-$c.txt" >&2; exit 1; }
    eval "$(sed -E 's/^RESULT //' <<<"$result")"
    rate=$(awk -v r="$requests" -v s="$elapsed" 'BEGIN { printf "%.1f", r / s }')
    [ "$path" = direct ] && direct_rate=$rate
    hit=$(awk -v h="$hits" -v c="$cacheable" 'BEGIN { if (c > 0) printf "%.1f", 100 * h / c; else printf "-" }')
    ratio=$(awk -v r="$rate" -v d="$direct_rate" 'BEGIN { if (d > 0) printf "%.1f", r / d; else printf "-" }')
    printf '%-7s %5d %9d %9s %8s %8s %7d %6s %9s | %6d %8s %6d\n' "$path" "$c" "$requests" "$rate" "$p50_ms" "$p99_ms" \
      "$errors" "$hit" "$ratio" "$o_requests" "$o_p99_ms" "$o_errors"
  done
done
echo "tiles: 256-pixel tiles answered; errors: connect, read, write, timeout (10 s), HTTP >= 400 and WMS exceptions; hit%: HIT among the"
echo "responses carrying nginx's X-Cache-Status or GeoWebCache's geowebcache-cache-result; others: GetFeatureInfo and"
echo "legend requests answered alongside on 2 connections (o_p99 their p99 in ms, o_err their errors)."
