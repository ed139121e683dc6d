#!/usr/bin/env bash
# The two Debian packages the tests need beyond Node: Chromium (the PDF export prints with it)
# and poppler-utils (pdftotext reads the PDF back). Installed only when missing; needs root or
# sudo. Nothing else is downloaded (the e2e run installs its own tools: test/e2e/run.sh).
set -euo pipefail
if command -v chromium >/dev/null && command -v pdftotext >/dev/null; then exit 0; fi
SUDO=""
[[ $(id -u) == 0 ]] || SUDO="sudo"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium poppler-utils >/dev/null 2>&1 ||
  { $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium poppler-utils; }
