#!/usr/bin/env bash
# `npm test`'s first step: typecheck, lint, the cycle check and the docstring check. They only read
# the tree, and each is a single-threaded Node process, so they run side by side instead of in turn.
# Each one's output is printed whole, in a fixed order; the exit status is non-zero if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
checks=(typecheck lint check:cycles check:docs)
pids=()
for check in "${checks[@]}"; do
  npm run --silent "$check" >"$out/$check.log" 2>&1 &
  pids+=($!)
done
status=0
for i in "${!checks[@]}"; do
  if wait "${pids[$i]}"; then result=ok; else result=FAILED status=1; fi
  echo "── npm run ${checks[$i]}: $result"
  cat "$out/${checks[$i]}.log"
done
exit "$status"
