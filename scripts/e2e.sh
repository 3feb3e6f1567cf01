#!/usr/bin/env bash
# `npm run test:e2e` (Chromium) and, with --firefox, the Firefox specs too (`npm test`; run
# `npm run package` first). Two phases (see playwright.config.ts): the tracking scenarios in two
# Playwright workers, each with a private Xvfb, then every other spec in three workers. Both phases
# always run; the exit status is non-zero if either failed. Extra
# arguments go to both Playwright runs.
#
# The tracking phase takes real wall-clock time (35 scenarios, each 25-100 s of scripted reading),
# so it runs in two Playwright workers, each with a private Xvfb (idle and focus are per X
# display; harness/tracking/display.ts). On a quiet machine (session 19, before the fresh-clone CI,
# load under 2) two workers took 693 s with all 39 measured rows within 0.17 s; one worker took
# 1,253-1,431 s, which with the rest brought CI to 47.5 min (stop 30). TRACKING_WORKERS=1 runs them
# one at a time (the reference when a timing fault is suspected of coming from the second worker).
# A scenario added costs half its length.
#
# The other specs (headless, each test on its own profile, ports and sandbox) run in three workers
# (E2E_WORKERS to change it): most of their time is real reading time, not CPU. Session 23, the
# machine otherwise quiet, CI=true (one retry, a flaky test fails the run): 95 of 95 passed in
# 816 s, no retry, where two workers took 1,406 s in stop 33's CI.
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

# run_phase NAME DISPLAY ARGS...: one Playwright run with its own output folders (DISPLAY: "shared"
# runs it under scripts/with-display.sh, "own" leaves the display to each worker); notes its outcome.
run_phase() {
  local name=$1 display=$2
  shift 2
  local started=$SECONDS code=0 wrap=()
  [ "$display" = shared ] && wrap=(bash scripts/with-display.sh)
  echo "=== e2e phase ${name}: $* (output test-results/${name}/) ==="
  PLAYWRIGHT_HTML_OUTPUT_DIR="playwright-report/${name}" "${wrap[@]}" \
    npx playwright test --output="test-results/${name}" "$@" || code=$?
  local line="e2e phase ${name}: exit ${code} in $((SECONDS - started)) s"
  [ "$code" -ne 0 ] && line+=", traces in test-results/${name}/"
  echo "=== ${line} ==="
  summary+=("$line")
  [ "$code" -ne 0 ] && status=$code
  return 0
}

# The tracking workers start their own Xvfb (harness/tracking/display.ts), one each.
run_phase tracking own --project=tracking --workers="${TRACKING_WORKERS:-2}" "$@"
run_phase others shared --workers="${E2E_WORKERS:-3}" "${projects[@]}" "$@"
printf '%s\n' "${summary[@]}"
exit "$status"
