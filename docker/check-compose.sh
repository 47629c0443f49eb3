#!/usr/bin/env bash
# Validates the Docker stack files without a Docker engine; called by .ci/run. Exits non-zero on any problem.
#  1. docker/compose.yml parses and interpolates (`docker-compose config`), with docker/.env.example and
#     with defaults only, given dummy secrets;
#  2. it refuses to start without the secrets, and docker/.env.example holds no secret values;
#  3. variable names agree: COVIDMAPS_* are real publisher settings (Setting.java), every ${VAR} of the
#     compose file is documented in .env.example and every variable there is used;
#  4. what docker/publisher.Dockerfile copies exists in the repository, including the sample report
#     the publisher service publishes;
#  5. the front cache: an nginx image pinned to an exact version, its template mounted from the repository, every
#     placeholder of the template set by the service, and the rendered configuration accepted by `nginx -t`
#     (when nginx is installed, as Debian's nginx-light in CI);
#  6. the "cluster" profile: valid, it adds the second GeoServer, and without it that GeoServer does not start.
# Uses `docker compose` (v2) if present, else docker-compose; installs Debian's docker-compose when missing
# (needs root).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
compose_file=$root/docker/compose.yml
env_example=$root/docker/.env.example
dockerfile=$root/docker/publisher.Dockerfile
settings_java=$root/publisher/src/main/java/vn/covidmaps/config/Setting.java
secrets=(POSTGRES_PASSWORD COVIDMAPS_DB_PASSWORD COVIDMAPS_GEOSERVER_DB_PASSWORD COVIDMAPS_GEOSERVER_PASSWORD COVIDMAPS_PRIVACY_KEY)

problems=0
problem() { echo "check-compose: $*" >&2; problems=$((problems + 1)); }

if docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
elif command -v docker-compose >/dev/null 2>&1; then
  compose=(docker-compose)
elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "check-compose: installing Debian's docker-compose"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q docker-compose >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q docker-compose >/dev/null; }
  compose=(docker-compose)
else
  echo "check-compose: needs docker-compose (as root: apt-get install docker-compose) or the docker compose plugin" >&2
  exit 1
fi
echo "check-compose: using $("${compose[@]}" version 2>/dev/null | head -n 1)"

# 1. valid with the documented variables, and with defaults only (dummy secrets in the environment)
dummy_secrets=()
for s in "${secrets[@]}"; do dummy_secrets+=("$s=dummy-$s"); done
run_config() { # env-file, then extra environment assignments
  local env_file=$1; shift
  env -i PATH="$PATH" HOME="${HOME:-/root}" "$@" "${compose[@]}" --env-file "$env_file" -f "$compose_file" config -q 2>&1
}
if ! out=$(run_config "$env_example" "${dummy_secrets[@]}"); then
  problem "docker-compose config with docker/.env.example failed:"; echo "$out" >&2
fi
no_file=$(mktemp)
trap 'rm -f "$no_file"' EXIT
if ! out=$(run_config "$no_file" "${dummy_secrets[@]}"); then
  problem "docker-compose config with defaults only failed:"; echo "$out" >&2
fi

# 2. secrets are required and not committed
if out=$(run_config "$env_example"); then
  problem "compose.yml starts without passwords: every secret must be \${VAR:?...} with no default"
elif ! grep -q 'docker/.env' <<<"$out"; then
  problem "without passwords compose fails, but not with the expected 'set ... in docker/.env' message: $out"
fi
for s in "${secrets[@]}"; do
  if ! grep -Eq "^$s=$" "$env_example"; then problem "docker/.env.example must list $s with an empty value"; fi
  if ! grep -Eq "\\\$\\{$s:\\?" "$compose_file"; then problem "compose.yml must require $s as \${$s:?message}"; fi
  if grep -Eq "\\\$\\{$s:?-" "$compose_file"; then problem "compose.yml gives $s a default value; secrets have none"; fi
done

# 3. names
setting_vars=$(grep -oE '^ +[A-Z0-9_]+\("[a-z0-9._]+"' "$settings_java" | sed -E 's/.*\("//; s/"$//' \
  | tr 'a-z.' 'A-Z_' | sed 's/^/COVIDMAPS_/' | sort -u)
[ -n "$setting_vars" ] || problem "no settings found in $settings_java"
uncommented() { sed -E 's/^[[:space:]]*#.*$//' "$1"; }
compose_refs=$(uncommented "$compose_file" | grep -oP '(?<!\$)\$\{[A-Za-z0-9_]+' | sed 's/^\${//' | sort -u)
compose_keys=$(uncommented "$compose_file" | grep -oE '^ +COVIDMAPS_[A-Z0-9_]+:' | tr -d ' :' | sort -u)
example_vars=$(grep -oE '^[A-Za-z0-9_]+=' "$env_example" | tr -d '=' | sort -u)
dockerfile_vars=$(grep -oE 'COVIDMAPS_[A-Z0-9_]+' "$dockerfile" | sort -u)
for v in $(printf '%s\n' $compose_refs $compose_keys $example_vars $dockerfile_vars | grep '^COVIDMAPS_' | sort -u); do
  grep -qx "$v" <<<"$setting_vars" || problem "$v is not a publisher setting (Setting.java knows: $(echo $setting_vars))"
done
for v in $compose_refs; do
  grep -qx "$v" <<<"$example_vars" || problem "compose.yml uses \${$v} but docker/.env.example does not document it"
done
for v in $example_vars; do
  grep -qx "$v" <<<"$compose_refs" || problem "docker/.env.example documents $v but compose.yml does not use it"
done

# 4. the Dockerfile's COPY sources (build context = repository root)
while read -r src; do
  [ -e "$root/$src" ] || problem "docker/publisher.Dockerfile copies $src, which does not exist"
done < <(grep -E '^COPY ' "$dockerfile" | grep -v -- '--from=' | awk '{for (i = 2; i < NF; i++) print $i}')

# the report the publisher service publishes is one the image contains
for sample in $(uncommented "$compose_file" | grep -oE '/app/sample/[^" ,]+' | sort -u); do
  [ -e "$root/publisher/sample/${sample#/app/sample/}" ] \
    || problem "compose.yml publishes $sample, but publisher/sample/${sample#/app/sample/} does not exist"
done

# 5. the front cache
front_image=$(uncommented "$compose_file" | awk '/^  front:/{f=1; next} /^  [a-z]/{f=0} f && /image:/{print $2; exit}')
[[ "$front_image" =~ ^nginx:[0-9]+\.[0-9]+\.[0-9]+(-[a-z]+)?$ ]] \
  || problem "the front service must use the official nginx image pinned to an exact version (nginx:X.Y.Z[-alpine]), not '$front_image'"
template=$root/docker/nginx/front-cache.conf.template
uncommented "$compose_file" | grep -q '\./nginx/front-cache.conf.template:/etc/nginx/templates/' \
  || problem "the front service must mount docker/nginx/front-cache.conf.template into /etc/nginx/templates/"
[ -f "$template" ] || problem "docker/nginx/front-cache.conf.template is missing"
front_env=$(uncommented "$compose_file" | awk '/^  front:/{f=1; next} /^  [a-z]/{f=0} f' | grep -oE '^ +FRONT_[A-Z_]+:' | tr -d ' :' | sort -u)
placeholders=$(grep -oE '\$\{FRONT_[A-Z_]+\}' "$template" | tr -d '${}' | sort -u)
for v in $placeholders; do
  grep -qx "$v" <<<"$front_env" || problem "the front cache template uses \${$v} but the front service does not set it"
done
if command -v nginx >/dev/null 2>&1; then
  nginx_dir=$(mktemp -d)
  mkdir -p "$nginx_dir/logs" "$nginx_dir/site"
  FRONT_LISTEN=127.0.0.1:18081 FRONT_GEOSERVER=127.0.0.1:8080 FRONT_SITE_ROOT=$nginx_dir/site FRONT_CACHE_DIR=$nginx_dir/cache \
    envsubst "$(printf '${%s} ' $placeholders)" < "$template" > "$nginx_dir/front.conf"
  printf 'pid %s/nginx.pid;\nevents {}\nhttp {\n  proxy_temp_path %s/proxy;\n  client_body_temp_path %s/body;\n  include %s/front.conf;\n}\n' \
    "$nginx_dir" "$nginx_dir" "$nginx_dir" "$nginx_dir" > "$nginx_dir/nginx.conf"
  if ! out=$(nginx -t -q -p "$nginx_dir" -c "$nginx_dir/nginx.conf" -e "$nginx_dir/logs/error.log" 2>&1); then
    problem "nginx -t refuses the rendered front cache configuration: $out"
  fi
  rm -rf "$nginx_dir"
else
  echo "check-compose: nginx not installed, the front cache configuration is not checked by nginx -t"
fi

# 6. the cluster profile
run_profile() {
  env -i PATH="$PATH" HOME="${HOME:-/root}" "${dummy_secrets[@]}" "${compose[@]}" --env-file "$env_example" -f "$compose_file" "$@" 2>&1
}
if ! out=$(run_profile --profile cluster config -q); then
  problem "docker-compose --profile cluster config failed:"; echo "$out" >&2
fi
# (docker-compose 1.29 lists every service whatever the profile, so the profile is read from the rendered file)
replica=$(run_profile config | awk '/^  geoserver-replica:/{f=1; next} /^  [a-z]/{f=0} f')
[ -n "$replica" ] || problem "the cluster profile's geoserver-replica service is missing"
grep -Eq '^ +- cluster$|^ +profiles: \[cluster\]$' <<<"$replica" \
  || problem "geoserver-replica must belong to the cluster profile only (profiles: [cluster]), or it starts with the default stack"
grep -q 'geoserver-pool' <<<"$replica" || problem "geoserver-replica must answer to geoserver-pool, the name the front cache proxies to"

if [ "$problems" -gt 0 ]; then
  echo "check-compose: $problems problem(s)" >&2
  exit 1
fi
echo "check-compose: docker/compose.yml, docker/.env.example and docker/publisher.Dockerfile are consistent"
