"""Rewrite imports of moved modules (``tools/moved_modules.txt``) in a source tree.

Used when merging a branch made before the floor-plan moves: every ``old.module`` becomes
``new.module`` (dotted paths, ``mock.patch`` strings, docstrings), and ``from pkg import a, b``
where ``a`` moved is split into one import per new parent package.

    python tools/rewrite_moved_imports.py [ROOT ...]   (default: kimdesk tests tools benchmarks)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FROM_IMPORT = re.compile(r"^(?P<indent>[ \t]*)from (?P<pkg>kimdesk(?:\.\w+)*) import (?P<names>\([^)]*\)|[^\n#]+?)"
                         r"(?P<comment>[ \t]*#[^\n]*)?$", re.M)


def load_moves(path: Path = HERE / "moved_modules.txt") -> dict[str, str]:
    moves = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            old, new = line.split()
            moves[old] = new
    return moves


def _split_from(match: re.Match, moves: dict[str, str]) -> str:
    pkg, indent, comment = match["pkg"], match["indent"], match["comment"] or ""
    names = [n.strip() for n in match["names"].strip("()").replace("\n", " ").split(",") if n.strip()]
    groups: dict[str, list[str]] = {}
    for item in names:
        name = item.split(" as ")[0].strip()
        target = moves.get(f"{pkg}.{name}")
        if target:
            parent, new_name = target.rsplit(".", 1)
            groups.setdefault(parent, []).append(item if new_name == name else f"{new_name} as {item.split(' as ')[-1].strip()}")
        else:
            groups.setdefault(pkg, []).append(item)
    if list(groups) == [pkg]:
        return match.group(0)
    lines = [f"{indent}from {parent} import {', '.join(items)}" for parent, items in groups.items()]
    lines[0] += comment
    return "\n".join(lines)


def rewrite(text: str, moves: dict[str, str]) -> str:
    text = FROM_IMPORT.sub(lambda m: _split_from(m, moves), text)
    for old in sorted(moves, key=len, reverse=True):
        text = re.sub(rf"(?<![\w.]){re.escape(old)}(?!\w)", moves[old], text)
    return text


def main(roots: list[str]) -> int:
    moves = load_moves()
    for root in roots or ["kimdesk", "tests", "tools", "benchmarks"]:
        for path in Path(root).rglob("*.py"):
            if path.resolve() == Path(__file__).resolve():
                continue
            old = path.read_text(encoding="utf-8")
            new = rewrite(old, moves)
            if new != old:
                path.write_text(new, encoding="utf-8")
                print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
