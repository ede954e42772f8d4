# Shared by the job scripts: run from the repository root, build the jar if it is missing, log to warehouse/logs.
set -u
GAZETTE_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$GAZETTE_HOME" || exit 1
JAR="$GAZETTE_HOME/target/gazette.jar"
LOG_DIR="${GAZETTE_LOG_DIR:-$GAZETTE_HOME/warehouse/logs}"
mkdir -p "$LOG_DIR"

ensure_jar() {
    if [ ! -f "$JAR" ]; then
        echo "$(date -Is) building $JAR" >&2
        mvn -B -q -DskipTests package >&2 || { echo "$(date -Is) build failed" >&2; exit 1; }
    fi
}

# run_logged NAME ARGS...: runs gazette with ARGS, appends its output to LOG_DIR/NAME-YYYY-MM-DD.log, returns its exit code
run_logged() {
    local name="$1"; shift
    local log="$LOG_DIR/$name-$(date +%F).log"
    echo "$(date -Is) gazette $*" >>"$log"
    # The name model takes about 1.2 GB of heap; 1.5 GB leaves room for the editions under way.
    java ${GAZETTE_JAVA_OPTS:--Xmx1500m} -jar "$JAR" "$@" >>"$log" 2>&1
    local code=$?
    echo "$(date -Is) exit $code" >>"$log"
    return $code
}
