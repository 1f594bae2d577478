"""The project's imports run one way: no module imports itself through others,
and the knowledge site (``cms``) never imports the CRM (``partnerships``).

Imports are read from the source (``ast``), so imports inside functions count
too: moving an import into a function hides a cycle, it does not remove it.
"""

import ast
import os
import subprocess
import sys
from pathlib import Path

from django.test import SimpleTestCase

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("cms", "home", "partnerships")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_modules() -> dict[str, Path]:
    return {
        module_name(path): path
        for package in PACKAGES
        for path in sorted((ROOT / package).rglob("*.py"))
    }


def imported_names(path: Path, module: str) -> set[str]:
    """Every dotted name ``module`` imports, absolute, with the imported
    attribute appended for ``from x import y`` (it may be a submodule)."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    names = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join(filter(None, [*anchor, base]))
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def import_graph() -> dict[str, set[str]]:
    """Module → the project modules it imports."""
    modules = project_modules()
    graph = {}
    for module, path in modules.items():
        targets = set()
        for name in imported_names(path, module):
            # "a.b.c" may name a module, or an attribute of module "a.b".
            while name and name not in modules:
                name = name.rpartition(".")[0]
            if name and name != module:
                targets.add(name)
        graph[module] = targets
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


class ImportTests(SimpleTestCase):
    def test_the_graph_sees_the_project(self):
        graph = import_graph()
        self.assertIn("partnerships.tools.meetings.views", graph)
        self.assertIn("partnerships.models", graph["partnerships.views"])

    def test_the_cycle_finder_finds_a_cycle(self):
        graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
        self.assertEqual(cycles(graph), [["a", "b", "c"]])

    def test_no_module_imports_itself_through_others(self):
        self.assertEqual(cycles(import_graph()), [])

    def test_the_knowledge_site_never_imports_the_crm(self):
        offending = {
            module: sorted(t for t in targets if t.startswith("partnerships"))
            for module, targets in import_graph().items()
            if module.startswith(("cms", "home"))
        }
        self.assertEqual({m: t for m, t in offending.items() if t}, {})


class StartUpTests(SimpleTestCase):
    """Libraries only some requests need are imported by those requests, so
    every process (web worker, management command) starts without them."""

    HEAVY = ["docx", "icalendar", "openpyxl", "snowballstemmer", "av"]

    def test_start_up_and_url_loading_import_no_heavy_library(self):
        script = (
            "import sys, django; django.setup();"
            "from django.urls import get_resolver; get_resolver().url_patterns;"
            f"print(','.join(m for m in {self.HEAVY!r} if m in sys.modules))"
        )
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.production"}
        env.setdefault("SECRET_KEY", "start-up-test-key-" + "x" * 40)
        env.setdefault("ALLOWED_HOSTS", "localhost")
        result = subprocess.run(
            [sys.executable, "-c", script],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )

        self.assertEqual(result.returncode, 0, result.stderr[-2000:])
        self.assertEqual(result.stdout.strip(), "")
