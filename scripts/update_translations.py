"""Refresh resources/i18n/coop_desktop_it.ts from the sources, then compile it to the .qm the app loads.

    python scripts/update_translations.py            # lupdate + lrelease
    python scripts/update_translations.py --release  # lrelease only (after translating in Qt Linguist)

Source strings are English (self.tr / QCoreApplication.translate and the .ui files); new ones appear
in the .ts as unfinished until someone translates them (Qt Linguist, or by hand).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
TS_FILE = I18N / "coop_desktop_it.ts"
QM_FILE = I18N / "coop_desktop_it.qm"
LANGUAGE = "it_IT"


def tool(name: str) -> str:
    """A PySide6 tool from the running interpreter's environment, even when it is not on PATH."""
    beside = Path(sys.executable).with_name(name)
    return str(beside if beside.exists() else shutil.which(name) or name)


def sources() -> list[Path]:
    """Files holding translatable strings; the generated ui_*.py are covered by their .ui files."""
    package = ROOT / "coop_desktop"
    python = [p for p in sorted((package / "ui").rglob("*.py")) if not p.name.startswith("ui_")]
    return [package / "app.py", *python, *sorted((ROOT / "forms").glob("*.ui"))]


def lupdate(ts_file: Path = TS_FILE) -> None:
    # No line numbers: a moved string must not change the .ts. Strings gone from the code are dropped.
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-silent",
            "-locations",
            "none",
            "-no-obsolete",
            "-target-language",
            LANGUAGE,
            *map(str, sources()),
            "-ts",
            str(ts_file),
        ],
        check=True,
        cwd=ROOT,
    )


def lrelease(ts_file: Path = TS_FILE, qm_file: Path = QM_FILE) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts_file), "-qm", str(qm_file)],
        check=True,
        cwd=ROOT,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only compile the .ts into the .qm")
    args = parser.parse_args(argv)
    if not args.release:
        lupdate()
    lrelease()
    print(f"{TS_FILE.relative_to(ROOT)} -> {QM_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
