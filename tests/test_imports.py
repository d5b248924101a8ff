"""No import cycles inside a sub-package: read from the source with ``ast``, so it holds for every import.

Every ``import`` and ``from ... import`` counts, wherever it stands: at the top, inside a
function (a local import that dodges a cycle is still one) or under ``TYPE_CHECKING``.
A module's sub-package is the package it sits in; a package's ``__init__`` belongs to
its own package.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"


def _modules(src: Path, top: str) -> dict[str, Path]:
    out = {}
    for path in sorted((src / top).rglob("*.py")):
        parts = list(path.relative_to(src).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _package(name: str, modules: dict[str, Path]) -> str:
    return name if modules[name].name == "__init__.py" else name.rpartition(".")[0]


def _known(name: str, modules: dict[str, Path]) -> str | None:
    """The module or package ``name`` names, or the nearest enclosing one of ours."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def _imports(name: str, modules: dict[str, Path]) -> set[str]:
    """Our modules that ``name`` imports anywhere in its source."""
    tree = ast.parse(modules[name].read_text(encoding="utf-8"))
    here = _package(name, modules).split(".")
    found: set[str | None] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(_known(a.name, modules) for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(here[: len(here) - node.level + 1] + ([node.module] if node.module else []))
            for a in node.names:
                sub = f"{base}.{a.name}"
                found.add(sub if sub in modules else _known(base, modules))
    return {m for m in found if m is not None and m != name}


def import_cycles(src: Path, top: str) -> list[list[str]]:
    """Each set of modules of one sub-package that import one another in a ring (strongly connected)."""
    modules = _modules(src, top)
    graph = {m: sorted(n for n in _imports(m, modules) if _package(n, modules) == _package(m, modules)) for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(v: str) -> None:  # Tarjan's algorithm; the graph is small enough to recurse
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            ring = [stack.pop()]
            while ring[-1] != v:
                ring.append(stack.pop())
            if len(ring) > 1:
                cycles.append(sorted(ring))

    for m in graph:
        if m not in index:
            visit(m)
    return sorted(cycles)


def test_imports_have_no_cycles_within_a_subpackage() -> None:
    cycles = import_cycles(SRC, "tidings")
    assert not cycles, "modules that import one another: " + "; ".join(", ".join(c) for c in cycles)


def test_imports_cycle_check_sees_local_and_type_checking_imports(tmp_path: Path) -> None:
    pkg = tmp_path / "app" / "sub"
    pkg.mkdir(parents=True)
    (tmp_path / "app" / "__init__.py").write_text("")
    (pkg / "__init__.py").write_text("from .a import f\n")
    (pkg / "a.py").write_text("def f():\n    from .b import g\n    return g()\n")
    (pkg / "b.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from app.sub import c\n")
    (pkg / "c.py").write_text("from . import a\n")
    (pkg / "d.py").write_text("from .. import sub\n")  # the package's __init__, which does not import d: no ring
    assert import_cycles(tmp_path, "app") == [["app.sub.a", "app.sub.b", "app.sub.c"]]
