#!/usr/bin/env bash
# API benchmark: the three representative GraphQL queries (one patient with everything; a page of 100 actionable
# alterations filtered by gene and tier; trialSummary) against the real server, and in the same run the same data
# fetched by hand-written Dapper SQL behind the same HTTP stack (bench/TrialWarehouse.Api.Bench), both loaded with wrk
# over loopback. The warehouse: the demo cohort of PATIENTS patients on DuckDB (each side opens its own copy of the file).
# Usage: bench/api/run.sh [PATIENTS (default 5000)] [SECONDS per measurement (default 20)] [CONNECTIONS (default 4)]
# Needs wrk (Debian: apt-get install wrk) and curl.
set -euo pipefail
cd "$(dirname "$0")/../.."
patients="${1:-5000}" seconds="${2:-20}" connections="${3:-4}"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 3; }
work="$(mktemp -d /tmp/tw-api.XXXXXX)"
echo "work folder: $work"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT

rid="$(dotnet --info | awk '/RID:/ {print $2; exit}')"
for p in src/TrialWarehouse.Cli src/TrialWarehouse.Server bench/TrialWarehouse.Api.Bench; do
  dotnet build -c Release "$p" -v q -nologo >/dev/null
done
cli=(dotnet "$PWD/src/TrialWarehouse.Cli/bin/Release/net10.0/$rid/trialwarehouse.dll" --connection "$work/graphql.duckdb")

start=$(date +%s)
"${cli[@]}" demo --out "$work/cohort" --patients "$patients" --seed 3 >/dev/null
"${cli[@]}" ingest "$work/cohort" >"$work/ingest.log" || { tail "$work/ingest.log"; exit 1; }
"${cli[@]}" annotate >"$work/annotate.log"
cp "$work/graphql.duckdb" "$work/sql.duckdb"
# The CLI leaves its last writes in the write-ahead log (DuckDB replays it on open): copy it too.
[ -f "$work/graphql.duckdb.wal" ] && cp "$work/graphql.duckdb.wal" "$work/sql.duckdb.wal"
echo "cohort: $patients patients loaded and annotated in $(( $(date +%s) - start )) s"

key="bench-$RANDOM$RANDOM$RANDOM"
mkdir -p "$work/server"
( cd "$work/server" && exec env Warehouse__Engine=duckdb ConnectionStrings__Warehouse="$work/graphql.duckdb" \
    Auth__ApiKeys__0__Name=bench Auth__ApiKeys__0__Role=biostatistician \
    Auth__ApiKeys__0__KeySha256="$(printf %s "$key" | sha256sum | cut -c1-64)" Auth__RequestsPerMinute=100000000 \
    Logging__LogLevel__Default=Warning Demo__SeedOnFirstStart=false \
    dotnet "$OLDPWD/src/TrialWarehouse.Server/bin/Release/net10.0/$rid/TrialWarehouse.Server.dll" --urls http://127.0.0.1:5101 \
    >"$work/server.log" 2>&1 ) &
pids+=($!)
dotnet "bench/TrialWarehouse.Api.Bench/bin/Release/net10.0/$rid/trialwarehouse-api-bench.dll" --urls http://127.0.0.1:5102 \
  --Warehouse:Engine duckdb --ConnectionStrings:Warehouse "$work/sql.duckdb" >"$work/sql.log" 2>&1 &
pids+=($!)
for url in http://127.0.0.1:5101/health/ready http://127.0.0.1:5102/sql/summary; do
  for _ in $(seq 120); do
    curl -sf "$url" >/dev/null && break
    for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null || { echo "a process stopped; see $work/*.log" >&2; exit 1; }; done
    sleep 1
  done
  curl -sf "$url" >/dev/null || { echo "$url does not answer; see $work/*.log" >&2; exit 1; }
done

# Patients and genes to rotate through: 500 patients spread over the cohort, and the 4 genes with the most actionable
# matches of tier II-B or better (on 5,000 patients each fills a page of 100).
curl -sf "http://127.0.0.1:5102/sql/patients?count=500" >"$work/patients.txt"
curl -sf "http://127.0.0.1:5102/sql/genes?tierRank=4&top=4" >"$work/genes.txt"
[ -s "$work/genes.txt" ] || { echo "no actionable matches of tier II-B or better: nothing to page" >&2; exit 1; }
echo "rotating over $(wc -l <"$work/patients.txt") patients and $(wc -l <"$work/genes.txt") genes: $(paste -sd, "$work/genes.txt")"

measure() { # QUERY SIDE URL SECONDS -> RESULT line
  QUERY="$1" SIDE="$2" API_KEY="$key" BENCH_DIR="$work" \
    wrk -t1 -c"$connections" -d"$4s" --timeout 10s -s bench/api/request.lua "$3" | grep '^RESULT'
}
printf '| query | side | requests/s | p50 ms | p90 ms | p99 ms | non-200 or errors |\n|---|---|---:|---:|---:|---:|---:|\n' >"$work/table.md"
for query in patient actionable summary; do
  for side in graphql sql; do
    url=http://127.0.0.1:5101; [ "$side" = sql ] && url=http://127.0.0.1:5102
    measure "$query" "$side" "$url" 5 >/dev/null   # warm-up: JIT, caches, connection pool
    line="$(measure "$query" "$side" "$url" "$seconds")"
    echo "$query $side: $line"
    eval "${line#RESULT }"
    printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$query" "$side" "$rps" "$p50" "$p90" "$p99" "$((errors + wrong))" >>"$work/table.md"
    declare "rps_${query}_${side}=$rps" "p50_${query}_${side}=$p50" "p99_${query}_${side}=$p99"
  done
done
echo
cat "$work/table.md"
echo
for query in patient actionable summary; do
  awk -v q="$query" -v g="$(eval echo \$rps_${query}_graphql)" -v s="$(eval echo \$rps_${query}_sql)" \
      -v g50="$(eval echo \$p50_${query}_graphql)" -v s50="$(eval echo \$p50_${query}_sql)" \
    'BEGIN { printf "%s: GraphQL takes %.2fx the plain-SQL time per request (throughput), %.2fx at the median\n", q, s / g, g50 / s50 }'
done
echo "$connections connections, $seconds s per measurement, $(nproc) cores shared by wrk and the server"
