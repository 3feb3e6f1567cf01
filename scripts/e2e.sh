#!/usr/bin/env bash
# `npm run test:e2e` (Chromium) and, with --firefox, the Firefox specs too (`npm test`; run
# `npm run package` first). Two phases (see playwright.config.ts): the tracking scenarios alone,
# then every other spec in two Playwright workers. Both phases always run; the exit status is
# non-zero if either failed. Extra arguments go to both Playwright runs.
set -uo pipefail
cd "$(dirname "$0")/.."
projects=(--project=chromium)
if [ "${1:-}" = "--firefox" ]; then
  projects+=(--project=firefox)
  shift
fi
status=0
bash scripts/with-display.sh npx playwright test --project=tracking "$@" || status=$?
bash scripts/with-display.sh npx playwright test --workers=2 "${projects[@]}" "$@" || status=$?
exit "$status"
