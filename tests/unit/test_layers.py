"""The layers run one way: ui → output/package → services → db → domain.
Pages and printouts call services, never SQL: no module of fpdesk/ui or
fpdesk/output imports SQLAlchemy, sqlite3 or the ORM models, nor runs a query
on a session or connection. Read from the source, so a lazy import inside a
function counts."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "fpdesk"
CHECKED = ("ui", "output")
FORBIDDEN_MODULES = ("sqlalchemy", "sqlite3", "fpdesk.db.models")
QUERY_METHODS = {"execute", "executemany", "scalars", "scalar", "query"}


def _modules():
    for layer in CHECKED:
        yield from sorted((ROOT / layer).rglob("*.py"))


def _imported(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
        return [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
    return []


def _forbidden(name: str) -> bool:
    return any(name == banned or name.startswith(banned + ".") for banned in FORBIDDEN_MODULES)


def _receiver(call: ast.Call) -> str:
    target = call.func.value
    return target.id if isinstance(target, ast.Name) else target.attr if isinstance(target, ast.Attribute) else ""


def violations(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        found += [f"{node.lineno}: imports {name}" for name in _imported(node) if _forbidden(name)]
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            method, receiver = node.func.attr, _receiver(node)
            if method in QUERY_METHODS or (method == "get" and "session" in receiver.lower()):
                found.append(f"{node.lineno}: {receiver}.{method}(…)")
    return found


@pytest.mark.parametrize("path", list(_modules()), ids=lambda p: str(p.relative_to(ROOT)))
def test_module_builds_no_sql(path):
    assert violations(path.read_text(encoding="utf-8")) == [], f"{path.relative_to(ROOT)} queries the database"


@pytest.mark.parametrize("source", [
    "from sqlalchemy import select",
    "import sqlalchemy.orm",
    "def f():\n    from fpdesk.db.models import Person",
    "from fpdesk.db import models",
    "rows = session.execute(q)",
    "uid = s.scalar(q)",
    "rows = self.session.scalars(q)",
    "person = session.get(Person, uid)",
    "import sqlite3",
])
def test_the_check_sees_a_query(source):
    assert violations(source)


def test_the_check_lets_services_be_called():
    assert violations("from fpdesk.db.engine import Database\nfrom fpdesk.services import people\n"
                      "with db.read_session() as session:\n    rows = people.townships(session)\n"
                      "value = settings.get('x')\n") == []
