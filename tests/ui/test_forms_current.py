"""The committed ui_*.py modules are exactly what pyside6-uic makes of forms/*.ui, and all are used."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted((ROOT / "forms").glob("*.ui"))
GENERATED = ROOT / "coop_desktop" / "ui" / "forms"
UI_PACKAGE = ROOT / "coop_desktop" / "ui"


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _without_header(code: str) -> str:
    """Drop uic's leading comment block, which names the uic version."""
    lines = code.splitlines()
    while lines and (not lines[0].strip() or lines[0].startswith("#")):
        lines.pop(0)
    return "\n".join(lines)


def test_there_are_forms() -> None:
    assert {f.stem for f in FORMS} >= {
        "main_window",
        "actors_tab",
        "calls_tab",
        "evaluations_tab",
        "partnerships_tab",
        "office_settings_dialog",
    }


@pytest.mark.parametrize("form", FORMS, ids=lambda f: f.name)
def test_generated_module_matches_its_form(form: Path, tmp_path: Path) -> None:
    compile_forms = _script("compile_forms")
    committed = compile_forms.generated_path(form)
    assert committed.exists(), f"run scripts/compile_forms.py: {committed.name} is missing"
    fresh = tmp_path / committed.name
    compile_forms.compile_form(form, fresh)
    assert _without_header(committed.read_text(encoding="utf-8")) == _without_header(
        fresh.read_text(encoding="utf-8")
    ), f"{committed.name} is out of date or edited by hand: run scripts/compile_forms.py"


def test_no_orphan_or_unused_generated_module() -> None:
    forms = {f.stem for f in FORMS}
    sources = "\n".join(
        p.read_text(encoding="utf-8") for p in UI_PACKAGE.rglob("*.py") if p.parent != GENERATED
    )
    for module in sorted(GENERATED.glob("ui_*.py")):
        stem = module.stem.removeprefix("ui_")
        assert stem in forms, f"{module.name} has no forms/{stem}.ui"
        assert re.search(rf"^from coop_desktop\.ui\.forms\.{module.stem} import ", sources, re.M), (
            f"no module of coop_desktop/ui imports {module.name}"
        )
