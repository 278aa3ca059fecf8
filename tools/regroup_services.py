"""Group ``kimdesk/services`` into feature packages, as ``tools/services_regroup.txt`` maps them.

Prepared on its own so the lead applies it once, after merging the branches that still edit the
flat modules; from then on ``tools/rewrite_moved_imports.py`` carries late branches over. Steps:

1. ``git mv`` every old module (or package) to its new place, one feature package each,
   writing the package's ``__init__.py`` with a one-line docstring;
2. append the moves made to ``tools/moved_modules.txt``;
3. rewrite imports and dotted names with ``tools/rewrite_moved_imports.py`` over
   kimdesk tests tools benchmarks, and file paths (``kimdesk/services/x.py``) in the code, the
   docs and the translation sources.

Idempotent: a move whose source is gone is skipped; a second run changes nothing.

    python tools/regroup_services.py [--dry-run]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAPPING = ROOT / "tools" / "services_regroup.txt"
MOVED = ROOT / "tools" / "moved_modules.txt"
CODE_ROOTS = ("kimdesk", "tests", "tools", "benchmarks")
TEXT_FILES = ("README.md", "docs/*.md", "resources/translations/*.ts", "pyproject.toml", ".importlinter")

PACKAGES = {
    "clients_intake": "Clients and intake: the person's record, its fields and their exchange, finding and contacting.",
    "casework": "The case cycle: phases, assessment, plan, structural findings and retention.",
    "conferences_minutes": "Case conferences: editing, reading and printing their minutes.",
    "releases": "Releases and disclosure: consents, who receives which copy, content marks, Art. 15 access.",
    "schooling": "School entry of newly arrived young people: entries, places, the waiting list and its report.",
    "tasks_deadlines": "Tasks and deadlines: follow-ups, the deadline rules and the holidays they count.",
    "reports": "The anonymous reports: the committee report's figures, its texts, producing PDF and CSV.",
    "team_sync": "Team and sync: deciding the conflicts a merge recorded.",
    "admin": "Administration: backup, doctor, settings, about, the first run, demo data, the export folder.",
}

sys.path.insert(0, str(ROOT / "tools"))
import rewrite_moved_imports  # noqa: E402


def load_mapping(path: Path = MAPPING) -> dict[str, str]:
    return rewrite_moved_imports.load_moves(path)


def module_path(dotted: str) -> Path:
    """The file (``x.py``) or package folder (``x/``) a dotted name lives in, relative to ROOT."""
    base = Path(*dotted.split("."))
    return base if (ROOT / base).is_dir() else base.with_suffix(".py")


def git(*args: str) -> None:
    subprocess.run(["git", *args], cwd=ROOT, check=True)


def move(mapping: dict[str, str], dry_run: bool) -> dict[str, str]:
    done = {}
    for old, new in mapping.items():
        source = module_path(old)
        if not (ROOT / source).exists():
            continue
        target = Path(*new.split("."))
        target = target if source.suffix != ".py" else target.with_suffix(".py")
        package = target.parent
        init = package / "__init__.py"
        print(f"{source} -> {target}")
        done[old] = new
        if dry_run:
            continue
        (ROOT / package).mkdir(parents=True, exist_ok=True)
        if not (ROOT / init).exists():
            doc = PACKAGES.get(package.name, f"The {package.name.replace('_', ' ')} services.")
            (ROOT / init).write_text(f'"""{doc}"""\n', encoding="utf-8")
            git("add", str(init))
        git("mv", str(source), str(target))
    return done


def slash_moves(moves: dict[str, str]) -> dict[str, str]:
    """``kimdesk/services/x.py`` → ``kimdesk/services/pkg/x.py``, and the short form ``services/x.py``."""
    out = {}
    for old, new in moves.items():
        old_path, new_path = old.replace(".", "/"), new.replace(".", "/")
        is_package = (ROOT / new_path).is_dir()
        suffix = "/" if is_package else ".py"
        out[old_path + suffix] = new_path + suffix
        out[old_path.removeprefix("kimdesk/") + suffix] = new_path.removeprefix("kimdesk/") + suffix
    return out


def rewrite_paths(text: str, paths: dict[str, str]) -> str:
    if not paths:
        return text
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(p) for p in sorted(paths, key=len, reverse=True)) + ")")
    return pattern.sub(lambda m: paths[m.group(1)], text)


def rewrite(moves: dict[str, str]) -> None:
    paths = slash_moves(moves)
    files = [p for root in CODE_ROOTS for p in (ROOT / root).rglob("*.py") if "__pycache__" not in p.parts]
    for pattern in TEXT_FILES:
        files.extend(ROOT.glob(pattern))
    for path in files:
        if path.resolve() in (Path(__file__).resolve(), Path(rewrite_moved_imports.__file__).resolve()):
            continue
        old = path.read_text(encoding="utf-8")
        new = old
        if path.suffix == ".py":
            new = rewrite_moved_imports.rewrite(new, moves)
        new = rewrite_paths(new, paths)
        if new != old:
            path.write_text(new, encoding="utf-8")
            print(f"rewrote {path.relative_to(ROOT)}")


def record(moves: dict[str, str]) -> None:
    known = rewrite_moved_imports.load_moves(MOVED)
    lines = [f"{old} {new}" for old, new in moves.items() if known.get(old) != new]
    if lines:
        text = MOVED.read_text(encoding="utf-8")
        MOVED.write_text(text + ("" if text.endswith("\n") else "\n") + "\n".join(lines) + "\n", encoding="utf-8")


def leftovers() -> list[str]:
    services = ROOT / "kimdesk" / "services"
    return sorted(p.name for p in services.glob("*.py") if p.name != "__init__.py")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="print the moves, change nothing")
    args = parser.parse_args(argv)
    moves = move(load_mapping(), args.dry_run)
    if not args.dry_run and moves:
        record(moves)
        rewrite(moves)
    print(f"{len(moves)} moved")
    rest = leftovers()
    if rest:
        print("not in tools/services_regroup.txt, left in kimdesk/services: " + ", ".join(rest))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
