#!/usr/bin/env bash
# Benchmark: the Java .apkg exporter vs the npm package anki-apkg-export on the same notes.
#
#   scripts/bench-anki-export.sh [NOTES] [RUNS]      (defaults: 100000 notes, 3 Java runs)
#   NODE_TIMEOUT=1200 (seconds, the default) stops the npm exporter if it has not finished by then:
#   it is quadratic (every added note runs unindexed "max id" queries), about 80 s for 10,000 notes
#   and hours for 100,000, so the result is then a lower bound: "> N ms, ratio > R".
#
# 1. compiles quiz-core's tests and runs dev.quiz.core.export.ApkgExportBench: it builds NOTES
#    synthetic questions (all five forms, 20 documents), exports them RUNS times with ApkgExporter
#    (first run cold, then warm) and writes notes.tsv with each note's front, back and tags;
# 2. installs anki-apkg-export (pinned below; run on sql.js 1.x, see the .js file for why) into a
#    temporary folder with npm and times it adding
#    the same fronts, backs and tags and saving its .apkg (one run: it is slow);
# 3. prints both times and the ratio node / java (Java's cold first run, the fair comparison with
#    node's single run, and its best warm run).
# Needs: java 17, maven (the exec plugin is fetched from Maven Central on first use), node >= 16, npm.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
NOTES="${1:-100000}"
RUNS="${2:-3}"
EXEC_PLUGIN_VERSION="$(sed -n 's:.*<exec-plugin.version>\(.*\)</exec-plugin.version>.*:\1:p' pom.xml)"
NPM_PACKAGES="anki-apkg-export@4.0.3 sql.js@1.16.0"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/quiz-anki-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

echo "== building quiz-core (test classes)"
mvn -q -o -pl quiz-core test-compile

echo "== java: ApkgExporter, $NOTES notes, $RUNS runs"
mvn -q -pl quiz-core org.codehaus.mojo:exec-maven-plugin:${EXEC_PLUGIN_VERSION}:java -Dexec.mainClass=dev.quiz.core.export.ApkgExportBench \
  -Dexec.classpathScope=test -Dexec.args="$WORK $NOTES $RUNS" | tee "$WORK/java.out"

echo "== node: $NPM_PACKAGES, $NOTES notes"
(cd "$WORK" && npm init -y >/dev/null 2>&1 && npm install --silent --no-audit --no-fund $NPM_PACKAGES >/dev/null 2>&1)
NODE_TIMEOUT="${NODE_TIMEOUT:-1200}"
NODE_START=$(date +%s%3N)
set +e
timeout "$NODE_TIMEOUT" node --max-old-space-size=4096 scripts/bench-anki-export.js \
  "$WORK/node_modules" "$WORK/notes.tsv" "$WORK/node.apkg" > "$WORK/node.out" 2> "$WORK/node.err"
NODE_RC=$?
set -e
tail -n 3 "$WORK/node.err"
cat "$WORK/node.out"
BOUND=""
if [ "$NODE_RC" = 124 ]; then
  BOUND=">"
  echo "node: stopped after ${NODE_TIMEOUT} s; $(tail -n 1 "$WORK/node.err")"
  echo "node notes=$NOTES ms=$(( $(date +%s%3N) - NODE_START ))" > "$WORK/node.out"
elif [ "$NODE_RC" != 0 ]; then
  echo "node failed (exit $NODE_RC)" >&2; exit 1
fi

JAVA_FIRST=$(sed -n 's/.*first_ms=\([0-9]*\).*/\1/p' "$WORK/java.out")
JAVA_BEST=$(sed -n 's/.*best_ms=\([0-9]*\).*/\1/p' "$WORK/java.out")
NODE_MS=$(sed -n 's/.*ms=\([0-9]*\).*/\1/p' "$WORK/node.out")
echo "== result ($NOTES notes)"
awk -v jf="$JAVA_FIRST" -v jb="$JAVA_BEST" -v n="$NODE_MS" -v b="$BOUND" 'BEGIN {
  printf "java ApkgExporter: first run %d ms, best of warm runs %d ms\n", jf, jb
  printf "node anki-apkg-export: %s%d ms\n", b, n
  printf "ratio node/java: %s%.1fx (first run), %s%.1fx (best run); goal >= 5x\n", b, n / jf, b, n / jb
}'
