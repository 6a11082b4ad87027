"""Italian translations: complete, current with the sources, compiled, and used by the window."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "coop_desktop_it.ts"
QM = ROOT / "resources" / "i18n" / "coop_desktop_it.qm"


def _update_translations() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _untranslated(ts: Path) -> list[str]:
    """Messages a user would see in English: unfinished, empty, or with an empty plural form."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def test_every_message_is_translated() -> None:
    assert _untranslated(TS) == []


def test_translations_keep_placeholders_and_plural_counts() -> None:
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        for text in [f.text for f in translation.iter("numerusform")] or [translation.text]:
            assert set(re.findall(r"\{\w+\}", source)) == set(re.findall(r"\{\w+\}", text or "")), source
            assert ("%n" in source) == ("%n" in (text or "")), source
            assert source.count("&") == (text or "").count("&"), f"mnemonic lost: {source}"


def test_no_string_in_the_sources_is_missing_from_the_ts(tmp_path: Path) -> None:
    """lupdate over today's sources adds nothing untranslated: no forgotten tr() string."""
    copy = tmp_path / TS.name
    shutil.copyfile(TS, copy)
    _update_translations().lupdate(copy)
    assert _untranslated(copy) == []
    assert copy.read_text(encoding="utf-8") == TS.read_text(encoding="utf-8"), (
        "the .ts is not what lupdate makes of the sources: run scripts/update_translations.py"
    )


def test_committed_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    fresh = tmp_path / QM.name
    _update_translations().lrelease(TS, fresh)
    assert fresh.read_bytes() == QM.read_bytes(), "run scripts/update_translations.py --release"
