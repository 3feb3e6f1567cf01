#!/usr/bin/env bash
# Installs everything the project needs on a fresh Debian machine: Chromium and Firefox ESR (the
# browsers the extension is tested in), Xvfb (a display for the headed idle test), and the npm
# dependencies. No browser is downloaded by npm: puppeteer-core never downloads one, and
# PUPPETEER_SKIP_DOWNLOAD covers anything else that might try.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb xauth)
if ((${#missing[@]})); then
  sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  echo "Installing ${missing[*]} from Debian's packages…"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --prefer-offline
fi
