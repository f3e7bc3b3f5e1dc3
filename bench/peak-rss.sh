#!/usr/bin/env bash
# Peak resident memory (VmHWM) of `techkg serve` under -Xmx3g with the NLP pipeline loaded, on a store of
# synthetic quads: builds the jar if needed, writes and loads the synthetic graph, starts the server on
# loopback, uploads the ten benchmark articles through /api/articles (so CoreNLP loads and runs), sends one
# search (the first API request reads the whole graph index into memory; timed), then for DURATION seconds
# sends API and SPARQL load from 4 clients (each cycling through searches, the biggest hub's entity page and
# graph, the start page, an entity page and graph of the articles, a SPARQL lookup and the saved
# partners-of-rivals query for the hub) while a fifth client keeps uploading new copies of the ten articles (each
# a write, after which the index reads the written graph again). Prints VmHWM after each phase, the requests that
# failed or timed out, the live heap after a full collection at the end (jcmd), and any OutOfMemoryError in the
# server's log. Linux only.
#
#   bench/peak-rss.sh                 # QUADS=1000000 PORT=7071 DURATION=180 HEAP=3g
#   QUADS=7000000 bench/peak-rss.sh   # about 100 000 articles' worth
#   SERVER_LOG=serve.log bench/peak-rss.sh   # keeps the server's log
set -euo pipefail
cd "$(dirname "$0")/.."
QUADS=${QUADS:-1000000}
PORT=${PORT:-7071}
DURATION=${DURATION:-180}
HEAP=${HEAP:-3g}
WORK=$(mktemp -d)
SERVER=
cleanup() {
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

[ -f target/techkg.jar ] || mvn -B -q -DskipTests package
mvn -B -q -Pbench test-compile exec:java -Dbench.main=dev.techkg.bench.SyntheticGraph -Dbench.quads="$QUADS" -Dbench.out="$WORK/synthetic.nq" \
  | tee "$WORK/synthetic.txt"
HUB=$(sed -n 's/.*biggest hub: \([a-z0-9-]*\) ("\([^"]*\)").*/\1/p' "$WORK/synthetic.txt")
HUB_NAME=$(sed -n 's/.*biggest hub: [a-z0-9-]* ("\([^"]*\)").*/\1/p' "$WORK/synthetic.txt")
java -jar target/techkg.jar load --store "$WORK/store" "$WORK/synthetic.nq"
rm "$WORK/synthetic.nq"

java -Xmx"$HEAP" -jar target/techkg.jar serve --store "$WORK/store" --port "$PORT" --bind 127.0.0.1 > "$WORK/serve.log" 2>&1 &
SERVER=$!
BASE=http://127.0.0.1:$PORT
for _ in $(seq 1 120); do curl -sf "$BASE/health" > /dev/null && break; sleep 1; done

# The VmHWM, VmRSS, RssAnon and RssFile lines of the server, on one line, after a phase.
memory() { echo "$1: $(grep -E 'VmHWM|VmRSS|RssAnon|RssFile' "/proc/$SERVER/status" | awk '{printf "%s%s %s %s", (NR > 1 ? ", " : ""), $1, $2, $3}')"; }
memory "started"
# Uploads a file and waits until its job is done or failed; prints the job's final state.
upload() {
  local job
  job=$(curl -sf -D - -o /dev/null -F "file=@$1" "$BASE/api/articles" | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')
  if [ -z "$job" ]; then echo "upload-refused"; return; fi
  until curl -sf "$BASE$job" | grep -Eq '"state": ?"(done|failed)"'; do sleep 1; done
  curl -sf "$BASE$job" | grep -Eo '"state": ?"(done|failed)"' | head -1 | sed 's/.*"\([a-z]*\)"$/\1/'
}
JOBS=()
for f in src/test/resources/bench/articles/*.txt; do
  JOBS+=("$(curl -sf -D - -o /dev/null -F "file=@$f" "$BASE/api/articles" | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')")
done
for job in "${JOBS[@]}"; do
  until curl -sf "$BASE$job" | grep -Eq '"state": ?"(done|failed)"'; do sleep 1; done
done
echo "ingested ${#JOBS[@]} articles; $(curl -sf "$BASE/health")"
memory "models loaded, articles stored"
FIRST=$(curl -s -o /dev/null -w '%{http_code} in %{time_total} s' --max-time 600 "$BASE/api/entities?q=${HUB:0:3}" || true)
echo "first API request (reads the graph index): $FIRST"
memory "graph index read"

SPARQL="SELECT ?o ?e WHERE { ?st <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> <https://w3id.org/techkg/id/$HUB> ; <https://w3id.org/techkg/ontology#evidence> ?e ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> ?o } LIMIT 1000"
# One request; prints its status (000: no answer within 60 s) and URL. A failure is counted, never fatal to the client.
request() { curl -s -o /dev/null -w '%{http_code} %{url_effective}\n' --max-time 60 "$@" || true; }
client() {
  local end=$(( $(date +%s) + DURATION ))
  while [ "$(date +%s)" -lt "$end" ]; do
    request "$BASE/api/entities?q=${HUB:0:3}"
    request "$BASE/api/entities/$HUB"
    request "$BASE/api/graph?center=$HUB&depth=2"
    request "$BASE/api/graph?limit=30"
    request "$BASE/api/entities/microsoft"
    request "$BASE/api/graph?center=microsoft&depth=2"
    request --data-urlencode "query=$SPARQL" "$BASE/sparql"
    request -G --data-urlencode "name=$HUB_NAME" "$BASE/api/queries/partners-of-rivals"
  done > "$WORK/client.$1"
}
# Uploads new versions of the ten articles (a line appended, so each is a new article and a write) until the end.
uploader() {
  local end=$(( $(date +%s) + DURATION )) n=0
  mkdir -p "$WORK/uploads"
  while [ "$(date +%s)" -lt "$end" ]; do
    for f in src/test/resources/bench/articles/*.txt; do
      n=$((n + 1))
      { cat "$f"; echo; echo "This is copy $n of the report."; } > "$WORK/uploads/copy-$n.txt"
      upload "$WORK/uploads/copy-$n.txt"
      [ "$(date +%s)" -lt "$end" ] || break
    done
  done > "$WORK/uploads.txt"
}
START=$(date +%s)
CLIENTS=()
for i in 1 2 3 4; do client "$i" & CLIENTS+=($!); done
uploader & CLIENTS+=($!)
wait "${CLIENTS[@]}"
cat "$WORK"/client.* > "$WORK/statuses"
echo "API and SPARQL load: 4 clients for $(( $(date +%s) - START )) s, $(wc -l < "$WORK/statuses") requests;" \
  "status counts: $(cut -d' ' -f1 "$WORK/statuses" | sort | uniq -c | awk '{printf "%s x %s, ", $2, $1}')"
# Which requests failed: status and path (query strings cut at 60 characters).
grep -v '^200 ' "$WORK/statuses" | sed "s#$BASE##" | cut -c1-70 | sort | uniq -c || true
echo "uploads meanwhile: $(wc -l < "$WORK/uploads.txt"); job states: $(sort "$WORK/uploads.txt" | uniq -c | awk '{printf "%s x %s, ", $2, $1}')"
# VmHWM is the peak; RssAnon (heap, code, stacks) and RssFile (TDB2's memory-mapped indexes, which the kernel may drop) split the current VmRSS.
memory "after the load"
grep -E 'VmHWM|VmRSS|RssAnon|RssFile' "/proc/$SERVER/status"
# The live heap: what a full collection leaves (models, graph index, caches).
jcmd "$SERVER" GC.run > /dev/null && echo "after a full GC: $(jcmd "$SERVER" GC.heap_info | grep -E 'heap +total' | sed 's/^ *//')"
# What the server logged about failed requests (the first line of each distinct warning).
grep -A1 'failed' "$WORK/serve.log" | grep -v '^--' | sed 's/^[0-9:. -]*//' | sort | uniq -c | sort -rn | head -8 || true
[ -z "${SERVER_LOG:-}" ] || cp "$WORK/serve.log" "$SERVER_LOG"
if grep -q OutOfMemoryError "$WORK/serve.log"; then echo "OutOfMemoryError in the server log:"; grep -m3 OutOfMemoryError "$WORK/serve.log"; else echo "no OutOfMemoryError in the server log"; fi
