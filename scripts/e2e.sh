#!/usr/bin/env bash
# `npm run test:e2e` (Chromium) and, with --firefox, the Firefox specs too (`npm test`; run
# `npm run package` first). Two phases (see playwright.config.ts): the tracking scenarios alone,
# then every other spec in two Playwright workers. Both phases always run; the exit status is
# non-zero if either failed. Extra arguments go to both Playwright runs.
#
# Each phase keeps its own output: Playwright empties its output folder when a run starts, so with
# one shared test-results/ the second phase would delete the first one's failure traces. Traces
# and attachments go to test-results/<phase>/, local HTML reports to playwright-report/<phase>/.
set -uo pipefail
cd "$(dirname "$0")/.."
projects=(--project=chromium)
if [ "${1:-}" = "--firefox" ]; then
  projects+=(--project=firefox)
  shift
fi
summary=()
status=0

# run_phase NAME ARGS...: one Playwright run with its own output folders; notes its outcome.
run_phase() {
  local name=$1
  shift
  local started=$SECONDS code=0
  echo "=== e2e phase ${name}: $* (output test-results/${name}/) ==="
  PLAYWRIGHT_HTML_OUTPUT_DIR="playwright-report/${name}" bash scripts/with-display.sh \
    npx playwright test --output="test-results/${name}" "$@" || code=$?
  local line="e2e phase ${name}: exit ${code} in $((SECONDS - started)) s"
  [ "$code" -ne 0 ] && line+=", traces in test-results/${name}/"
  echo "=== ${line} ==="
  summary+=("$line")
  [ "$code" -ne 0 ] && status=$code
  return 0
}

run_phase tracking --project=tracking "$@"
run_phase others --workers=2 "${projects[@]}" "$@"
printf '%s\n' "${summary[@]}"
exit "$status"
