#!/usr/bin/env bash
# Start-time benchmark: how long the self-contained jar takes until /health/ready, started as the systemd unit
# starts it (deploy/hausdesk-start.sh, the unit's Java options, H2 in a fresh folder), without and with Java's AOT
# cache, in turns. Prints each start and the medians as Markdown (docs/performance.md, "Start").
#
#   ./mvnw -Puberjar -DskipTests && src/test/benchmarks/start-time.sh [rounds, default 6] [port, default 8099]
#
# Needs a JDK 25 (JAVA_HOME or /usr/lib/jvm/temurin-25-jdk-amd64), curl and bc.
set -euo pipefail
cd "$(dirname "$0")/../../.."
rounds=${1:-6}
port=${2:-8099}
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
jar=$PWD/target/hausdesk.jar
start=$PWD/deploy/hausdesk-start.sh
[[ -f "$jar" ]] || { echo "no $jar: build it with ./mvnw -Puberjar -DskipTests" >&2; exit 2; }
if curl -fs -o /dev/null "http://127.0.0.1:$port/"; then
    echo "port $port is in use: give another as the second argument" >&2
    exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export HAUSDESK_PLATFORM_DB_URL="jdbc:h2:file:$work/data/hausdesk" HAUSDESK_SEARCH_INDEX_DIR=$work/data/index \
    HAUSDESK_TICKET_ATTACHMENTS_DIR=$work/data/attachments MALLOC_ARENA_MAX=2
options=(-Xmx256m -Xss512k -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=200m
    -XX:TieredStopAtLevel=1 --enable-native-access=ALL-UNNAMED --add-modules=jdk.incubator.vector
    --sun-misc-unsafe-memory-access=allow)

# one start: prints "seconds until /health/ready answered" and "Payara Micro's own count", then stops it (SIGTERM)
once() {
    local began pid ready payara
    began=$(date +%s.%N)
    HAUSDESK_START_CACHE=$1 "$start" "$java" "${options[@]}" -jar "$jar" --port "$port" --nohazelcast \
        > "$work/log.txt" 2>&1 &
    pid=$!
    until curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready"; do
        kill -0 "$pid" 2>/dev/null || { echo "the server ended; its log: $work/log.txt" >&2; cat "$work/log.txt" >&2; exit 1; }
        sleep 0.1
    done
    ready=$(echo "$(date +%s.%N) - $began" | bc)
    payara=$(grep -o 'ready in [0-9,]* (ms)' "$work/log.txt" | tr -d ',' | awk '{printf "%.1f", $3 / 1000}')
    kill "$pid"
    wait "$pid" || true
    printf '%.1f %s\n' "$ready" "$payara"
}

median() {
    sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

echo "warm-up: a first start creates the database and the index, and a second records the AOT cache" >&2
once off > /dev/null
once on > /dev/null
off=()
on=()
echo "| round | without cache: ready (Payara's count) s | with cache: ready (Payara's count) s |"
echo "|---:|---:|---:|"
for ((i = 1; i <= rounds; i++)); do
    a=$(once off)
    b=$(once on)
    off+=("$a")
    on+=("$b")
    echo "| $i | ${a% *} (${a#* }) | ${b% *} (${b#* }) |"
done
echo "| median | $(printf '%s\n' "${off[@]}" | cut -d' ' -f1 | median) ($(printf '%s\n' "${off[@]}" | cut -d' ' -f2 | median)) |\
 $(printf '%s\n' "${on[@]}" | cut -d' ' -f1 | median) ($(printf '%s\n' "${on[@]}" | cut -d' ' -f2 | median)) |"
