#!/usr/bin/env bash
# Starts Hausdesk with Java's AOT cache (JEP 483/514), so that a start is ready about 2 s sooner (median on 2 cores:
# 9.6 s instead of 11.7 s by Payara's count, docs/performance.md):
#
#   hausdesk-start.sh JAVA [java options] -jar hausdesk.jar [Payara Micro arguments]
#
# The first start after the jar, Java or the options changed records which classes Hausdesk loads; when that run
# stops (systemctl stop/restart, podman stop), Java writes them into a cache of about 130 MB in start-cache/ under
# the working folder (HAUSDESK_START_CACHE_DIR), which takes about 15 s at that stop. Every later start maps the
# classes from there. A cache is named after the jar, Java and options it was made for; one that Java cannot use
# (cut off by a stop that was killed) is deleted and recorded anew. HAUSDESK_START_CACHE=off starts without one,
# and so does a working folder the script cannot write to.
set -euo pipefail

if [[ $# -lt 3 ]]; then
    echo "usage: hausdesk-start.sh JAVA [java options] -jar hausdesk.jar [arguments]" >&2
    exit 2
fi
java=$1
shift
if [[ "${HAUSDESK_START_CACHE:-on}" == "off" ]]; then
    exec "$java" "$@"
fi

# the options before -jar, and the jar
options=()
jar=""
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
    if [[ "${args[i]}" == "-jar" && $((i + 1)) -lt ${#args[@]} ]]; then
        jar=${args[i + 1]}
        break
    fi
    options+=("${args[i]}")
done
if [[ -z "$jar" || ! -f "$jar" ]]; then
    echo "Hausdesk cannot start: no jar after -jar (${jar:-none given})" >&2
    exit 2
fi

dir=${HAUSDESK_START_CACHE_DIR:-start-cache}
if ! mkdir -p "$dir" 2>/dev/null || [[ ! -w "$dir" ]]; then
    echo "Hausdesk: $dir cannot be written; starting without a start cache"
    exec "$java" "$@"
fi
# one cache per jar, Java and options: their sizes and times of change, and the options themselves
key=$( { stat -L -c '%s %Y' "$jar" "$(command -v "$java")"; printf '%s\n' "${options[@]}"; } | cksum | cut -d' ' -f1)
cache="$dir/hausdesk-$key.aot"

# a cache Java refuses (cut off, or made by another Java) would only put errors into the log at every start
if [[ -f "$cache" ]] && ! "$java" "${options[@]}" -XX:AOTCache="$cache" -XX:AOTMode=on -cp "$jar" -version \
        >/dev/null 2>&1; then
    echo "Hausdesk: the start cache $cache cannot be used; recording a new one"
    rm -f "$cache"
fi

if [[ -f "$cache" ]]; then
    exec "$java" -XX:AOTCache="$cache" "$@"
fi
# caches of other jars, Javas or options are of no use any more (this one's files are left to a run recording it)
find "$dir" -maxdepth 1 -name 'hausdesk-*.aot*' ! -name "hausdesk-$key.aot*" -delete 2>/dev/null || true
echo "Hausdesk: no start cache for this jar yet; this run records one, written to $cache when it stops"
# -Xlog:aot=off: making the cache lists hundreds of classes it leaves out, which is normal and only noise here
exec "$java" -XX:AOTCacheOutput="$cache" -Xlog:aot=off "$@"
