#!/usr/bin/env bash
# Issue 12's speed check: the extractor of today against the extractor of the day issue 12 was filed (49781e7,
# v0.1), on the five seed texts. Both are bundled with esbuild from their own sources and run in the same way;
# what is compared is what the machine's load does not change much: instructions counted by valgrind's callgrind
# (node --single-threaded, so the optimizing compiler's work is counted too) and CPU time in steady state.
# Usage: bench/extract-baseline.sh [baseline-commit]   (needs git, valgrind, and npm ci done in this checkout)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
base=${1:-49781e7}
work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git -C "$root" worktree add --detach "$work/base" "$base" >/dev/null 2>&1
ln -s "$root/node_modules" "$work/base/node_modules"
seeds="$root/examples/text"
[ -d "$seeds" ] || seeds="$root/../shared/seeds"

harness() { # $1: source root, $2: output
  cat >"$work/h.ts" <<TS
import { readdirSync, readFileSync } from "node:fs";
import { extractReport } from "$1/src/extract/index";
const dir = "$seeds/";
const texts = readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(dir + f, "utf8"));
const mode = process.argv[2] ?? "rounds";
const n = Number(process.argv[3] ?? 0);
let sink = 0;
const round = () => { for (const t of texts) sink += extractReport(t).report.indicators.length; };
if (mode === "rounds") for (let i = 0; i < n; i++) round();
else {
  for (let i = 0; i < 30; i++) round();
  const c0 = process.cpuUsage();
  for (let i = 0; i < n; i++) round();
  const c = process.cpuUsage(c0);
  console.log(((c.user + c.system) / 1000 / n).toFixed(2));
}
if (sink < 0) console.log(sink);
TS
  (cd "$1" && "$root/node_modules/.bin/esbuild" "$work/h.ts" --bundle --platform=node --format=esm \
    --alias:#zod-locale-en=zod/v4/locales/en.js --alias:#zod-locale-zh-CN=zod/v4/locales/zh-CN.js \
    --outfile="$2" --log-level=error)
}
harness "$work/base" "$work/base.mjs"
harness "$root" "$work/now.mjs"

count() { # instructions of: node --single-threaded $1 rounds $2
  valgrind --tool=callgrind --callgrind-out-file=/dev/null node --single-threaded "$1" rounds "$2" 2>&1 |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
echo "seed texts: $(ls "$seeds"/*.txt | wc -l) from $seeds; baseline $base; load average $(cut -d' ' -f1-3 /proc/loadavg)"
for v in base now; do
  i0=$(count "$work/$v.mjs" 0) i1=$(count "$work/$v.mjs" 1) i20=$(count "$work/$v.mjs" 20) i40=$(count "$work/$v.mjs" 40)
  cpu=$(for k in 1 2 3 4 5; do node --single-threaded "$work/$v.mjs" steady 100; done | sort -n | sed -n 3p)
  printf '%s: first round %d M instr; rounds 2-20 %d M; steady (rounds 21-40) %d M per round; steady CPU %s ms per round (median of 5)\n' \
    "$v" $(((i1 - i0) / 1000000)) $(((i20 - i1) / 1000000)) $(((i40 - i20) / 20000000)) "$cpu"
done
