#!/usr/bin/env bash
# `npm run test:e2e`: builds the extension and the integration suite, then runs them inside
# a real VS Code (code-server driven by Chromium, test/e2e/run.sh): the mocha suite in the
# extension host, then the UI script whose screenshots illustrate the README.
# The workspace is a temporary copy of samples/ (tests edit and create files there), with
# `rncp.language: fr` so that messages and screenshots are in French.
#   E2E_SHOTS=dir   screenshots elsewhere than docs/screenshots/
#   any other E2E_* knob of test/e2e/run.sh (README there) passes through.
set -euo pipefail
cd "$(dirname "$0")/.."
t0=$(date +%s)
node scripts/build.mjs
node scripts/build-e2e.mjs
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rncp-e2e.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cp -R samples "$tmp/samples"
mkdir -p "$tmp/samples/.vscode"
printf '{\n  "rncp.language": "fr"\n}\n' >"$tmp/samples/.vscode/settings.json"
export E2E_WORKSPACE="$tmp/samples"
export E2E_TESTS="${E2E_TESTS-test/e2e/out/suite/index.js}"
export E2E_UI_SCRIPT="${E2E_UI_SCRIPT:-test/e2e/ui-script.json}"
export E2E_SHOTS="${E2E_SHOTS:-docs/screenshots}"
rc=0
bash test/e2e/run.sh || rc=$?
echo "=== test:e2e: exit $rc in $(($(date +%s) - t0))s"
exit $rc
