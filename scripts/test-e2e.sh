#!/usr/bin/env bash
# `npm run test:e2e`: builds the extension and the integration suite, then runs them inside
# a real VS Code (code-server driven by Chromium, test/e2e/run.sh): the mocha suite in the
# extension host, then the UI script whose screenshots illustrate the README.
# The workspace is a temporary copy of samples/ (tests edit and create files there), with
# `rncp.language: fr` so that messages and screenshots are in French; E2E_SOURCE=dir copies
# another folder instead (e.g. 300 subjects from scripts/make-workspace.mjs).
# Then the same in code-server's WEB WORKER extension host (E2E_HOST=web: the `browser`
# entry, the server in a Web Worker): the web subset of the suite and ui-script.web.json.
#   E2E_SHOTS=dir   screenshots elsewhere than docs/screenshots/
#   E2E_WEB=0       skip the web host run
#   E2E_SOURCE=dir  the folder copied as the workspace (default samples/)
#   any other E2E_* knob of test/e2e/run.sh (README there) passes through.
set -euo pipefail
cd "$(dirname "$0")/.."
t0=$(date +%s)
node scripts/build.mjs
node scripts/build-e2e.mjs
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rncp-e2e.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
SOURCE="${E2E_SOURCE:-samples}"
[[ -d $SOURCE ]] || { echo "test:e2e: E2E_SOURCE folder not found: $SOURCE" >&2; exit 2; }
cp -R "$SOURCE/." "$tmp/samples"
mkdir -p "$tmp/samples/.vscode"
printf '{\n  "rncp.language": "fr"\n}\n' >"$tmp/samples/.vscode/settings.json"
export E2E_WORKSPACE="$tmp/samples"
export E2E_TESTS="${E2E_TESTS-test/e2e/out/suite/index.js}"
export E2E_UI_SCRIPT="${E2E_UI_SCRIPT:-test/e2e/ui-script.json}"
export E2E_SHOTS="${E2E_SHOTS:-docs/screenshots}"
rc=0
bash test/e2e/run.sh || rc=$?
if [[ ${E2E_WEB:-1} == 1 ]]; then
  # A fresh copy: the Node run edited and created files in the first one.
  rm -rf "$tmp/web" && mkdir -p "$tmp/web" && cp -R "$SOURCE/." "$tmp/web"
  mkdir -p "$tmp/web/.vscode" && printf '{\n  "rncp.language": "fr"\n}\n' >"$tmp/web/.vscode/settings.json"
  # The suite lies inside the extension's folder: VS Code runs it in the extension's host.
  E2E_HOST=web E2E_WORKSPACE="$tmp/web" E2E_TESTS="${E2E_WEB_TESTS-test/e2e/out/web/index.js}" \
    E2E_UI_SCRIPT="${E2E_WEB_UI_SCRIPT:-test/e2e/ui-script.web.json}" bash test/e2e/run.sh || rc=$?
fi
echo "=== test:e2e: exit $rc in $(($(date +%s) - t0))s"
exit $rc
