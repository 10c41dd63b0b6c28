# Sourced by the bench scripts: a throwaway PostgreSQL cluster from /usr/lib/postgresql/*/bin, run as the postgres OS
# user when the script runs as root (initdb refuses root).
# start_postgres FOLDER PORT [SERVER OPTION...] starts one under FOLDER and prints its connection string;
# stop_postgres FOLDER stops it.
postgres_as=(); [ "$(id -u)" = 0 ] && postgres_as=(runuser -u postgres --)
postgres_bin() { ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1; }

start_postgres() {
  local dir="$1" port="$2" bin
  shift 2
  bin="$(postgres_bin)"
  mkdir -p "$dir"
  if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
  "${postgres_as[@]}" "$bin/initdb" -D "$dir/data" -A trust -U postgres --no-locale -E UTF8 >/dev/null
  "${postgres_as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -o "-p $port -k $dir $*" -w start >/dev/null
  echo "Host=$dir;Port=$port;Username=postgres;Database=postgres"
}

stop_postgres() { "${postgres_as[@]}" "$(postgres_bin)/pg_ctl" -D "$1/data" -m fast stop >/dev/null; }
