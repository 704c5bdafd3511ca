#!/usr/bin/env bash
# Installs what tests/test_browser.py needs: Debian's chromium (Playwright cannot
# download its own browser builds here) and the pinned Playwright client into
# .venv, which must exist already (.ci/run creates it first).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/pip ] || { echo "install_browser.sh: create .venv first" >&2; exit 1; }
if [ ! -x /usr/bin/chromium ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core
fi
.venv/bin/pip install -q "playwright==1.65.2"
