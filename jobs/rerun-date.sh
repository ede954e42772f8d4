#!/usr/bin/env bash
# Reload one edition after an archive was re-delivered: jobs/rerun-date.sh SOURCE YYYY-MM-DD
source "$(dirname "$0")/common.sh"
if [ $# -lt 2 ]; then
    echo "usage: $0 SOURCE YYYY-MM-DD [more ingest flags]" >&2
    exit 64
fi
source_code="$1"; date="$2"; shift 2
ensure_jar
run_logged rerun ingest --source "$source_code" --date "$date" "$@"
