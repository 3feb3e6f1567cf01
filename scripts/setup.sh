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
# Firefox in German (e2e/firefox/filter-bar.firefox.ts: the add-on's pages take Firefox's language).
[ -e /usr/lib/firefox-esr/browser/extensions/langpack-de@firefox-esr.mozilla.org.xpi ] ||
  missing+=(firefox-esr-l10n-de)
if ((${#missing[@]})); then
  sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  echo "Installing ${missing[*]} from Debian's packages…"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm ci again only when package-lock.json's content changed since the last install (a stamp of its
# hash kept in node_modules), not when its file is merely newer: a checkout or a second worktree
# touches the file without changing it. A node_modules that is a symbolic link is another tree's
# install, never reinstalled from here: npm ci would empty the tree it points to.
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
stamp=node_modules/.setup-lock-sha256
if [ -L node_modules ]; then
  echo "node_modules is a link to another tree's install: not reinstalled here."
elif [ ! -d node_modules ] || [ "$(cat "$stamp" 2>/dev/null)" != "$lock_hash" ]; then
  PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --prefer-offline
  echo "$lock_hash" >"$stamp"
fi
