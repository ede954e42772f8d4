#!/usr/bin/env bash
# Reload every edition dated FROM to TO inclusive, all sources (or --source X), in one run published once:
#   jobs/backfill.sh 2024-01-01 2024-03-31 [more ingest flags]
# Exit code is gazette's: 0 all loaded, 1 some failed, 66 no archive in the range, 75 the warehouse is busy.
source "$(dirname "$0")/common.sh"
[ $# -ge 2 ] || usage "$0 FROM TO (YYYY-MM-DD) [more ingest flags]"
from="$1"; to="$2"; shift 2
ensure_jar
run_logged backfill ingest --from "$from" --to "$to" "$@"
