#!/usr/bin/env bash
# Regenerates the FSRS golden vectors in quiz-core/src/test/resources/dev/quiz/core/schedule/ from the
# reference harness ../shared/fsrs-ref (ts-fsrs 5.4.2). Copies the harness to a temp dir, installs
# it with npm, then generates review histories with fixed seeds and the reference's trajectories.
# Output is deterministic: the same harness gives byte-identical files.
#   scripts/fsrs-golden.sh            (FSRS_REF=/path/to/fsrs-ref to use another copy)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ref="${FSRS_REF:-$root/../shared/fsrs-ref}"
out="$root/quiz-core/src/test/resources/dev/quiz/core/schedule"
[ -f "$ref/schedule.mjs" ] || { echo "fsrs-golden: no reference harness at $ref" >&2; exit 1; }
command -v npm >/dev/null || { echo "fsrs-golden: node and npm are needed" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$ref/." "$work/"
chmod -R u+w "$work"
(cd "$work" && npm install --no-audit --no-fund >/dev/null 2>&1)
mkdir -p "$out"
rm -f "$out"/fsrs-golden-*.json.gz

# Deterministic pseudo-random weight vectors (some outside ts-fsrs's bounds, to exercise clipping).
weights() {
  node -e '
    let s = Number(process.argv[1]) >>> 0
    const r = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296)
    const hi = [100, 100, 100, 100, 10, 4, 4, 0.75, 4.5, 0.8, 3.5, 5, 0.25, 0.9, 4, 1, 6, 2, 2, 0.8, 0.8]
    const w = hi.map((h, i) => +(r() < 0.05 ? h * 1.3 : (i < 4 ? 0.05 + r() * 30 : r() * h)).toFixed(4))
    console.log(w.join(","))' "$1"
}

# group NAME N SEED [gen_cases options...]; set PREVIEW=1 for the four outcomes of every step
group() {
  local name="$1" n="$2" seed="$3"
  shift 3
  (
    cd "$work"
    node gen_cases.mjs --n "$n" --seed "$seed" "$@" 2>/dev/null |
      node -e 'const i = JSON.parse(require("fs").readFileSync(0, "utf8"));
               for (const c of i.cases) delete c.final; delete i.generator;
               process.stdout.write(JSON.stringify(i))' > "in-$name.json"
    node schedule.mjs "in-$name.json" ${PREVIEW:+--with-preview} 2>/dev/null > "out-$name.json"
    node -e 'const fs = require("fs");
             const input = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
             const expected = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
             process.stdout.write(JSON.stringify({ group: process.argv[3], input, expected }))' \
      "in-$name.json" "out-$name.json" "$name" | gzip -9n > "$out/fsrs-golden-$name.json.gz"
  )
  echo "fsrs-golden: $name ($n cases)" >&2
}

group default 400 101
group fuzz 400 102 --fuzz true
group long-term 300 103 --short-term false
group long-term-fuzz 300 104 --short-term false --fuzz true
group steps-three 250 105 --fuzz true --learning-steps 1m,5m,1h --relearning-steps 10m,1h
group steps-days 250 106 --fuzz true --learning-steps 10m,1d --relearning-steps 1d
group steps-none 200 107 --fuzz true --learning-steps "" --relearning-steps ""
group retention-80-max-30 200 108 --fuzz true --retention 0.8 --max-ivl 30 --relearning-steps 5m,10m,15m
group random-w1 150 109 --fuzz true --retention 0.85 --params "$(weights 1)"
group random-w2 150 110 --short-term false --retention 0.95 --max-ivl 365 --params "$(weights 2)"
group random-w3 150 111 --fuzz true --short-term false --retention 0.75 --params "$(weights 3)"
group random-w4 150 112 --learning-steps 2m,20m,2h --relearning-steps 30m,1d --params "$(weights 4)"
group fsrs45-w17 150 113 --fuzz true --params 0.4,0.9,2.3,10.9,4.93,0.94,0.86,0.01,1.49,0.14,0.94,2.18,0.05,0.34,1.26,0.29,2.61
group fsrs5-w19 150 114 --fuzz true --params 0.40255,1.18385,3.173,15.69105,7.1949,0.5345,1.4604,0.0046,1.54575,0.1192,1.01925,1.9395,0.11,0.29605,2.2698,0.2315,2.9898,0.51655,0.6621
PREVIEW=1 group preview-fuzz 150 115 --fuzz true
PREVIEW=1 group preview-long-term 100 116 --short-term false --fuzz true --learning-steps 1m,1d
ls -la "$out"/fsrs-golden-*.json.gz >&2
