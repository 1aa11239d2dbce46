#!/usr/bin/env bash
# What the real-browser tests (tests/browser) need beyond Python packages:
# Debian's chromium (driven by Playwright through executable_path), CJK fonts
# so Chinese renders, and axe-core from npm (package-lock.json) in
# node_modules/. Installs only what is missing; apt-get needs root.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if ((${#missing[@]})); then
    echo "Installing ${missing[*]} (apt-get)"
    SUDO=""
    [[ $(id -u) -eq 0 ]] || SUDO="sudo"
    $SUDO apt-get update -q
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [[ ! -f node_modules/axe-core/axe.min.js ]] || [[ package-lock.json -nt node_modules/.package-lock.json ]]; then
    npm ci --ignore-scripts --no-audit --no-fund
fi
