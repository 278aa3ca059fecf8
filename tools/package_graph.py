"""Print lines per top-level package of ``kimdesk`` and the package import graph.

Type-only imports (``if TYPE_CHECKING:``) are left out, as in ``.importlinter``; an edge
that also runs the other way is marked ``<CYCLE>``. ``-v`` lists the module imports behind
each cycle.    python tools/package_graph.py [-v]
"""

from __future__ import annotations

import ast
import collections
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "kimdesk"


def _package(rel: Path) -> str:
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem  # a top-level module counts on its own


def _runtime_imports(tree: ast.AST, module: list[str], is_init: bool) -> list[str]:
    skip = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If) and ast.unparse(node.test).endswith(
        "TYPE_CHECKING") for b in node.body for n in ast.walk(b)}
    found = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module[: len(module) - node.level + (1 if is_init else 0)]
                found.append(".".join(base + ([node.module] if node.module else [])))
            elif node.module == "kimdesk":
                found += ["kimdesk." + a.name for a in node.names]
            else:
                found.append(node.module or "")
    return found


def graph() -> tuple[collections.Counter, dict[tuple[str, str], list[str]]]:
    lines: collections.Counter = collections.Counter()
    edges: dict[tuple[str, str], list[str]] = collections.defaultdict(list)
    for path in sorted(PKG.rglob("*.py")):
        rel = path.relative_to(PKG)
        top = _package(rel)
        source = path.read_text(encoding="utf-8")
        lines[top] += source.count("\n")
        module = ["kimdesk", *rel.with_suffix("").parts]
        for name in _runtime_imports(ast.parse(source), module, path.name == "__init__.py"):
            parts = name.split(".")
            if parts[0] == "kimdesk" and len(parts) > 1:
                target = parts[1]
                if target != top:
                    edges[(top, target)].append(f"{'.'.join(module)} -> {name}")
    return lines, edges


def main(argv: list[str]) -> int:
    lines, edges = graph()
    print("lines per package:")
    for name, count in sorted(lines.items()):
        print(f"  {name:10} {count:6}")
    print("imports between packages (count of import statements):")
    for (a, b), found in sorted(edges.items()):
        print(f"  {a} -> {b}: {len(found)}{'  <CYCLE>' if (b, a) in edges else ''}")
        if "-v" in argv and (b, a) in edges:
            for line in sorted(set(found)):
                print("     ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
