"""The transaction convention of ``kimdesk/services`` (its package docstring), checked on the code.

Public module-level functions either take the Store and open exactly one unit of work, or take the
unit of work (``conn: Connection`` / ``session: Session``) as their first parameter and open none.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SERVICES = ROOT / "kimdesk" / "services"
UNITS = {"Session", "Connection"}

# what does not follow the convention yet, and why; an entry that no longer breaks it fails the test
ALLOWED: dict[str, str] = {
    # the list is shown and confirmed by the person between reading it and deleting what they confirmed
    "kimdesk.services.casework.retention.run": "opens 2 units of work",
    # demo data: the read of the catalogue, then the generated data (a tool, not a use case)
    "kimdesk.services.admin.demo.generate": "opens 2 units of work",
    # a read finds whether any need's standing is behind; only then a write unit refreshes them, so
    # a report never waits for the write lock (a sync round may hold it) when nothing changed
    "kimdesk.services.reports.report_print.refresh_standings": "opens 2 units of work",
}


def _kinds(arg: ast.arg) -> set[str]:
    text = ast.unparse(arg.annotation) if arg.annotation is not None else ""
    parts = {p.strip().rsplit(".", 1)[-1] for p in text.split("|")}
    return parts & (UNITS | {"Store"})


def _opened(fn: ast.FunctionDef) -> int:
    """``with x.session(…)`` / ``with x.connection(…)`` blocks in the function (nested ones included)."""
    return sum(1 for node in ast.walk(fn) if isinstance(node, ast.withitem)
               and isinstance(node.context_expr, ast.Call) and isinstance(node.context_expr.func, ast.Attribute)
               and node.context_expr.func.attr in ("session", "connection"))


def breaches(source: str) -> dict[str, str]:
    """Public functions of a module that break the convention, with how."""
    found = {}
    for fn in ast.parse(source).body:
        if not isinstance(fn, ast.FunctionDef) or fn.name.startswith("_"):
            continue
        params = [*fn.args.posonlyargs, *fn.args.args, *fn.args.kwonlyargs]
        kinds = [_kinds(a) for a in params]
        every = set().union(*kinds) if kinds else set()
        opened = _opened(fn)
        if "Store" in every and every & UNITS:
            found[fn.name] = "store and unit of work"
        elif every & UNITS and not kinds[0] & UNITS:
            found[fn.name] = "unit of work not the first parameter"
        elif every & UNITS and opened:
            found[fn.name] = "takes a unit of work and opens another"
        elif "Store" in every and opened > 1:
            found[fn.name] = f"opens {opened} units of work"
    return found


def survey() -> dict[str, str]:
    """Every breach in kimdesk/services, by the function's dotted name."""
    found = {}
    for path in sorted(SERVICES.rglob("*.py")):
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        found |= {f"{module}.{name}": how for name, how in breaches(path.read_text(encoding="utf-8")).items()}
    return found


def test_services_keep_the_transaction_convention():
    found = survey()
    assert {k: v for k, v in found.items() if k not in ALLOWED} == {}, "breaks the convention (services/__init__.py)"
    assert sorted(k for k in ALLOWED if k not in found) == [], "follows it now: remove from ALLOWED"


def test_the_check_sees_each_breach():
    source = '''
def both(session: Session, store: Store): ...
def late(client_id: str, conn: Connection): ...
def nested(conn: Connection):
    with store.connection() as other: ...
def twice(store: Store):
    with store.connection() as conn: ...
    with store.session() as session: ...
def fine(store: Store):
    with store.session() as session: ...
def block(conn: sa.Connection | None, x: int): ...
def _private(x: int, session: Session):
    with store.session() as s: ...
'''
    assert breaches(source) == {"both": "store and unit of work", "late": "unit of work not the first parameter",
                                "nested": "takes a unit of work and opens another", "twice": "opens 2 units of work"}
