#!/usr/bin/env bash
# Runs the front cache without Docker, from Debian's nginx-light, in the foreground, on loopback only:
#   docker/nginx/run-local.sh [SITE_DIR]      (SITE_DIR: the map page, as `covidmaps portal --out` writes it)
# FRONT_PORT (default 8090) is where it listens on 127.0.0.1, FRONT_GEOSERVER (default 127.0.0.1:8080) the
# GeoServer it fronts, FRONT_PREFIX (default /tmp/covidmaps-front) where it keeps its cache, logs and the
# rendered configuration. It uses docker/nginx/front-cache.conf.template, the same file as docker/compose.yml.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
prefix=${FRONT_PREFIX:-/tmp/covidmaps-front}
mkdir -p "$prefix/cache" "$prefix/logs" "$prefix/temp"
if [ -n "${1:-}" ]; then
  site=$(cd "$1" 2>/dev/null && pwd) || { echo "run-local: no directory $1 (write the page with: ./covidmaps portal --out DIR)" >&2; exit 2; }
else
  site=$prefix/site # no page given: GeoServer only
  mkdir -p "$site"
fi
export FRONT_LISTEN="127.0.0.1:${FRONT_PORT:-8090}" FRONT_GEOSERVER="${FRONT_GEOSERVER:-127.0.0.1:8080}"
export FRONT_SITE_ROOT="$site" FRONT_CACHE_DIR="$prefix/cache"
envsubst '${FRONT_LISTEN} ${FRONT_GEOSERVER} ${FRONT_SITE_ROOT} ${FRONT_CACHE_DIR}' \
  < "$here/front-cache.conf.template" > "$prefix/front-cache.conf"
cat > "$prefix/nginx.conf" <<CONF
# rendered by docker/nginx/run-local.sh; the image's own nginx.conf plays this part in Docker
daemon off;
worker_processes auto;
pid $prefix/nginx.pid;
error_log $prefix/logs/error.log warn;
events { worker_connections 4096; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    keepalive_requests 100000;
    client_body_temp_path $prefix/temp/body;
    proxy_temp_path $prefix/temp/proxy;
    fastcgi_temp_path $prefix/temp/fastcgi;
    uwsgi_temp_path $prefix/temp/uwsgi;
    scgi_temp_path $prefix/temp/scgi;
    include $prefix/front-cache.conf;
}
CONF
nginx -t -q -p "$prefix" -c "$prefix/nginx.conf" -e "$prefix/logs/error.log"
echo "front cache on http://$FRONT_LISTEN/ (GeoServer $FRONT_GEOSERVER, page from $site); Ctrl-C stops it" >&2
exec nginx -p "$prefix" -c "$prefix/nginx.conf" -e "$prefix/logs/error.log"
