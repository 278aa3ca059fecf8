"""Update the Qt Linguist sources and compile them: ``make translations``.

1. ``pyside6-lupdate`` scans ``kimdesk/`` (widgets' ``self.tr`` and the core's
   ``translate("Context", "…")``) into ``resources/translations/kimdesk_<lang>.ts``, keeping
   every translation already made and dropping texts that are gone;
2. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the app loads.

German is the source language: ``kimdesk_de.ts`` only carries the plural forms
("1 Person", "2 Personen"); ``kimdesk_en.ts`` is the English translation, edited with Qt
Linguist (``pyside6-linguist``) or any editor. ``--check`` fails when a text is untranslated.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("de", "en")


def tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .)")
    return found


def ts(lang: str) -> Path:
    return FOLDER / f"kimdesk_{lang}.ts"


def update() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    files = [str(ts(lang)) for lang in LANGUAGES]
    subprocess.run([tool("pyside6-lupdate"), "-extensions", "py", "-no-obsolete", "-locations", "relative",
                    "-source-language", "de", "kimdesk", "-ts", *files], cwd=ROOT, check=True)


def release() -> None:
    for lang in LANGUAGES:
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts(lang)), "-qm",
                        str(FOLDER / f"kimdesk_{lang}.qm")], cwd=ROOT, check=True)


def untranslated(lang: str) -> list[str]:
    missing = []
    for ctx in ET.parse(ts(lang)).getroot().iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") == "unfinished":
                missing.append(f"{ctx.findtext('name')}: {msg.findtext('source')}")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if an English text is untranslated")
    args = parser.parse_args(argv)
    update()
    release()
    missing = untranslated("en")
    print(f"kimdesk_en.ts: {len(missing)} untranslated")
    if args.check and missing:
        print("\n".join(missing[:50]))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
