#!/usr/bin/env bash
# Lint and test Coop Desktop: `bash scripts/test.sh [pytest args...]`.
#
# - Creates .venv with python3 if missing and installs the project with its dev extras
#   (`pip install -e '.[dev]'`); the install is skipped while pyproject.toml is unchanged.
# - Runs `ruff check .` and then `python -m pytest "$@"` with Qt offscreen.
# - SQLite by default; set COOP_DESKTOP_TEST_DB=postgresql+psycopg://… to run the same suite
#   on PostgreSQL (see scripts/start_postgres.sh).
# Exit code: pytest's, except that "no tests collected" (5) and a ruff failure also fail.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

PYTHON="${PYTHON:-python3}"
VENV=".venv"

ensure_venv() {
    if [[ ! -x "$VENV/bin/python" ]]; then
        echo "test.sh: creating $VENV with $("$PYTHON" --version 2>&1)"
        "$PYTHON" -m venv "$VENV"
    fi
    # The stamp records what was installed: pyproject.toml and the interpreter.
    local stamp="$VENV/.coop-desktop-deps" want
    want="$(cat pyproject.toml "$VENV/pyvenv.cfg" | sha256sum | cut -d' ' -f1)"
    if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
        return 0
    fi
    echo "test.sh: installing the project and its dev dependencies into $VENV (pip install -e '.[dev]')"
    local t0=$SECONDS
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-input -e '.[dev]'
    echo "$want" >"$stamp"
    echo "test.sh: dependencies installed in $((SECONDS - t0)) s"
}

ensure_venv

export QT_QPA_PLATFORM=offscreen

if [[ -n "${COOP_DESKTOP_TEST_DB:-}" ]]; then
    echo "test.sh: database PostgreSQL (COOP_DESKTOP_TEST_DB is set)"
else
    echo "test.sh: database SQLite"
fi

ruff_status=0
echo "test.sh: ruff check ."
"$VENV/bin/ruff" check . || ruff_status=$?

pytest_status=0
echo "test.sh: python -m pytest $*"
"$VENV/bin/python" -m pytest "$@" || pytest_status=$?

if [[ $pytest_status -eq 5 ]]; then
    echo "test.sh: FAILED: pytest collected no tests (exit code 5)" >&2
    exit 5
fi
if [[ $ruff_status -ne 0 ]]; then
    echo "test.sh: FAILED: ruff check reported problems (exit code $ruff_status)" >&2
    [[ $pytest_status -ne 0 ]] && exit "$pytest_status"
    exit "$ruff_status"
fi
exit "$pytest_status"
