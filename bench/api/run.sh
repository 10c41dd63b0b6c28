#!/usr/bin/env bash
# API benchmark: the three representative GraphQL queries (one patient with everything; a page of 100 actionable
# alterations filtered by gene and tier; trialSummary) against the real server, and in the same run the same data
# fetched by hand-written Dapper SQL behind the same HTTP stack (bench/TrialWarehouse.Api.Bench), both loaded with wrk
# over loopback, on the demo cohort of PATIENTS patients. DuckDB: each side opens its own copy of the file (DuckDB
# allows one process per file); PostgreSQL: both sides read one database of a throwaway cluster
# (or TRIALWAREHOUSE_TEST_POSTGRES=<connection string> to use a running server).
# Usage: bench/api/run.sh [PATIENTS (5000)] [SECONDS per measurement (20)] [CONNECTIONS (1,4)] [ENGINES (duckdb,postgres)]
# Needs wrk (Debian: apt-get install wrk) and curl.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo="$PWD"
patients="${1:-5000}" seconds="${2:-20}" connection_counts="${3:-1,4}" engines="${4:-duckdb,postgres}"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 3; }
work="$(mktemp -d /tmp/tw-api.XXXXXX)"
chmod 755 "$work"
echo "work folder: $work"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

rid="$(dotnet --info | awk '/RID:/ {print $2; exit}')"
for p in src/TrialWarehouse.Cli src/TrialWarehouse.Server bench/TrialWarehouse.Api.Bench; do
  dotnet build -c Release "$p" -v q -nologo >/dev/null
done
cli=(dotnet "$repo/src/TrialWarehouse.Cli/bin/Release/net10.0/$rid/trialwarehouse.dll")
"${cli[@]}" demo --out "$work/cohort" --patients "$patients" --seed 3 >/dev/null
key="bench-$RANDOM$RANDOM$RANDOM"

start_services() { # ENGINE GRAPHQL_CONNECTION SQL_CONNECTION
  mkdir -p "$work/$1-server"
  ( cd "$work/$1-server" && exec env Warehouse__Engine="$1" ConnectionStrings__Warehouse="$2" \
      Auth__ApiKeys__0__Name=bench Auth__ApiKeys__0__Role=biostatistician \
      Auth__ApiKeys__0__KeySha256="$(printf %s "$key" | sha256sum | cut -c1-64)" Auth__RequestsPerMinute=100000000 \
      Logging__LogLevel__Default=Warning Demo__SeedOnFirstStart=false \
      dotnet "$repo/src/TrialWarehouse.Server/bin/Release/net10.0/$rid/TrialWarehouse.Server.dll" --urls http://127.0.0.1:5101 \
      >"$work/$1-server.log" 2>&1 ) &
  pids+=($!)
  dotnet "bench/TrialWarehouse.Api.Bench/bin/Release/net10.0/$rid/trialwarehouse-api-bench.dll" --urls http://127.0.0.1:5102 \
    --Warehouse:Engine "$1" --ConnectionStrings:Warehouse "$3" >"$work/$1-sql.log" 2>&1 &
  pids+=($!)
  for url in http://127.0.0.1:5101/health/ready http://127.0.0.1:5102/sql/summary; do
    for _ in $(seq 120); do
      curl -sf "$url" >/dev/null && break
      for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null || { echo "a process stopped; see $work/*.log" >&2; exit 1; }; done
      sleep 1
    done
    curl -sf "$url" >/dev/null || { echo "$url does not answer; see $work/*.log" >&2; exit 1; }
  done
}

measure() { # QUERY SIDE URL SECONDS CONNECTIONS -> RESULT line
  QUERY="$1" SIDE="$2" API_KEY="$key" BENCH_DIR="$work" \
    wrk -t1 -c"$5" -d"$4s" --timeout 10s -s bench/api/request.lua "$3" | grep '^RESULT'
}

printf '| engine | connections | query | GraphQL req/s | p50 ms | p99 ms | plain SQL req/s | p50 ms | p99 ms | GraphQL / SQL time |\n' >"$work/table.md"
printf '|---|---:|---|---:|---:|---:|---:|---:|---:|---:|\n' >>"$work/table.md"
bench_engine() { # ENGINE GRAPHQL_CONNECTION SQL_CONNECTION
  local engine="$1" begin
  begin=$(date +%s)
  "${cli[@]}" --engine "$engine" --connection "$2" ingest "$work/cohort" >"$work/$engine-ingest.log" || { tail "$work/$engine-ingest.log"; exit 1; }
  "${cli[@]}" --engine "$engine" --connection "$2" annotate >"$work/$engine-annotate.log"
  if [ "$engine" = duckdb ]; then
    cp "$2" "$3"
    # The CLI leaves its last writes in the write-ahead log (DuckDB replays it on open): copy it too.
    if [ -f "$2.wal" ]; then cp "$2.wal" "$3.wal"; fi
  fi
  echo "$engine: $patients patients loaded and annotated in $(( $(date +%s) - begin )) s"
  start_services "$engine" "$2" "$3"
  # Patients and genes to rotate through: 500 patients spread over the cohort, and the 4 genes with the most actionable
  # matches of tier II-B or better (on 5,000 patients each fills a page of 100).
  curl -sf "http://127.0.0.1:5102/sql/patients?count=500" >"$work/patients.txt"
  curl -sf "http://127.0.0.1:5102/sql/genes?tierRank=4&top=4" >"$work/genes.txt"
  [ -s "$work/genes.txt" ] || { echo "no actionable matches of tier II-B or better: nothing to page" >&2; exit 1; }
  echo "rotating over $(wc -l <"$work/patients.txt") patients and $(wc -l <"$work/genes.txt") genes: $(paste -sd, "$work/genes.txt")"
  for connections in ${connection_counts//,/ }; do
    for query in patient actionable summary; do
      local row="| $engine | $connections | $query |" g50="" s50=""
      for side in graphql sql; do
        local url=http://127.0.0.1:5101; [ "$side" = sql ] && url=http://127.0.0.1:5102
        measure "$query" "$side" "$url" 5 "$connections" >/dev/null   # warm-up: JIT, caches, connection pool
        local line; line="$(measure "$query" "$side" "$url" "$seconds" "$connections")"
        echo "$engine c=$connections $query $side: $line (load $(cut -d' ' -f1 /proc/loadavg))"
        local requests rps p50 p90 p99 errors wrong
        eval "${line#RESULT }"
        [ "$((errors + wrong))" = 0 ] || { echo "$side answered $((errors + wrong)) requests wrongly; the figures mean nothing" >&2; exit 1; }
        row="$row $rps | $p50 | $p99 |"
        if [ "$side" = graphql ]; then g50=$rps; else s50=$rps; fi
      done
      echo "$row $(awk -v g="$g50" -v s="$s50" 'BEGIN { printf "%.2fx", s / g }') |" >>"$work/table.md"
    done
  done
  cleanup; pids=()
  sleep 2
}

if [[ ",$engines," == *",duckdb,"* ]]; then
  bench_engine duckdb "$work/graphql.duckdb" "$work/sql.duckdb"
fi
if [[ ",$engines," == *",postgres,"* ]]; then
  connection="${TRIALWAREHOUSE_TEST_POSTGRES:-}"
  if [ -z "$connection" ]; then
    source bench/postgres.sh
    connection="$(start_postgres "$work/pg" 55440)"
    trap 'cleanup; stop_postgres "$work/pg"' EXIT
  fi
  bench_engine postgres "$connection" "$connection"
fi
echo
cat "$work/table.md"
echo
echo "GraphQL / SQL time: the plain-SQL side's throughput over GraphQL's (time per request, GraphQL over SQL)."
echo "$seconds s per measurement after 5 s of warm-up; $(nproc) cores shared by wrk, the server and the reference."
