#!/bin/sh
# Namespace and search attributes, from namespace.env and search-attributes.txt beside this script.
# Runs in docker-compose.yml's temporal-init (admin-tools image, its `temporal` CLI) and in
# `scripts/start --cluster` (TEMPORAL_CLI=.tools/bin/temporal). Idempotent. Needs TEMPORAL_ADDRESS.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
cli="${TEMPORAL_CLI:-temporal}"
. "$here/namespace.env"
until "$cli" operator cluster health >/dev/null 2>&1; do sleep 1; done
"$cli" operator namespace describe -n "$TEMPORAL_NAMESPACE" >/dev/null 2>&1 ||
  "$cli" operator namespace create -n "$TEMPORAL_NAMESPACE" --retention "$TEMPORAL_NAMESPACE_RETENTION"
attrs="$(grep -v '^#' "$here/search-attributes.txt" | grep .)"
# A new namespace reaches every server role within seconds: retry until every attribute is listed.
tries=0
while :; do
  listed="$("$cli" operator search-attribute list -n "$TEMPORAL_NAMESPACE" 2>/dev/null || true)"
  missing=""
  for sa in $attrs; do
    echo "$listed" | grep -qw "${sa%%=*}" || missing="$missing $sa"
  done
  [ -z "$missing" ] && break
  tries=$((tries + 1))
  [ "$tries" -le 60 ] || { echo "search attributes still missing after 60 tries:$missing" >&2; exit 1; }
  for sa in $missing; do
    "$cli" operator search-attribute create -n "$TEMPORAL_NAMESPACE" --name "${sa%%=*}" --type "${sa##*=}" >/dev/null 2>&1 || true
  done
  sleep 1
done
echo "namespace $TEMPORAL_NAMESPACE ready with $(echo "$attrs" | wc -l | tr -d ' ') search attributes"
