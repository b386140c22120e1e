#!/usr/bin/env bash
# A bounded load test of the HTTP API on 127.0.0.1 (never another address): many clients sending small requests, then
# a few large uploads at once. Reports p50, p99, statuses and errors per phase, and the server's resident memory: its
# peak (VmHWM) and what it holds once idle after the large uploads (VmRSS), to show memory handed back.
# Not part of `dotnet test`. Sizes are environment variables; the defaults are the full run:
#   CLIENTS=100 REQUESTS=2000 LARGE_UPLOADS=3 LARGE_CHILDREN=200000 LARGE_YEARS=10 tests/LoadTest/run.sh
# MAX_CONCURRENT sets ChildrensKpi:MaxConcurrentComputations (default: the server's, the processor count); set it to
# LARGE_UPLOADS to have every large upload computed rather than some refused with 503.
set -euo pipefail

CLIENTS=${CLIENTS:-100}
REQUESTS=${REQUESTS:-2000}
LARGE_UPLOADS=${LARGE_UPLOADS:-3}
LARGE_CHILDREN=${LARGE_CHILDREN:-200000}
LARGE_YEARS=${LARGE_YEARS:-10}
PORT=${PORT:-5187}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${WORK:-$(mktemp -d)}
URL="http://127.0.0.1:$PORT"

dotnet build -c Release -v q "$ROOT/src/ChildrensKpi.Server" >/dev/null
dotnet build -c Release -v q "$ROOT/src/ChildrensKpi.Cli" >/dev/null

if [ ! -d "$WORK/large/ssda903" ]; then
  echo "generating $LARGE_CHILDREN children over $LARGE_YEARS years in $WORK/large" >&2
  dotnet "$ROOT/src/ChildrensKpi.Cli/bin/Release/net10.0/childrens-kpi.dll" generate \
    --children "$LARGE_CHILDREN" --years "$LARGE_YEARS" --seed 1 --out "$WORK/large" >/dev/null
fi
large_bytes=$(cat "$WORK"/large/ssda903/*.csv | wc -c)
large_episodes=$(cat "$WORK"/large/ssda903/episodes_*.csv | wc -l)
last_year=$(ls "$WORK"/large/ssda903/episodes_*.csv | sort | tail -1 | sed -E 's/.*_([0-9]{4})-([0-9]{2})\.csv/\1/')
year_ending="$((last_year + 1))-03-31"

# Run from its build folder, its content root, so that its appsettings.json (log levels) applies.
(cd "$ROOT/src/ChildrensKpi.Server/bin/Release/net10.0" && exec env ${MAX_CONCURRENT:+ChildrensKpi__MaxConcurrentComputations=$MAX_CONCURRENT} \
  dotnet ChildrensKpi.Server.dll --urls "$URL") >"$WORK/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -fs "$URL/health" >/dev/null && break; sleep 0.2; done
rss() { awk -v f="$1" '$1 == f":" { printf "%d MB", $2 / 1024 }' "/proc/$server/status"; }
echo "server pid $server, idle RSS $(rss VmRSS)"

# One line per request: status and seconds.
summarise() {
  local name=$1 file=$2 n p50 p99
  n=$(wc -l <"$file")
  p50=$(awk '{ print $2 }' "$file" | sort -n | sed -n "$(( (n - 1) * 50 / 100 + 1 ))p")
  p99=$(awk '{ print $2 }' "$file" | sort -n | sed -n "$(( (n - 1) * 99 / 100 + 1 ))p")
  printf '%s: %d requests, p50 %.3f s, p99 %.3f s, errors %d (not 200 or 503), statuses %s\n' "$name" "$n" "$p50" "$p99" \
    "$(awk '$1 !~ /^(200|503)$/' "$file" | wc -l)" "$(awk '{ print $1 }' "$file" | sort | uniq -c | awk '{ printf "%s%s×%s", sep, $2, $1; sep = " " }')"
}

: >"$WORK/small.txt"; : >"$WORK/large.txt"
small_form=()
for f in "$ROOT"/samples/data/ssda903/*.csv; do small_form+=(-F "ssda903=@$f"); done
export URL
one_request() {
  # Half the requests read the catalogue, half compute NI62 from the sample return files (a small upload).
  if (( $1 % 2 )); then
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$URL/v1/indicators" || echo "000 0"
  else
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "${@:2}" -F yearEnding=2007-03-31 -F indicators=NI62 "$URL/v1/compute" || echo "000 0"
  fi
}
export -f one_request
seq 1 "$REQUESTS" | xargs -P "$CLIENTS" -I{} bash -c 'one_request "$@"' _ {} "${small_form[@]}" >"$WORK/small.txt"
summarise "small ($CLIENTS clients)" "$WORK/small.txt"
echo "RSS after small requests $(rss VmRSS), peak $(rss VmHWM)"

large_form=()
for f in "$WORK"/large/ssda903/*.csv; do large_form+=(-F "ssda903=@$f"); done
echo "large upload: $((large_bytes / 1000000)) MB, $large_episodes episode lines, year ending $year_ending"
for _ in $(seq 1 "$LARGE_UPLOADS"); do
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "${large_form[@]}" -F "yearEnding=$year_ending" -F indicators=NI62 "$URL/v1/compute" \
    >>"$WORK/large.txt" || echo "000 0" >>"$WORK/large.txt" &
done
wait $(jobs -p | grep -v "^$server$") 2>/dev/null || true
summarise "large ($LARGE_UPLOADS at once)" "$WORK/large.txt"
echo "peak RSS $(rss VmHWM)"
sleep 3
echo "RSS 3 s after the large uploads $(rss VmRSS)"
