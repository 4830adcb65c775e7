#!/usr/bin/env bash
# Conformance of 'quiz schedule replay' with the reference harness (ts-fsrs 5.4.2): fresh random
# histories (seed from the date unless FSRS_SEED is set), fuzz off and on, compared with
# compare.mjs --tol 1e-8 --rtol 1e-12. Needs quiz-cli/target/quiz.jar, node and npm.
#   scripts/fsrs-conformance.sh [N]       (N cases per run, default 300)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ref="${FSRS_REF:-$root/../shared/fsrs-ref}"
jar="$root/quiz-cli/target/quiz.jar"
n="${1:-300}"
seed="${FSRS_SEED:-$(date -u +%Y%m%d)$RANDOM}"
[ -f "$jar" ] || { echo "fsrs-conformance: build $jar first (mvn package)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$ref/." "$work/"
chmod -R u+w "$work"
(cd "$work" && npm install --no-audit --no-fund >/dev/null 2>&1) || {
  echo "fsrs-conformance: npm install failed in $work" >&2; exit 1; }

status=0
for fuzz in false true; do
  (cd "$work" && node gen_cases.mjs --n "$n" --seed "$seed" --fuzz "$fuzz" > cases.json 2>/dev/null \
    && node schedule.mjs cases.json > expected.json)
  java -jar "$jar" schedule replay "$work/cases.json" > "$work/actual.json"
  if result="$(cd "$work" && node compare.mjs expected.json actual.json --tol 1e-8 --rtol 1e-12 2>&1)"; then
    echo "fsrs-conformance: seed $seed fuzz $fuzz: $(tail -1 <<<"$result")"
  else
    echo "fsrs-conformance: seed $seed fuzz $fuzz FAILED:" >&2
    echo "$result" >&2
    status=1
  fi
done
exit "$status"
