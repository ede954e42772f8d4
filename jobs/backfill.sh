#!/usr/bin/env bash
# Reload every edition date from FROM to TO inclusive, all sources: jobs/backfill.sh 2024-01-01 2024-03-31
# Stops at the first date the warehouse is locked (75); otherwise returns 1 if any date had failures.
source "$(dirname "$0")/common.sh"
if [ $# -lt 2 ]; then
    echo "usage: $0 FROM TO (YYYY-MM-DD) [more ingest flags]" >&2
    exit 64
fi
from="$1"; to="$2"; shift 2
day=$(date -d "$from" +%F) || exit 64
end=$(date -d "$to" +%F) || exit 64
ensure_jar
worst=0
while [[ "$day" < "$end" || "$day" == "$end" ]]; do
    run_logged backfill ingest --date "$day" "$@"
    code=$?
    if [ $code -eq 75 ]; then exit 75; fi
    if [ $code -ne 0 ] && [ $worst -eq 0 ]; then worst=$code; fi
    day=$(date -d "$day + 1 day" +%F)
done
exit $worst
