#!/usr/bin/env bash
# Benchmark of 'quiz generate --format jsonl': builds a synthetic corpus of at least SIZE_MB (default
# 50) by repeating the shared corpus and development documents with varied numbers, names and dates,
# then reports throughput (MB/s of input) and peak resident memory. Usage:
#   scripts/bench-generate.sh [SIZE_MB] [SHARED_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
size_mb="${1:-50}"
shared="${2:-$root/../shared}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$shared" "$work/corpus" "$size_mb" <<'PY'
import os, random, re, sys
shared, out, size_mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
os.makedirs(out)
srcs = []
for d in ("corpus", "devset/docs"):
    p = os.path.join(shared, d)
    for n in sorted(os.listdir(p)):
        if n.endswith(".txt"):
            srcs.append(open(os.path.join(p, n), encoding="utf-8").read())
rng = random.Random(7)
def vary(text):
    text = re.sub(r"\d{1,3}(?:,\d{3})+", lambda m: f"{rng.randint(1, 999)},{rng.randint(0, 999):03d}", text)
    text = re.sub(r"\b(1[89]\d\d|20[0-2]\d)\b", lambda m: str(int(m.group()) + rng.randint(-3, 3)), text)
    return text
total, i = 0, 0
while total < size_mb * 1024 * 1024:
    # documents of about 60 KB: several varied sources glued as sections
    parts = [vary(rng.choice(srcs)) for _ in range(12)]
    doc = "\n\n".join(parts)
    with open(os.path.join(out, f"doc{i:05d}.txt"), "w", encoding="utf-8") as fh:
        fh.write(doc)
    total += len(doc.encode("utf-8"))
    i += 1
print(f"synthetic corpus: {i} documents, {total / 1048576:.1f} MB", file=sys.stderr)
PY
bytes=$(du -sb "$work/corpus" | cut -f1)
# through the launcher, with the JVM options it gives 'generate' (QUIZ_JAVA_OPTS adds to them;
# QUIZ_PLAIN=1 measures a plain 'java -jar'); its class-data archive is written beforehand
"$root/quiz" generate --format jsonl --out "$work/warm.jsonl" "$shared/corpus" >/dev/null 2>&1 || true
start=$(date +%s.%N)
/usr/bin/time -v "$root/quiz" generate --format jsonl --out "$work/q.jsonl" "$work/corpus" \
  2> "$work/time.txt" || { tail -20 "$work/time.txt"; exit 1; }
end=$(date +%s.%N)
secs=$(echo "$end - $start" | bc -l)
rss=$(grep "Maximum resident set size" "$work/time.txt" | awk '{print $NF}')
cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$work/time.txt")
questions=$(wc -l < "$work/q.jsonl")
cores=$(nproc)
python3 - "$bytes" "$secs" "$rss" "$questions" "$cores" "$cpu" <<'PY'
import sys
b, s, rss, q, cores = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
cpu = float(sys.argv[6])
mb = b / 1048576
# per core: wall-clock throughput divided by the cores, and input per CPU-second (what one core
# does when it is busy; independent of other load on the machine)
print(f"input {mb:.1f} MB in {s:.1f} s: {mb / s:.2f} MB/s on {cores} cores ({mb / s / cores:.2f} MB/s per core); "
      f"{cpu:.1f} CPU-s ({mb / cpu:.2f} MB per CPU-second); {q} questions; peak RSS {rss / 1024:.0f} MB")
PY
