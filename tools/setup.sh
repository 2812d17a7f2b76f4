#!/usr/bin/env bash
# Installs what a fresh Debian machine with Node 20 lacks for this project:
# Debian's Chromium (browser tests, screenshots) with CJK fonts for the zh_CN
# cards, and the npm packages from package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

need_debian_packages() {
  command -v chromium >/dev/null 2>&1 || return 0
  fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || return 0
  return 1
}

if need_debian_packages; then
  SUDO=''
  if [ "$(id -u)" != 0 ]; then
    SUDO='sudo'
  fi
  echo "setup: installing Debian packages chromium and fonts-noto-cjk"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    chromium fonts-noto-cjk
fi

echo "setup: installing npm packages (npm ci)"
npm ci --no-audit --no-fund
