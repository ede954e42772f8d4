#!/usr/bin/env bash
# Nightly load: every archive in the inbox that is new or changed since it was last loaded, then the digest of the
# last 30 days (warehouse/reports/digest-DATE.html).
# Exit code is gazette's ingest's: 0 all loaded, 1 some archives failed (the rest loaded), 75 another run holds the
# warehouse; a digest that cannot be written is logged and does not change it.
source "$(dirname "$0")/common.sh"
ensure_jar
run_logged nightly ingest "$@"
code=$?
if [ "$code" -eq 0 ] || [ "$code" -eq 1 ]; then
    run_logged nightly report || echo "gazette-jobs: the digest was not written; see $LOG_DIR" >&2
fi
exit "$code"
