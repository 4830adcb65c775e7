#!/usr/bin/env bash
# Benchmarks of a study session (numbers go into no test: see the README's Benchmarks section).
#  1. Time to the first card shown by `./quiz drill` on a bank of 100,000 cards (goal < 0.5 s),
#     from the launcher's start to the card's question line on standard output, best of 5:
#     - plain `java -Xshare:off -jar` (QUIZ_PLAIN=1: none of the launcher's options, no CDS);
#     - plain `java -jar` (the JDK's default CDS archive only);
#     - the launcher as users run it: its per-command CDS archive (written by a first run, not
#       timed), sqlite-jdbc's native library extracted once (not into /tmp on every start),
#       C1 only and the serial GC (see the comments in ./quiz).
#     The machine's load matters a lot (the figures roughly double at load 5 on 2 cores): the
#     load average is printed; compare figures taken at similar loads.
#  2. "Next due card" from a bank of 1,000,000 cards through Store.dueCards(deck, now, 1)
#     (goal < 5 ms): median, p99 and max over 1,000 queries.
# Usage: scripts/bench-drill.sh [CARDS_FOR_DRILL [CARDS_FOR_DUE]]   (defaults 100000 1000000)
# Banks are kept in $BENCH_DIR (default /tmp/quiz-bench) and reused when their size matches.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
small="${1:-100000}"
large="${2:-1000000}"
dir="${BENCH_DIR:-/tmp/quiz-bench}"
jar="$root/quiz-cli/target/quiz.jar"
launcher_cds="$root/quiz-cli/target/launcher/cds/drill.jsa"
mkdir -p "$dir"

"$root/quiz" --version >/dev/null    # builds the jar when sources changed
bench="$root/quiz-bench/target/benchmarks.jar"
(cd "$root" && mvn -q -B -Pbench -pl quiz-bench -am package -DskipTests >&2)   # BenchBank

make_bank() { # FILE N
  if [ ! -f "$1" ] || [ "$(cat "$1.count" 2>/dev/null)" != "$2" ]; then
    java -cp "$bench" dev.quiz.bench.BenchBank make "$1" "$2" 2>/dev/null
    echo "$2" > "$1.count"
  fi
}

# Milliseconds from start until the first card's question line is printed.
first_card_ms() { # BANK (env as set by the caller)
  local start end
  start=$(date +%s%N)
  "$root/quiz" drill --bank "$1" --limit 1 </dev/null 2>/dev/null | { IFS= read -r _; IFS= read -r _; IFS= read -r _; date +%s%N > "$dir/end"; cat >/dev/null; }
  end=$(cat "$dir/end")
  echo $(( (end - start) / 1000000 ))
}

best_of() { # N CMD...: the smallest of N runs, in ms
  local n=$1 best=999999 t; shift
  for _ in $(seq "$n"); do t=$("$@"); [ "$t" -lt "$best" ] && best=$t; done
  echo "$best"
}

bank="$dir/bank-$small.db"
make_bank "$bank" "$small"
echo "== time to first card, $small cards (best of 5; load average $(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo ?))"
echo "   plain java, no CDS:         $(QUIZ_PLAIN=1 QUIZ_JAVA_OPTS=-Xshare:off best_of 5 first_card_ms "$bank") ms"
echo "   plain java, JDK CDS only:   $(QUIZ_PLAIN=1 best_of 5 first_card_ms "$bank") ms"
rm -f "$launcher_cds"
first_card_ms "$bank" >/dev/null      # this run writes the launcher's archive for drill
echo "   launcher (./quiz):          $(best_of 5 first_card_ms "$bank") ms"

big="$dir/bank-$large.db"
make_bank "$big" "$large"
echo "== next due card, $large cards"
java -cp "$bench" dev.quiz.bench.BenchBank due "$big" 2>/dev/null | sed 's/^/   /'
