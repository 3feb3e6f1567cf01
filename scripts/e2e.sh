#!/usr/bin/env bash
# `npm run test:e2e` (Chromium) and, with --firefox, the Firefox specs too (`npm test`; run
# `npm run package` first). Two phases (see playwright.config.ts): the tracking scenarios in one
# Playwright worker (TRACKING_WORKERS=2 for two), each worker with a private Xvfb (idle and focus
# are per X display), then every other
# spec in two workers. Both phases always run; the exit status is non-zero if either failed. Extra
# arguments go to both Playwright runs.
#
# The tracking phase takes real wall-clock time (31 scenarios, each 25-100 s of scripted reading):
# in one worker it was 1,253 s of CI's 39.3 min; in two, 808 s (session 17, load 3-16 from other
# work, 29/31 within 0.5 s; the two over it, h-quit-mid-read and freeze-article, were as far off in
# one worker at that load). CI keeps one worker until a full two-worker run on a quiet machine has
# shown every row within 0.5 s (the one-worker CI at d48f8ae: all within 0.12 s); a scenario added
# costs its whole length there.
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
run_phase tracking own --project=tracking --workers="${TRACKING_WORKERS:-1}" "$@"
run_phase others shared --workers=2 "${projects[@]}" "$@"
printf '%s\n' "${summary[@]}"
exit "$status"
