"""Refresh the Italian catalogue and fill its new entries from JSON files, then compile it.

    python scripts/fill_translations.py strings.json [more.json ...]

Each JSON file maps a context (the widget class) to its English sources and their Italian text; a
plural source (with %n) takes a list [singular, plural]:

    {"EvaluationsTab": {"&Assign": "&Assegna", "%n form(s)": ["%n scheda", "%n schede"]}}

Only unfinished entries are filled: translations already in the catalogue are never overwritten.
The catalogue is locked while it is rewritten, so several people can run this at the same time.
"""

from __future__ import annotations

import fcntl
import json
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

sys.path.insert(0, str(Path(__file__).resolve().parent))

from update_translations import I18N, TS_FILE, lrelease, lupdate

LOCK = I18N / ".catalogue.lock"


def fill(ts_file: Path, strings: dict[str, dict[str, str | list[str]]]) -> list[tuple[str, str]]:
    """Fill the unfinished entries found in `strings`; return the (context, source) still unfinished."""
    tree = ET.parse(ts_file)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            text = strings.get(name, {}).get(source)
            if text is None:
                missing.append((name, source))
                continue
            forms = translation.findall("numerusform")
            if forms:
                plural = [text] * len(forms) if isinstance(text, str) else text
                for form, value in zip(forms, plural, strict=False):
                    form.text = value
            else:
                translation.text = text if isinstance(text, str) else text[0]
            del translation.attrib["type"]
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    return missing


def main(argv: list[str]) -> int:
    strings: dict[str, dict[str, str | list[str]]] = {}
    for path in argv:
        for context, entries in json.loads(Path(path).read_text(encoding="utf-8")).items():
            strings.setdefault(context, {}).update(entries)
    with LOCK.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        lupdate()
        missing = fill(TS_FILE, strings)
        lupdate()  # back to lupdate's own layout, so the next diff shows only real changes
        lrelease()
    for context, source in missing:
        print(f"da tradurre: [{context}] {source}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
