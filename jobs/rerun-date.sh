#!/usr/bin/env bash
# Reload one edition after an archive was re-delivered: jobs/rerun-date.sh SOURCE YYYY-MM-DD
# Exit code is gazette's: 0 loaded, 1 failed, 66 no archive of that source and date, 75 the warehouse is busy.
source "$(dirname "$0")/common.sh"
[ $# -ge 2 ] || usage "$0 SOURCE YYYY-MM-DD [more ingest flags]"
source_code="$1"; date="$2"; shift 2
ensure_jar
run_logged rerun ingest --source "$source_code" --date "$date" "$@"
