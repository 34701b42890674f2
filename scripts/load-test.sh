#!/usr/bin/env bash
# Load test against the packaged jar on loopback: 16 clients for 5 minutes on the embedded defaults (H2, Lucene,
# in-process embeddings, extractive answers). Needs wrk (Debian: apt-get install -y wrk) and a built
# target/quarkus-app (./mvnw -B package -DskipTests). The app is copied away first so that a build cannot change it
# mid-run. Rate limits are switched off for the run: they would (rightly) refuse one client asking this often.
#
#   HEAP=384m scripts/load-test.sh [duration=5m] [connections=16] [port=18089]   (HEAP: the -Xmx, default 1g)
set -euo pipefail
DURATION=${1:-5m}
CONNECTIONS=${2:-16}
PORT=${3:-18089}
HEAP=${HEAP:-1g}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d /tmp/court-guide-load.XXXX)
cp -r "$ROOT/target/quarkus-app" "$WORK/app"

# system properties go before -jar (after it they would be program arguments)
java -Xmx"$HEAP" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -Dcourt-guide.data-dir="$WORK/data" \
  -Dcourt-guide.knowledge.paths="$ROOT/knowledge" -Dcourt-guide.knowledge.background=false \
  -Dcourt-guide.rate-limit.enabled=false -jar "$WORK/app/quarkus-run.jar" > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
until curl -fs "http://127.0.0.1:$PORT/q/health/ready" > /dev/null; do
  kill -0 $APP || { echo "the app did not start, see $WORK/app.log"; exit 1; }
  sleep 2
done
# warm up: models loaded, first queries compiled
for q in '怎么起诉？' 'How do I appeal?'; do
  curl -fs -H 'Content-Type: application/json' -d "{\"question\":\"$q\"}" "http://127.0.0.1:$PORT/api/ask" > /dev/null
done
echo "RSS after start: $(ps -o rss= -p $APP) KiB"

( while kill -0 $APP 2>/dev/null; do ps -o rss= -p $APP; sleep 5; done ) > "$WORK/rss.txt" &
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 60s -s "$ROOT/scripts/load-mix.lua" "http://127.0.0.1:$PORT" \
  | tee "$WORK/wrk.txt"
echo "RSS peak during the run: $(sort -n "$WORK/rss.txt" | tail -1) KiB; after: $(ps -o rss= -p $APP) KiB"
# heap after a full collection tells a full heap (bounded) from a leak (growing live set)
jcmd $APP GC.run > /dev/null 2>&1 || true
echo "heap after a full GC: $(jcmd $APP GC.heap_info 2>/dev/null | grep -E 'garbage-first heap|total' | head -1)"
echo "server errors logged: $(grep -c ' ERROR ' "$WORK/app.log" || true)"
echo "results and logs: $WORK"
