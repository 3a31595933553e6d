#!/usr/bin/env bash
# Measures server response times of the busiest pages and API calls on the demo data: median and 95th percentile
# of N requests each, one at a time, from the same machine (so it is server time plus loopback, no network).
# Usage: bench/pages.sh [requests]   (builds the jar first if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-50}
jar=$(ls target/homeward-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then mvn -q -B package -DskipTests; jar=$(ls target/homeward-*.jar | grep -v original | head -1); fi
dir=$(mktemp -d); port=18090; base="http://localhost:$port"
java -jar "$jar" --demo --homeward.data-dir="$dir" --server.port=$port > "$dir/log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir"' EXIT
until curl -sf "$base/actuator/health/readiness" > /dev/null; do sleep 0.2; done

jar_cookies="$dir/cookies"
login() {
  rm -f "$jar_cookies"
  token=$(curl -s -c "$jar_cookies" -b "$jar_cookies" "$base/login" | grep -oP 'name="_csrf" value="\K[^"]+')
  curl -s -c "$jar_cookies" -b "$jar_cookies" -o /dev/null --data-urlencode "_csrf=$token" \
    -d "username=$1&password=homeward-demo" "$base/login"
}
measure() { # label, curl arguments...; stops at the first answer that is not 200, so no error page is timed
  local label=$1; shift
  for i in $(seq 1 "$n"); do
    read -r status time < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$@")
    if [ "$status" != 200 ]; then echo "$label: HTTP $status" >&2; exit 1; fi
    echo "$time"
  done | sort -n |
    awk -v label="$label" '{ t[NR] = $1 } END { printf "%-44s median %5.1f ms   p95 %5.1f ms\n", label, t[int(NR/2)+1]*1000, t[int(NR*0.95)]*1000 }'
}

login casemanager
case_id=$(curl -s -b "$jar_cookies" "$base/cases/my-work" | grep -oP 'href="/cases/\K[0-9a-f-]{36}' | head -1)
measure "page: my work (case manager)" -b "$jar_cookies" "$base/cases/my-work"
measure "page: a case (case manager)" -b "$jar_cookies" "$base/cases/$case_id"
measure "page: assessments with RPI chart" -b "$jar_cookies" "$base/cases/$case_id/assessments"
measure "page: a case's referrals and consent" -b "$jar_cookies" "$base/cases/$case_id/referrals"
measure "page: notifications" -b "$jar_cookies" "$base/notifications"
measure "page: persons list" -b "$jar_cookies" "$base/registry/persons"
token=$(curl -s -b "$jar_cookies" "$base/registry/persons" | grep -oP 'name="_csrf" value="\K[^"]+' | head -1)
measure "page: search 'Ахмедова' (htmx fragment)" -b "$jar_cookies" -H 'HX-Request: true' \
  --data-urlencode "_csrf=$token" --data-urlencode "name=Ахмедова" "$base/registry/persons/search"
login mahalla
measure "page: mahalla tasks" -b "$jar_cookies" "$base/community"
login coordinator
measure "page: national caseload with counts" -b "$jar_cookies" "$base/cases"
measure "API: case PDF summary (coordinator)" -u coordinator:homeward-demo "$base/api/v1/cases/$case_id/summary.pdf"
login secretariat
meeting_id=$(curl -s -b "$jar_cookies" "$base/council/meetings" | grep -oP 'href="/council/meetings/\K[0-9a-f-]{36}' | tail -1)
measure "page: Council meetings (secretariat)" -b "$jar_cookies" "$base/council/meetings"
measure "page: a meeting with its timetable" -b "$jar_cookies" "$base/council/meetings/$meeting_id"
measure "page: delegations and participants" -b "$jar_cookies" "$base/council/meetings/$meeting_id/participants"
measure "page: recommendation tracker" -b "$jar_cookies" "$base/council/recommendations"
measure "page: good-practice search 'реинтеграции'" -b "$jar_cookies" -G --data-urlencode "q=реинтеграции" "$base/council/practices"
measure "API: minutes PDF" -u secretariat:homeward-demo "$base/api/v1/council/meetings/$meeting_id/minutes.pdf"
# issue 10: the dashboards, from the summary tables (the demo's refresh has run before the readiness probe answers)
login coordinator
measure "page: home with the national dashboard" -b "$jar_cookies" "$base/"
login coordinator.fergana
measure "page: home with a regional dashboard" -b "$jar_cookies" "$base/"
login analyst
measure "page: home with the analyst's dashboard" -b "$jar_cookies" "$base/"
measure "page: analyst's workspace (pivot, trends)" -b "$jar_cookies" "$base/reporting"
measure "download: indicators XLSX (analyst)" -b "$jar_cookies" "$base/reporting/download.xlsx"
login secretariat
measure "page: Council's comparison of the states" -b "$jar_cookies" "$base/council/indicators"
# issue 11: what waits on each home page, finding a case, downloads
login casemanager
measure "page: home, what waits (case manager)" -b "$jar_cookies" "$base/"
measure "page: cases found by name 'Ахмедова'" -b "$jar_cookies" -G --data-urlencode "q=Ахмедова" "$base/cases"
measure "download: the case manager's caseload CSV" -b "$jar_cookies" "$base/cases/caseload.csv"
login mahalla
measure "page: home, what waits (mahalla)" -b "$jar_cookies" "$base/"
login auditor
measure "page: home, what waits (auditor)" -b "$jar_cookies" "$base/"
measure "download: the audit trail XLSX (auditor)" -b "$jar_cookies" "$base/audit/trail.xlsx"
