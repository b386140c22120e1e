#!/usr/bin/env bash
# The end-to-end comparison of issue 12: files to numbers as users get them (`childrens-kpi compute`), the library after
# load, and DuckDB from the same files, in BenchmarkDotNet; then each as a whole process with its wall time and peak
# memory, and the figures of compute and DuckDB compared. Reports go to benchmarks/results/<run-name>/.
#
#   benchmarks/run-end-to-end.sh [run-name]
#
# Sizes are `generate --children` counts (ten years, seed 1; about 4.78 Episodes rows per child):
#   CKPI_E2E_CHILDREN       BenchmarkDotNet sizes, default 210000,2100000 (~1M and ~10.06M rows)
#   CKPI_E2E_PEAK_CHILDREN  whole-process sizes, default 210000,1000000,2100000 (~1M, 4.78M, ~10.06M rows)
#   CKPI_E2E_CACHE          where the generated folders are kept and reused (default: ckpi-e2e-data in the temp folder)
#   CKPI_E2E_BDN_ARGS       BenchmarkDotNet's job arguments, default a short job (1 launch, 1 warm-up, 3 iterations)
# The defaults need about 3 GB of generated files and, at today's speed, over an hour; measure on an idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."

run=${1:-end-to-end-$(date -u +%Y%m%d)}
sizes=${CKPI_E2E_CHILDREN:-210000,2100000}
peak_sizes=${CKPI_E2E_PEAK_CHILDREN:-210000,1000000,2100000}
bdn_args=${CKPI_E2E_BDN_ARGS:---launchCount 1 --warmupCount 1 --iterationCount 3}
out=benchmarks/results/$run
mkdir -p "$out"

dotnet build -c Release benchmarks/ChildrensKpi.Benchmarks >/dev/null
bench() { dotnet run -c Release --no-build --project benchmarks/ChildrensKpi.Benchmarks -- "$@"; }

# What the figures were measured on: a loaded machine moves them (see benchmarks/results/README.md).
{
  echo "run: $run, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src benchmarks || echo ' (with uncommitted changes)')"
  echo "machine: $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | xargs), $(nproc) cores, $(free -g 2>/dev/null | awk '/Mem:/ {print $2 " GiB"}')"
  echo "dotnet: $(dotnet --version)"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
} >"$out/machine.txt"

all_sizes=$(tr ',' '\n' <<<"$sizes,$peak_sizes" | sort -nu)
for children in $all_sizes; do
  bench data "$children"
done | tee "$out/data.txt"

# The same figures from compute and DuckDB, or the run says which differ (and carries on: the timings still stand).
for children in $(tr ',' '\n' <<<"$sizes" | sort -nu); do
  bench agree-files "$children" || true
done | tee "$out/agreement.txt"

# Whole processes, one per line: process start, JIT and native memory (DuckDB's) included.
for children in $(tr ',' '\n' <<<"$peak_sizes" | sort -nu); do
  for what in all detail four duckdb; do
    bench peak "$children" "$what"
  done
done | tee "$out/peak-memory.txt"

# shellcheck disable=SC2086 # the job arguments are words
export CKPI_E2E_CHILDREN=$sizes
bench --filter 'ChildrensKpi.Benchmarks.EndToEnd*' $bdn_args --artifacts "$out/artifacts"
cp "$out"/artifacts/results/*-report-github.md "$out"/artifacts/results/*-report.csv "$out"/
cat "$out"/artifacts/*.log >"$out/benchmarkdotnet.log"
rm -rf "$out/artifacts"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)" >>"$out/machine.txt"

echo "Reports in $out"
if grep -q DISAGREE "$out/agreement.txt"; then
  echo "compute and DuckDB disagree: see $out/agreement.txt"
  exit 1
fi
