#!/usr/bin/env bash
# Runs the data checks of the working warehouse: jobs/check.sh [--warehouse FILE]
# Exit code is gazette's: 0 all checks pass, 1 some failed, 75 the warehouse is busy.
source "$(dirname "$0")/common.sh"
ensure_jar
run_logged check check "$@"
