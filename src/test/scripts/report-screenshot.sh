#!/usr/bin/env bash
# Writes the digest of a warehouse and a screenshot of it in headless Chromium, to look at what analysts get:
#   src/test/scripts/report-screenshot.sh [WAREHOUSE] [OUT_DIR]   (defaults: the published snapshot, target/report)
# Needs the built jar (mvn -B -DskipTests package) and Debian's chromium (fonts-noto-cjk for the Chinese labels).
set -euo pipefail
cd "$(dirname "$0")/../../.."
warehouse="${1:-warehouse/published/gazette.duckdb}"
out="${2:-target/report}"
mkdir -p "$out"
java -jar target/gazette.jar report --warehouse "$warehouse" --out "$out/digest.html"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,2600 --virtual-time-budget=5000 \
    --screenshot="$out/digest.png" "file://$(pwd)/$out/digest.html"
echo "$out/digest.png"
