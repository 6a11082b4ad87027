"""Compile every forms/<name>.ui into coop_desktop/ui/forms/ui_<name>.py with pyside6-uic.

The generated modules are committed (a frozen build has no uic); never edit them by hand:
change the .ui in Qt Designer and run `python scripts/compile_forms.py`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
GENERATED = ROOT / "coop_desktop" / "ui" / "forms"


def uic_command() -> list[str]:
    """pyside6-uic from the running interpreter's environment, even when it is not on PATH."""
    beside = Path(sys.executable).with_name("pyside6-uic")
    return [str(beside if beside.exists() else shutil.which("pyside6-uic") or "pyside6-uic")]


def generated_path(form: Path) -> Path:
    return GENERATED / f"ui_{form.stem}.py"


def compile_form(form: Path, target: Path) -> None:
    subprocess.run([*uic_command(), str(form), "-o", str(target)], check=True)


def main() -> int:
    forms = sorted(FORMS.glob("*.ui"))
    for form in forms:
        compile_form(form, generated_path(form))
        print(f"{form.relative_to(ROOT)} -> {generated_path(form).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
