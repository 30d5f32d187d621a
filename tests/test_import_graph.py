"""The packages of safetyworker import each other downwards only, and the front ends go through the services.

Read with `ast` (imports inside functions count too), so a cycle cannot hide in a lazy import. A cycle
between packages means two floors that cannot be understood, tested or moved apart; the front ends (ui/, cli/)
reaching the store or running SQL means a business rule or a transaction living in a window or a command,
where the other front end cannot share it. See docs/architecture.md.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "safetyworker"
FLOOR = "(floor)"  # top-level modules: errors.py, i18n.py, fsutil.py, resources.py, events.py ...
TOP = "(app)"  # top-level modules that start the whole program and may use everything
TOP_MODULES = ("__main__",)
#: top-level modules that are packages of their own on a higher floor (the self-test drives the whole core)
OWN_FLOOR = ("selftest",)
FRONT_ENDS = ("ui", "cli")

# Bottom first: a package imports only from its own floor or the floors below it. Within one floor, packages
# may use each other as long as no circle forms (and the two front ends never use each other).
LAYERS: tuple[tuple[str, ...], ...] = (
    (FLOOR,),
    ("keys",),
    ("store",),
    ("records",),
    ("plans", "protocol", "risk", "timetable"),
    ("sync",),
    ("printing",),
    ("services",),
    ("demo", "selftest"),
    ("cli", "ui"),
    (TOP,),
)
LAYER_TEXT = "\n".join(
    f"  {n}. {', '.join(layer)}"
    + {
        FLOOR: "  (errors.py, i18n.py, fsutil.py, resources.py, events.py: import nothing above them)",
        "cli": "  (through safetyworker.services only: never the store, never SQL, never each other)",
        "demo": "  (programs built on the services: the demo caseload, selftest.py)",
        TOP: "  (__main__.py)",
    }.get(layer[0], "")
    for n, layer in enumerate(LAYERS, 1)
)
LEVEL = {package: n for n, layer in enumerate(LAYERS) for package in layer}

SQL = re.compile(r"\.(execute|executemany|executescript)\(|\.db\b|\.conn\b|session\.store\b|\.store\.|open_store\(")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _package(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1:
        return FLOOR
    if len(parts) == 2 and (ROOT / f"{parts[1]}.py").exists():
        if parts[1] in OWN_FLOOR:
            return parts[1]
        return TOP if parts[1] in TOP_MODULES else FLOOR
    return parts[1]


def _imports(path: Path) -> set[str]:
    """Every safetyworker module named by an import in the file, wherever the import statement sits."""
    module = _module_name(path)
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("safetyworker"))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                base = base[: len(base) - node.level + (1 if is_package else 0)]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            if not name.startswith("safetyworker"):
                continue
            found.add(name)
            for alias in node.names:  # `from safetyworker.store import vault` names the module vault
                if (ROOT.parent / Path(*f"{name}.{alias.name}".split("."))).with_suffix(".py").exists():
                    found.add(f"{name}.{alias.name}")
    return found


def package_graph() -> dict[str, dict[str, list[str]]]:
    """package -> imported package -> the modules that make the arrow (for the failure message)."""
    graph: dict[str, dict[str, list[str]]] = {}
    for path in sorted(ROOT.rglob("*.py")):
        module = _module_name(path)
        source = _package(module)
        for target in _imports(path):
            target_package = _package(target)
            if target_package == source:
                continue
            graph.setdefault(source, {}).setdefault(target_package, []).append(f"{module} -> {target}")
    return graph


def package_cycles(graph: dict[str, dict[str, list[str]]]) -> list[list[str]]:
    """The strongly connected groups of more than one package (Tarjan), each one a cycle to break."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, {}):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def front_end_reaches() -> dict[str, list[str]]:
    """Modules under ui/ and cli/ that import the store (or sqlcipher3) or run SQL, with the lines that do."""
    found: dict[str, list[str]] = {}
    for front in FRONT_ENDS:
        for path in sorted((ROOT / front).rglob("*.py")):
            module = _module_name(path)
            why = [f"imports {m}" for m in sorted(_imports(path)) if m.startswith("safetyworker.store")]
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.Import | ast.ImportFrom):
                    names = [a.name for a in node.names] + [getattr(node, "module", None) or ""]
                    if any(n.split(".")[0] in ("sqlcipher3", "sqlite3") for n in names):
                        why.append(f"line {node.lineno}: imports a database driver")
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if SQL.search(line.split("#")[0]):
                    why.append(f"line {number}: {line.strip()}")
            if why:
                found[module] = why
    return found


def test_no_cycles_between_packages():
    graph = package_graph()
    cycles = package_cycles(graph)
    detail = []
    for group in cycles:
        for source in group:
            for target in group:
                for arrow in graph.get(source, {}).get(target, []):
                    detail.append(f"    {source} -> {target}: {arrow}")
    assert not cycles, (
        f"packages import each other in a circle: {cycles}\n"
        + "\n".join(detail)
        + f"\nArrows point down only. The floors, bottom first:\n{LAYER_TEXT}"
    )


def test_arrows_point_down():
    """Each package imports only from its own floor or below (LAYERS): the place a new module belongs to."""
    graph = package_graph()
    wrong = [
        f"  {source} (floor {LEVEL[source] + 1}) -> {target} (floor {LEVEL[target] + 1}): {arrows[0]}"
        for source, targets in sorted(graph.items())
        for target, arrows in sorted(targets.items())
        if LEVEL[target] > LEVEL[source] or {source, target} == set(FRONT_ENDS)
    ]
    unknown = sorted(set(graph) - set(LEVEL))
    assert not unknown, f"new packages {unknown}: add each to LAYERS on its floor\n{LAYER_TEXT}"
    assert not wrong, "imports that point up:\n" + "\n".join(wrong) + f"\nThe floors, bottom first:\n{LAYER_TEXT}"


def test_front_ends_go_through_the_services():
    reaches = front_end_reaches()
    detail = "\n".join(f"  {module}: " + "; ".join(why) for module, why in reaches.items())
    assert not reaches, (
        "ui/ and cli/ must reach the store only through safetyworker.services (open_session, Session.<service>):\n"
        + detail
        + f"\nThe floors, bottom first:\n{LAYER_TEXT}"
    )


def test_the_graph_reader_sees_lazy_and_relative_imports(tmp_path):
    """The checks are only as good as the reader: an import inside a function is still an arrow."""
    graph = package_graph()
    assert "services" in graph.get("cli", {}), "cli imports services"
    assert graph, "the reader found the packages"
    # An import inside a function body: selftest_qt imports Session lazily.
    assert any("selftest_qt" in arrow for arrow in graph.get("ui", {}).get("services", []))
