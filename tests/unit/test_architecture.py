"""Layering rules that keep the core testable without Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "coop_desktop"
# Only the UI package and the GUI entry point may speak Qt.
QT_ALLOWED = ("ui/", "app.py")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_module_outside_ui_imports_pyside6() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith(QT_ALLOWED):
            continue
        if any(name.split(".")[0] == "PySide6" for name in _imports(path)):
            offenders.append(rel)
    assert offenders == []


def test_core_packages_import_without_qt() -> None:
    # A fresh interpreter importing every service must not load PySide6 as a side effect.
    code = (
        "import sys, pkgutil, importlib, coop_desktop.services as s, coop_desktop.domain as d\n"
        "import coop_desktop.exchange as x\n"
        "for pkg in (s, d, x):\n"
        "    for m in pkgutil.iter_modules(pkg.__path__):\n"
        "        importlib.import_module(pkg.__name__ + '.' + m.name)\n"
        "import coop_desktop.cli, coop_desktop.db.models\n"
        "print(any(k.startswith('PySide6') for k in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_domain_layer_has_no_database_or_qt() -> None:
    for path in (PACKAGE / "domain").rglob("*.py"):
        roots = {name.split(".")[0] for name in _imports(path)}
        assert not roots & {"PySide6", "sqlalchemy", "alembic"}, path.name
