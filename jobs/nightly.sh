#!/usr/bin/env bash
# Nightly load: every archive in the inbox that is new or changed since it was last loaded.
# Exit code is gazette's: 0 all loaded, 1 some archives failed (the rest loaded), 75 another run holds the warehouse.
source "$(dirname "$0")/common.sh"
ensure_jar
run_logged nightly ingest "$@"
