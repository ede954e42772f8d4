# Shared by the job scripts. Gazette's home is GAZETTE_HOME when set, else the repository holding this script; the
# jar resolves its default paths against it, so cron's "/" does what the repository does. Logs go to
# warehouse/logs (GAZETTE_LOG_DIR); gazette's one-line errors go to the log and to stderr, so cron and systemd
# show them. Exit codes of the scripts themselves: 64 usage, 69 Maven missing, 70 build failed; else gazette's.
set -u
GAZETTE_HOME="${GAZETTE_HOME:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
export GAZETTE_HOME
cd "$GAZETTE_HOME" || { echo "gazette-jobs: cannot enter GAZETTE_HOME $GAZETTE_HOME" >&2; exit 66; }
JAR="${GAZETTE_JAR:-$GAZETTE_HOME/target/gazette.jar}"
LOG_DIR="${GAZETTE_LOG_DIR:-$GAZETTE_HOME/warehouse/logs}"
mkdir -p "$LOG_DIR" || { echo "gazette-jobs: cannot create the log folder $LOG_DIR" >&2; exit 73; }

# usage MESSAGE: one line to stderr and the log, exit 64
usage() {
    echo "$(date -Is) usage: $*" >>"$LOG_DIR/jobs-$(date +%F).log"
    echo "usage: $*" >&2
    exit 64
}

ensure_jar() {
    [ -f "$JAR" ] && return 0
    if ! command -v mvn >/dev/null 2>&1; then
        echo "gazette-jobs: $JAR is missing and mvn is not installed (apt-get install maven, then mvn -B -DskipTests package)" >&2
        exit 69
    fi
    echo "$(date -Is) building $JAR" >&2
    local log="$LOG_DIR/build-$(date +%F).log"
    if ! mvn -B -q -DskipTests package >>"$log" 2>&1; then
        echo "gazette-jobs: building $JAR failed; see $log" >&2
        exit 70
    fi
}

# run_logged NAME ARGS...: runs gazette with ARGS; stdout goes to LOG_DIR/NAME-YYYY-MM-DD.log, stderr to the log and
# to stderr; returns gazette's exit code
run_logged() {
    local name="$1"; shift
    local log="$LOG_DIR/$name-$(date +%F).log"
    echo "$(date -Is) gazette $*" >>"$log"
    # With no GAZETTE_JAVA_OPTS, ingest sizes its own JVM for the name model (see README, "Run nightly").
    # shellcheck disable=SC2086
    { java ${GAZETTE_JAVA_OPTS:-} -jar "$JAR" "$@" 2>&1 >>"$log" | tee -a "$log" >&2; }
    local code=${PIPESTATUS[0]}
    echo "$(date -Is) exit $code" >>"$log"
    return "$code"
}
