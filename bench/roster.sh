#!/usr/bin/env bash
# Roster import benchmark (issue 12): a synthetic roster of N members (default 1,000,000) and 1.5 N dependents
# (never real data: names are drawn from a few syllables by row number) is imported by the real jar into a fresh
# PostgreSQL database, then imported again unchanged; each run is one `import-roster` process under
# /usr/bin/time -v (wall time, peak RSS) with a 256 MB heap. In the same run plain `\copy` of the same two files
# into unindexed text tables gives the floor to compare with. Goal: import and re-import within 2x of COPY.
# The "sql floor" lines store the same rows with PostgreSQL alone (INSERT ... SELECT from the COPYed text into tables with
# our indexes and foreign keys): what any import must pay for the indexes, whatever the program in front of it.
# Usage: bash bench/roster.sh [members, default 1000000]   (BENCH_SKIP_BUILD=1 to use the jar as built)
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust); creates and drops the database bench_roster.
set -euo pipefail
cd "$(dirname "$0")/.."
MEMBERS=${1:-1000000}
DB=${BENCH_DB:-bench_roster}
WORK=$(mktemp -d /tmp/kennin-roster-bench.XXXXXX)
PSQL="psql -h 127.0.0.1 -U postgres -X -q"
export PGOPTIONS="-c client_min_messages=warning"
JAR=bootstrap/target/kenpo-kennin.jar
if [ "${BENCH_SKIP_BUILD:-}" != "1" ]; then
  ./mvnw -B -o -q install -DskipTests -pl adapters-cli,bootstrap -am
fi
cleanup() {
  dropdb -h 127.0.0.1 -U postgres --if-exists --force "$DB" || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== generating $MEMBERS members and $((MEMBERS * 3 / 2)) dependents (synthetic) in $WORK"
awk -v n="$MEMBERS" 'BEGIN {
  split("ア カ サ タ ナ ハ マ ヤ ラ ワ", k, " "); split("亜 加 佐 田 奈 羽 真 矢 良 和", w, " ");
  print "記号,番号,氏名,氏名カナ,生年月日,メールアドレス,事業所";
  for (i = 1; i <= n; i++) {
    a = i % 10 + 1; b = int(i / 10) % 10 + 1; c = int(i / 100) % 10 + 1;
    printf "%d,%d,%s%s %s%s,%s%s %s%s,%d/%02d/%02d,m%d@example.invalid,第%d事業所\n", 10 + i % 90, i,
      w[a], w[b], w[c], w[a], k[a], k[b], k[c], k[a], 1950 + i % 50, 1 + i % 12, 1 + i % 28, i, i % 20;
  } }' > "$WORK/members.csv"
awk -v n="$MEMBERS" 'BEGIN {
  split("ア カ サ タ ナ ハ マ ヤ ラ ワ", k, " "); split("亜 加 佐 田 奈 羽 真 矢 良 和", w, " ");
  print "記号,番号,被扶養者番号,氏名,氏名カナ,生年月日,続柄,性別,同居区分,認定日";
  for (i = 1; i <= n; i++) {
    a = i % 10 + 1; b = int(i / 10) % 10 + 1;
    printf "%d,%d,1,%s%s %s,%s%s %s,%d/%02d/%02d,妻,女,同居,2010/04/01\n", 10 + i % 90, i, w[a], w[b], w[b], k[a], k[b], k[b],
      1955 + i % 40, 1 + i % 12, 1 + i % 28;
    if (i % 2 == 0) {
      printf "%d,%d,2,%s%s %s,%s%s %s,%d/%02d/%02d,長男,男,別居,\n", 10 + i % 90, i, w[a], w[b], w[a], k[a], k[b], k[a],
        2000 + i % 20, 1 + i % 12, 1 + i % 28;
    }
  } }' > "$WORK/dependents.csv"
ls -l "$WORK"/*.csv | awk '{print $5, $9}'

dropdb -h 127.0.0.1 -U postgres --if-exists --force "$DB"
createdb -h 127.0.0.1 -U postgres "$DB"
export KENNIN_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" KENNIN_DB_USER=postgres KENNIN_DB_PASSWORD=""
export KENNIN_DATA_DIR="$WORK/data"
JAVA="java -Xmx256m -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -jar $JAR"
printf '記号,番号,氏名,氏名カナ,生年月日,メールアドレス\n99,1,試験 一,シケン イチ,1980/01/01,x@example.invalid\n' > "$WORK/one.csv"
# Migrate first, so the timed runs measure imports and not the schema's creation.
$JAVA import-roster --insurer bench --create-insurer ベンチ健康保険組合 --encoding UTF-8 "$WORK/one.csv" --kind members \
  > /dev/null 2>&1 < /dev/null || true
$PSQL -d "$DB" -c "truncate member, dependent cascade" > /dev/null 2>&1 || true

run() { # label, args...
  local label=$1; shift
  /usr/bin/time -v $JAVA import-roster "$@" > "$WORK/$label.out" 2> "$WORK/$label.err" || { cat "$WORK/$label.out" "$WORK/$label.err"; exit 1; }
  local wall rss
  wall=$(grep "Elapsed (wall clock)" "$WORK/$label.err" | awk '{print $NF}')
  rss=$(grep "Maximum resident set size" "$WORK/$label.err" | awk '{print $NF}')
  printf "%-22s wall %-9s peak RSS %6d MB   %s\n" "$label" "$wall" $((rss / 1024)) "$(head -1 "$WORK/$label.out" | tr -d '\n')"
}
copy() { # label, file, columns
  $PSQL -d "$DB" -c "drop table if exists copy_$1; create unlogged table copy_$1 ($3)" > /dev/null
  local start end
  start=$(date +%s.%N)
  $PSQL -d "$DB" -c "\\copy copy_$1 from '$2' with (format csv, header true)"
  end=$(date +%s.%N)
  printf "%-22s wall %.2f s\n" "copy $1 (unlogged)" "$(echo "$end - $start" | bc)"
  $PSQL -d "$DB" -c "drop table copy_$1; create table copy_$1 ($3)" > /dev/null
  start=$(date +%s.%N)
  $PSQL -d "$DB" -c "\\copy copy_$1 from '$2' with (format csv, header true)"
  end=$(date +%s.%N)
  printf "%-22s wall %.2f s\n" "copy $1 (logged)" "$(echo "$end - $start" | bc)"
}
echo "== $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(psql -h 127.0.0.1 -U postgres -Atc 'show server_version'), -Xmx256m"
run startup-1-row --insurer bench0 --create-insurer ベンチ零 --encoding UTF-8 "$WORK/one.csv"
run members-first --insurer bench --encoding UTF-8 "$WORK/members.csv"
run dependents-first --insurer bench --kind dependents --encoding UTF-8 "$WORK/dependents.csv"
run members-again --insurer bench --encoding UTF-8 "$WORK/members.csv"
run dependents-again --insurer bench --kind dependents --encoding UTF-8 "$WORK/dependents.csv"
copy members "$WORK/members.csv" "c1 text, c2 text, c3 text, c4 text, c5 text, c6 text, c7 text"
copy dependents "$WORK/dependents.csv" "c1 text, c2 text, c3 text, c4 text, c5 text, c6 text, c7 text, c8 text, c9 text, c10 text"
# The floor PostgreSQL itself sets for storing those rows: INSERT ... SELECT from the COPYed text into tables shaped like
# member and dependent (same columns, indexes, unique keys and foreign keys), in one transaction each, no Java involved.
floor() { # label, create, insert
  $PSQL -d "$DB" -c "drop table if exists floor_$1; $2" > /dev/null
  local start end
  start=$(date +%s.%N)
  $PSQL -d "$DB" -c "$3" > /dev/null
  end=$(date +%s.%N)
  printf "%-22s wall %.2f s\n" "sql floor $1" "$(echo "$end - $start" | bc)"
  $PSQL -d "$DB" -c "drop table floor_$1" > /dev/null
}
floor members "create table floor_members (like member including all); alter table floor_members add foreign key (insurer_code) references insurer (code)" \
  "insert into floor_members (insurer_code, symbol, number, name_written, name_kana, name_kana_key, birth_date, email, email_key, office, email_set_by_member)
   select 'bench', c1, c2, c3, c4, c4, c5::date, c6, lower(c6), c7, false from copy_members"
floor dependents "create table floor_dependents (like dependent including all); alter table floor_dependents add foreign key (member_id) references member (id)" \
  "insert into floor_dependents (member_id, dependent_number, name_written, name_kana, birth_date, relationship, relationship_term, sex, cohabitation, certified_on)
   select m.id, c.c3, c.c4, c.c5, c.c6::date, 'SPOUSE', c.c7, c.c8, c.c9, nullif(c.c10, '')::date from copy_dependents c
   join member m on m.insurer_code = 'bench' and m.symbol = c.c1 and m.number = c.c2"
echo "(each import run is a whole process: JVM start, wiring, Flyway validation; startup-1-row is that fixed cost)"
$PSQL -d "$DB" -Atc "select 'stored: ' || (select count(*) from member) || ' members, ' || (select count(*) from dependent) || ' dependents'"
