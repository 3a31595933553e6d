#!/usr/bin/env bash
# End-to-end timings on a generated caseload (issue 13): starts the built jar on an existing data directory made by
# `--generate=N`, signs in with a session, and times N requests of each, one at a time, from the same machine
# (server time plus loopback), printing median, p95 and p99; then case pages with 1, 4, 16 and 64 concurrent clients
# (throughput and answers that were not 200).
# Usage: bench/scale.sh <data-dir> [requests] [extra arguments for the application...]
#   e.g. java -jar target/homeward-*.jar --generate=100000 --homeward.data-dir=data/bench/p100000   (once)
#        bench/scale.sh data/bench/p100000 50
# Prints the machine's load average before and after: on a shared machine the figures mean little without it.
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:?the data directory of a generated caseload}
n=${2:-50}
shift $(( $# >= 2 ? 2 : 1 ))
jar=${HOMEWARD_JAR:-$(ls target/homeward-*.jar 2>/dev/null | grep -v original | head -1 || true)}
if [ -z "$jar" ]; then mvn -q -B package -DskipTests; jar=$(ls target/homeward-*.jar | grep -v original | head -1); fi
port=18091; base="http://localhost:$port"; tmp=$(mktemp -d)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
started=$(date +%s.%N)
java -Xmx512m -jar "$jar" --homeward.data-dir="$data" --server.port=$port "$@" > "$tmp/log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$tmp"' EXIT
until curl -sf "$base/actuator/health/readiness" > /dev/null; do
  kill -0 $pid 2>/dev/null || { tail -30 "$tmp/log"; exit 1; }
  sleep 0.2
done
printf 'start-up to ready: %.1f s\n' "$(echo "$(date +%s.%N) - $started" | bc)"
# the indicators' refresh reads every case after a start when anything changed; measuring beside it would time the
# two together
until grep -qE "Indicators (refreshed|unchanged)" "$tmp/log"; do
  kill -0 $pid 2>/dev/null || { tail -30 "$tmp/log"; exit 1; }
  sleep 1
done
grep -oE "Indicators (refreshed|unchanged).*" "$tmp/log" | head -1

cookies="$tmp/cookies"
login() {
  rm -f "$cookies"
  token=$(curl -s -c "$cookies" -b "$cookies" "$base/login" | grep -oP 'name="_csrf" value="\K[^"]+')
  curl -s -c "$cookies" -b "$cookies" -o /dev/null --data-urlencode "_csrf=$token" \
    -d "username=$1&password=homeward-demo" "$base/login"
  csrf=$(curl -s -b "$cookies" "$base/registry/persons" | grep -oP 'name="_csrf" value="\K[^"]+' | head -1 || true)
}
measure() { # label, curl arguments...; stops at the first answer that is not 200, so no error page is timed
  local label=$1; shift
  # ten requests first, not timed: the first after a start read the tables from disk and run uncompiled code
  for i in $(seq 1 10); do curl -s -o /dev/null "$@"; done
  for i in $(seq 1 "$n"); do
    read -r status time < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$@")
    if [ "$status" != 200 ]; then echo "$label: HTTP $status" >&2; tail -40 "$tmp/log" >&2; exit 1; fi
    echo "$time"
  done | sort -n | awk -v label="$label" '{ t[NR] = $1 } END {
    p95 = int(NR * 0.95 + 0.999); p99 = int(NR * 0.99 + 0.999);
    printf "| %s | %.1f ms | %.1f ms | %.1f ms |\n", label, t[int(NR/2)+1]*1000, t[p95]*1000, t[p99]*1000 }'
}
concurrent() { # clients, url: 4 requests per client at once, throughput and answers that were not 200
  local clients=$1 url=$2 total=$(( $1 * 4 ))
  local t0=$(date +%s.%N)
  seq 1 $total | xargs -P "$clients" -I{} curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -b "$cookies" "$url" \
    > "$tmp/conc"
  local elapsed=$(echo "$(date +%s.%N) - $t0" | bc)
  sort -k2 -n "$tmp/conc" | awk -v c="$clients" -v e="$elapsed" '{ t[NR] = $2; if ($1 != 200) bad++ } END {
    printf "| %d clients | %d requests | %.1f per second | p50 %.0f ms | not 200: %d |\n", c, NR, NR / e,
      t[int(NR/2)+1]*1000, bad + 0 }'
}

echo "| request | median | p95 | p99 |"
echo "|---|---|---|---|"
login casemanager
case_id=$(curl -s -b "$cookies" "$base/cases/my-work" | grep -oP 'href="/cases/\K[0-9a-f-]{36}' | head -1 || true)
measure "name search 'Ахмедова', case manager" -b "$cookies" -H 'HX-Request: true' \
  --data-urlencode "_csrf=$csrf" --data-urlencode "name=Ахмедова" "$base/registry/persons/search"
measure "name search 'Makhmudov' (a spelling variant), case manager" -b "$cookies" -H 'HX-Request: true' \
  --data-urlencode "_csrf=$csrf" --data-urlencode "name=Makhmudov" "$base/registry/persons/search"
measure "duplicate check on registration" -b "$cookies" -H 'HX-Request: true' --data-urlencode "_csrf=$csrf" \
  --data-urlencode "person.surnameLatin=Rakhimov" --data-urlencode "person.givenNameLatin=Farhod" \
  --data-urlencode "person.birthDate=1985-03-14" "$base/registry/persons/duplicates"
measure "My work, case manager" -b "$cookies" "$base/cases/my-work"
measure "a case page, case manager" -b "$cookies" "$base/cases/$case_id"
measure "persons list, case manager" -b "$cookies" "$base/registry/persons"
echo
echo "Case pages, case manager, concurrent clients:"
for c in 1 4 16 64; do concurrent $c "$base/cases/$case_id"; done
echo
echo "| request | median | p95 | p99 |"
echo "|---|---|---|---|"
login coordinator
measure "name search 'Ахмедова', national coordinator" -b "$cookies" -H 'HX-Request: true' \
  --data-urlencode "_csrf=$csrf" --data-urlencode "name=Ахмедова" "$base/registry/persons/search"
measure "My work, national coordinator" -b "$cookies" "$base/cases/my-work"
measure "caseload with counts per stage, national coordinator" -b "$cookies" "$base/cases"
echo
login auditor
csrf=$(curl -s -b "$cookies" "$base/audit" | grep -oP 'name="_csrf" value="\K[^"]+' | head -1 || true)
t0=$(date +%s.%N)
check=$(curl -s -b "$cookies" --data-urlencode "_csrf=$csrf" "$base/audit/verify" \
  | grep -oP 'hx-get="/audit/verifications/\K[0-9a-f-]{36}' | head -1 || true)
while [ -n "$check" ] && curl -s -b "$cookies" "$base/audit/verifications/$check" | grep -q 'hx-get='; do sleep 0.2; done
printf "the auditor's verification of the whole audit chain: %.1f s (from the request to the page's last progress poll)\n" \
  "$(echo "$(date +%s.%N) - $t0" | bc)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
