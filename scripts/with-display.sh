#!/usr/bin/env bash
# Runs a command with a display: the real one if there is one, else a virtual one (Xvfb), since
# chrome.idle only reports idleness in a headed browser.
set -euo pipefail
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
  exec xvfb-run -a --server-args="-screen 0 1280x900x24" "$@"
fi
exec "$@"
