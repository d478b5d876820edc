#!/usr/bin/env bash
# Installs what the offline VS Code test run needs (see test/vscode/run-offline.mjs):
#   1. Debian packages: headless Chromium, ripgrep, and the headers code-server's
#      native modules build against. Installed only when missing.
#   2. code-server 4.100.3 (VS Code 1.100.3, the last line on Node 20) into
#      .cache/code-server, without its postinstall downloads (these machines reach
#      only the npm registry and Debian). Skipped when the cache is complete.
# Idempotent; safe to run before every test run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CODE_SERVER_VERSION="4.100.3"
CACHE="${TARIFF_LENS_CODE_SERVER_CACHE:-$ROOT/.cache/code-server}"
MARKER="$CACHE/.complete-$CODE_SERVER_VERSION"

log() { echo "vscode-deps: $*" >&2; }

# --- 1. Debian packages -------------------------------------------------------
PACKAGES=(libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config ripgrep chromium unzip)
missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- 2. code-server cache -----------------------------------------------------
if [ -f "$MARKER" ]; then
  exit 0
fi
log "installing code-server@$CODE_SERVER_VERSION into $CACHE"
rm -rf "$CACHE"
mkdir -p "$CACHE"
cd "$CACHE"
echo '{ "name": "tariff-lens-code-server-cache", "private": true }' > package.json
NPM_QUIET=(--ignore-scripts --no-audit --no-fund --loglevel=error)
npm install "${NPM_QUIET[@]}" "code-server@$CODE_SERVER_VERSION"
npm_config_yes=true npm rebuild argon2 >/dev/null

cd "$CACHE/node_modules/code-server/lib/vscode"
npm install --omit=dev "${NPM_QUIET[@]}"
npm_config_yes=true npm rebuild kerberos node-pty @vscode/spdlog @parcel/watcher native-watchdog @vscode/deviceid >/dev/null
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
ln -sfn node_modules node_modules.asar

cd extensions
npm install --omit=dev "${NPM_QUIET[@]}"

touch "$MARKER"
log "code-server ready"
