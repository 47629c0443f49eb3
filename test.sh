#!/usr/bin/env bash
# The project's one test command, for a fresh Debian machine (run as root: it calls apt-get):
# prepares PostGIS, starts the local GeoServer when one is installed, gets Chromium and
# playwright-core for the map page's browser test, then runs every unit and integration test.
# What cannot be prepared is not fatal: the tests that need it print *** SKIPPED *** instead.
set -euo pipefail
cd "$(dirname "$0")"

bash docker/local-postgis.sh

# GeoServer integration tests run whenever a GeoServer answers; start the local one if installed (DEVELOPERS.md).
for script in "${COVIDMAPS_LOCAL_GEOSERVER:-}" ../shared/geoserver/local-geoserver.sh /work/shared/geoserver/local-geoserver.sh; do
  if [ -n "$script" ] && [ -x "$script" ]; then
    if [ -f "${GEOSERVER_HOME:-/opt/geoserver-local}/jetty-runner.jar" ]; then
      "$script" start || echo "WARNING: the local GeoServer did not start; GeoServer tests will be SKIPPED"
    else
      echo "NOTE: no local GeoServer installed (see DEVELOPERS.md); GeoServer tests will be SKIPPED"
    fi
    break
  fi
done

# The portal's browser test (PortalBrowserIT) drives Debian's chromium with playwright-core (publisher/portal).
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
      || echo "WARNING: chromium did not install; PortalBrowserIT will be SKIPPED"
  else
    echo "NOTE: chromium is missing and this is not root; PortalBrowserIT will be SKIPPED"
  fi
fi
# What analysts get is read back with their own tools (DownloadsIT, QgisProjectIT, OpenDataExportIT):
# GDAL's ogrinfo and PyQGIS, run headless by Debian's /usr/bin/python3.
if ! command -v ogrinfo >/dev/null 2>&1 || ! /usr/bin/python3 -c 'import qgis.core' >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gdal-bin python3-qgis >/dev/null) \
      || echo "WARNING: gdal-bin/python3-qgis did not install; the GDAL and PyQGIS tests will be SKIPPED"
  else
    echo "NOTE: gdal-bin or python3-qgis is missing and this is not root; the GDAL and PyQGIS tests will be SKIPPED"
  fi
fi
if command -v npm >/dev/null 2>&1; then
  (cd publisher/portal && npm ci --no-audit --no-fund --loglevel=error) \
    || echo "WARNING: npm ci failed in publisher/portal; PortalBrowserIT will be SKIPPED"
else
  echo "NOTE: node/npm are missing; PortalBrowserIT will be SKIPPED"
fi

mvn -B verify
