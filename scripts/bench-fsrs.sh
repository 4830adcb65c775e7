#!/usr/bin/env bash
# FSRS next-state throughput: the Java scheduler (JMH, quiz-bench) against ts-fsrs 5.4.2 in node on
# the same workload, then the ratio. One operation = all four outcomes of one review (Java
# Scheduler.next, ts-fsrs f.repeat). The workload is every (card before, review time) pair of 2000
# generated histories (seed 1) replayed by the reference harness ../shared/fsrs-ref.
#   scripts/bench-fsrs.sh          (needs mvn, node, npm; about 2 minutes; uses 1 core at a time)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ref="${FSRS_REF:-$root/../shared/fsrs-ref}"
work="$(mktemp -d)"
trap '[ -n "${KEEP_WORK:-}" ] || rm -rf "$work"' EXIT

echo "bench-fsrs: building quiz-bench (mvn -Pbench)" >&2
(cd "$root" && mvn -q -B -Pbench -pl quiz-bench -am package -DskipTests >&2)

cp -r "$ref/." "$work/"
chmod -R u+w "$work"
cd "$work"
npm install --no-audit --no-fund >/dev/null 2>&1
node gen_cases.mjs --n 2000 --seed 1 2>/dev/null > cases.json
node schedule.mjs cases.json > replay.json
node -e '
  const r = JSON.parse(require("fs").readFileSync("replay.json", "utf8"))
  const items = []
  for (const c of r.cases) {
    let card = null
    for (const s of c.steps) { items.push({ card, now: s.at }); card = s.card }
  }
  process.stdout.write(JSON.stringify(items))' > workload.json

cat > bench.mjs <<'JS'
// ts-fsrs side: f.repeat (all four outcomes) over the workload; wall and CPU throughput.
import { readFileSync } from 'node:fs'
import { cardFromJson, makeScheduler } from './lib.mjs'
const items = JSON.parse(readFileSync('workload.json', 'utf8'))
for (const fuzz of [false, true]) {
  const f = makeScheduler({ enable_fuzz: fuzz })
  const cards = items.map((it) => cardFromJson(it.card, it.now))
  const nows = items.map((it) => new Date(it.now))
  let i = 0, sink = 0
  const round = () => {
    const t0 = performance.now(), c0 = process.cpuUsage()
    for (let k = 0; k < 50000; k++) {
      sink += f.repeat(cards[i], nows[i])[4].card.scheduled_days
      i = i + 1 === cards.length ? 0 : i + 1
    }
    const c = process.cpuUsage(c0)
    return [50000 / ((performance.now() - t0) / 1000), 50000 / ((c.user + c.system) / 1e6)]
  }
  for (let w = 0; w < 4; w++) round()
  let wall = 0, cpu = 0
  for (let m = 0; m < 6; m++) { const [a, b] = round(); wall += a / 6; cpu += b / 6 }
  process.stdout.write(JSON.stringify({ fuzz, ops_per_s: wall, ops_per_cpu_s: cpu, sink }) + "\n")
}
JS
echo "bench-fsrs: $(node -e 'console.log(JSON.parse(require("fs").readFileSync("workload.json")).length)') reviews in the workload; node (ts-fsrs)..." >&2
node bench.mjs > node.jsonl
echo "bench-fsrs: java, CPU time..." >&2
java -cp "$root/quiz-bench/target/benchmarks.jar" dev.quiz.bench.FsrsCpuTime workload.json > java-cpu.jsonl
echo "bench-fsrs: java, JMH..." >&2
java -jar "$root/quiz-bench/target/benchmarks.jar" FsrsNextBenchmark \
  -jvmArgsAppend "-Dworkload=$work/workload.json" -rf json -rff "$work/jmh.json" >&2

# Wall-clock throughput depends on what else the machine runs; CPU time per operation does not.
node -e '
  const fs = require("fs")
  const lines = (f) => fs.readFileSync(f, "utf8").trim().split("\n").map((l) => JSON.parse(l))
  const ts = lines("node.jsonl"), jc = lines("java-cpu.jsonl")
  const jmh = JSON.parse(fs.readFileSync("jmh.json", "utf8"))
  const n = (x) => Math.round(x).toLocaleString("en")
  for (const t of ts) {
    const j = jmh.find((r) => String(r.params.fuzz) === String(t.fuzz)).primaryMetric
    const c = jc.find((r) => r.fuzz === t.fuzz)
    console.log(`fuzz ${t.fuzz ? "on " : "off"}: wall  java (JMH) ${n(j.score)} ops/s, ts-fsrs ${n(t.ops_per_s)} ops/s, ratio ${(j.score / t.ops_per_s).toFixed(1)}x`)
    console.log(`         cpu   java ${n(c.ops_per_cpu_s)} ops/cpu-s, ts-fsrs ${n(t.ops_per_cpu_s)} ops/cpu-s, ratio ${(c.ops_per_cpu_s / t.ops_per_cpu_s).toFixed(1)}x`)
  }'
