#!/usr/bin/env bash
# A night of N deliveries (one patient each: clinical rows, a panel VCF, copy number, fusions when any) run end to end
# by `trialwarehouse jobs run-nightly` (ingest, annotate, render the reports), on DuckDB and on PostgreSQL.
# Usage: bench/night/run.sh [DELIVERIES (default 1000)] [duckdb,postgres]
# PostgreSQL: a throwaway cluster from /usr/lib/postgresql/*/bin, run as the postgres OS user when started as root
# (or TRIALWAREHOUSE_TEST_POSTGRES=<connection string> to use a running server).
set -euo pipefail
cd "$(dirname "$0")/../.."
deliveries="${1:-1000}"
engines="${2:-duckdb,postgres}"
work="$(mktemp -d /tmp/tw-night.XXXXXX)"
chmod 755 "$work"
echo "work folder: $work"

dotnet build -c Release src/TrialWarehouse.Cli -v q -nologo >/dev/null
cli=(dotnet "$PWD/src/TrialWarehouse.Cli/bin/Release/net10.0/$(dotnet --info | awk '/RID:/ {print $2; exit}')/trialwarehouse.dll")

"${cli[@]}" demo --out "$work/cohort" --patients "$deliveries" --seed 3 >/dev/null

# One delivery folder per patient; clinical files are named per patient so that deliveries do not supersede each other.
deliver() {
  local inbox="$1"
  mkdir -p "$inbox"
  awk -F, -v inbox="$inbox" '
    FNR == 1 { header[FILENAME] = $0; next }
    {
      kind = FILENAME; sub(/.*\//, "", kind); sub(/\.csv$/, "", kind)
      dir = inbox "/" $ (kind == "samples" ? 2 : 1)
      file = dir "/" kind "_" $(kind == "samples" ? 2 : 1) ".csv"
      if (!(file in seen)) { system("mkdir -p " dir); print header[FILENAME] > file; seen[file] = 1 }
      print $0 >> file
    }' "$work/cohort/patients.csv" "$work/cohort/samples.csv" "$work/cohort/therapy_lines.csv" "$work/cohort/follow_up.csv"
  for f in "$work"/cohort/PT*-T1.*; do
    id="$(basename "$f")"; id="${id%%-T1.*}"
    cp "$f" "$inbox/$id/"
  done
  for d in "$inbox"/*/; do touch "$d.done"; done
}

run() {
  local engine="$1" connection="$2" dir="$work/$1"
  deliver "$dir/inbox"
  local files; files="$(find "$dir/inbox" -type f ! -name .done | wc -l)"
  echo "$engine: $deliveries deliveries, $files files"
  local start end
  start="$(date +%s.%N)"
  "${cli[@]}" --engine "$engine" --connection "$connection" jobs run-nightly \
    --inbox "$dir/inbox" --archive "$dir/archive" --quarantine "$dir/quarantine" --reports "$dir/reports" > "$dir/run.log"
  end="$(date +%s.%N)"
  tail -2 "$dir/run.log"
  awk -v s="$start" -v e="$end" -v n="$deliveries" 'BEGIN { printf "%s: %.1f s for the night, %.0f ms per delivery\n", "'"$engine"'", e - s, 1000 * (e - s) / n }'
}

if [[ ",$engines," == *",duckdb,"* ]]; then
  run duckdb "$work/duckdb.db"
fi

if [[ ",$engines," == *",postgres,"* ]]; then
  connection="${TRIALWAREHOUSE_TEST_POSTGRES:-}"
  if [ -z "$connection" ]; then
    source bench/postgres.sh
    connection="$(start_postgres "$work/pg" 55439 -c fsync=off)"
    trap 'stop_postgres "$work/pg"' EXIT
  fi
  run postgres "$connection"
fi
