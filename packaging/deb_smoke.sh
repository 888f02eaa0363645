#!/usr/bin/env bash
# Install the .deb made by packaging/build_deb.sh with apt (which brings the libraries it
# depends on) and run both programs from the PATH, outside the checkout: the command line
# makes the demo and prints a PDF, the window program starts offscreen and shows the demo's
# login window. Run as root on a Debian/Ubuntu machine (CI does).
set -euo pipefail

cd "$(dirname "$0")/.."
DEB="$(ls "$PWD"/dist/dagpleje-desktop_*.deb | tail -n 1)"
step() { printf '\n==> %s\n' "$*"; }
fail() { echo "deb smoke test: $*" >&2; exit 1; }

step "apt-get install $(basename "$DEB")"
apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "$DEB" >/dev/null
[[ -x /opt/dagpleje-desktop/dagpleje-desktop ]] || fail "the bundle is not under /opt"
[[ -f /usr/share/applications/dagpleje-desktop.desktop ]] || fail "no menu entry"
[[ -f /usr/share/icons/hicolor/scalable/apps/dagpleje-desktop.svg ]] || fail "no icon"

RUN="$(mktemp -d)"
trap 'rm -rf "$RUN"' EXIT
cd "$RUN"
export HOME="$RUN/home" QT_QPA_PLATFORM=offscreen DAGPLEJE_USER=demo DAGPLEJE_PASSWORD=demo
mkdir -p "$HOME"

step "dagpleje (from /usr/bin): demo, child list, print"
# Output to files, not pipes: `grep -q` closing a pipe early fails the pipeline.
dagpleje --help > help.txt
grep -q "^Brug: dagpleje" help.txt || fail "dagpleje --help is not Danish"
dagpleje --data-dir "$RUN/data" demo > demo.txt
dagpleje --data-dir "$RUN/data" child list --json > children.json
grep -q '"first_name"' children.json || fail "the demo has no children"
dagpleje --data-dir "$RUN/data" print guide -o guide.pdf > /dev/null
pdftotext guide.pdf guide.txt
grep -q "Kom godt i gang" guide.txt || fail "the guide PDF is empty"
echo "ok"

step "dagpleje-desktop (from /usr/bin): the demo up to its login window"
dagpleje-desktop --help > gui-help.txt
grep -q -- "--demo" gui-help.txt || fail "dagpleje-desktop --help failed"
# The program runs until closed; it has done its work once the log says the demo is ready.
set +e
timeout 120 dagpleje-desktop --demo --data-dir "$RUN/gui-data" 2> gui.log &
pid=$!
for _ in $(seq 1 240); do
    grep -q "demo data ready" gui.log && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
done
kill "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
set -e
grep -q "demo data ready" gui.log || fail "the window program did not start: $(tail -5 gui.log)"
grep -q "Traceback" gui.log && fail "a traceback: $(cat gui.log)"
echo "ok"

step "apt-get remove"
apt-get remove -y -qq dagpleje-desktop >/dev/null
[[ ! -e /usr/bin/dagpleje ]] || fail "dagpleje left behind"
echo "deb smoke test passed"
