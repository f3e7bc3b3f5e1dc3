#!/usr/bin/env bash
# Peak resident memory (VmHWM) of `techkg serve` under -Xmx3g with the NLP pipeline loaded, on a store of
# synthetic quads: builds the jar if needed, writes and loads the synthetic graph, starts the server on
# loopback, uploads the ten benchmark articles through /api/articles (so CoreNLP loads and runs), then runs
# the API and SPARQL load (4 clients, ROUNDS requests each over search, entity, graph and SPARQL requests)
# and prints VmHWM from /proc/PID/status. Linux only.
#
#   bench/peak-rss.sh                 # QUADS=1000000 PORT=7071 ROUNDS=200 HEAP=3g
#   QUADS=1500000 bench/peak-rss.sh
set -euo pipefail
cd "$(dirname "$0")/.."
QUADS=${QUADS:-1000000}
PORT=${PORT:-7071}
ROUNDS=${ROUNDS:-200}
HEAP=${HEAP:-3g}
WORK=$(mktemp -d)
SERVER=
cleanup() {
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

[ -f target/techkg.jar ] || mvn -B -q -DskipTests package
mvn -B -q -Pbench test-compile exec:java -Dbench.main=dev.techkg.bench.SyntheticGraph -Dbench.quads="$QUADS" -Dbench.out="$WORK/synthetic.nq"
java -jar target/techkg.jar load --store "$WORK/store" "$WORK/synthetic.nq"
rm "$WORK/synthetic.nq"

java -Xmx"$HEAP" -jar target/techkg.jar serve --store "$WORK/store" --port "$PORT" --bind 127.0.0.1 > "$WORK/serve.log" 2>&1 &
SERVER=$!
BASE=http://127.0.0.1:$PORT
for _ in $(seq 1 120); do curl -sf "$BASE/health" > /dev/null && break; sleep 1; done

JOBS=()
for f in src/test/resources/bench/articles/*.txt; do
  JOBS+=("$(curl -sf -D - -o /dev/null -F "file=@$f" "$BASE/api/articles" | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')")
done
for job in "${JOBS[@]}"; do
  until curl -sf "$BASE$job" | grep -Eq '"state": ?"(done|failed)"'; do sleep 1; done
done
echo "ingested ${#JOBS[@]} articles; $(curl -sf "$BASE/health")"

SPARQL='SELECT ?o ?e WHERE { ?st <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> <https://w3id.org/techkg/id/microsoft> ; <https://w3id.org/techkg/ontology#evidence> ?e ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> ?o }'
client() {
  for _ in $(seq 1 "$ROUNDS"); do
    curl -sf -o /dev/null "$BASE/api/entities?q=nvi"
    curl -sf -o /dev/null "$BASE/api/entities/microsoft"
    curl -sf -o /dev/null "$BASE/api/graph?center=microsoft&depth=2"
    curl -sf -o /dev/null "$BASE/api/graph?limit=30"
    curl -sf -o /dev/null --data-urlencode "query=$SPARQL" "$BASE/sparql"
  done
}
START=$(date +%s)
CLIENTS=()
for _ in 1 2 3 4; do client & CLIENTS+=($!); done
wait "${CLIENTS[@]}"
echo "API load: 4 clients x $ROUNDS rounds x 5 requests in $(( $(date +%s) - START )) s"
grep -E 'VmHWM|VmRSS' "/proc/$SERVER/status"
