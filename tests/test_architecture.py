"""Core and shell apart: only kimdesk/ui imports Qt (checked on the source, not by convention)."""

from __future__ import annotations

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "kimdesk"


def qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        found += [n for n in names if n.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6")]
    return found


def test_only_ui_imports_qt():
    offenders = {}
    for path in PKG.rglob("*.py"):
        rel = path.relative_to(PKG)
        if rel.parts[0] == "ui":
            continue
        if imports := qt_imports(path):
            offenders[str(rel)] = imports
    assert offenders == {}


def test_ui_exists_and_uses_qt():
    assert any(qt_imports(p) for p in (PKG / "ui").rglob("*.py"))
