#!/usr/bin/env bash
# Build the one-folder desktop bundle dist/coop-desktop/ with PyInstaller (build.spec), then prove
# it works headless: --version, init --demo (Alembic migrations from inside the bundle), --smoke
# (main window to first paint, offscreen) and check. Fails if the bundle is over 250 MB.
#
#   bash scripts/build_app.sh            build and smoke-test
#   bash scripts/build_app.sh --no-build smoke-test the existing dist/coop-desktop only
#
# Uses .venv (created and filled like scripts/test.sh does if missing).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
REPO="$(pwd)"

PYTHON="${PYTHON:-python3}"
VENV=".venv"
DIST="dist/coop-desktop"
APP="$DIST/coop-desktop"
MAX_MB="${COOP_DESKTOP_MAX_BUNDLE_MB:-250}"
STEP_TIMEOUT="${COOP_DESKTOP_SMOKE_TIMEOUT:-180}"

log() { echo "build_app.sh: $*"; }
die() { echo "build_app.sh: FAILED: $*" >&2; exit 1; }

# Same venv and stamp as scripts/test.sh.
ensure_venv() {
    if [[ ! -x "$VENV/bin/python" ]]; then
        log "creating $VENV with $("$PYTHON" --version 2>&1)"
        "$PYTHON" -m venv "$VENV"
    fi
    local stamp="$VENV/.coop-desktop-deps" want
    want="$(cat pyproject.toml "$VENV/pyvenv.cfg" | sha256sum | cut -d' ' -f1)"
    if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
        return 0
    fi
    log "installing the project and its dev dependencies into $VENV (pip install -e '.[dev]')"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-input -e '.[dev]'
    echo "$want" >"$stamp"
}

build=1
case "${1:-}" in
    --no-build) build=0 ;;
    "") ;;
    *) die "unknown option '$1' (use --no-build or nothing)" ;;
esac

if [[ $build -eq 1 ]]; then
    ensure_venv
    log "pyinstaller build.spec ($("$VENV/bin/pyinstaller" --version))"
    t0=$SECONDS
    rm -rf -- "$DIST"  # a failed build must not leave an old bundle to smoke-test
    mkdir -p build
    # Our own output is short; PyInstaller's own INFO lines would be thousands of lines.
    if ! "$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath dist --workpath build build.spec \
        >build/pyinstaller.log 2>&1 </dev/null; then
        cat build/pyinstaller.log >&2
        die "pyinstaller failed (log above, also in build/pyinstaller.log)"
    fi
    grep -E '^build\.spec:|WARNING|ERROR' build/pyinstaller.log || true
    log "built $DIST in $((SECONDS - t0)) s"
fi

[[ -x "$APP" ]] || die "$APP does not exist (build first)"
APP="$(cd "$DIST" && pwd)/coop-desktop"
INTERNAL="$DIST/_internal"

# Static checks of the bundle's contents.
log "check: every Qt library a bundled binary links to is in the bundle"
missing_qt="$(find "$INTERNAL" -type f -name '*.so*' -print0 | xargs -0 ldd 2>/dev/null \
    | awk '/:$/ { file = $1 } /libQt6[^ ]* => not found/ { print file, $1 }' | sort -u)"
[[ -z "$missing_qt" ]] || die "Qt libraries missing from the bundle:"$'\n'"$missing_qt"
log "check: resources/ and the Alembic revisions are shipped"
while IFS= read -r -d '' src; do
    [[ -f "$INTERNAL/$src" ]] || die "$src is not in the bundle"
done < <(find resources -type f ! -name '*.ts' ! -name '.gitkeep' ! -path '*/__pycache__/*' -print0)
for src in coop_desktop/db/migrations/env.py coop_desktop/db/migrations/versions/*.py; do
    [[ -f "$INTERNAL/$src" ]] || die "$src is not in the bundle"
done

# --------------------------------------------------------------------------------------------------
# Smoke tests, from a scratch folder so that nothing is read from the checkout by accident.
WORK="$(mktemp -d "${TMPDIR:-/tmp}/coop-bundle.XXXXXX")"
trap 'rm -rf -- "$WORK"' EXIT
cd "$WORK"
export COOP_DESKTOP_HOME="$WORK/home"  # keep settings, logs and the default database out of $HOME
unset COOP_DESKTOP_DB
DB="$WORK/demo.sqlite3"

# run NAME CMD...: run one bundle command with a time limit; its output is kept in $WORK/NAME.out.
run() {
    local name="$1"
    shift
    local t0 status=0
    t0=$(date +%s.%N)
    timeout --kill-after=10 "$STEP_TIMEOUT" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" || status=$?
    local took
    took=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
    sed 's/^/    /' "$WORK/$name.out"
    if [[ $status -ne 0 ]]; then
        sed 's/^/    stderr: /' "$WORK/$name.err" >&2
        [[ $status -eq 124 ]] && die "$name timed out after ${STEP_TIMEOUT} s"
        die "$name exited with $status"
    fi
    log "$name ok (${took} s)"
}

log "smoke: --version"
run version "$APP" --version
grep -q "^Coop Desktop " "$WORK/version.out" || die "--version printed no 'Coop Desktop <version>' line"

log "smoke: init --demo (Alembic migrations from inside the bundle, then the demo data)"
run init "$APP" --db "$DB" init --demo
[[ -s "$DB" ]] || die "init --demo created no database file at $DB"

log "smoke: --smoke (main window offscreen, first paint)"
QT_QPA_PLATFORM=offscreen run smoke "$APP" --db "$DB" --smoke
smoke_line="$(grep -E '^\{' "$WORK/smoke.out" | tail -n 1 || true)"
[[ -n "$smoke_line" ]] || die "--smoke printed no JSON line"
printf '%s' "$smoke_line" | "$REPO/$VENV/bin/python" -c 'import json, sys; json.load(sys.stdin)' \
    || die "--smoke's last JSON line does not parse: $smoke_line"

log "smoke: check"
run check "$APP" --db "$DB" check

cd "$REPO"
size_mb=$(du -sm "$DIST" | cut -f1)
log "bundle size: $(du -sh "$DIST" | cut -f1) ($size_mb MB, limit $MAX_MB MB)"
[[ $size_mb -le $MAX_MB ]] || die "$DIST is $size_mb MB, over the $MAX_MB MB limit"
log "smoke: $smoke_line"
log "OK"
